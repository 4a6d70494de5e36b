import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";

export const DEFAULT_TEST_MYSQL_URL = "mysql://root@127.0.0.1:3306/test";

/** A throwaway database on the MySQL server of TEST_DATABASE_URL, for tests and tools. */
export async function createScratchMysql(
  baseUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_MYSQL_URL,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const url = new URL(baseUrl);
  const name = `pedidos_t_${randomBytes(6).toString("hex")}`;
  url.pathname = "/";
  const admin = await createConnection({ uri: url.toString() });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
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
