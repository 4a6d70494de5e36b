import type { ChangeBy } from "../orders/order.service";
import type { Context } from "./context";
import { unauthenticated } from "./errors";

/** Who a change made through the API is recorded as. */
export function changeBy(ctx: Context): ChangeBy {
  if (!ctx.principal) throw unauthenticated();
  return { actor: ctx.principal.name, source: "api" };
}

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function parseId(id: string | number): number {
  const n = typeof id === "number" ? id : /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
}
