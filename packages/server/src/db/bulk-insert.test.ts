import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Column, DataSource, Entity, PrimaryGeneratedColumn, QueryFailedError, type EntityManager, type Logger } from "typeorm";
import { Order } from "../orders/order.entity";
import { OrderStatus } from "../orders/order-status";
import { testDatabase } from "../test/harness";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import { bulkInsert, MAX_PARAMETERS_PER_STATEMENT } from "./bulk-insert";
import { executePrepared } from "./prepared-statement";
import { DateTimeColumn } from "./columns";
import { createDataSource, openDatabase } from "./data-source";
import { QueryLog } from "./query-log";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";

// Watched, not replaced: every call runs the real prepared statement.
jest.mock("./prepared-statement", () => {
  const actual = jest.requireActual<typeof import("./prepared-statement")>("./prepared-statement");
  return { ...actual, executePrepared: jest.fn(actual.executePrepared) };
});
const { executePrepared: runPrepared } = jest.requireActual<typeof import("./prepared-statement")>("./prepared-statement");
const executed = jest.mocked(executePrepared);

class Dimensions {
  @Column({ type: "int", default: 0 })
  widthMm: number;

  @Column({ type: "varchar", length: 20, nullable: true })
  unit: string | null;
}

/** Every kind of value conversion the driver makes on the way in. */
@Entity("bulk_insert_sample")
class Sample {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 60 })
  name: string;

  @DateTimeColumn()
  at: Date;

  @DateTimeColumn({ nullable: true })
  until: Date | null;

  @Column({ type: "simple-json", nullable: true })
  data: { tags: string[]; n: number } | null;

  @Column({ type: "decimal", precision: 10, scale: 2, nullable: true })
  amount: string | number | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "varchar", length: 30, default: "nuevo" })
  state: string;

  @Column({
    type: "varchar",
    length: 100,
    nullable: true,
    transformer: { to: (v?: string[] | null) => (v == null ? v : v.join("|")), from: (s: string | null) => (s == null ? s : s.split("|")) },
  })
  labels: string[] | null;

  @Column(() => Dimensions, { prefix: "dim" })
  dimensions: Dimensions;
}

type Row = Record<string, unknown>;
const withoutId = ({ id: _id, ...rest }: Row) => rest;
const quote = (db: DataSource, name: string) => db.driver.escape(name);

