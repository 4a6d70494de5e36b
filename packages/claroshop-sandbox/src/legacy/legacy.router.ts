import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Router } from "express";
import { MESSAGES } from "../messages.es-mx";
import { injectFaults, recordRequests } from "../http/marketplace-middleware";
import { isClientError } from "../http/errors";
import { sendLegacyError } from "../http/reply";
import type { SandboxContext } from "../sandbox-context";
import { handleEmbarque, handlePedidos, handlePedidosFiltros } from "./legacy-handlers";
import { verifyLegacyCredentials } from "./signature";

const CREDENTIAL_SEGMENTS = 3;

/** The resource without the credential segments, so the log never sees keys or signatures. */
function legacyResource(req: Request): string {
  const segments = req.path.split("/").filter((s) => s !== "");
  return segments.slice(CREDENTIAL_SEGMENTS).join("/") || "(sin recurso)";
}

function param(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return typeof value === "string" ? value : "";
}

/** Signed-URL API under `/apicm/v1/{publicKey}/{signature}/{timestamp}/{resource}`. */
export function legacyRouter(ctx: SandboxContext): Router {
  const router = express.Router();
  router.use(recordRequests(ctx, "legacy", legacyResource));
  router.use(injectFaults(ctx));

  const verify: RequestHandler = (req, res, next) => {
    const problem = verifyLegacyCredentials(
      { publicKey: param(req, "publicKey"), signature: param(req, "signature"), timestamp: param(req, "timestamp") },
      { publicKey: ctx.settings.publicKey, privateKey: ctx.settings.privateKey },
      ctx.nowMs(),
    );
    if (problem) sendLegacyError(req, res, problem);
    else next();
  };

  const dispatch: RequestHandler = (req, res) => {
    const resource = param(req, "resource");
    if (resource === "pedidos") handlePedidos(req, res, ctx);
    else if (resource === "pedidosfiltros") handlePedidosFiltros(req, res, ctx);
    else if (resource === "embarque" && req.method === "POST") handleEmbarque(req, res, ctx);
    else sendLegacyError(req, res, MESSAGES.legacy.unknownResource, 404);
  };

  router.all(
    "/:publicKey/:signature/:timestamp/:resource",
    verify,
    // Some clients send JSON as text/plain; the form encoding is accepted too.
    express.json({ limit: "1mb", type: ["application/json", "text/plain"] }),
    express.urlencoded({ extended: false, limit: "1mb" }),
    dispatch,
  );
  router.use((req, res) => sendLegacyError(req, res, MESSAGES.legacy.unknownResource, 404));

  const onError: ErrorRequestHandler = (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isClientError(err)) sendLegacyError(req, res, MESSAGES.legacy.badBody);
    else sendLegacyError(req, res, MESSAGES.legacy.internalError, 500);
  };
  router.use(onError);
  return router;
}
