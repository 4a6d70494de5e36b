import type { Request, Response } from "express";
import {
  EMBARQUE_HONOURS_IDEMPOTENCY_KEY, LABEL_ONLY_FOR_AUTOMATIC_GUIDES, labelHasDataUriPrefix,
} from "../marketplace-guesses";
import { MESSAGES } from "../messages.es-mx";
import { idempotencyKeyOf, firstQueryValue, noteFault, requestState } from "../http/request-state";
import { sendJson, sendLegacyError } from "../http/reply";
import { summarizeBody } from "../log/request-log";
import type { SandboxOrder } from "../orders/order.types";
import type { SandboxContext } from "../sandbox-context";
import { isListDate } from "../time/mexico-time";
import { embarque, readEmbarqueBody } from "./embarque";
import { labelPdf } from "./label-pdf";
import { detailAnswer } from "./order-detail";
import { isListAction, listAnswer, readPage, type ListQuery } from "./order-lists";

const m = MESSAGES.legacy;

function ok(req: Request, res: Response, body: unknown): void {
  sendJson(req, res, { status: 200, body });
}

function duplicateFault(req: Request): boolean {
  return requestState(req)?.plan?.duplicateRows ?? false;
}

function sendList(req: Request, res: Response, ctx: SandboxContext, query: Omit<ListQuery, "duplicateRows">, wrap: boolean): void {
  const action = firstQueryValue(req, "action");
  if (!isListAction(action)) {
    sendLegacyError(req, res, m.unknownAction);
    return;
  }
  const answer = listAnswer(ctx.store, action, { ...query, duplicateRows: duplicateFault(req) });
  if (answer.duplicated) noteFault(req, "duplicateRows");
  ok(req, res, wrap ? { "0": answer.body } : answer.body);
}

function orderFromQuery(req: Request, res: Response, ctx: SandboxContext): SandboxOrder | undefined {
  const nopedido = firstQueryValue(req, "nopedido")?.trim();
  if (!nopedido) {
    sendLegacyError(req, res, m.missingOrderNumber);
    return undefined;
  }
  const order = ctx.store.get(nopedido);
  if (!order) sendLegacyError(req, res, m.orderNotFound(nopedido));
  return order;
}

function sendDetail(req: Request, res: Response, ctx: SandboxContext): void {
  const order = orderFromQuery(req, res, ctx);
  if (!order) return;
  const withoutStatus = requestState(req)?.plan?.missingStatus ?? false;
  if (withoutStatus) noteFault(req, "missingStatus");
  ok(req, res, detailAnswer(ctx.store, order, withoutStatus));
}

function sendLabel(req: Request, res: Response, ctx: SandboxContext): void {
  const order = orderFromQuery(req, res, ctx);
  if (!order) return;
  const guide = ctx.store.visibleGuide(order);
  const shipment = order.shipment;
  if (!shipment || guide === null || (LABEL_ONLY_FOR_AUTOMATIC_GUIDES && shipment.type !== "automatica")) {
    sendLegacyError(req, res, m.noLabel(order.nopedido));
    return;
  }
  const pdf = labelPdf({
    nopedido: order.nopedido,
    carrier: shipment.carrier,
    guide,
    recipient: order.shipping.recipient,
    cityLine: `${order.shipping.cp} ${order.shipping.city}, ${order.shipping.state}`,
  }).toString("base64");
  ok(req, res, { guia_embarque: labelHasDataUriPrefix(order.nopedido) ? `data:application/pdf;base64,${pdf}` : pdf });
}

/** `pedidos?action=...`: lists, detail and label. */
export function handlePedidos(req: Request, res: Response, ctx: SandboxContext): void {
  const action = firstQueryValue(req, "action");
  if (action === "detallepedido") return sendDetail(req, res, ctx);
  if (action === "guiasyanexos") return sendLabel(req, res, ctx);
  const page = readPage(firstQueryValue(req, "page"), firstQueryValue(req, "limit"));
  sendList(req, res, ctx, { page }, false);
}

/** `pedidosfiltros?action=...&date_start&date_end`: same lists, filtered, wrapped under "0". */
export function handlePedidosFiltros(req: Request, res: Response, ctx: SandboxContext): void {
  const start = firstQueryValue(req, "date_start") ?? "";
  const end = firstQueryValue(req, "date_end") ?? "";
  if (!isListDate(start) || !isListDate(end)) {
    sendLegacyError(req, res, m.missingDates);
    return;
  }
  if (start > end) {
    sendLegacyError(req, res, m.badDateRange);
    return;
  }
  const pageText = firstQueryValue(req, "page");
  const page = pageText === undefined ? null : readPage(pageText, firstQueryValue(req, "limit"));
  sendList(req, res, ctx, { page, dateRange: { start, end } }, true);
}

/** `POST embarque`, with an Idempotency-Key honoured when the client sends one. */
export function handleEmbarque(req: Request, res: Response, ctx: SandboxContext): void {
  const state = requestState(req);
  const input = readEmbarqueBody(req.body);
  if (state) state.entry.body = summarizeBody(input);
  const key = EMBARQUE_HONOURS_IDEMPOTENCY_KEY ? idempotencyKeyOf(req) : null;
  const earlier = ctx.idempotency.get(key);
  if (earlier) {
    sendJson(req, res, earlier, "replay");
    return;
  }
  const reply = { status: 200, body: embarque(ctx.store, input, ctx.faults.current.guideDelayMs) };
  ctx.idempotency.remember(key, reply);
  sendJson(req, res, reply);
}
