import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";
import type { RequestHandler } from "express";
import helmet from "helmet";
import { sendJson } from "./error-handler";

/** A Host header we are willing to repeat inside a policy header (no spaces, quotes or semicolons). */
const SAFE_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/**
 * Security headers for every response. The policy fits the web app: its scripts and styles come
 * from this server (naive-ui injects <style> elements at run time, hence 'unsafe-inline' for
 * styles only), images may be data:/blob: previews, and it talks only to this same host (HTTP and
 * WebSocket). Routes with other needs (the playground) set their own Content-Security-Policy.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        // 'self' covers ws(s) to the same host in current browsers; older ones need it spelled out.
        connectSrc: [
          "'self'",
          (req: IncomingMessage) => {
            const host = req.headers.host ?? "";
            return SAFE_HOST.test(host) ? `ws://${host} wss://${host}` : "";
          },
        ],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sent over HTTPS only by browsers' rules; harmless on plain HTTP.
    strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
  });
}

/** The host part (`host[:port]`) of an Origin header, or null when it is not an http(s) origin. */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Whether a browser page from `origin` may call the API: no Origin (server-to-server clients),
 * the server's own origin (same host as the request's Host header) or one of CORS_ORIGINS.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin.replace(/\/+$/, ""))) return true;
  const fromHost = originHost(origin);
  return fromHost !== null && !!host && fromHost.toLowerCase() === host.toLowerCase();
}

const FORBIDDEN_ORIGIN = {
  errors: [{ message: "Origen no permitido: esta página no puede usar la API.", extensions: { code: "FORBIDDEN" } }],
};

/**
 * For /graphql and /uploads: refuses (403, JSON with a code) requests whose Origin is foreign,
 * then gives CORS headers to allowed cross-origin callers (CORS_ORIGINS) and answers their
 * preflights. A foreign origin never gets CORS headers.
 */
export function apiOriginPolicy(allowedOrigins: readonly string[]): RequestHandler[] {
  // Node's own request and response: also used on /graphql, which express does not serve.
  const guard = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (isAllowedOrigin(req.headers.origin, req.headers.host, allowedOrigins)) return next();
    sendJson(res, 403, FORBIDDEN_ORIGIN);
  };
  const corsHeaders = cors((req, callback) => {
    const { origin, host } = (req as IncomingMessage).headers;
    const allowed = origin !== undefined && isAllowedOrigin(origin, host, allowedOrigins);
    callback(null, allowed ? { origin: true, maxAge: 600 } : { origin: false });
  });
  return [guard, corsHeaders];
}

/** `verifyClient` for the WebSocket server: the same Origin rule, before any GraphQL happens. */
export function verifyWebSocketOrigin(allowedOrigins: readonly string[]) {
  return (
    info: { origin: string | undefined; req: IncomingMessage },
    callback: (result: boolean, code?: number, message?: string) => void,
  ): void => {
    // Browsers always send Origin on a WebSocket; other clients usually send none.
    const origin = info.req.headers.origin;
    if (isAllowedOrigin(origin, info.req.headers.host, allowedOrigins)) callback(true);
    else callback(false, 403, "Forbidden origin");
  };
}
