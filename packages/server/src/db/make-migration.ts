/**
 * Writes a migration for each engine from the difference between the entities and the schema
 * that the existing migrations build. Usage: pnpm --filter @pedidos/server migration:make <Name>
 * (needs the MariaDB of TEST_DATABASE_URL, default mysql://root@127.0.0.1:3306/test).
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../config";
import { openDatabase } from "./data-source";
import { createScratchMysql } from "./scratch-mysql";

const SRC = path.resolve(__dirname, "../../src/db/migrations");

function render(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join("\n");
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function diff(config: DatabaseConfig): Promise<{ up: string[]; down: string[] }> {
  const db = await openDatabase(config);
  try {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await db.dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error("Give the migration a PascalCase name, e.g. AddInvoiceUuid");
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-"));
  const mysql = await createScratchMysql();
  const targets: [string, DatabaseConfig][] = [
    ["sqlite", { engine: "sqlite", file: path.join(tmp, "m.sqlite") }],
    ["mysql", { engine: "mysql", url: mysql.url }],
  ];
  try {
    for (const [engine, config] of targets) {
      const { up, down } = await diff(config);
      if (up.length === 0) {
        console.log(`${engine}: schema already matches the entities`);
        continue;
      }
      const file = path.join(SRC, engine, `${stamp}-${name}.ts`);
      fs.writeFileSync(file, render(className, up, down));
      const index = path.join(SRC, "index.ts");
      const list = engine === "sqlite" ? "SQLITE_MIGRATIONS" : "MYSQL_MIGRATIONS";
      const alias = `${engine === "sqlite" ? "Sqlite" : "Mysql"}${className}`;
      let text = fs.readFileSync(index, "utf8");
      text = `import { ${className} as ${alias} } from "./${engine}/${stamp}-${name}";\n` + text;
      text = text.replace(new RegExp(`(${list}: Function\\[\\] = \\[)([^\\]]*)\\]`), (_m, head: string, body: string) => {
        const items = body.trim() ? `${body.trim().replace(/,$/, "")}, ${alias}` : alias;
        return `${head}${items}]`;
      });
      fs.writeFileSync(index, text);
      console.log(`${engine}: wrote ${path.relative(process.cwd(), file)} (${up.length} statements)`);
    }
  } finally {
    await mysql.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
