import fs from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../config";
import { ENTITIES } from "./entities";
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from "./migrations";
import { QueryLog } from "./query-log";

export interface Database {
  dataSource: DataSource;
  engine: DatabaseConfig["engine"];
  queryLog: QueryLog;
}

/** How long opening a MySQL connection may take before the request fails as unavailable. */
export const MYSQL_CONNECT_TIMEOUT_MS = 3_000;
/** Longest a single MySQL statement may run; OLTP statements here take milliseconds. */
export const MYSQL_QUERY_TIMEOUT_MS = 8_000;

/** TypeORM compares schemas differently for MariaDB; ask the server which one it is. */
async function mysqlFlavor(url: string): Promise<"mysql" | "mariadb"> {
  const conn = await createConnection({ uri: url });
  try {
    const [rows] = await conn.query("SELECT VERSION() AS v");
    const version = (rows as { v: string }[])[0]?.v ?? "";
    return /mariadb/i.test(version) ? "mariadb" : "mysql";
  } finally {
    await conn.end();
  }
}

export function createDataSource(
  config: DatabaseConfig,
  queryLog: QueryLog,
  flavor: "mysql" | "mariadb" = "mysql",
  /** MySQL connections at most (the sync's write thread needs one). */
  poolSize = 10,
): DataSource {
  const common = {
    entities: ENTITIES,
    logger: queryLog,
    synchronize: false,
    migrationsRun: false,
  } as const;
  if (config.engine === "sqlite") {
    return new DataSource({
      ...common,
      type: "better-sqlite3",
      // libsql is API-compatible with better-sqlite3 and ships prebuilt binaries in the npm registry.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      driver: require("libsql"),
      database: config.file,
      enableWAL: config.file !== ":memory:",
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma("busy_timeout = 5000");
      },
      migrations: SQLITE_MIGRATIONS,
    });
  }
  return new DataSource({
    ...common,
    type: flavor,
    url: config.url,
    timezone: "Z",
    charset: "utf8mb4_unicode_ci",
    poolSize,
    // A database that is down or unreachable fails requests within seconds instead of holding
    // them: connecting gives up after MYSQL_CONNECT_TIMEOUT_MS, a statement after MYSQL_QUERY_TIMEOUT_MS
    // (its connection is then dropped), and requests queued for a connection are capped.
    connectTimeout: MYSQL_CONNECT_TIMEOUT_MS,
    enableQueryTimeout: true,
    maxQueryExecutionTime: MYSQL_QUERY_TIMEOUT_MS,
    extra: {
      // Keep-alive probes notice a peer that vanished without closing the connection.
      enableKeepAlive: true,
      keepAliveInitialDelay: 10_000,
      queueLimit: 200,
    },
    migrations: MYSQL_MIGRATIONS,
  });
}

/**
 * Replicas starting together on one MySQL database migrate one at a time: the others wait on a
 * named lock (freed by the server if its holder dies), then find nothing left to run.
 */
async function withMigrationLock<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "mysql" && dataSource.options.type !== "mariadb") return run();
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    const [row] = (await holder.query("SELECT GET_LOCK(CONCAT(DATABASE(), ':migrations'), 300) AS got")) as { got: number | string | null }[];
    if (Number(row?.got) !== 1) throw new Error("another process held the migration lock for 5 minutes");
    try {
      return await run();
    } finally {
      await holder.query("SELECT RELEASE_LOCK(CONCAT(DATABASE(), ':migrations'))");
    }
  } finally {
    await holder.release();
  }
}

/** Opens the database and brings its schema up to date with the migrations of its engine. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.engine === "sqlite" && config.file !== ":memory:") {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
  }
  const queryLog = new QueryLog();
  const flavor = config.engine === "mysql" ? await mysqlFlavor(config.url) : undefined;
  const dataSource = createDataSource(config, queryLog, flavor);
  await dataSource.initialize();
  // A migration may rebuild a large table: the per-statement timeout is for requests only.
  const driverOptions = dataSource.driver.options as { enableQueryTimeout?: boolean };
  const queryTimeout = driverOptions.enableQueryTimeout;
  driverOptions.enableQueryTimeout = false;
  try {
    await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: "each" }));
  } finally {
    driverOptions.enableQueryTimeout = queryTimeout;
  }
  return { dataSource, engine: config.engine, queryLog };
}
