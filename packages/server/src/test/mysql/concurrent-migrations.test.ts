import { openDatabase } from "../../db/data-source";
import { MYSQL_MIGRATIONS } from "../../db/migrations";
import { createScratchMysql } from "../../db/scratch-mysql";

describe("replicas starting together on one empty MariaDB database", () => {
  it("migrate it once between them, and all start", async () => {
    const scratch = await createScratchMysql(process.env.TEST_DATABASE_URL as string);
    const config = { engine: "mysql" as const, url: scratch.url };
    try {
      const replicas = await Promise.all([openDatabase(config), openDatabase(config), openDatabase(config)]);
      try {
        const applied = (await replicas[0].dataSource.query("SELECT name FROM migrations ORDER BY id")) as { name: string }[];
        expect(applied.map((m) => m.name)).toEqual(MYSQL_MIGRATIONS.map((m) => m.name));
        for (const replica of replicas) expect(await replica.dataSource.showMigrations()).toBe(false);
      } finally {
        await Promise.all(replicas.map((r) => r.dataSource.destroy()));
      }
    } finally {
      await scratch.drop();
    }
  }, 60_000);
});
