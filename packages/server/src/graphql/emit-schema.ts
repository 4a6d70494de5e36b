/**
 * Prints the schema the resolvers build to schema.graphql (committed, so API changes show in
 * review). With --check it fails instead when the committed file is stale.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { createInProcessPubSub } from "./pubsub";
import { createSchema } from "./schema";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const file = path.resolve(args.find((a) => !a.startsWith("--")) ?? "schema.graphql");
  const printed = printSchema(await createSchema(createInProcessPubSub())) + "\n";
  if (check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current !== printed) {
      console.error(`${path.basename(file)} is stale: run "pnpm --filter @pedidos/server run schema:emit" and commit it.`);
      process.exit(1);
    }
    console.log(`${path.basename(file)} is current.`);
    return;
  }
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.basename(file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
