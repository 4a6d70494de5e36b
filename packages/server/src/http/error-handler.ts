import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorRequestHandler } from "express";

/** What a client is told about a request express could not read (body-parser's `type`). */
const MESSAGES: Record<string, string> = {
  "entity.parse.failed": "El cuerpo de la petición no es JSON válido.",
  "entity.too.large": "La petición es demasiado grande.",
  "entity.verify.failed": "El cuerpo de la petición no es válido.",
  "request.aborted": "La petición se interrumpió.",
  "request.size.invalid": "El tamaño de la petición no coincide con su contenido.",
  "charset.unsupported": "La codificación de caracteres de la petición no es compatible; usa UTF-8.",
  "encoding.unsupported": "La compresión de la petición no es compatible.",
};

/**
 * The last handler: requests that failed before any route answered (a body that is not JSON, too
 * large, in an unknown charset or compression) get a short JSON error with a code, never
 * express's default page (which shows the stack trace outside production).
 */
export const requestErrorHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  respondToRequestError(err, req, res);
};

/** A JSON answer with node's own response (express's helpers are not there on /graphql). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

/** requestErrorHandler's answer, for routes served without express; a response already started is cut short. */
export function respondToRequestError(err: unknown, _req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    console.error("[http] error after the answer started:", err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    res.destroy();
    return;
  }
  const { status, statusCode, type } = (err ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown };
  const code = typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : 500;
  if (code >= 400 && code < 500) {
    const message = (typeof type === "string" && MESSAGES[type]) || "La petición no es válida.";
    sendJson(res, code, { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  console.error("[http] unexpected error:", err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  sendJson(res, 500, { errors: [{ message: "Error interno del servidor.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
}
