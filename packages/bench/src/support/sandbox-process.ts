/**
 * The sandbox marketplace in its own process (forked by sandbox.ts), so its work runs beside the
 * server's as a real marketplace's would, not in the same event loop. Answers IPC requests for
 * its request log.
 */
import { startSandbox } from "@pedidos/claroshop-sandbox";

interface Request {
  id: number;
  op: "requests" | "clear" | "close";
}

async function main(): Promise<void> {
  const orderCount = Number(process.env.BENCH_SANDBOX_ORDERS ?? "40");
  const sandbox = await startSandbox({ port: 0, orderCount, seed: 7 });
  const send = (message: unknown) => process.send?.(message);
  process.on("message", async (message: Request) => {
    if (message.op === "requests") {
      const log = sandbox.requests().map((r) => ({ method: r.method, resource: r.resource, query: r.query, status: r.status }));
      send({ id: message.id, result: log });
    } else if (message.op === "clear") {
      sandbox.clearRequests();
      send({ id: message.id, result: true });
    } else if (message.op === "close") {
      await sandbox.close();
      send({ id: message.id, result: true });
      process.exit(0);
    }
  });
  const listed = sandbox.state.all().filter((o) => o.status !== "Cancelado").length;
  send({
    ready: {
      url: sandbox.url,
      t1BaseUrl: sandbox.t1BaseUrl,
      t1TokenUrl: sandbox.t1TokenUrl,
      publicKey: sandbox.publicKey,
      sellerId: sandbox.sellerId,
      orders: sandbox.state.all().length,
      listed,
    },
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