describe(`bulkInsert (${engine})`, () => {
  let dir: string;
  let drop: () => Promise<void>;
  let db: DataSource;
  const statements: { sql: string; parameters: number }[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-bulk-"));
    const target = await testDatabase(dir);
    drop = target.drop;
    // The application's own driver settings (SQLite file, MySQL time zone…), with the sample table only.
    const app = createDataSource(target.config, new QueryLog());
    const logger: Logger = {
      logQuery: (sql, parameters) => {
        statements.push({ sql, parameters: parameters?.length ?? 0 });
      },
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    db = new DataSource({ ...app.options, entities: [Sample], migrations: [], synchronize: true, logger } as typeof app.options);
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await db.getRepository(Sample).clear();
    statements.length = 0;
  });

  afterEach(() => {
    executed.mockClear();
    executed.mockImplementation(runPrepared);
  });

  const rawRows = async (): Promise<Row[]> =>
    (await db.query(`SELECT * FROM ${quote(db, "bulk_insert_sample")} ORDER BY ${quote(db, "id")}`)) as Row[];

  const full: Partial<Sample> = {
    name: "completo",
    at: new Date("2026-03-04T05:06:07.089Z"),
    until: new Date("2026-12-31T23:59:59.999Z"),
    data: { tags: ["á", "b\"c"], n: 7 },
    amount: "1234.50",
    active: false,
    state: "listo",
    labels: ["uno", "dos"],
    dimensions: { widthMm: 120, unit: "mm" },
  };
  const sparse: Partial<Sample> = {
    name: "nulos",
    at: new Date("2026-01-01T00:00:00.000Z"),
    until: null,
    data: null,
    amount: null,
    labels: null,
    dimensions: { widthMm: 5, unit: null },
  };

  it("stores each row exactly as save() stores the same values", async () => {
    const repo = db.getRepository(Sample);
    for (const values of [full, sparse]) {
      await repo.clear();
      await repo.save(repo.create(values));
      const saved = await rawRows();
      const savedEntities = await repo.find();
      await repo.clear();

      expect(await bulkInsert(db.manager, Sample, [values])).toBe(1);
      const inserted = await rawRows();
      expect(inserted.map(withoutId)).toEqual(saved.map(withoutId));
      expect((await repo.find()).map((e) => withoutId({ ...e }))).toEqual(savedEntities.map((e) => withoutId({ ...e })));
    }
    // And the values come back as they went in.
    await repo.clear();
    await bulkInsert(db.manager, Sample, [full]);
    const back = await repo.findOneByOrFail({ name: "completo" });
    expect(back.at.toISOString()).toBe("2026-03-04T05:06:07.089Z");
    expect(back.until?.toISOString()).toBe("2026-12-31T23:59:59.999Z");
    expect(back.data).toEqual({ tags: ["á", "b\"c"], n: 7 });
    expect(Number(back.amount)).toBe(1234.5);
    expect(back.active).toBe(false);
    expect(back.labels).toEqual(["uno", "dos"]);
    expect(back.dimensions).toEqual({ widthMm: 120, unit: "mm" });
  });

  it("stores a transaction's full statements, prepared on MySQL, exactly as statements sent as text", async () => {
    // `full` and `sparse` give the same ten columns (name, at, until, data, amount, active, state, labels, two dimensions).
    const perStatement = Math.floor(MAX_PARAMETERS_PER_STATEMENT / 10);
    const rows = Array.from({ length: perStatement * 2 + 3 }, (_, i) => ({ ...(i % 2 ? sparse : full), active: i % 3 === 0, state: `s${i}`, name: `fila-${i}` }));
    await bulkInsert(db.manager, Sample, rows); // no transaction: every statement as text
    const asText = await rawRows();
    await db.getRepository(Sample).clear();

    expect(await db.transaction((manager) => bulkInsert(manager, Sample, rows))).toBe(3);
    // The two full statements run prepared, one text parsed once; the last three rows go as text.
    expect(executed).toHaveBeenCalledTimes(engine === "MariaDB" ? 2 : 0);
    if (engine === "MariaDB") expect(new Set(executed.mock.calls.map(([, sql]) => sql)).size).toBe(1);
    expect((await rawRows()).map(withoutId)).toEqual(asText.map(withoutId));
  });

  it("fails a prepared statement as a text one fails: QueryFailedError with the driver's code, the transaction rolled back", async () => {
    const perStatement = Math.floor(MAX_PARAMETERS_PER_STATEMENT / 3);
    // Three columns a row (id, name, at): the first statement repeats an id, so it is the prepared one that fails.
    const rows = Array.from({ length: perStatement + 1 }, (_, i) => ({ id: i === 5 ? 1 : i + 1, name: `fila-${i}`, at: new Date(Date.UTC(2026, 0, 1)) }));
    const outcome = await db.transaction((manager) => bulkInsert(manager, Sample, rows)).then(
      () => null,
      (err: unknown) => err,
    );
    expect(executed).toHaveBeenCalledTimes(engine === "MariaDB" ? 1 : 0);
    expect(outcome).toBeInstanceOf(QueryFailedError);
    const code = (outcome as QueryFailedError & { driverError: { code?: string } }).driverError.code;
    expect(code).toMatch(engine === "MariaDB" ? /^ER_DUP_ENTRY$/ : /^SQLITE_CONSTRAINT/);
    expect(await db.getRepository(Sample).count()).toBe(0);
  });

  it("gives a row that lacks a column another row gives that column's default, as save() does", async () => {
    const repo = db.getRepository(Sample);
    const lacking: Partial<Sample> = { name: "por defecto", at: new Date("2026-02-02T02:02:02.002Z") };
    await repo.save(repo.create(lacking));
    const saved = await rawRows();
    await repo.clear();

    await bulkInsert(db.manager, Sample, [full, lacking]);
    const inserted = await rawRows();
    expect(inserted).toHaveLength(2);
    expect(withoutId(inserted[1])).toEqual(withoutId(saved[0]));
    const back = await repo.findOneByOrFail({ name: "por defecto" });
    expect(back.active).toBe(true);
    expect(back.state).toBe("nuevo");
    expect(back.dimensions.widthMm).toBe(0);
  });

  it("splits a large list into statements of at most the parameter limit, losing no row", async () => {
    // Three columns a row: as many whole rows a statement as the limit allows.
    const perStatement = Math.floor(MAX_PARAMETERS_PER_STATEMENT / 3) * 3;
    const count = Math.floor(MAX_PARAMETERS_PER_STATEMENT / 3) * 2 + 7;
    const rows = Array.from({ length: count }, (_, i) => ({ name: `fila-${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i % 1000)), amount: i }));
    const ran = await bulkInsert(db.manager, Sample, rows);
    expect(ran).toBe(3);
    const inserts = statements.filter((s) => s.sql.startsWith("INSERT"));
    expect(inserts.map((s) => s.parameters)).toEqual([perStatement, perStatement, 21]);
    expect(await db.getRepository(Sample).count()).toBe(count);
    const last = await db.getRepository(Sample).findOneByOrFail({ name: `fila-${count - 1}` });
    expect(Number(last.amount)).toBe(count - 1);
    expect(last.at.toISOString()).toBe(new Date(Date.UTC(2026, 0, 1, 0, 0, 0, (count - 1) % 1000)).toISOString());
  });

  it("runs a statement while the next is built, and a failed one fails the call once those behind it have settled", async () => {
    const perStatementRows = Math.floor(MAX_PARAMETERS_PER_STATEMENT / 3);
    const count = perStatementRows * 2 + 5;
    // Three columns a row (id, name, at); the second statement repeats the first row's id.
    const rows = Array.from({ length: count }, (_, i) => ({ id: i === perStatementRows + 2 ? 1 : i + 1, name: `fila-${i}`, at: new Date(Date.UTC(2026, 0, 1)) }));
    const outcome = await db
      .transaction((manager) => bulkInsert(manager, Sample, rows))
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(outcome).toBeInstanceOf(Error);
    expect(String((outcome as Error).message)).toMatch(/duplicate|unique/i);
    // All three statements ran, in order, inside the transaction, and nothing after its rollback.
    const sequence = statements.map((s) => s.sql.split(" ")[0].toUpperCase());
    expect(sequence.filter((word) => word === "INSERT")).toHaveLength(3);
    expect(sequence[sequence.length - 1]).toBe("ROLLBACK");
    expect(await db.getRepository(Sample).count()).toBe(0);
  });

  it("keeps two statements in flight on a transaction's connection, and one at a time without a transaction", async () => {
    /** The manager with its query() and its prepared statements watched: the most statements running at once. */
    const watched = (manager: EntityManager) => {
      const seen = { inFlight: 0, most: 0 };
      const counted = async <T>(run: () => Promise<T>): Promise<T> => {
        seen.most = Math.max(seen.most, ++seen.inFlight);
        try {
          return await run();
        } finally {
          seen.inFlight--;
        }
      };
      const proxy = Object.create(manager) as EntityManager;
      proxy.query = (...args: Parameters<EntityManager["query"]>) => counted(() => manager.query(...args));
      executed.mockImplementation((...args) => counted(() => runPrepared(...args)));
      return { proxy, seen };
    };
    const rows = Array.from({ length: Math.floor(MAX_PARAMETERS_PER_STATEMENT / 3) * 3 }, (_, i) => ({ name: `fila-${i}`, at: new Date(Date.UTC(2026, 0, 1)), amount: i }));

    const alone = watched(db.manager);
    expect(await bulkInsert(alone.proxy, Sample, rows)).toBe(3);
    expect(alone.seen.most).toBe(1);

    let most = 0;
    await db.transaction(async (manager) => {
      const inTransaction = watched(manager);
      expect(await bulkInsert(inTransaction.proxy, Sample, rows)).toBe(3);
      most = inTransaction.seen.most;
    });
    expect(most).toBe(2);
    expect(await db.getRepository(Sample).count()).toBe(rows.length * 2);
  });

  it("writes nothing for an empty list", async () => {
    expect(await bulkInsert(db.manager, Sample, [])).toBe(0);
    expect(statements).toEqual([]);
    expect(await db.getRepository(Sample).count()).toBe(0);
  });

  it("upserts: an existing key gets only the listed columns of the new row", async () => {
    const repo = db.getRepository(Sample);
    const stored = await repo.save(repo.create(full));
    await bulkInsert(
      db.manager,
      Sample,
      [
        { ...full, id: stored.id, name: "cambiado", labels: ["tres"], state: "no cambia" },
        { ...sparse, name: "nueva" },
      ],
      { onConflict: { target: ["id"], update: ["name", "labels"] } },
    );
    const rows = await repo.find({ order: { id: "ASC" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: stored.id, name: "cambiado", labels: ["tres"], state: "listo" });
    expect(rows[1]).toMatchObject({ name: "nueva", labels: null });
  });
});

describe(`bulkInsert into the application's tables (${engine})`, () => {
  it("stores an order (embedded address, dates, nulls) as save() does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-bulk-app-"));
    const target = await testDatabase(dir);
    const app = await openDatabase(target.config);
    try {
      const accountId = (await ensureDefaultAccount(app, true)).id;
      const now = new Date("2026-05-06T07:08:09.123Z");
      const order = (marketplaceOrderId: string): Partial<Order> => ({
        accountId,
        marketplace: "CLAROSHOP",
        marketplaceOrderId,
        status: OrderStatus.PENDING,
        marketplaceStatus: "Pendiente",
        placedAt: new Date("2026-05-01T10:00:00.000Z"),
        customerName: "Cliente",
        shippingAddress: {
          recipient: "Cliente",
          street: "Av. Reforma 1",
          neighborhood: null,
          municipality: "Cuauhtémoc",
          city: null,
          state: "CDMX",
          postalCode: "06000",
          betweenStreets: null,
          notes: null,
          phone: "5555555555",
        },
        totalCents: 12345,
        shippingType: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const repo = app.dataSource.getRepository(Order);
      await repo.save(repo.create(order("GUARDADO")));
      await bulkInsert(app.dataSource.manager, Order, [order("MASIVO")]);
      const raw = (await app.dataSource.query(`SELECT * FROM ${quote(app.dataSource, "order")} ORDER BY ${quote(app.dataSource, "id")}`)) as Row[];
      expect(raw).toHaveLength(2);
      const comparable = ({ id: _id, marketplaceOrderId: _m, ...rest }: Row) => rest;
      expect(comparable(raw[1])).toEqual(comparable(raw[0]));
      const [saved, inserted] = await repo.find({ order: { id: "ASC" } });
      expect({ ...inserted, id: saved.id, marketplaceOrderId: saved.marketplaceOrderId }).toEqual({ ...saved });
    } finally {
      await app.dataSource.destroy();
      await target.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
