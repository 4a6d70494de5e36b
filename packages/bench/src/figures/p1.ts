/** P1: SQL statements for one `orders(first: N)` page with items, shipment, invoice and evidence. */
import { ensureSandboxAccount, seedOrders } from "@pedidos/server/dist/demo/demo-data.js";
import { check, log, type BenchOptions, type FigureResult } from "../figure";
import { startBenchServer, type BenchEnv, type BenchServer } from "../support/env";

/** The same page as packages/server/src/test/sql-statements.test.ts. */
export const ORDERS_PAGE = `query($n: Int) {
  orders(first: $n) {
    totalCount
    edges { node { id status items { id sku quantity } shipment { id carrier trackingNumber }
      invoice { id total state } evidence { id kind fileName } } }
  }
}`;

export interface OrdersPageData {
  orders: {
    totalCount: number;
    edges: { node: { items: unknown[]; shipment: unknown; invoice: unknown; evidence: unknown[] } }[];
  };
}

export const SEEDED_ORDERS = 200;

/** A server with 200 orders that all have lines, a shipment, an invoice and evidence. */
export async function startSeededServer(env: BenchEnv): Promise<{ t: BenchServer; token: string }> {
  const t = await startBenchServer(env);
  try {
    const account = await ensureSandboxAccount(t.server.db);
    await seedOrders(t.server.db, account.id, { count: SEEDED_ORDERS, stage: () => "invoiced", now: new Date("2026-01-15T18:00:00Z") });
    return { t, token: await t.login() };
  } catch (err) {
    await t.close();
    throw err;
  }
}

export function assertFullPage(data: OrdersPageData, n: number): void {
  const edges = data.orders.edges;
  if (edges.length !== n) throw new Error(`expected ${n} orders on the page, got ${edges.length}`);
  for (const { node } of edges) {
    if (!node.items.length || !node.shipment || !node.invoice || !node.evidence.length) {
      throw new Error("a seeded order came back without its items, shipment, invoice or evidence");
    }
  }
}

export async function p1(env: BenchEnv, _options: BenchOptions): Promise<FigureResult> {
  const { t, token } = await startSeededServer(env);
  try {
    const log_ = t.server.db.queryLog;
    const counts: Record<string, number> = {};
    for (const n of [1, 50, 200]) {
      const before = log_.statements;
      const data = await t.gql<OrdersPageData>(ORDERS_PAGE, { n }, token);
      counts[`N=${n}`] = log_.statements - before;
      assertFullPage(data, n);
    }
    const values = Object.values(counts);
    const worst = Math.max(...values);
    const spread = worst - Math.min(...values);
    log(`P1 statements ${JSON.stringify(counts)}`);
    const result: FigureResult = {
      id: "P1",
      figure: "SQL statements for one orders(first: N) page with items, shipment, invoice, evidence",
      target: "constant in N (N = 1, 50, 200), at most 6",
      checks: [check("statements (largest N)", worst, 6, "statements"), check("difference between N", spread, 0, "statements", "eq")],
      arms: {},
      details: { engine: env.engine, statements: counts, seededOrders: SEEDED_ORDERS },
      notes: ["Counted with the server's QueryLog (every statement the DataSource runs) over one real HTTP request per N, on 200 seeded orders that all have lines, a shipment, an invoice and evidence."],
    };
    return result;
  } finally {
    await t.close();
  }
}
