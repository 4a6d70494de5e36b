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
    poolSize: 10,
    migrations: MYSQL_MIGRATIONS,
  });
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
  await dataSource.runMigrations({ transaction: "each" });
  return { dataSource, engine: config.engine, queryLog };
}
