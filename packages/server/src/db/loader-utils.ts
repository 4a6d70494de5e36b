import DataLoader from "dataloader";
import type { EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { Database } from "./data-source";

type Direction = "ASC" | "DESC";
/** Sort of a loader's rows: entity properties (plain columns) and their direction, in priority order. */
export type RowOrder<T> = Partial<Record<keyof T & string, Direction>>;

interface Statement {
  columns: ColumnMetadata[];
  head: string;
  tail: string;
}

/** Statement texts per entity (metadata belongs to one DataSource) and key column + order. */
const statements = new WeakMap<EntityMetadata, Map<string, Statement>>();

function statementFor(db: Database, metadata: EntityMetadata, column: string, order: Record<string, Direction>): Statement {
  const key = JSON.stringify([column, order]);
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
  // The columns find() selects and hydrates.
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
  const orderBy = Object.entries(order).map(([property, direction]) => `${columnNamed(property)} ${direction}`);
  statement = {
    columns,
    head:
      `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(", ")} ` +
      `FROM ${driver.escape(metadata.tableName)} WHERE ${columnNamed(column)} IN (`,
    tail: orderBy.length ? `) ORDER BY ${orderBy.join(", ")}` : ")",
  };
  byKey.set(key, statement);
  return statement;
}

/**
 * Every row of `entity` whose `column` is one of the keys, as entities equal to what `find()`
 * returns: the statement's text is built once from the entity's metadata, and each value goes
 * through the driver's own hydration (dates, booleans, transformers, embedded columns). Loaders run
 * several times for every page; building the statement through the find-options machinery on each
 * call cost more CPU than reading the rows.
 */
function rowsWhereIn<T extends ObjectLiteral>(
  db: Database,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: RowOrder<T> = {},
): (keys: readonly unknown[]) => Promise<T[]> {
  const { dataSource } = db;
  const { driver } = dataSource;
  const metadata = dataSource.getMetadata(entity);
  const { columns, head, tail } = statementFor(db, metadata, column, order as Record<string, Direction>);
  return async (keys) => {
    const marks = keys.map((_key, i) => driver.createParameter(`k${i}`, i)).join(", ");
    const rows = (await dataSource.query(head + marks + tail, [...keys])) as Record<string, unknown>[];
    return rows.map((row) => {
      const value = metadata.create(undefined, { fromDeserializer: true }) as T;
      for (const c of columns) {
        const raw = row[c.databaseName];
        if (raw !== undefined) c.setEntityValue(value, driver.prepareHydratedValue(raw, c));
      }
      return value;
    });
  };
}

/** A loader of at most one row per key value (e.g. the shipment of an order), in key order. */
export function oneBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
): DataLoader<T[K], T | null> {
  const load = rowsWhereIn(db, entity, column);
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [row[column], row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of all rows per key value (e.g. the items of an order), in key order. */
export function manyBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
  order?: RowOrder<T>,
): DataLoader<T[K], T[]> {
  const load = rowsWhereIn(db, entity, column, order);
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<T[K], T[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(row[column])?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
