/**
 * Many rows of one entity written with plain multi-row `INSERT INTO t (…) VALUES (?, …), (…)`
 * statements, in the caller's transaction. Column names and the conversion of every value come
 * from TypeORM's own metadata and driver (`preparePersistentValue`), so dates (SQLite's text
 * format), JSON, booleans and transformers are stored exactly as `save()` stores them; only the
 * statement building of TypeORM's InsertQueryBuilder, costly for thousands of rows, is left out.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { executePrepared } from "./prepared-statement";

/**
 * Parameters per statement at most (SQLite takes up to 32,766, MySQL 65,535). Well under both:
 * building and escaping one statement's text holds the event loop, and a sync's marketplace reads
 * go on between statements; a sync of 10,000 orders ran about 5% faster with 4,000 than with
 * 30,000, its writes alone no slower.
 */
export const MAX_PARAMETERS_PER_STATEMENT = 5_000;

export interface BulkInsertOptions<T> {
  /**
   * Turns the insert into an upsert: a row whose `target` key (unique or primary) exists already
   * gets the `update` columns of the new row instead (ON DUPLICATE KEY UPDATE on MySQL, ON
   * CONFLICT … DO UPDATE on SQLite). Property names, as in the entity.
   */
  onConflict?: { target: (keyof T & string)[]; update: (keyof T & string)[] };
}

/**
 * Inserts `rows` (entity-shaped objects, embedded objects included) and returns the number of
 * statements run; nothing is read back. Only the columns some row gives are listed; a row that
 * lacks one of them gets the column's default (DEFAULT on MySQL, TypeORM's metadata default or
 * NULL on SQLite, which has no DEFAULT in VALUES: what TypeORM's own insert does).
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  options: BulkInsertOptions<T> = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const mysql = driver.options.type === "mysql" || driver.options.type === "mariadb";
  const listed = metadata.columns
    .filter((column) => column.isInsert && !column.isVirtual)
    .map((column) => ({ column, read: reader(column) }))
    .filter(({ read }) => rows.some((row) => read(row) !== undefined));
  const columns = listed.map(({ column }) => column);
  const read = listed.map(({ read }) => read);
  if (columns.length === 0) throw new Error(`bulkInsert into ${metadata.tableName}: the rows give no column`);

  const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(", ")}) VALUES `;
  const tail = options.onConflict ? conflictClause(options.onConflict, metadata.name, columns, (name) => driver.escape(name), mysql) : "";
  const absent = columns.map((column) => absentValue(column, mysql, () => driver.normalizeDefault(column)));
  const prepare = columns.map((column) =>
    passesThrough(column) ? null : (value: unknown) => driver.preparePersistentValue(value, column) as unknown,
  );

  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length));
  let statements = 0;
  // In a transaction, each statement is built while the previous one runs: its connection runs
  // them one after the other, in order, and the database's work overlaps ours. A failed statement
  // fails the call once the one queued behind it has settled (the transaction then rolls both
  // back). Without one, each statement would take a connection of its own and they would run in
  // any order, so they go one at a time.
  const runner = manager.queryRunner;
  // On MySQL in a transaction, a statement of a full chunk whose rows give every column runs
  // prepared (executePrepared): all such statements of a table have one text, parsed once per
  // connection. The chunk left over, of any size, and chunks that name defaults go as text, so a
  // connection keeps one prepared statement per table and column list, not one per row count.
  const preparable = mysql && runner !== undefined;
  let running: Promise<unknown> | null = null;
  try {
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      const chunk = rows.slice(start, start + rowsPerStatement);
      const [sql, parameters, defaulted] = buildStatement(chunk);
      const statement =
        preparable && chunk.length === rowsPerStatement && !defaulted
          ? executePrepared(runner, sql, parameters)
          : manager.query(sql, parameters);
      statement.catch(() => undefined); // awaited below
      const previous = running;
      running = statement;
      statements++;
      const more = start + rowsPerStatement < rows.length;
      // The next statement is built once this one has reached the connection and the one before has run.
      if (!runner) await statement;
      else if (previous) await previous;
      else if (more) await new Promise((resolve) => setImmediate(resolve));
    }
    await running;
  } catch (err) {
    // The statement queued behind the failed one settles before the failure is reported.
    await running?.catch(() => undefined);
    throw err;
  }
  return statements;

  /** The statement's text and parameters, and whether a row lacked a column (its text then names a default). */
  function buildStatement(chunk: QueryDeepPartialEntity<T>[]): [string, unknown[], boolean] {
    const parameters: unknown[] = [];
    let defaulted = false;
    const tuples: string[] = [];
    for (const row of chunk) {
      const placeholders: string[] = [];
      for (let i = 0; i < columns.length; i++) {
        const value = read[i](row);
        if (typeof value === "function") throw new Error(`bulkInsert: ${columns[i].propertyPath} is an SQL expression; give a value`);
        const prepared = value === undefined || prepare[i] === null ? value : prepare[i]!(value);
        if (prepared === undefined) {
          placeholders.push(absent[i]);
          defaulted = true;
        } else {
          placeholders.push("?");
          parameters.push(prepared);
        }
      }
      tuples.push(`(${placeholders.join(", ")})`);
    }
    return [head + tuples.join(", ") + tail, parameters, defaulted];
  }
}

