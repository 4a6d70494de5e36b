import type { RowDataPacket } from "mysql2/promise";
import { ABANDONED_AFTER_MS, createScratchMysql, scratchCreatedAt, scratchName, serverConnection } from "../../db/scratch-mysql";

describe("scratch databases on MariaDB", () => {
  const admin = () => serverConnection(process.env.TEST_DATABASE_URL as string);
  const exists = async (name: string) => {
    const conn = await admin();
    try {
      const [rows] = await conn.query<RowDataPacket[]>("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", [name]);
      return rows.length === 1;
    } finally {
      await conn.end();
    }
  };

  it("name their creation time", () => {
    const at = Date.UTC(2026, 10, 26, 12, 0, 0, 123);
    const name = scratchName(at);
    expect(name).toMatch(/^pedidos_t_[0-9a-z]+_[0-9a-f]{8}$/);
    expect(scratchCreatedAt(name)).toBe(at);
    expect(scratchCreatedAt("pedidos_t_0123456789ab")).toBeNull();
    expect(scratchCreatedAt("pedidos")).toBeNull();
  });

  it("drop the ones earlier runs left behind when a new one is created, and only those", async () => {
    const now = Date.now();
    const left = scratchName(now - ABANDONED_AFTER_MS - 60_000);
    const recent = scratchName(now - 60_000);
    const unrelated = `pedidos_t_${"ab".repeat(6)}`;
    const conn = await admin();
    try {
      for (const name of [left, recent, unrelated]) await conn.query(`CREATE DATABASE \`${name}\``);
    } finally {
      await conn.end();
    }
    const scratch = await createScratchMysql(process.env.TEST_DATABASE_URL);
    try {
      expect(await exists(scratch.name)).toBe(true);
      expect(await exists(left)).toBe(false);
      expect(await exists(recent)).toBe(true);
      expect(await exists(unrelated)).toBe(true);
    } finally {
      await scratch.drop();
      const cleanup = await admin();
      try {
        for (const name of [left, recent, unrelated]) await cleanup.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await cleanup.end();
      }
    }
    expect(await exists(scratch.name)).toBe(false);
  });
});
