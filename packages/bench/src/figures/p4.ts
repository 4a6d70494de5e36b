/**
 * P4: the database-write part of a sync (OrderImport.importNew on the same parsed pages, grouped
 * into the write batches the sync forms) ÷ the same rows written back with one multi-row
 * INSERT … ON DUPLICATE KEY UPDATE per table.
 */
import type { Database } from "@pedidos/server/dist/db/data-source.js";
import { OrderImport } from "@pedidos/server/dist/sync/order-import.js";
import { DEFAULT_WRITE_BATCHING } from "@pedidos/server/dist/sync/write-batches.js";
import { check, log, median, round, stats, type BenchOptions, type FigureResult } from "../figure";
import { clearOrders, type BenchEnv } from "../support/env";
import { importPages, readPages, startSyncFixture } from "../support/sync-fixture";


type Row = Record<string, unknown>;

/** The tables a sync writes (every order-related table), and product for the stock it reserves. */
function writtenTables(db: Database): string[] {
  const kept = new Set(["user", "api_key", "marketplace_account", "sku_mapping"]);
  return db.dataSource.entityMetadatas.map((m) => m.tableName).filter((t) => !kept.has(t));
}

/** Every row of those tables as the import left them: what the floor writes back. */
async function snapshot(db: Database): Promise<Map<string, Row[]>> {
  const q = (name: string) => (db.engine === "mysql" ? `\`${name}\`` : `"${name}"`);
  const rows = new Map<string, Row[]>();
  for (const table of writtenTables(db)) {
    const found = (await db.dataSource.query(`SELECT * FROM ${q(table)}`)) as Row[];
    if (found.length > 0) rows.set(table, found);
  }
  return rows;
}

/**
 * The floor: the same rows the import wrote, each table in one multi-row statement (chunked on
 * SQLite, whose statements take at most 32,766 parameters). Existing rows (the catalog's stock)
 * are upserted; the rest are plain inserts into emptied tables.
 */
async function multiRowWrites(db: Database, snapshotRows: Map<string, Row[]>): Promise<number> {
  const q = (name: string) => (db.engine === "mysql" ? `\`${name}\`` : `"${name}"`);
  let statements = 0;
  await db.dataSource.transaction(async (manager) => {
    for (const [table, rows] of snapshotRows) {
      const columns = Object.keys(rows[0]);
      const chunk = db.engine === "mysql" ? rows.length : Math.max(1, Math.floor(32_000 / columns.length));
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      const updates = columns.filter((c) => c !== "id");
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        const head = `INSERT INTO ${q(table)} (${columns.map(q).join(", ")}) VALUES ${part.map(() => tuple).join(", ")}`;
        const upsert =
          db.engine === "mysql"
            ? ` ON DUPLICATE KEY UPDATE ${updates.map((c) => `${q(c)} = VALUES(${q(c)})`).join(", ")}`
            : ` ON CONFLICT ("id") DO UPDATE SET ${updates.map((c) => `${q(c)} = excluded.${q(c)}`).join(", ")}`;
        await manager.query(head + upsert, part.flatMap((row) => columns.map((c) => row[c])));
        statements++;
      }
    }
  });
  return statements;
}

