import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Router, type NextFunction, type Request, type Response } from "express";
import { renderPlaygroundPage } from "./playground/page";

/**
 * The GraphQL playground, served from the project's own dependencies (works with no internet).
 * Mounted before /graphql: a browser's GET /graphql (Accept: text/html) lands here too.
 *
 * GraphiQL 3 (its browser build, with React 18's) plus graphql-ws's browser build for
 * subscriptions, and a small init script of ours (playground/playground.js). Every file is
 * served under /playground/assets/ with a content hash in its name, so it can be cached forever.
 */
export function playgroundRouter(): Router {
  const assets = playgroundAssets();
  const byName = new Map(assets.map((asset) => [asset.name, asset]));
  const html = renderPlaygroundPage({
    styles: assets.filter((a) => a.name.endsWith(".css")).map((a) => a.url),
    scripts: assets.filter((a) => a.name.endsWith(".js")).map((a) => a.url),
  });

  const router = Router();
  router.use("/playground", (req: Request, res: Response, next: NextFunction) => {
    // Our own policy, replacing any stricter one set for the web app.
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(req));
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  router.get("/playground", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(html);
  });
  router.get("/playground/assets/:name", (req, res, next) => {
    const asset = byName.get(String(req.params.name));
    if (!asset) return next();
    res.sendFile(asset.file, { maxAge: "365d", immutable: true, dotfiles: "allow" });
  });
  // A browser opening the API's address gets the playground; API clients are not affected.
  router.get("/graphql", (req, res, next) => {
    if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html") return next();
    const query = req.originalUrl.indexOf("?");
    res.redirect(302, `/playground${query >= 0 ? req.originalUrl.slice(query) : ""}`);
  });
  return router;
}

interface Asset {
  /** File name in the URL (with the content hash). */
  name: string;
  url: string;
  /** Absolute path on disk. */
  file: string;
}

/** Our own files: the source folder, reached the same way from src/http (tests) and dist/http (build). */
const OWN_FILES = path.resolve(__dirname, "../../src/http/playground");

const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** In load order: styles, then scripts (React, ReactDOM, graphql-ws, GraphiQL, ours last). */
function playgroundAssets(): Asset[] {
  const files = [
    packageFile("graphiql", "graphiql.min.css"),
    path.join(OWN_FILES, "playground.css"),
    packageFile("react", "umd/react.production.min.js"),
    packageFile("react-dom", "umd/react-dom.production.min.js"),
    // graphql-ws exports no package.json: its browser build sits beside dist/.
    path.join(path.dirname(require.resolve("graphql-ws")), "../umd/graphql-ws.min.js"),
    packageFile("graphiql", "graphiql.min.js"),
    path.join(OWN_FILES, "playground.js"),
  ];
  return files.map((file) => {
    const hash = createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 12);
    const ext = path.extname(file);
    const name = `${path.basename(file, ext)}.${hash}${ext}`;
    return { name, url: `/playground/assets/${name}`, file: path.resolve(file) };
  });
}

/** Only what the page needs, all from this server; WebSockets to this same host for subscriptions. */
function contentSecurityPolicy(req: Request): string {
  const host = req.headers.host ?? "";
  // 'self' covers ws(s) to the same host in current browsers; older ones need it spelled out.
  const sockets = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) || /^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // GraphiQL's fonts and icons are inlined in its stylesheet as data: URLs.
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
