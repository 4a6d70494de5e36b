import { startSandbox, type RunningSandbox } from "@pedidos/claroshop-sandbox";
import { MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace.port";
import { ClaroshopClient, type ClaroshopClientOptions } from "./claroshop-client";
import { undiciTransport, type HttpTransport } from "./backoff";
import { ClaroshopGateway } from "./claroshop-gateway";
import { legacySignature } from "./claroshop-signature";

// The real signature, counted (the client must not compute it for every request).
jest.mock("./claroshop-signature", () => {
  const actual = jest.requireActual<typeof import("./claroshop-signature")>("./claroshop-signature");
  return { ...actual, legacySignature: jest.fn(actual.legacySignature) };
});
import { captureConsole, type ConsoleCapture } from "../../test/console-capture";

const PRIVATE_KEY = "sandbox-private";
const WRONG_KEY = "wrong-private-key-0042";

/** Backoff waits shrunk to a few milliseconds, Retry-After included, so faults cost no time. */
const tinySleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));

describe("ClaroshopClient against the sandbox", () => {
  let sandbox: RunningSandbox;
  let capture: ConsoleCapture;

  function client(overrides: Partial<ClaroshopClientOptions> = {}): ClaroshopClient {
    return new ClaroshopClient({
      baseUrl: sandbox.url,
      publicKey: sandbox.publicKey,
      privateKey: PRIVATE_KEY,
      timeoutMs: 300,
      maxAttempts: 8,
      baseDelayMs: 1,
      maxDelayMs: 5,
      sleep: tinySleep,
      ...overrides,
    });
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 3, orderCount: 30 });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  beforeEach(() => {
    sandbox.setFaults({});
    // Everything the adapter prints goes through console: capture it all to check for secrets.
    capture = captureConsole();
  });

  afterEach(() => {
    const output = capture.restore();
    expect(output).not.toContain(PRIVATE_KEY);
    expect(output).not.toContain(WRONG_KEY);
    expect(output).not.toContain("apicm");
  });

  it("reads the pending list and an order detail through the gateway", async () => {
    const gateway = new ClaroshopGateway(client(), { pageSize: 10 });
    const first = await gateway.listOrderIds("PENDING", 1);
    expect(first.ids.length).toBeGreaterThan(0);
    expect(new Set(first.ids).size).toBe(first.ids.length);
    const order = await gateway.getOrder(first.ids[0]);
    expect(order.marketplaceOrderId).toBe(first.ids[0]);
    expect(order.status).toBe("PENDING");
    expect(order.totalCents).toBeGreaterThan(0);
    expect(order.lines.every((l) => l.quantity >= 1 && Number.isInteger(l.unitPriceCents))).toBe(true);
    const sent = sandbox.requests({ api: "legacy" });
    expect(sent.some((r) => r.query.action === "detallepedido" && r.query.nopedido === first.ids[0])).toBe(true);
  });

  it("pages through every list until hasMore is false", async () => {
    const gateway = new ClaroshopGateway(client(), { pageSize: 5 });
    for (const status of ["PENDING", "SHIPPED", "DELIVERED"] as const) {
      const seen = new Set<string>();
      for (let page = 1; page < 50; page++) {
        const result = await gateway.listOrderIds(status, page);
        result.ids.forEach((id) => seen.add(id));
        if (!result.hasMore) break;
      }
      const expected = status === "PENDING" ? ["Pendiente", "Por embarcar con Proveedor"] as const
        : status === "SHIPPED" ? ["Embarcado"] as const : ["Entregado"] as const;
      expect(seen.size).toBe(sandbox.state.withStatus(expected).length);
    }
  });

  it("turns a wrong private key into MarketplaceRejectedError without leaking secrets", async () => {
    const bad = client({ privateKey: WRONG_KEY });
    const error = await bad.getJson("pedidos", { action: "pendientes", page: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    const message = (error as Error).message;
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toContain(WRONG_KEY);
    expect(message).not.toMatch(/[0-9a-f]{64}/);
    expect(message).not.toContain("apicm");
    expect(String((error as Error).stack)).not.toContain(WRONG_KEY);
    // A refusal is an answer: the breaker stays closed.
    expect(bad.breaker.state).toBe("closed");
  });

  it("reads through 500s, 429s, hangs, truncated and non-JSON bodies and missing statuses", async () => {
    sandbox.setFaults({
      rate500: 0.5, rate429: 0.1, retryAfterSeconds: 1, hangRate: 0.05, truncatedRate: 0.1,
      nonJsonRate: 0.1, missingStatusRate: 0.2, duplicateRowsRate: 0.5,
    });
    const gateway = new ClaroshopGateway(client({ maxAttempts: 12, breakerThreshold: 50 }), { pageSize: 10 });
    const { ids } = await gateway.listOrderIds("PENDING", 1);
    expect(ids.length).toBeGreaterThan(0);
    const orders = await Promise.all(ids.slice(0, 6).map((id) => gateway.getOrder(id)));
    expect(orders.map((o) => o.marketplaceOrderId)).toEqual(ids.slice(0, 6));
    const outcomes = sandbox.requests({ api: "legacy" }).map((r) => r.outcome);
    expect(outcomes).toContain("fault");
    expect(capture.lines.some((line) => line.includes("pedidos?action="))).toBe(true);
  });

  it("gives MarketplaceUnavailableError when the service is down and then opens the breaker", async () => {
    sandbox.setFaults({ down: true });
    const c = client({ maxAttempts: 3, breakerThreshold: 2, breakerCooldownMs: 200 });
    for (let i = 0; i < 2; i++) {
      await expect(c.getJson("pedidos", { action: "pendientes" })).rejects.toBeInstanceOf(MarketplaceUnavailableError);
    }
    expect(c.breaker.state).toBe("open");
    sandbox.clearRequests();
    const open = await c.getJson("pedidos", { action: "pendientes" }).catch((e: unknown) => e);
    expect(open).toBeInstanceOf(MarketplaceUnavailableError);
    expect((open as Error).message).not.toContain("apicm");
    expect(sandbox.requests({ api: "legacy" })).toHaveLength(0);

    // After the cool-down one trial goes out; the service is back, so the circuit closes.
    sandbox.setFaults({});
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(c.breaker.state).toBe("half-open");
    await expect(c.getJson("pedidos", { action: "pendientes" })).resolves.toHaveProperty("listapendientes");
    expect(c.breaker.state).toBe("closed");
  });

  it("signs every request with the current second's timestamp, computing the signature once per second", async () => {
    let clock = Math.floor(Date.now() / 1000) * 1000;
    const urls: string[] = [];
    const recording: HttpTransport = (url, request) => {
      urls.push(url);
      return undiciTransport(url, request);
    };
    const c = client({ now: () => new Date(clock), transport: recording });
    const signing = jest.mocked(legacySignature);
    signing.mockClear();
    const signedPart = (url: string) => url.slice(sandbox.url.length).split("/").slice(1, 4).join("/");
    await c.getJson("pedidos", { action: "pendientes" });
    clock += 999;
    await c.getJson("pedidos", { action: "embarcados" });
    clock += 1;
    await c.getJson("pedidos", { action: "entregados" });
    expect(signing).toHaveBeenCalledTimes(2);
    const [first, sameSecond, nextSecond] = urls.map(signedPart);
    expect(sameSecond).toBe(first);
    expect(nextSecond).not.toBe(first);
    // Each one is the signature of its own second (the sandbox checked and accepted all three).
    expect(nextSecond.split("/")[2]).not.toBe(first.split("/")[2]);
    expect(nextSecond.split("/")[0]).toBe(first.split("/")[0]);
  });

  it("keeps at most maxConcurrent requests in flight", async () => {
    sandbox.setFaults({ slowMs: 40 });
    let inFlight = 0;
    let peak = 0;
    const counting: HttpTransport = async (url, request) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await undiciTransport(url, request);
      } finally {
        inFlight -= 1;
      }
    };
    const limited = client({ maxConcurrent: 2, timeoutMs: 2000, transport: counting });
    await Promise.all(Array.from({ length: 6 }, () => limited.getJson("pedidos", { action: "entregados" })));
    expect(peak).toBe(2);
  });
});
