import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Router } from "express";
import { FaultConfigError } from "../faults/fault-config";
import { IllegalTransitionError, isOrderStatus } from "../orders/order-status";
import { DuplicateOrderError, OrderNotFoundError } from "../orders/order-store";
import type { MarketplaceApi, RequestFilter } from "../log/request-log";
import type { SandboxContext } from "../sandbox-context";
import { AdminInputError, readCreateInput, readShipInput } from "./admin-inputs";
import { adminOrderSummary, adminOrderView } from "./admin-view";
import type { SandboxAdmin } from "./sandbox-admin";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** The admin API has no auth, so it answers only callers on this machine. */
const localOnly: RequestHandler = (req, res, next) => {
  if (LOOPBACK.has(req.socket.remoteAddress ?? "")) next();
  else res.status(403).json({ error: "the admin API only answers localhost" });
};

function query(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function nopedidoOf(req: Request): string {
  const value: unknown = req.params.nopedido;
  return typeof value === "string" ? value : "";
}

/** `/__admin`: inspect and steer the sandbox. Faults never apply here. */
export function adminRouter(ctx: SandboxContext, admin: SandboxAdmin): Router {
  const router = express.Router();
  router.use(localOnly, express.json({ limit: "1mb" }));

  router.get("/", (_req, res) => {
    res.json({ settings: admin.publicSettings(), counts: ctx.store.counts(), faults: ctx.faults.current });
  });

  router.get("/requests", (req, res) => {
    const api = query(req, "api");
    const after = query(req, "after");
    const filter: RequestFilter = {
      api: api === "legacy" || api === "t1" ? (api as MarketplaceApi) : undefined,
      resource: query(req, "resource"),
      method: query(req, "method"),
      after: after === undefined ? undefined : Number(after),
    };
    const requests = ctx.log.list(filter);
    res.json({ total: requests.length, requests });
  });
  router.delete("/requests", (_req, res) => {
    ctx.log.clear();
    res.status(204).end();
  });

  router.get("/orders", (req, res) => {
    const status = query(req, "status");
    const orders = status && isOrderStatus(status) ? ctx.store.withStatus([status]) : ctx.store.all();
    res.json({ total: orders.length, orders: orders.map((o) => adminOrderSummary(ctx.store, o)) });
  });
  router.post("/orders", (req, res) => {
    const order = admin.createOrder(readCreateInput(req.body, ctx.nowMs()));
    res.status(201).json(adminOrderView(ctx.store, order));
  });
  router.get("/orders/:nopedido", (req, res) => {
    res.json(adminOrderView(ctx.store, ctx.store.require(nopedidoOf(req))));
  });
  router.post("/orders/:nopedido/cancel", (req, res) => {
    res.json(adminOrderView(ctx.store, ctx.store.cancel(nopedidoOf(req), "cancelado desde /__admin")));
  });
  router.post("/orders/:nopedido/ship", (req, res) => {
    const order = admin.shipOrder(nopedidoOf(req), readShipInput(req.body));
    res.json(adminOrderView(ctx.store, order));
  });
  router.post("/orders/:nopedido/deliver", (req, res) => {
    res.json(adminOrderView(ctx.store, admin.deliverOrder(nopedidoOf(req))));
  });

  router.get("/faults", (_req, res) => {
    res.json(ctx.faults.current);
  });
  router.put("/faults", (req, res) => {
    res.json(ctx.faults.set(req.body));
  });
  router.delete("/faults", (_req, res) => {
    res.json(ctx.faults.set(undefined));
  });

  router.post("/reset", (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const seed = typeof body.seed === "number" && Number.isInteger(body.seed) ? body.seed : undefined;
    const orderCount =
      typeof body.orderCount === "number" && Number.isInteger(body.orderCount) && body.orderCount >= 0
        ? body.orderCount
        : undefined;
    admin.reset({ seed, orderCount });
    res.json({ settings: admin.publicSettings(), counts: ctx.store.counts() });
  });

  router.use((_req, res) => {
    res.status(404).json({ error: "unknown admin endpoint" });
  });
  const onError: ErrorRequestHandler = (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof OrderNotFoundError) return res.status(404).json({ error: err.message });
    if (err instanceof IllegalTransitionError) return res.status(409).json({ error: err.message });
    if (err instanceof AdminInputError || err instanceof FaultConfigError) {
      return res.status(400).json({ error: err.message });
    }
    if (err instanceof DuplicateOrderError) return res.status(409).json({ error: err.message });
    const status = typeof (err as { status?: unknown }).status === "number" ? 400 : 500;
    res.status(status).json({ error: status === 400 ? "malformed request body" : "internal error" });
  };
  router.use(onError);
  return router;
}