/** Column types whose values both drivers store unchanged when the column has no transformer. */
const PASSED_THROUGH = new Set<unknown>(["varchar", "char", "text", "int", "integer"]);

/** True when TypeORM's preparePersistentValue would return the column's values as they are. */
function passesThrough(column: ColumnMetadata): boolean {
  return !column.transformer && PASSED_THROUGH.has(column.type);
}

/**
 * Reads a column's value from a row. A plain or embedded column (no relation, no embedded array)
 * is read along its property path, which is what getEntityValue does at a fraction of its cost
 * (it copies the path on every call); any other column goes through getEntityValue itself.
 */
function reader(column: ColumnMetadata): (row: ObjectLiteral) => unknown {
  const embedded = column.embeddedMetadata;
  if (column.relationMetadata || column.referencedColumn || embedded?.isArray) return (row) => column.getEntityValue(row);
  const name = column.propertyName;
  const parents = embedded ? [...embedded.parentPropertyNames] : [];
  if (parents.length === 0) return (row) => row[name];
  return (row) => {
    let holder: ObjectLiteral | null | undefined = row;
    // An absent or null embedded object leaves its columns unset, as in getEntityValue.
    for (const parent of parents) {
      holder = holder[parent] as ObjectLiteral | null | undefined;
      if (!holder) return undefined;
    }
    return holder[name];
  };
}

/** What a row that lacks a listed column stores there: what TypeORM's InsertQueryBuilder writes. */
function absentValue(column: ColumnMetadata, mysql: boolean, normalizedDefault: () => string | undefined): string {
  if (column.isVersion) return "1";
  if (mysql) return "DEFAULT";
  if (column.default !== undefined && column.default !== null) return normalizedDefault() ?? "NULL";
  return "NULL";
}

function conflictClause(
  conflict: { target: string[]; update: string[] },
  entityName: string,
  columns: ColumnMetadata[],
  escape: (name: string) => string,
  mysql: boolean,
): string {
  const databaseName = (property: string, mustBeListed: boolean) => {
    const column = columns.find((c) => c.propertyPath === property);
    if (!column && mustBeListed) throw new Error(`bulkInsert into ${entityName}: no value is given for ${property}`);
    return column ? column.databaseName : property;
  };
  const update = conflict.update.map((p) => escape(databaseName(p, true)));
  if (update.length === 0) throw new Error(`bulkInsert into ${entityName}: an upsert needs columns to update`);
  if (mysql) return ` ON DUPLICATE KEY UPDATE ${update.map((c) => `${c} = VALUES(${c})`).join(", ")}`;
  const target = conflict.target.map((p) => escape(databaseName(p, true)));
  return ` ON CONFLICT (${target.join(", ")}) DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(", ")}`;
}
