import DataLoader from "dataloader";
import type { EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { Database } from "./data-source";

type Direction = "ASC" | "DESC";
/** Sort of a loader's rows: entity properties (plain columns) and their direction, in priority order. */
export type RowOrder<T> = Partial<Record<keyof T & string, Direction>>;

interface StatementText {
  head: string;
  tail: string;
}

/** A statement and its parameters, as DataSource.query takes them. */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** The columns find() selects and hydrates. */
function selectable(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
}

/**
 * The columns that hold these entity properties (a plain column's property, or an embedded
 * object's property for all of its columns), with the primary key always; null when a property is
 * not stored in a column of its own (a relation, a getter): then every column is needed.
 */
export function columnsOf(metadata: EntityMetadata, properties: ReadonlySet<string>): ColumnMetadata[] | null {
  const columns = selectable(metadata);
  const top = (c: ColumnMetadata) => (c.embeddedMetadata ? c.embeddedMetadata.embeddedMetadataTree[0].propertyName : c.propertyName);
  const stored = new Set(columns.map(top));
  for (const property of properties) if (!stored.has(property)) return null;
  return columns.filter((c) => c.isPrimary || properties.has(top(c)));
}

/** Statement texts per entity (metadata belongs to one DataSource), key column, order and columns read. */
const statements = new WeakMap<EntityMetadata, Map<string, StatementText>>();

function statementFor(
  db: Database,
  metadata: EntityMetadata,
  column: string,
  order: Record<string, Direction>,
  properties: ReadonlySet<string> | null,
  within = false,
): StatementText {
  const key = JSON.stringify([column, order, properties && [...properties].sort(), within]);
  let byKey = statements.get(metadata);
  if (!byKey) statements.set(metadata, (byKey = new Map()));
  let statement = byKey.get(key);
  if (statement) return statement;
  const { driver } = db.dataSource;
  const columnNamed = (property: string) => {
    const found = metadata.findColumnWithPropertyPath(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return driver.escape(found.databaseName);
  };
  // The key column is always read: rows are matched to keys by it.
  const columns = (properties && columnsOf(metadata, new Set([...properties, column]))) ?? selectable(metadata);
  const t = within ? "t." : "";
  const orderBy = Object.entries(order).map(([property, direction]) => `${t}${columnNamed(property)} ${direction}`);
  const list = columns.map((c) => t + driver.escape(c.databaseName)).join(", ");
  const sorted = orderBy.length ? ` ORDER BY ${orderBy.join(", ")}` : "";
  statement = within
    ? {
        // Every key of the window comes back, with NULL columns when it has no row.
        head: `SELECT w.id AS ${driver.escape(WINDOW_KEY)}, ${list} FROM (`,
        tail: `) w LEFT JOIN ${driver.escape(metadata.tableName)} t ON t.${columnNamed(column)} = w.id${sorted}`,
      }
    : {
        head: `SELECT ${list} FROM ${driver.escape(metadata.tableName)} WHERE ${columnNamed(column)} IN (`,
        tail: `)${sorted}`,
      };
  byKey.set(key, statement);
  return statement;
}

/** The column under which a window's key comes back (see rowsWithin). */
const WINDOW_KEY = "__window";

/** Turns one raw row (keyed by column database names) into an entity. */
export type Hydrator<T> = (row: Record<string, unknown>) => T;

const hydrators = new WeakMap<EntityMetadata, Hydrator<ObjectLiteral>>();

/**
 * The row → entity function of an entity, built once from its metadata: the same entity that
 * `find()` and the query builder's `getMany()` produce (same prototype, every selected column
 * through the driver's own `prepareHydratedValue`: dates, booleans, transformers; embedded columns
 * through TypeORM's own setter), without re-deciding per row and per column what metadata already
 * says. Compiled once per entity; rows of one entity then all take the same fixed property accesses.
 */
export function hydratorFor<T extends ObjectLiteral>(db: Database, metadata: EntityMetadata): Hydrator<T> {
  const cached = hydrators.get(metadata);
  if (cached) return cached as Hydrator<T>;
  const { driver } = db.dataSource;
  const columns = selectable(metadata);
  // metadata.create(): a bare instance of the class unless the entity asks for its constructor,
  // a typename property or lazy relations; then TypeORM's own create() runs for every row.
  const bare =
    typeof metadata.target === "function" &&
    !metadata.isAlwaysUsingConstructor &&
    !db.dataSource.options.typename &&
    metadata.lazyRelations.length === 0;
  // The function's text names each column and property as a literal (from metadata, quoted with
  // JSON.stringify), so every row is read and written through fixed property accesses.
  const lines = columns.map((c, i) => {
    const property = JSON.stringify(c.propertyName);
    const embedded = c.embeddedMetadata;
    // One level of embedding (e.g. an address): what setEntityValue does, spelled out; deeper
    // trees go through it.
    const set = !embedded
      ? `e[${property}] = v`
      : embedded.embeddedMetadataTree.length === 1
        ? `(e[${JSON.stringify(embedded.propertyName)}] ??= columns[${i}].embeddedMetadata.create())[${property}] = v`
        : `columns[${i}].setEntityValue(e, v)`;
    return (
      `v = row[${JSON.stringify(c.databaseName)}];\n` +
      `if (v !== undefined) { v = driver.prepareHydratedValue(v, columns[${i}]); ${set}; }`
    );
  });
  const create = bare
    ? "Object.create(prototype)"
    : "metadata.create(undefined, { fromDeserializer: true })";
  const compile = new Function(
    "driver",
    "columns",
    "metadata",
    "prototype",
    `return function hydrate(row) {\nconst e = ${create};\nlet v;\n${lines.join("\n")}\nreturn e;\n};`,
  ) as (driver: unknown, columns: unknown, metadata: unknown, prototype: unknown) => Hydrator<ObjectLiteral>;
  const hydrate = compile(driver, columns, metadata, bare ? (metadata.target as { prototype: object }).prototype : null);
  hydrators.set(metadata, hydrate);
  return hydrate as Hydrator<T>;
}

/**
 * Every row of `entity` whose `column` is one of the keys, as entities equal to what `find()`
 * returns: the statement's text is built once from the entity's metadata, and each row goes
 * through the entity's precompiled hydrator (see hydratorFor). Loaders run several times for
 * every page; building the statement through the find-options machinery on each call cost more
 * CPU than reading the rows. Loaders are created for every request and most are never used, so
 * the statement is looked up on the first batch only.
 */
function rowsWhereIn<T extends ObjectLiteral>(
  db: Database,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: RowOrder<T> = {},
): (keys: readonly unknown[]) => Promise<T[]> {
  let statement: StatementText | undefined;
  return async (keys) => {
    const { dataSource } = db;
    const { driver } = dataSource;
    const metadata = dataSource.getMetadata(entity);
    const { head, tail } = (statement ??= statementFor(db, metadata, column, order as Record<string, Direction>, null));
    const hydrate = hydratorFor<T>(db, metadata);
    let marks = "";
    for (let i = 0; i < keys.length; i++) marks += (i ? ", " : "") + driver.createParameter(`k${i}`, i);
    const rows = (await dataSource.query(head + marks + tail, [...keys])) as Record<string, unknown>[];
    const out = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = hydrate(rows[i]);
    return out;
  };
}

/**
 * The rows of `entity` whose `column` is one of the keys a window statement selects (a statement
 * whose only column is `id`, e.g. a page of orders: OrderQueries.window), in one statement that
 * nests it, with each key the window held, so that rows can be read alongside the statement that
 * decides the keys instead of after it. Rows as rowsWhereIn's.
 */
async function rowsWithin<T extends ObjectLiteral>(
  db: Database,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: RowOrder<T>,
  properties: ReadonlySet<string>,
  window: Statement,
): Promise<{ keys: unknown[]; rows: T[] }> {
  const { dataSource } = db;
  const metadata = dataSource.getMetadata(entity);
  const { head, tail } = statementFor(db, metadata, column, order as Record<string, Direction>, properties, true);
  const hydrate = hydratorFor<T>(db, metadata);
  const key = metadata.findColumnWithPropertyPath(column)!.databaseName;
  const raw = (await dataSource.query(head + window.sql + tail, window.parameters)) as Record<string, unknown>[];
  const keys: unknown[] = [];
  const rows: T[] = [];
  for (const row of raw) {
    keys.push(row[WINDOW_KEY]);
    if (row[key] !== null && row[key] !== undefined) rows.push(hydrate(row));
  }
  return { keys, rows };
}

/**
 * A DataLoader whose values can also be read synchronously once `preload` has fetched them: a
 * field resolver that finds its value ready returns it as is, so GraphQL completes the object
 * without a promise per field (hundreds on a page). Anything not preloaded (or whose preload
 * failed) goes through `load` as usual, with the same batching, caching and errors.
 */
export class Loader<K, V> extends DataLoader<K, V> {
  private ready: Map<K, V> | undefined;

  constructor(
    batch: DataLoader.BatchLoadFn<K, V>,
    private readonly within?: (properties: ReadonlySet<string>, window: Statement) => Promise<Map<K, V>>,
  ) {
    super(batch);
  }

  /**
   * The values of the keys a window statement selects (see rowsWithin), as entities that carry
   * only these properties (and their keys), outside this loader's batches and cache: for a caller
   * that knows which fields will be read, and keeps them to itself. A map with every key the window
   * held when the statement ran; rejects when the statement fails.
   */
  async loadWithin(properties: ReadonlySet<string>, window: Statement): Promise<Map<K, V>> {
    if (!this.within) throw new Error("this loader reads no windows");
    return this.within(properties, window);
  }

  /** Loads the keys in one batch (as `loadMany`) and keeps the values that arrived. Never throws. */
  async preload(keys: readonly K[]): Promise<void> {
    const values = await this.loadMany(keys);
    const ready = (this.ready ??= new Map());
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      if (!(value instanceof Error)) ready.set(keys[i], value);
    }
  }

  /** The value when it is already loaded, else `load(key)`. */
  get(key: K): V | Promise<V> {
    const ready = this.ready;
    if (ready !== undefined && ready.has(key)) return ready.get(key) as V;
    return this.load(key);
  }
}

/** A loader of at most one row per key value (e.g. the shipment of an order), in key order. */
export function oneBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
): Loader<T[K], T | null> {
  const load = rowsWhereIn(db, entity, column);
  const batch: DataLoader.BatchLoadFn<T[K], T | null> = async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [row[column], row]));
    return keys.map((key) => byKey.get(key) ?? null);
  };
  const within = async (properties: ReadonlySet<string>, window: Statement) => {
    const { keys, rows } = await rowsWithin(db, entity, column, {}, properties, window);
    const byKey = new Map<T[K], T | null>(keys.map((key) => [key as T[K], null]));
    for (const row of rows) byKey.set(row[column], row);
    return byKey;
  };
  return new Loader(batch, within);
}

/** A loader of all rows per key value (e.g. the items of an order), in key order. */
export function manyBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
  order?: RowOrder<T>,
): Loader<T[K], T[]> {
  const load = rowsWhereIn(db, entity, column, order);
  const batch: DataLoader.BatchLoadFn<T[K], T[]> = async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<T[K], T[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(row[column])?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  };
  const within = async (properties: ReadonlySet<string>, window: Statement) => {
    const { keys, rows } = await rowsWithin(db, entity, column, order ?? {}, properties, window);
    const byKey = new Map<T[K], T[]>(keys.map((key) => [key as T[K], []]));
    for (const row of rows) byKey.get(row[column])?.push(row);
    return byKey;
  };
  return new Loader(batch, within);
}
