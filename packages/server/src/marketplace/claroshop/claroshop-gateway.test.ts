import { startSandbox, type RunningSandbox, type SandboxOrder } from "@pedidos/claroshop-sandbox";
import { MarketplaceDataError, MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace.port";
import { ClaroshopClient, type ClaroshopClientOptions } from "./claroshop-client";
import { ClaroshopGateway, type ClaroshopGatewayOptions } from "./claroshop-gateway";
import { decodeLabel } from "./claroshop-label";
import { captureConsole, type ConsoleCapture } from "../../test/console-capture";

const PRIVATE_KEY = "sandbox-private";
const tinySleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);

describe("ClaroshopGateway guides and labels against the sandbox", () => {
  let sandbox: RunningSandbox;
  let capture: ConsoleCapture;
  const used = new Set<string>();

  function client(overrides: Partial<ClaroshopClientOptions> = {}): ClaroshopClient {
    return new ClaroshopClient({
      baseUrl: sandbox.url,
      publicKey: sandbox.publicKey,
      privateKey: PRIVATE_KEY,
      timeoutMs: 1000,
      maxAttempts: 4,
      baseDelayMs: 1,
      maxDelayMs: 5,
      sleep: tinySleep,
      ...overrides,
    });
  }

  function gateway(options: ClaroshopGatewayOptions = {}, overrides: Partial<ClaroshopClientOptions> = {}): ClaroshopGateway {
    return new ClaroshopGateway(client(overrides), {
      pageSize: 10,
      guidePoll: { initialDelayMs: 50, maxDelayMs: 100, maxWaitMs: 5_000 },
      ...options,
    });
  }

  /** A pending order no other test has touched, optionally with an odd or even number. */
  function pendingOrder(parity?: "odd" | "even"): SandboxOrder {
    const found = sandbox.state.withStatus(["Pendiente"]).find((o) => {
      if (used.has(o.nopedido)) return false;
      if (parity === undefined) return true;
      return (Number(o.nopedido.slice(-1)) % 2 === 1) === (parity === "odd");
    });
    if (!found) throw new Error("no pending order left in the sandbox");
    used.add(found.nopedido);
    return found;
  }

  const lineIds = (order: SandboxOrder): string[] => order.lines.map((l) => l.id);

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 5, orderCount: 40, guideDelayMs: 300 });
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
    expect(output).not.toContain(PRIVATE_KEY);
    expect(output).not.toContain("apicm");
  });

  it("asks for an automatic guide and polls the detail until the delayed tracking number arrives", async () => {
    const order = pendingOrder();
    const after = sandbox.requests().at(-1)?.id ?? 0;
    const result = await gateway().requestGuide({
      marketplaceOrderId: order.nopedido,
      type: "AUTOMATIC",
      lineIds: lineIds(order),
      idempotencyKey: `guide-${order.nopedido}`,
    });
    const shipped = sandbox.state.get(order.nopedido);
    expect(shipped?.status).toBe("Embarcado");
    expect(result).toEqual({ carrier: "FedEx", trackingNumber: shipped?.shipment?.guide });
    expect(result.trackingNumber).toBeTruthy();

    const [embarque] = sandbox.requests({ api: "legacy", resource: "embarque", after });
    expect(embarque.method).toBe("POST");
    expect(embarque.idempotencyKey).toBe(`guide-${order.nopedido}`);
    expect(embarque.body).toMatchObject({
      nopedido: order.nopedido,
      guia: "automatica",
      idpedidorelacion: lineIds(order).join(","),
    });
    // The answer had no number yet (300 ms delay), so the detail was re-read at least once.
    const details = sandbox.requests({ api: "legacy", resource: "pedidos", after }).filter((r) => r.query.action === "detallepedido");
    expect(details.length).toBeGreaterThan(0);
  });

  it("gives up polling after the allowed wait and returns a null tracking number", async () => {
    sandbox.setFaults({ guideDelayMs: 60_000 });
    const order = pendingOrder();
    const result = await gateway({ guidePoll: { initialDelayMs: 20, maxDelayMs: 40, maxWaitMs: 150 } }).requestGuide({
      marketplaceOrderId: order.nopedido,
      type: "AUTOMATIC",
      lineIds: lineIds(order),
      idempotencyKey: `guide-${order.nopedido}`,
    });
    expect(result).toEqual({ carrier: "FedEx", trackingNumber: null });
    expect(sandbox.state.get(order.nopedido)?.status).toBe("Embarcado");
  });

  it("reports a manual guide: the sandbox's order shows the seller's carrier and tracking number", async () => {
    const order = pendingOrder();
    const after = sandbox.requests().at(-1)?.id ?? 0;
    const result = await gateway().requestGuide({
      marketplaceOrderId: order.nopedido,
      type: "MANUAL",
      carrier: "Estafeta",
      trackingNumber: "EST987654321MX",
      lineIds: lineIds(order),
      idempotencyKey: `manual-${order.nopedido}`,
    });
    expect(result).toEqual({ carrier: "Estafeta", trackingNumber: "EST987654321MX" });
    const shipped = sandbox.state.get(order.nopedido);
    expect(shipped?.status).toBe("Embarcado");
    expect(shipped?.shipment).toMatchObject({ type: "manual", carrier: "Estafeta", guide: "EST987654321MX" });
    const [embarque] = sandbox.requests({ api: "legacy", resource: "embarque", after });
    expect(embarque.body).toMatchObject({ guia: "manual", mensajeria: "Estafeta", rastreopedido: "EST987654321MX" });
  });

  it("refuses a manual guide without carrier or tracking number before calling the marketplace", async () => {
    const order = pendingOrder();
    const after = sandbox.requests().at(-1)?.id ?? 0;
    await expect(
      gateway().requestGuide({
        marketplaceOrderId: order.nopedido, type: "MANUAL", carrier: "DHL", lineIds: lineIds(order), idempotencyKey: "k-none",
      }),
    ).rejects.toBeInstanceOf(MarketplaceRejectedError);
    expect(sandbox.requests({ resource: "embarque", after })).toHaveLength(0);
  });

  it("sends the same idempotency key twice and gets one guide", async () => {
    sandbox.setFaults({ guideDelayMs: 0 });
    const order = pendingOrder();
    const after = sandbox.requests().at(-1)?.id ?? 0;
    const request = {
      marketplaceOrderId: order.nopedido,
      type: "AUTOMATIC" as const,
      lineIds: lineIds(order),
      idempotencyKey: `once-${order.nopedido}`,
    };
    const g = gateway();
    const first = await g.requestGuide(request);
    const second = await g.requestGuide(request);
    expect(second).toEqual(first);
    const embarques = sandbox.requests({ api: "legacy", resource: "embarque", after });
    expect(embarques.map((r) => r.outcome)).toEqual(["ok", "replay"]);
    const shipped = sandbox.state.get(order.nopedido);
    expect(shipped?.history.filter((h) => h.to === "Embarcado")).toHaveLength(1);
    expect(shipped?.shipment?.guide).toBe(first.trackingNumber);
  });

  it("retries embarque through 500s with one key, so the marketplace issues one guide", async () => {
    sandbox.setFaults({ rate500: 0.5, truncatedRate: 0.3, guideDelayMs: 0 });
    const order = pendingOrder();
    const after = sandbox.requests().at(-1)?.id ?? 0;
    const result = await gateway({}, { maxAttempts: 12, breakerThreshold: 50 }).requestGuide({
      marketplaceOrderId: order.nopedido,
      type: "AUTOMATIC",
      lineIds: lineIds(order),
      idempotencyKey: `retry-${order.nopedido}`,
    });
    expect(result.trackingNumber).toBe(sandbox.state.get(order.nopedido)?.shipment?.guide);
    const embarques = sandbox.requests({ api: "legacy", resource: "embarque", after });
    expect(new Set(embarques.map((r) => r.idempotencyKey))).toEqual(new Set([`retry-${order.nopedido}`]));
    expect(sandbox.state.get(order.nopedido)?.history.filter((h) => h.to === "Embarcado")).toHaveLength(1);
  });

  it("reads the label of an automatic guide as a PDF, with and without a data: prefix", async () => {
    const g = gateway();
    for (const parity of ["odd", "even"] as const) {
      const order = pendingOrder(parity);
      sandbox.state.ship(order.nopedido, { type: "automatica" });
      const label = await g.getLabel(order.nopedido);
      expect(label?.contentType).toBe("application/pdf");
      expect(label?.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  });

  it("answers null when the order has no label (pending, or a manual guide)", async () => {
    const g = gateway();
    expect(await g.getLabel(pendingOrder().nopedido)).toBeNull();
    const manual = pendingOrder();
    sandbox.state.ship(manual.nopedido, { type: "manual", carrier: "DHL", tracking: "DHL555" });
    expect(await g.getLabel(manual.nopedido)).toBeNull();
  });

  it("still refuses other errors when reading a label (wrong key)", async () => {
    const g = gateway({}, { privateKey: "otra-clave-mala-77" });
    await expect(g.getLabel(pendingOrder().nopedido)).rejects.toBeInstanceOf(MarketplaceRejectedError);
  });

  it("gives MarketplaceUnavailableError when the marketplace is down", async () => {
    sandbox.setFaults({ down: true });
    const order = pendingOrder();
    const g = gateway({}, { maxAttempts: 2 });
    await expect(
      g.requestGuide({ marketplaceOrderId: order.nopedido, type: "AUTOMATIC", lineIds: lineIds(order), idempotencyKey: "down-1" }),
    ).rejects.toBeInstanceOf(MarketplaceUnavailableError);
    await expect(g.getLabel(order.nopedido)).rejects.toBeInstanceOf(MarketplaceUnavailableError);
  });

  it("refuses evidence when the gateway has no T1 configuration", async () => {
    await expect(
      gateway().sendEvidence({
        marketplaceOrderId: "1", shipmentId: "G1", fileName: "e.pdf", contentType: "application/pdf",
        data: Buffer.from("%PDF-1.4"), idempotencyKey: "k",
      }),
    ).rejects.toThrow(new MarketplaceRejectedError("La cuenta no tiene configurada la API T1 de Claro Shop."));
  });
});

describe("decodeLabel", () => {
  it("tells PDF, PNG and JPEG apart by their first bytes, with or without a data: prefix", () => {
    const pdf = Buffer.from("%PDF-1.7\n...");
    expect(decodeLabel("1", pdf.toString("base64"))).toEqual({ contentType: "application/pdf", data: pdf });
    expect(decodeLabel("1", `data:image/png;base64,${PNG.toString("base64")}`)).toEqual({ contentType: "image/png", data: PNG });
    // The declared type is not trusted: the bytes decide.
    expect(decodeLabel("1", `data:application/pdf;base64,${JPEG.toString("base64")}`)?.contentType).toBe("image/jpeg");
    expect(decodeLabel("1", `${JPEG.toString("base64").slice(0, 4)}\n${JPEG.toString("base64").slice(4)}`)?.contentType).toBe("image/jpeg");
  });

  it("answers null for nothing and a data error for anything else", () => {
    expect(decodeLabel("1", "")).toBeNull();
    expect(decodeLabel("1", undefined)).toBeNull();
    expect(decodeLabel("1", "data:application/pdf;base64,")).toBeNull();
    expect(() => decodeLabel("7", Buffer.from("<html>").toString("base64"))).toThrow(MarketplaceDataError);
  });
});
