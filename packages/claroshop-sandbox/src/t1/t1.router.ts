import express, { type ErrorRequestHandler, type Request, type Response, type Router } from "express";
import { MESSAGES } from "../messages.es-mx";
import { isClientError } from "../http/errors";
import { injectFaults, recordRequests } from "../http/marketplace-middleware";
import { sendJson } from "../http/reply";
import { requestState } from "../http/request-state";
import { summarizeBody } from "../log/request-log";
import type { SandboxContext } from "../sandbox-context";
import { handleEvidence, handleOrdersFull } from "./t1-handlers";

export const T1_TOKEN_PATH = "/auth/realms/plataforma-claro/protocol/openid-connect/token";

function t1Resource(req: Request): string {
  return req.originalUrl.split("?")[0] ?? req.originalUrl;
}

function oauthError(req: Request, res: Response, status: number, error: string, description: string): void {
  sendJson(req, res, { status, body: { error, error_description: description } });
}

/** Keycloak-style password and refresh grants for the `integradores` client. */
function handleToken(req: Request, res: Response, ctx: SandboxContext): void {
  const form = (req.body ?? {}) as Record<string, unknown>;
  const state = requestState(req);
  if (state) state.entry.body = summarizeBody(form);
  const t = MESSAGES.t1;
  if (form.client_id !== "integradores") return oauthError(req, res, 401, "invalid_client", t.invalidClient);
  if (form.grant_type === "refresh_token") {
    const answer = typeof form.refresh_token === "string" ? ctx.tokens.refreshFor(form.refresh_token) : null;
    if (!answer) return oauthError(req, res, 400, "invalid_grant", t.invalidRefresh);
    return sendJson(req, res, { status: 200, body: answer });
  }
  if (form.grant_type !== "password") return oauthError(req, res, 400, "unsupported_grant_type", t.unsupportedGrant);
  const { username, password } = ctx.settings.t1;
  if (form.username !== username || form.password !== password) {
    return oauthError(req, res, 401, "invalid_grant", t.invalidCredentials);
  }
  sendJson(req, res, { status: 200, body: ctx.tokens.issue(username) });
}

/** T1 Comercios: token endpoint and the `/kidal/v1` paths the gateway uses. */
export function t1Router(ctx: SandboxContext): Router {
  const router = express.Router();
  // Mounted at the root: anything outside the T1 prefixes is not ours to log or answer.
  router.use((req, _res, next) => next(/^\/(auth|kidal)\//.test(req.path) ? undefined : "router"));
  router.use(recordRequests(ctx, "t1", t1Resource));
  router.use(injectFaults(ctx));
  router.post(T1_TOKEN_PATH, express.urlencoded({ extended: false, limit: "64kb" }), (req, res) =>
    handleToken(req, res, ctx),
  );
  router.get("/kidal/v1/Ordersfull/seller/:sellerId", (req, res) => handleOrdersFull(req, res, ctx));
  router.post(
    "/kidal/v1/order/seller/:sellerId/marketplace/:mp/order/:orderId/shipment/:shipmentId/evidence",
    (req, res, next) => {
      handleEvidence(req, res, ctx).catch(next);
    },
  );
  router.use((req, res) => sendJson(req, res, { status: 404, body: { success: false, message: MESSAGES.t1.notFound } }));
  const onError: ErrorRequestHandler = (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = isClientError(err) ? 400 : 500;
    sendJson(req, res, { status, body: { success: false, message: status === 400 ? MESSAGES.t1.missingFile : MESSAGES.legacy.internalError } });
  };
  router.use(onError);
  return router;
}
