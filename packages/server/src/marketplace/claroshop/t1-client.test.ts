import { startSandbox, type RunningSandbox, type SandboxOrder } from "@pedidos/claroshop-sandbox";
import { MarketplaceGateways } from "../marketplace-gateways";
import { MarketplaceRejectedError, MarketplaceUnavailableError, type EvidenceUpload } from "../marketplace.port";
import { ClaroshopClient } from "./claroshop-client";
import { ClaroshopGateway } from "./claroshop-gateway";
import { T1Client, type T1ClientOptions } from "./t1-client";
import { captureConsole, type ConsoleCapture } from "../../test/console-capture";

const PRIVATE_KEY = "sandbox-private";
const T1_PASSWORD = "pw-Sandbox-T1-7781";
const WRONG_PASSWORD = "contrasena-equivocada-5512";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const tinySleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));

describe("T1Client and evidence against the sandbox", () => {
  let sandbox: RunningSandbox;
  /** The sandbox clock runs this far ahead of real time (token expiry tests). */
  let sandboxAheadMs = 0;
  let tokenPath: string;
  let capture: ConsoleCapture;
  const used = new Set<string>();

  function t1(overrides: Partial<T1ClientOptions> = {}): T1Client {
    return new T1Client({
      baseUrl: sandbox.t1BaseUrl,
      tokenUrl: sandbox.t1TokenUrl,
      username: "sandbox",
      password: T1_PASSWORD,
      sellerId: sandbox.sellerId,
      timeoutMs: 1000,
      maxAttempts: 4,
      baseDelayMs: 1,
      maxDelayMs: 5,
      sleep: tinySleep,
      ...overrides,
    });
  }

  function gateway(client: T1Client): ClaroshopGateway {
    const legacy = new ClaroshopClient({ baseUrl: sandbox.url, publicKey: sandbox.publicKey, privateKey: PRIVATE_KEY, sleep: tinySleep });
    return new ClaroshopGateway(legacy, { t1: client, guidePoll: { initialDelayMs: 20, maxWaitMs: 2_000 } });
  }

  /** A pending order no other test touched, shipped with a manual guide inside the sandbox. */
  function shippedOrder(): SandboxOrder {
    const order = pendingOrder();
    sandbox.state.ship(order.nopedido, { type: "manual", carrier: "Estafeta", tracking: `EST${order.nopedido}MX` });
    return order;
  }

  function pendingOrder(): SandboxOrder {
    const found = sandbox.state.withStatus(["Pendiente"]).find((o) => !used.has(o.nopedido));
    if (!found) throw new Error("no pending order left in the sandbox");
    used.add(found.nopedido);
    return found;
  }

  function evidenceFor(order: SandboxOrder, key = `ev-${order.nopedido}`): EvidenceUpload {
    return {
      marketplaceOrderId: order.nopedido,
      shipmentId: sandbox.state.get(order.nopedido)?.shipment?.guide ?? "sin-guia",
      fileName: "entrega.pdf",
      contentType: "application/pdf",
      data: PDF,
      idempotencyKey: key,
    };
  }

  const tokenRequests = (after = 0) => sandbox.requests({ api: "t1", resource: tokenPath, after });
  const evidenceRequests = (after = 0) => sandbox.requests({ api: "t1", method: "POST", after }).filter((r) => r.resource.endsWith("/evidence/"));
  const lastId = (): number => sandbox.requests().at(-1)?.id ?? 0;

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0, seed: 9, orderCount: 40, t1: { password: T1_PASSWORD },
      now: () => new Date(Date.now() + sandboxAheadMs),
    });
    tokenPath = new URL(sandbox.t1TokenUrl).pathname;
  });

  afterAll(async () => {
    await sandbox.close();
  });

  beforeEach(() => {
    sandbox.setFaults({});
    capture = captureConsole();
  });

  afterEach(() => {
    const output = capture.restore();
    expect(output).not.toContain(T1_PASSWORD);
    expect(output).not.toContain(WRONG_PASSWORD);
    expect(output).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    expect(output).not.toContain("apicm");
  });

  it("uploads a PDF as evidence (field evidencia, trailing slash) and the shipped order becomes Entregado", async () => {
    const order = shippedOrder();
    const after = lastId();
    await gateway(t1()).sendEvidence(evidenceFor(order));
    const delivered = sandbox.state.get(order.nopedido);
    expect(delivered?.status).toBe("Entregado");
    expect(delivered?.evidence).toHaveLength(1);
    expect(delivered?.evidence[0]).toMatchObject({
      marketplace: "CLAROSHOP", shipmentId: `EST${order.nopedido}MX`, fileName: "entrega.pdf", kind: "pdf",
    });
    const [sent] = evidenceRequests(after);
    expect(sent.resource).toBe(
      `/kidal/v1/order/seller/${sandbox.sellerId}/marketplace/CLAROSHOP/order/${order.nopedido}/shipment/EST${order.nopedido}MX/evidence/`,
    );
    expect(sent.body).toMatchObject({ field: "evidencia", fileName: "entrega.pdf", size: PDF.length });
    expect(sent.idempotencyKey).toBe(`ev-${order.nopedido}`);
  });

  it("ships through the gateway, then delivers with the guide number as the shipment id", async () => {
    const order = pendingOrder();
    const g = gateway(t1());
    const guide = await g.requestGuide({
      marketplaceOrderId: order.nopedido, type: "AUTOMATIC", lineIds: order.lines.map((l) => l.id), idempotencyKey: `g-${order.nopedido}`,
    });
    expect(guide.trackingNumber).toBeTruthy();
    await g.sendEvidence({ ...evidenceFor(order), shipmentId: guide.trackingNumber ?? "" });
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Entregado");
    expect(sandbox.state.get(order.nopedido)?.evidence[0]?.shipmentId).toBe(guide.trackingNumber);
  });

  it("sends the same evidence key twice and the order is delivered once", async () => {
    const order = shippedOrder();
    const after = lastId();
    const g = gateway(t1());
    await g.sendEvidence(evidenceFor(order, "same-key-1"));
    await g.sendEvidence(evidenceFor(order, "same-key-1"));
    const delivered = sandbox.state.get(order.nopedido);
    expect(delivered?.evidence).toHaveLength(1);
    expect(delivered?.history.filter((h) => h.to === "Entregado")).toHaveLength(1);
    expect(evidenceRequests(after).map((r) => r.outcome)).toEqual(["ok", "replay"]);
  });

  it("fetches one token and reuses it across calls, concurrent ones included", async () => {
    const client = t1();
    const after = lastId();
    await Promise.all([shippedOrder(), shippedOrder()].map((o) => client.uploadEvidence(toFile(evidenceFor(o)))));
    await client.uploadEvidence(toFile(evidenceFor(shippedOrder())));
    const tokens = tokenRequests(after);
    expect(tokens).toHaveLength(1);
    // The password grant of the integradores client; the log keeps no secret fields.
    expect(tokens[0].body).toEqual({ client_id: "integradores", grant_type: "password", username: "sandbox" });
    expect(evidenceRequests(after).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it("renews the token a minute before it expires", async () => {
    let clientAheadMs = 0;
    const client = t1({ now: () => new Date(Date.now() + clientAheadMs) });
    const after = lastId();
    await client.uploadEvidence(toFile(evidenceFor(shippedOrder())));
    clientAheadMs = 241_000; // the sandbox token lives 300 s: 59 s left, inside the margin
    await client.uploadEvidence(toFile(evidenceFor(shippedOrder())));
    expect(tokenRequests(after)).toHaveLength(2);
    expect(evidenceRequests(after).map((r) => r.status)).toEqual([200, 200]);
  });

  it("fetches a new token once when the API answers 401", async () => {
    const client = t1();
    const after = lastId();
    await client.uploadEvidence(toFile(evidenceFor(shippedOrder())));
    sandboxAheadMs += 301_000; // the sandbox now sees the cached token as expired
    const order = shippedOrder();
    await client.uploadEvidence(toFile(evidenceFor(order)));
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Entregado");
    expect(tokenRequests(after)).toHaveLength(2);
    expect(evidenceRequests(after).map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it("turns a wrong T1 password into MarketplaceRejectedError without the password", async () => {
    const after = lastId();
    const error = await gateway(t1({ password: WRONG_PASSWORD }))
      .sendEvidence(evidenceFor(shippedOrder()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    const message = (error as Error).message;
    expect(message).toContain("Invalid user credentials");
    expect(message).not.toContain(WRONG_PASSWORD);
    expect(String((error as Error).stack)).not.toContain(WRONG_PASSWORD);
    // A refusal is not retried, and no evidence went out.
    expect(tokenRequests(after)).toHaveLength(1);
    expect(evidenceRequests(after)).toHaveLength(0);
  });

  it("passes the marketplace's refusal on (order not shipped yet)", async () => {
    const order = pendingOrder();
    const error = await gateway(t1()).sendEvidence(evidenceFor(order)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as Error).message).toBe(`La orden ${order.nopedido} aún no ha sido enviada.`);
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Pendiente");
  });

  it("retries through 500s and 429s with the same key and delivers once", async () => {
    sandbox.setFaults({ rate500: 0.4, rate429: 0.2, retryAfterSeconds: 1 });
    const order = shippedOrder();
    const after = lastId();
    await t1({ maxAttempts: 12, breakerThreshold: 50 }).uploadEvidence(toFile(evidenceFor(order, "retry-ev")));
    sandbox.setFaults({});
    expect(sandbox.state.get(order.nopedido)?.evidence).toHaveLength(1);
    expect(new Set(evidenceRequests(after).map((r) => r.idempotencyKey))).toEqual(new Set(["retry-ev"]));
  });

  it("gives MarketplaceUnavailableError when the marketplace is down, then opens the breaker", async () => {
    sandbox.setFaults({ down: true });
    const client = t1({ maxAttempts: 2, breakerThreshold: 1 });
    const order = shippedOrder();
    await expect(client.uploadEvidence(toFile(evidenceFor(order)))).rejects.toBeInstanceOf(MarketplaceUnavailableError);
    expect(client.breaker.state).toBe("open");
    const after = lastId();
    await expect(client.uploadEvidence(toFile(evidenceFor(order)))).rejects.toBeInstanceOf(MarketplaceUnavailableError);
    expect(sandbox.requests({ after })).toHaveLength(0);
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Embarcado");
  });

  it("registers the T1 client through the registry only when T1 is configured", async () => {
    const gateways = new MarketplaceGateways({ maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 });
    const legacy = { baseUrl: sandbox.url, publicKey: sandbox.publicKey, privateKey: PRIVATE_KEY };
    gateways.registerClaroShop(1, legacy, {
      baseUrl: sandbox.t1BaseUrl, tokenUrl: sandbox.t1TokenUrl, username: "sandbox", password: T1_PASSWORD, sellerId: sandbox.sellerId,
    });
    gateways.registerClaroShop(2, legacy);
    const order = shippedOrder();
    await gateways.for(1).sendEvidence(evidenceFor(order));
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Entregado");
    await expect(gateways.for(2).sendEvidence(evidenceFor(shippedOrder()))).rejects.toThrow(
      "La cuenta no tiene configurada la API T1 de Claro Shop.",
    );
  });
});

function toFile(upload: EvidenceUpload) {
  return {
    orderId: upload.marketplaceOrderId,
    shipmentId: upload.shipmentId,
    fileName: upload.fileName,
    contentType: upload.contentType,
    data: upload.data,
    idempotencyKey: upload.idempotencyKey,
  };
}
