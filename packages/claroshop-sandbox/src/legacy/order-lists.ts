import {
  DEFAULT_PAGE_SIZE, DELIVERED_LIST_STATUSES, FIRST_PAGE, listCounter, MAX_PAGE_SIZE, PENDING_LIST_STATUSES,
  SHIPPED_LIST_STATUSES,
} from "../marketplace-guesses";
import type { OrderStore } from "../orders/order-store";
import type { OrderLine, OrderStatus, SandboxOrder } from "../orders/order.types";
import { mexicoDate } from "../time/mexico-time";
import { listRow, type LegacyRow } from "./order-rows";

export const LIST_ACTIONS = ["pendientes", "embarcados", "entregados"] as const;
export type ListAction = (typeof LIST_ACTIONS)[number];

export function isListAction(value: string | undefined): value is ListAction {
  return (LIST_ACTIONS as readonly (string | undefined)[]).includes(value);
}

export interface PageRequest {
  page: number;
  limit: number;
}

export interface ListQuery {
  /** Null answers every row at once (date-range reads without `page`). */
  page: PageRequest | null;
  /** Inclusive `YYYY-MM-DD` bounds on the placement date. */
  dateRange?: { start: string; end: string };
  /** Fault: repeat the previous page's last rows at the top of this page. */
  duplicateRows: boolean;
}

interface LinePair {
  order: SandboxOrder;
  line: OrderLine;
}

/** How many rows of the previous page a duplicate-rows fault repeats. */
const DUPLICATED_ROWS = 2;

/** Lenient reading of page/limit: garbage, zero or negative values fall back to the defaults. */
export function readPage(page: string | undefined, limit: string | undefined): PageRequest {
  const p = Number.parseInt(page ?? "", 10);
  const l = Number.parseInt(limit ?? "", 10);
  return {
    page: Number.isFinite(p) && p >= FIRST_PAGE ? p : FIRST_PAGE,
    limit: Number.isFinite(l) && l > 0 ? Math.min(l, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

const pairCache = new WeakMap<readonly SandboxOrder[], LinePair[]>();

function pairsOf(orders: readonly SandboxOrder[]): LinePair[] {
  let pairs = pairCache.get(orders);
  if (!pairs) {
    pairs = orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
    pairCache.set(orders, pairs);
  }
  return pairs;
}

interface Page {
  pairs: LinePair[];
  pages: number;
  duplicated: boolean;
}

function pageOf(pairs: LinePair[], request: PageRequest | null, duplicateRows: boolean): Page {
  if (request === null) return { pairs, pages: pairs.length > 0 ? 1 : 0, duplicated: false };
  const start = (request.page - FIRST_PAGE) * request.limit;
  const rows = pairs.slice(start, start + request.limit);
  const pages = Math.ceil(pairs.length / request.limit);
  if (!duplicateRows || start === 0 || start > pairs.length) return { pairs: rows, pages, duplicated: false };
  const repeated = pairs.slice(Math.max(0, start - DUPLICATED_ROWS), start);
  return { pairs: [...repeated, ...rows], pages, duplicated: repeated.length > 0 };
}

function selected(store: OrderStore, statuses: readonly OrderStatus[], query: ListQuery): LinePair[] {
  const pairs = pairsOf(store.withStatus(statuses));
  const range = query.dateRange;
  if (!range) return pairs;
  return pairs.filter((p) => {
    const day = mexicoDate(p.order.placedAt);
    return day >= range.start && day <= range.end;
  });
}

function orderCount(pairs: LinePair[]): number {
  return new Set(pairs.map((p) => p.order.nopedido)).size;
}

export interface ListAnswer {
  body: Record<string, unknown>;
  duplicated: boolean;
}

export function listAnswer(store: OrderStore, action: ListAction, query: ListQuery): ListAnswer {
  const rows = (page: Page): LegacyRow[] => page.pairs.map((p) => listRow(store, p.order, p.line));
  if (action === "pendientes") {
    const all = selected(store, PENDING_LIST_STATUSES, query);
    const page = pageOf(all, query.page, query.duplicateRows);
    return {
      body: {
        totalpaginas: listCounter(page.pages),
        totalpendientes: listCounter(orderCount(all)),
        totalregistros: listCounter(all.length),
        listapendientes: rows(page),
      },
      duplicated: page.duplicated,
    };
  }
  if (action === "embarcados") {
    const all = selected(store, SHIPPED_LIST_STATUSES, query);
    const automatic = all.filter((p) => p.order.shipment?.type === "automatica");
    const manual = all.filter((p) => p.order.shipment?.type === "manual");
    const autoPage = pageOf(automatic, query.page, query.duplicateRows);
    const manualPage = pageOf(manual, query.page, query.duplicateRows);
    return {
      body: {
        totalembarcados: listCounter(orderCount(all)),
        totalautomaticos: listCounter(automatic.length),
        totalpaginasautomaticas: listCounter(autoPage.pages),
        totalmanuales: listCounter(manual.length),
        totalpaginasmanuales: listCounter(manualPage.pages),
        listaguiasautomaticas: rows(autoPage),
        listaguiasmanuales: rows(manualPage),
      },
      duplicated: autoPage.duplicated || manualPage.duplicated,
    };
  }
  const all = selected(store, DELIVERED_LIST_STATUSES, query);
  const page = pageOf(all, query.page, query.duplicateRows);
  return {
    body: { totalentregados: listCounter(orderCount(all)), listaentregados: rows(page) },
    duplicated: page.duplicated,
  };
}
