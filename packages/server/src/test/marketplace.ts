import { startSandbox, type RunningSandbox } from "@pedidos/claroshop-sandbox";
import type { Config } from "../config";
import type { Database } from "../db/data-source";
import type { MarketplaceClientTuning } from "../marketplace/marketplace-gateways";
import type { MarketplaceGateway } from "../marketplace/marketplace.port";

/** A key no log may ever show; scripts/test.mjs greps the whole run's output for it. */
export const TEST_PRIVATE_KEY = "PRIVADA-prueba-nunca-en-logs-7f3a";

/** Quick retries so fault tests take seconds, never waiting on a real marketplace's timings. */
export const FAST_CLIENT: MarketplaceClientTuning = {
  timeoutMs: 1000,
  baseDelayMs: 2,
  maxDelayMs: 40,
  maxAttempts: 8,
  maxRetryAfterMs: 50,
  breakerThreshold: 25,
  breakerCooldownMs: 200,
};

/** About 20% of marketplace requests fail in one of the ways the real service is seen to fail. */
export const TWENTY_PERCENT_FAULTS = {
  rate500: 0.05,
  rate429: 0.04,
  hangRate: 0.005,
  truncatedRate: 0.04,
  nonJsonRate: 0.03,
  missingStatusRate: 0.035,
  duplicateRowsRate: 0.2,
};

export async function startTestMarketplace(options: { seed?: number; orderCount?: number } = {}): Promise<{
  sandbox: RunningSandbox;
  config: Partial<Config>;
}> {
  const sandbox = await startSandbox({ port: 0, privateKey: TEST_PRIVATE_KEY, seed: 5, ...options });
  return {
    sandbox,
    config: {
      claroshop: {
        legacy: { baseUrl: sandbox.url, publicKey: sandbox.publicKey, privateKey: TEST_PRIVATE_KEY },
        t1: { baseUrl: sandbox.t1BaseUrl, tokenUrl: sandbox.t1TokenUrl, username: "sandbox", password: "sandbox", sellerId: sandbox.sellerId },
      },
      marketplaceSandbox: true,
    },
  };
}

const STATUS: Record<string, string> = {
  Pendiente: "PENDING",
  "Por embarcar con Proveedor": "PENDING",
  Embarcado: "SHIPPED",
  Entregado: "DELIVERED",
  Cancelado: "CANCELLED",
};

export interface MirrorReport {
  marketplace: number;
  stored: number;
  duplicates: number;
  missing: string[];
  wrongStatus: string[];
  wrongLines: string[];
  withoutLines: number;
}

/** Compares every stored order (and every order the marketplace lists) with the sandbox. */
export async function compareWithSandbox(db: Database, sandbox: RunningSandbox): Promise<MirrorReport> {
  const rows = (await db.dataSource.query(
    "SELECT o.marketplaceOrderId AS mid, o.status AS status, i.lineId AS lineId, i.sku AS sku, i.quantity AS quantity " +
      "FROM `order` o LEFT JOIN order_item i ON i.orderId = o.id",
  )) as { mid: string; status: string; lineId: string | null; sku: string | null; quantity: number | null }[];
  const stored = new Map<string, { status: string; lines: Map<string, string> }>();
  let withoutLines = 0;
  for (const r of rows) {
    let entry = stored.get(r.mid);
    if (!entry) stored.set(r.mid, (entry = { status: r.status, lines: new Map() }));
    if (r.lineId === null) withoutLines++;
    else entry.lines.set(r.lineId, `${r.sku}x${r.quantity}`);
  }
  const [{ n }] = (await db.dataSource.query("SELECT COUNT(*) AS n FROM `order`")) as { n: number | string }[];
  const report: MirrorReport = {
    marketplace: 0,
    stored: stored.size,
    duplicates: Number(n) - stored.size,
    missing: [],
    wrongStatus: [],
    wrongLines: [],
    withoutLines,
  };
  for (const order of sandbox.state.all()) {
    const local = stored.get(order.nopedido);
    if (order.status !== "Cancelado") report.marketplace++;
    if (!local) {
      if (order.status !== "Cancelado") report.missing.push(order.nopedido);
      continue;
    }
    if (local.status !== STATUS[order.status]) report.wrongStatus.push(`${order.nopedido}: ${local.status} != ${order.status}`);
    const expected = new Map(order.lines.map((l) => [l.id, `${l.sku}x${l.quantity}`]));
    const same = expected.size === local.lines.size && [...expected].every(([k, v]) => local.lines.get(k) === v);
    if (!same) report.wrongLines.push(order.nopedido);
  }
  return report;
}

/** A gateway that reads orders its own way (what `reads` gives) and does everything else through `real`. */
export function readingAs(real: MarketplaceGateway, reads: Partial<Pick<MarketplaceGateway, "listOrderIds" | "getOrder">>): MarketplaceGateway {
  return {
    listOrderIds: (status, page) => real.listOrderIds(status, page),
    getOrder: (id) => real.getOrder(id),
    requestGuide: (request) => real.requestGuide(request),
    getLabel: (id) => real.getLabel(id),
    sendEvidence: (upload) => real.sendEvidence(upload),
    ...reads,
  };
}