export async function p4(env: BenchEnv, options: BenchOptions): Promise<FigureResult> {
  const orderCount = options.quick ? 1000 : 10_000;
  // Seven rounds of about a second each: single rounds' ratios ranged from 0.6 to 2.0 on this machine.
  const rounds = options.quick ? 2 : 7;
  const fixture = await startSyncFixture(env, orderCount);
  try {
    const db = fixture.t.server.db;
    const services = fixture.t.server.services;
    const pages = await readPages(fixture);
    const orders = pages.flatMap((page) => page.items);
    const lines = orders.reduce((sum, o) => sum + o.lines.length, 0);
    const nonPending = orders.filter((o) => o.status !== "PENDING").length;
    log(`P4 ${orders.length} orders in ${pages.length} pages (${lines} lines, ${nonPending} not pending)`);
    const importer = new OrderImport(db, services.orders, services.salesOrders);

    const counted = async (work: () => Promise<void>) => {
      await clearOrders(db);
      const before = db.queryLog.statements;
      const start = performance.now();
      await work();
      return { ms: performance.now() - start, statements: db.queryLog.statements - before };
    };
    // The sync's own grouping of pages into transactions (its defaults, as in production).
    let transactions = 0;
    const importAll = (subset = pages) =>
      counted(async () => {
        transactions = (await importPages(importer, fixture.accountId, subset)).transactions;
      });
    let floorStatements = 0;
    // Warm-up of the import on a few pages from each list, then one full import whose rows the floor writes back.
    const warmPages = [...pages.slice(0, 2), ...pages.slice(-2)];
    await importAll(warmPages);
    await importAll();
    const written = await snapshot(db);
    const writtenRows = [...written.values()].reduce((sum, rows) => sum + rows.length, 0);
    log(`P4 the import writes ${writtenRows} rows in ${written.size} tables: ${[...written].map(([t, r]) => `${t} ${r.length}`).join(", ")}`);
    const upsertAll = () =>
      counted(async () => {
        floorStatements = await multiRowWrites(db, written);
      });
    await upsertAll();

    const importMs: number[] = [];
    const upsertMs: number[] = [];
    const ratios: number[] = [];
    let importStatements = 0;
    for (let i = 0; i < rounds; i++) {
      const a = async () => {
        const r = await importAll();
        importMs.push(r.ms);
        importStatements = r.statements;
      };
      const b = async () => upsertMs.push((await upsertAll()).ms);
      if (i % 2 === 0) {
        await a();
        await b();
      } else {
        await b();
        await a();
      }
      ratios.push(importMs[i] / upsertMs[i]);
      log(`P4 round ${i + 1}: import ${Math.round(importMs[i])} ms, upsert ${Math.round(upsertMs[i])} ms`);
    }
    await clearOrders(db);
    const ratio = median(ratios);
    const notes = [
      `Arm A: OrderImport.importNew (the sync's write phase) on the parsed pages grouped as the sync groups them (inWriteBatches, at most ${DEFAULT_WRITE_BATCHING.maxOrders} orders per transaction by default: ${transactions} transactions here), into emptied tables. Arm B: the very rows arm A wrote (orders, lines, history, sales orders and their lines, shipments, the catalog's stock), read back after an import and written again into emptied tables in one transaction, one multi-row INSERT … ON DUPLICATE KEY UPDATE (ON CONFLICT on SQLite) per table. Ratio = median over rounds.`,
    ];
    if (ratio > 1.5) {
      notes.push(
        `Diagnosis: ${importStatements.toLocaleString("en-US")} SQL statements for ${orders.length.toLocaleString("en-US")} orders against ${floorStatements} for the floor. ` +
          `The import writes ${transactions} transactions (reading each batch's stored orders and the catalog first, then inserting; statuses through the state machine) where the floor writes each table once for the whole sync.`,
      );
    }
    return {
      id: "P4",
      figure: `database writes of a sync of ${orders.length.toLocaleString("en-US")} orders ÷ one multi-row upsert per table of the same rows`,
      target: "≤ 1.5",
      checks: [check("ratio", ratio, 1.5, "×")],
      arms: { import: stats(importMs), multiRowUpsert: stats(upsertMs) },
      details: {
        engine: env.engine,
        orders: orders.length,
        pages: pages.length,
        lines,
        ordersNotPending: nonPending,
        statements: { import: importStatements, multiRowUpsert: floorStatements },
        importTransactions: transactions,
        rowsWritten: Object.fromEntries([...written].map(([t, r]) => [t, r.length])),
        rounds,
        roundRatios: ratios.map((r) => round(r)),
      },
      notes,
      distributions: [
        { label: "importNew", unit: "ms", samples: importMs },
        { label: "multi-row upsert", unit: "ms", samples: upsertMs },
      ],
    };
  } finally {
    await fixture.close();
  }
}
