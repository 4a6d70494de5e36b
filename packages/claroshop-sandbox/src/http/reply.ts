import type { Request, Response } from "express";
import { noteFault, requestState } from "./request-state";
import type { RequestOutcome } from "../log/request-log";

export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function isErrorBody(body: unknown): boolean {
  if (body === null || typeof body !== "object") return false;
  const estatus = (body as Record<string, unknown>).estatus;
  return typeof estatus === "string" && estatus.toLowerCase() !== "success";
}

/** Sends JSON, cutting it in half when the request drew the truncation fault. */
export function sendJson(req: Request, res: Response, reply: JsonReply, outcome?: RequestOutcome): void {
  const state = requestState(req);
  if (state) state.entry.outcome = outcome ?? (reply.status >= 400 || isErrorBody(reply.body) ? "error" : "ok");
  let text = JSON.stringify(reply.body);
  if (state?.plan?.truncated) {
    text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    noteFault(req, "truncated");
    state.entry.outcome = "fault";
  }
  res.status(reply.status);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

/** The legacy API's way to fail: HTTP 200 with `estatus: "error"`. */
export function sendLegacyError(req: Request, res: Response, mensaje: string, status = 200): void {
  sendJson(req, res, { status, body: { estatus: "error", mensaje } });
}

export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><h1>${title}</h1><p>${body}</p></body></html>\n`;
}

export function sendHtml(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(html));
  res.end(html);
}
