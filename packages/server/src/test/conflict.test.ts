import { OrderEvent } from "../orders/order-event.entity";
import { OrderStatus } from "../orders/order-status";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { startTestServer, type TestServer } from "./harness";

describe(`optimistic concurrency (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let ids: number[];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    ids = await seedOrders(t.server.db, account.id, { count: 3, stage: () => "pending" });
  });
  afterAll(() => t.close());

  const historyCount = (orderId: number) => t.server.db.dataSource.getRepository(OrderEvent).countBy({ orderId });

  it("applies exactly one of two updates made with the same version; the other gets CONFLICT", async () => {
    const orderId = ids[0];
    const before = await historyCount(orderId);
    const request = { orderId, to: OrderStatus.CANCELLED, action: "cancelOrder", actor: "a@pruebas.mx", source: "api" as const, expectedVersion: 1 };
    const results = await Promise.allSettled([
      t.server.services.orders.changeStatus({ ...request, note: "primero" }),
      t.server.services.orders.changeStatus({ ...request, note: "segundo" }),
    ]);
    const applied = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(applied).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { extensions?: { code?: string } }).extensions?.code)).toEqual(["CONFLICT"]);
    expect(await historyCount(orderId)).toBe(before + 1);
  });

  it("lets one of 20 concurrent API cancellations win; the rest get CONFLICT", async () => {
    const orderId = ids[1];
    const token = await t.login();
    const before = await historyCount(orderId);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(`mutation { cancelOrder(orderId: "${orderId}", reason: "intento ${i}", expectedVersion: 1) { status version } }`, undefined, token),
      ),
    );
    const wins = answers.filter((a) => !a.errors);
    const codes = answers.flatMap((a) => a.errors?.map((e) => e.extensions?.code) ?? []);
    console.log(`20 concurrent cancellations: ${wins.length} applied, ${codes.length} refused (${[...new Set(codes)].join(", ")})`);
    expect(wins).toHaveLength(1);
    expect(codes).toEqual(Array(19).fill("CONFLICT"));
    expect(await historyCount(orderId)).toBe(before + 1);
  });
});
