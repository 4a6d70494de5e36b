import type { Request } from "express";
import type { FaultPlan } from "../faults/fault-controller";
import type { LoggedRequest, MarketplaceApi } from "../log/request-log";

/** Per-request facts shared by the log, fault and route layers (typed, unlike res.locals). */
export interface RequestState {
  api: MarketplaceApi;
  entry: LoggedRequest;
  plan: FaultPlan | null;
}

const states = new WeakMap<Request, RequestState>();

export function setRequestState(req: Request, state: RequestState): void {
  states.set(req, state);
}

export function requestState(req: Request): RequestState | undefined {
  return states.get(req);
}

/** Marks a fault as applied, for the request log. */
export function noteFault(req: Request, fault: string): void {
  const state = states.get(req);
  if (state && !state.entry.faults.includes(fault)) state.entry.faults.push(fault);
}

export function idempotencyKeyOf(req: Request): string | null {
  const value = req.get("Idempotency-Key");
  return value && value.trim() !== "" ? value.trim() : null;
}

export function firstQueryValue(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}
