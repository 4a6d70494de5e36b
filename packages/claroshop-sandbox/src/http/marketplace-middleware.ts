import type { Request, RequestHandler, Response } from "express";
import { MESSAGES } from "../messages.es-mx";
import type { MarketplaceApi } from "../log/request-log";
import type { SandboxContext } from "../sandbox-context";
import { htmlPage, sendHtml } from "./reply";
import { idempotencyKeyOf, noteFault, requestState, setRequestState } from "./request-state";

const SECRET_QUERY = /pass|secret|token|signature|firma|private/i;

function flatQuery(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (SECRET_QUERY.test(key)) continue;
    out[key] = Array.isArray(value) ? value.map(String).join(",") : String(value);
  }
  return out;
}

/** Starts a log entry for every marketplace request and completes it when the answer ends. */
export function recordRequests(
  ctx: SandboxContext,
  api: MarketplaceApi,
  resourceOf: (req: Request) => string,
): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const entry = ctx.log.start({
      time: new Date(ctx.nowMs()).toISOString(),
      method: req.method,
      api,
      resource: resourceOf(req),
      query: flatQuery(req),
      idempotencyKey: idempotencyKeyOf(req),
    });
    setRequestState(req, { api, entry, plan: null });
    res.on("finish", () => {
      entry.status = res.statusCode;
      entry.durationMs = Math.round(performance.now() - started);
      if (entry.outcome === "pending") entry.outcome = res.statusCode >= 400 ? "error" : "ok";
    });
    res.on("close", () => {
      if (res.writableFinished) return;
      entry.durationMs = Math.round(performance.now() - started);
      if (entry.outcome === "pending") entry.outcome = "aborted";
    });
    next();
  };
}

function sendPlainJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.status(status);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

function errorBody(api: MarketplaceApi, message: string): unknown {
  return api === "legacy" ? { estatus: "error", mensaje: message } : { success: false, message };
}

/** Decides this request's faults and applies those that replace the whole answer. */
export function injectFaults(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const state = requestState(req);
    if (!state) {
      next();
      return;
    }
    const plan = ctx.faults.draw();
    state.plan = plan;
    const fail = (fault: string): void => {
      noteFault(req, fault);
      state.entry.outcome = "fault";
    };
    if (plan.down) {
      fail("down");
      sendHtml(res, 503, htmlPage(MESSAGES.faults.maintenanceTitle, MESSAGES.faults.maintenanceBody));
      return;
    }
    const proceed = (): void => {
      // The client went away while the answer was delayed: its body can no longer be read, so the
      // request is not processed at all (never with an empty body, never remembered as a reply).
      if (req.destroyed) return;
      if (plan.hang) {
        // Deliberately never answered: the client's timeout or the sandbox's close ends it.
        fail("hang");
        return;
      }
      if (plan.rate500) {
        fail("rate500");
        sendPlainJson(res, 500, errorBody(state.api, MESSAGES.legacy.internalError));
        return;
      }
      if (plan.rate429) {
        fail("rate429");
        const retryAfter = String(Math.ceil(ctx.faults.current.retryAfterSeconds));
        sendPlainJson(res, 429, errorBody(state.api, MESSAGES.legacy.tooManyRequests), { "Retry-After": retryAfter });
        return;
      }
      if (plan.nonJson) {
        fail("nonJson");
        sendHtml(res, 200, htmlPage(MESSAGES.faults.htmlErrorTitle, MESSAGES.faults.htmlErrorBody));
        return;
      }
      next();
    };
    if (plan.slowMs > 0) {
      noteFault(req, "slow");
      ctx.delay(plan.slowMs, proceed);
    } else {
      proceed();
    }
  };
}
