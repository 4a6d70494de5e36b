import type { Request, Response } from "express";
import multer from "multer";
import { ACCEPT_ANY_SHIPMENT_ID, EVIDENCE_REQUIRES_SHIPMENT } from "../marketplace-guesses";
import { MESSAGES } from "../messages.es-mx";
import { sendJson, type JsonReply } from "../http/reply";
import { idempotencyKeyOf, requestState } from "../http/request-state";
import { moneyString } from "../legacy/text-format";
import { orderTotalCents } from "../legacy/order-rows";
import type { SandboxContext } from "../sandbox-context";
import { fileKind } from "./file-kind";

const t = MESSAGES.t1;
const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } })
  .single("evidencia");

function fail(status: number, message: string): JsonReply {
  return { status, body: { success: false, message } };
}

function param(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return typeof value === "string" ? value : "";
}

/** The bearer token's user, or the 401/403 answer to send instead. */
function authorize(req: Request, ctx: SandboxContext): JsonReply | null {
  const header = req.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { ...fail(401, t.missingToken), headers: { "WWW-Authenticate": 'Bearer realm="plataforma-claro"' } };
  if (ctx.tokens.userOf(match[1]) === null) {
    return { ...fail(401, t.expiredToken), headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } };
  }
  if (param(req, "sellerId") !== ctx.settings.t1.sellerId) return fail(403, t.wrongSeller);
  return null;
}

function parseUpload(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => upload(req, res, (err: unknown) => (err ? reject(err) : resolve())));
}

function recordEvidence(req: Request, ctx: SandboxContext, file: Express.Multer.File | undefined): JsonReply {
  if (!file) return fail(400, t.missingFile);
  const kind = fileKind(file.buffer);
  if (!kind) return fail(415, t.badFile);
  const orderId = param(req, "orderId");
  const order = ctx.store.get(orderId);
  if (!order) return fail(404, t.orderNotFound(orderId));
  if (order.status === "Cancelado") return fail(409, t.cancelled(orderId));
  if (EVIDENCE_REQUIRES_SHIPMENT && order.status !== "Embarcado" && order.status !== "Entregado") {
    return fail(409, t.notShipped(orderId));
  }
  if (!ACCEPT_ANY_SHIPMENT_ID && param(req, "shipmentId") !== order.shipment?.guide) {
    return fail(404, t.orderNotFound(`${orderId}/${param(req, "shipmentId")}`));
  }
  const evidence = ctx.store.addEvidence(order, {
    marketplace: param(req, "mp"),
    shipmentId: param(req, "shipmentId"),
    fileName: file.originalname,
    kind,
    size: file.size,
    idempotencyKey: idempotencyKeyOf(req),
  });
  if (order.status === "Embarcado") ctx.store.deliver(order.nopedido, "evidencia de entrega recibida");
  return {
    status: 200,
    body: {
      success: true,
      message: t.evidenceAccepted,
      data: { evidenceId: evidence.id, orderId: order.nopedido, shipmentId: evidence.shipmentId, status: order.status },
    },
  };
}

/** Evidence upload: field `evidencia`, image or PDF; a shipped order becomes "Entregado". */
export async function handleEvidence(req: Request, res: Response, ctx: SandboxContext): Promise<void> {
  const denied = authorize(req, ctx);
  if (denied) return sendJson(req, res, denied);
  await parseUpload(req, res);
  const file = req.file;
  const state = requestState(req);
  if (state && file) {
    state.entry.body = { field: file.fieldname, fileName: file.originalname, mimetype: file.mimetype, size: file.size };
  }
  const key = idempotencyKeyOf(req);
  const earlier = ctx.idempotency.get(key);
  if (earlier) return sendJson(req, res, earlier, "replay");
  const reply = recordEvidence(req, ctx, file);
  ctx.idempotency.remember(key, reply);
  sendJson(req, res, reply);
}

/** `GET Ordersfull`: a simple view of every order, newest placement last. */
export function handleOrdersFull(req: Request, res: Response, ctx: SandboxContext): void {
  const denied = authorize(req, ctx);
  if (denied) return sendJson(req, res, denied);
  const data = ctx.store.all().map((o) => ({
    orderId: o.nopedido,
    sellerId: ctx.settings.t1.sellerId,
    marketplace: o.channel,
    status: o.status,
    createdAt: new Date(o.placedAt).toISOString(),
    total: moneyString(orderTotalCents(o)),
    trackingNumber: ctx.store.visibleGuide(o),
    carrier: o.shipment?.carrier ?? null,
    items: o.lines.map((l) => ({ sku: l.sku, name: l.title, quantity: l.quantity, price: moneyString(l.unitPriceCents) })),
  }));
  sendJson(req, res, { status: 200, body: { data } });
}
