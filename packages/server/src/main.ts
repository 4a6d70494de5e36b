import "reflect-metadata";
import path from "node:path";
import { startSandbox } from "@pedidos/claroshop-sandbox";
import { randomBytes } from "node:crypto";
import { ConfigError, loadConfig, type Config } from "./config";
import { ensureSandboxAccount, seedCatalog } from "./demo/demo-data";
import { Order } from "./orders/order.entity";
import { startServer } from "./server";

async function main(): Promise<void> {
  let config: Config = { ...loadConfig(), clientDist: path.resolve(__dirname, "../../client/dist") };
  // No Claro Shop credentials: the bundled sandbox marketplace runs beside the server.
  const sandboxKey = randomBytes(24).toString("hex");
  const sandbox = config.claroshop ? null : await startSandbox({ port: 0, privateKey: sandboxKey });
  if (sandbox) {
    config = {
      ...config,
      claroshop: {
        legacy: { baseUrl: sandbox.url, publicKey: sandbox.publicKey, privateKey: sandboxKey },
        // The sandbox's default T1 user (README: CLAROSHOP_T1_USERNAME / _PASSWORD default "sandbox").
        t1: {
          baseUrl: sandbox.t1BaseUrl,
          tokenUrl: sandbox.t1TokenUrl,
          username: "sandbox",
          password: "sandbox",
          sellerId: sandbox.sellerId,
        },
      },
      marketplaceSandbox: true,
    };
  }
  const server = await startServer(config, {
    outbox:
      config.outboxLeaseSeconds || config.outboxRetry
        ? { ...config.outboxRetry, ...(config.outboxLeaseSeconds ? { leaseMs: config.outboxLeaseSeconds * 1000 } : {}) }
        : undefined,
  });
  const { db } = server;

  if (sandbox && (await db.dataSource.getRepository(Order).count()) === 0) {
    // Demo: the seller's catalog, then a first sync brings the sandbox's orders in.
    await seedCatalog(db);
    const account = await ensureSandboxAccount(db);
    const run = await server.services.sync.runToEnd(account.id, "inicio");
    console.log(`Datos de demostración: ${run?.ordersCreated ?? 0} pedidos sincronizados de Claro Shop (Sandbox).`);
  }

  console.log(`Pedidos Claro Shop escuchando en ${server.url}  (GraphQL: ${server.url}/graphql)`);
  console.log(`Base de datos: ${config.database.engine === "sqlite" ? config.database.file : "MySQL (DATABASE_URL)"}`);
  if (sandbox) console.log(`Marketplace: Sandbox de Claro Shop en ${sandbox.adminUrl} (sin credenciales reales).`);
  if (server.firstAdmin) {
    console.log(`Primer administrador: ${server.firstAdmin.email}`);
    if (server.firstAdmin.password) {
      console.log(`Contraseña (se muestra solo esta vez): ${server.firstAdmin.password}`);
    }
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: cerrando...`);
    Promise.all([server.close(), sandbox?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Configuración no válida: ${err.message}`);
  } else {
    console.error("No se pudo iniciar:", err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
