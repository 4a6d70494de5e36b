import { startSandbox } from "../sandbox";
import type { RunningSandbox } from "../sandbox.types";
import { adminCall, asJson, LegacyClient, rowsOf, t1Token, testClock } from "../testing/sandbox-client";

const clock = testClock();
let sandbox: RunningSandbox;
let client: LegacyClient;
const LIST = "pedidos?action=pendientes&page=1&limit=5";

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, privateKey: "k", orderCount: 40 });
  client = new LegacyClient(sandbox, clock, "k");
});
afterEach(() => {
  sandbox.setFaults({});
});
afterAll(() => sandbox.close());

function lastLogged(): ReturnType<RunningSandbox["requests"]>[number] | undefined {
  return sandbox.requests().at(-1);
}

describe("fault injection", () => {
  it("rate500 answers HTTP 500", async () => {
    sandbox.setFaults({ rate500: 1 });
    expect((await client.get(LIST)).status).toBe(500);
    expect(lastLogged()).toMatchObject({ outcome: "fault", faults: ["rate500"], status: 500 });
  });

  it("rate429 answers HTTP 429 with Retry-After", async () => {
    sandbox.setFaults({ rate429: 1, retryAfterSeconds: 3 });
    const res = await client.get(LIST);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
  });

  it("hangRate never answers until the client gives up", async () => {
    sandbox.setFaults({ hangRate: 1 });
    await expect(client.get(LIST, {}, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect(lastLogged()).toMatchObject({ status: null, faults: ["hang"] });
  });

  it("close() ends hung requests so the process can exit", async () => {
    const other = await startSandbox({ now: clock.now, privateKey: "k", orderCount: 1 });
    other.setFaults({ hangRate: 1 });
    const hung = fetch(other.signedUrl("pedidos?action=pendientes"));
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await other.close();
    await expect(hung).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("slowMs delays every answer", async () => {
    sandbox.setFaults({ slowMs: 120 });
    const started = performance.now();
    expect((await client.get(LIST)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("a client that leaves during a slow answer: its request is not processed and its idempotency key stays free", async () => {
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido;
    const body = { nopedido, guia: "manual", mensajeria: "Estafeta", rastreopedido: "EST-4455667788" };
    const key = { "Idempotency-Key": "se-fue-el-cliente" };
    sandbox.setFaults({ slowMs: 150 });
    const gone = fetch(client.url("embarque"), {
      method: "POST",
      headers: { "Content-Type": "application/json", ...key },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30),
    });
    await expect(gone).rejects.toThrow();
    // Delayed just as long and sent later: when it is answered, the first one's delay is over too.
    expect((await client.get(LIST)).status).toBe(200);
    sandbox.setFaults({});
    const again = await client.post("embarque", body, key);
    expect(asJson(again.json)).toMatchObject({ estatus: "success" });
    expect(lastLogged()).toMatchObject({ outcome: "ok" });
    expect(sandbox.state.get(nopedido as string)?.status).toBe("Embarcado");
  });

  it("truncatedRate cuts the JSON in the middle", async () => {
    const full = (await client.get(LIST)).text;
    sandbox.setFaults({ truncatedRate: 1 });
    const res = await client.get(LIST);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.json).toBeUndefined();
    expect(full.startsWith(res.text)).toBe(true);
    expect(res.text.length).toBeLessThan(full.length);
  });

  it("nonJsonRate answers an HTML error page", async () => {
    sandbox.setFaults({ nonJsonRate: 1 });
    const res = await client.get(LIST);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toMatch(/^<!DOCTYPE html>/);
  });

  it("missingStatusRate drops estatuspedido from the detail", async () => {
    const nopedido = sandbox.state.all()[0]?.nopedido;
    sandbox.setFaults({ missingStatusRate: 1 });
    const body = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(body).not.toHaveProperty("estatuspedido");
    expect(rowsOf(body.productos).length).toBeGreaterThan(0);
  });

  it("duplicateRowsRate repeats the previous page's last rows on the next page", async () => {
    const page1 = rowsOf((await client.json("pedidos?action=pendientes&page=1&limit=5")).listapendientes);
    sandbox.setFaults({ duplicateRowsRate: 1 });
    const page2 = rowsOf((await client.json("pedidos?action=pendientes&page=2&limit=5")).listapendientes);
    expect(page2.slice(0, 2)).toEqual(page1.slice(-2));
    expect(page2).toHaveLength(7);
    const first = rowsOf((await client.json("pedidos?action=pendientes&page=1&limit=5")).listapendientes);
    expect(first).toEqual(page1);
  });

  it("down answers 503 to every marketplace request but not to /__admin", async () => {
    sandbox.setFaults({ down: true });
    expect((await client.get(LIST)).status).toBe(503);
    expect((await t1Token(sandbox, "sandbox", "sandbox")).status).toBe(503);
    expect((await adminCall(sandbox, "GET", "/orders")).status).toBe(200);
    expect((await adminCall(sandbox, "GET", "/faults")).json).toMatchObject({ down: true });
  });

  it("guideDelayMs hides a new automatic guide for that long", async () => {
    sandbox.setFaults({ guideDelayMs: 5_000 });
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    expect(asJson((await client.post("embarque", { nopedido, guia: "automatica" })).json).guia).toBe("");
    clock.advance(5_000);
    const detail = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(rowsOf(detail.productos)[0]?.guia).toMatch(/^\d{12}$/);
  });

  it("draws the same faults for the same seed and request sequence", async () => {
    const sequence = async (): Promise<number[]> => {
      const s = await startSandbox({ now: clock.now, privateKey: "k", orderCount: 3, seed: 11 });
      s.setFaults({ rate500: 0.3, rate429: 0.3 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(s.signedUrl("pedidos?action=pendientes"))).status);
      await s.close();
      return statuses;
    };
    const a = await sequence();
    expect(await sequence()).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(1);
  });

  it("rejects unknown or out-of-range fault options", async () => {
    expect((await adminCall(sandbox, "PUT", "/faults", { rate500: 2 })).status).toBe(400);
    expect((await adminCall(sandbox, "PUT", "/faults", { explode: 1 })).status).toBe(400);
    expect((await adminCall(sandbox, "PUT", "/faults", { rate500: 0.5 })).json).toMatchObject({ rate500: 0.5, down: false });
  });
});
