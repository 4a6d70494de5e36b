import { randomBytes } from "node:crypto";
import { createConnection, type Connection, type RowDataPacket } from "mysql2/promise";

export const DEFAULT_TEST_MYSQL_URL = "mysql://root@127.0.0.1:3306/test";

const PREFIX = "pedidos_t_";
const SCRATCH_NAME = new RegExp(`^${PREFIX}([0-9a-z]{1,11})_[0-9a-f]{8}$`);

/**
 * A scratch database this old was left by a run that ended without dropping it (killed, or its
 * machine stopped): no test run or tool lasts this long.
 */
export const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

/** `pedidos_t_<creation time, base 36 milliseconds>_<random>`: its age can be read from its name. */
export function scratchName(createdAt: number): string {
  return `${PREFIX}${createdAt.toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** When a scratch database was created, from its name; null for any other name. */
export function scratchCreatedAt(name: string): number | null {
  const match = SCRATCH_NAME.exec(name);
  return match ? parseInt(match[1], 36) : null;
}

/** Drops the scratch databases that runs left behind. */
async function dropAbandonedScratch(admin: Connection, now: number): Promise<void> {
  const [rows] = await admin.query<RowDataPacket[]>("SHOW DATABASES LIKE ?", [`${PREFIX.replace(/_/g, "\\_")}%`]);
  const abandoned = rows
    .map((row) => String(Object.values(row)[0]))
    .filter((name) => {
      const createdAt = scratchCreatedAt(name);
      return createdAt !== null && now - createdAt > ABANDONED_AFTER_MS;
    });
  for (const name of abandoned) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
}

/** A connection to the MySQL server of `baseUrl` with no database selected, to create and drop databases. */
export function serverConnection(baseUrl: string): Promise<Connection> {
  const url = new URL(baseUrl);
  url.pathname = "/";
  return createConnection({ uri: url.toString() });
}

/**
 * A throwaway database on the MySQL server of TEST_DATABASE_URL, for tests and tools. Creating
 * one also drops those that earlier runs left behind.
 */
export async function createScratchMysql(
  baseUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_MYSQL_URL,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const now = Date.now();
  const name = scratchName(now);
  const admin = await serverConnection(baseUrl);
  try {
    await dropAbandonedScratch(admin, now);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const conn = await createConnection({ uri: baseUrl });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}
