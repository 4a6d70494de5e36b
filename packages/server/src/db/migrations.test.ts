import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabase } from "../test/harness";
import { openDatabase } from "./data-source";

describe(`migrations (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  it("build exactly the schema the entities describe, and run again harmlessly", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-mig-"));
    const target = await testDatabase(dir);
    try {
      const db = await openDatabase(target.config);
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      await db.dataSource.destroy();
      const again = await openDatabase(target.config);
      expect(await again.dataSource.showMigrations()).toBe(false);
      await again.dataSource.destroy();
    } finally {
      await target.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
