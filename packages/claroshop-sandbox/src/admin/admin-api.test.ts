import { startSandbox } from "../sandbox";
import type { RunningSandbox } from "../sandbox.types";
import {
  adminCall, asJson, evidenceForm, evidenceUrl, fetchAnswer, LegacyClient, mexicoCityTimestamp, PNG_BYTES, rowsOf,
  sha256Signature, t1Token, testClock,
} from "../testing/sandbox-client";

const PRIVATE_KEY = "priv-SECRET-4471";
const PASSWORD = "t1-PASSWORD-9902";
const clock = testClock();
let sandbox: RunningSandbox;
let client: LegacyClient;

beforeAll(async () => {
  sandbox = await startSandbox({ now: clock.now, privateKey: PRIVATE_KEY, t1: { password: PASSWORD }, orderCount: 20 });
  client = new LegacyClient(sandbox, clock, PRIVATE_KEY);
});
afterAll(() => sandbox.close());

describe("admin orders", () => {
  it("creates an order from optional fields, visible in the legacy detail", async () => {
    const res = await adminCall(sandbox, "POST", "/orders", {
      nopedido: "99000001",
      lines: [{ sku: "NO-EN-CATALOGO", title: "Pieza rara ñ", price: 12345, quantity: 3 }],
      shipping: { recipient: "Ana Pérez", cp: "06700" },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ nopedido: "99000001", status: "Pendiente", totalCents: 37035 });
    const body = await client.json("pedidos?action=detallepedido&nopedido=99000001");
    expect(rowsOf(body.productos)).toHaveLength(3);
    expect(rowsOf(body.productos)[0]).toMatchObject({ producto: "Pieza rara &ntilde;", importe: "123.45", sku: "NO-EN-CATALOGO" });
    expect(asJson(body.datosenvio)).toMatchObject({ entregara: "Ana Pérez", cp: "06700" });
    expect((await adminCall(sandbox, "POST", "/orders", { nopedido: "99000001" })).status).toBe(409);
    expect((await adminCall(sandbox, "POST", "/orders", { lines: "x" })).status).toBe(400);
  });

  it("creates orders directly in a later status", async () => {
    const shipped = asJson((await adminCall(sandbox, "POST", "/orders", { status: "Embarcado" })).json);
    expect(shipped).toMatchObject({ status: "Embarcado", shipment: { type: "automatica", carrier: "FedEx" } });
    const delivered = asJson((await adminCall(sandbox, "POST", "/orders", { status: "Entregado" })).json);
    expect(delivered.status).toBe("Entregado");
  });

  it("ships, delivers and refuses illegal moves", async () => {
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    const shipped = await adminCall(sandbox, "POST", `/orders/${nopedido}/ship`, {
      guia: "manual", mensajeria: "DHL", rastreopedido: "1234567890",
    });
    expect(shipped.json).toMatchObject({ status: "Embarcado", shipment: { carrier: "DHL", guide: "1234567890" } });
    expect(asJson((await adminCall(sandbox, "POST", `/orders/${nopedido}/deliver`)).json).status).toBe("Entregado");
    expect((await adminCall(sandbox, "POST", `/orders/${nopedido}/cancel`)).status).toBe(409);
    const view = asJson((await adminCall(sandbox, "GET", `/orders/${nopedido}`)).json);
    expect((view.history as { to: string }[]).map((h) => h.to)).toEqual(["Pendiente", "Embarcado", "Entregado"]);
    expect((await adminCall(sandbox, "GET", "/orders/123")).status).toBe(404);
  });

  it("delivers a pending order by issuing its guide first", async () => {
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    const view = asJson((await adminCall(sandbox, "POST", `/orders/${nopedido}/deliver`)).json);
    expect(view).toMatchObject({ status: "Entregado", shipment: { carrier: "FedEx" } });
  });

  it("lists orders with an optional status filter", async () => {
    const all = asJson((await adminCall(sandbox, "GET", "/orders")).json);
    const delivered = asJson((await adminCall(sandbox, "GET", "/orders?status=Entregado")).json);
    expect(all.total).toBe(sandbox.state.all().length);
    expect(rowsOf(delivered.orders).every((o) => o.status === "Entregado")).toBe(true);
  });
});

describe("request log", () => {
  it("records resource, query, body summary and idempotency key, without any secret", async () => {
    await adminCall(sandbox, "DELETE", "/requests");
    const timestamp = mexicoCityTimestamp(clock.ms());
    const signature = sha256Signature(sandbox.publicKey, timestamp, PRIVATE_KEY);
    await client.get("pedidos?action=pendientes&page=1&limit=2", { timestamp, signature });
    await client.get("pedidos?action=pendientes", { signature: "f".repeat(64) });
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    await client.post("embarque", { nopedido, guia: "automatica" }, { "Idempotency-Key": "emb-1" });
    const tokenAnswer = asJson((await t1Token(sandbox, "sandbox", PASSWORD)).json);
    const accessToken = String(tokenAnswer.access_token);
    await fetchAnswer(evidenceUrl(sandbox, nopedido, "g"), {
      method: "POST", headers: { Authorization: `Bearer ${accessToken}` }, body: evidenceForm(PNG_BYTES, "f.png", "image/png"),
    });

    const log = asJson((await adminCall(sandbox, "GET", "/requests")).json);
    const requests = rowsOf(log.requests);
    expect(requests.map((r) => `${r.api} ${r.method} ${r.resource}`)).toEqual([
      "legacy GET pedidos",
      "legacy GET pedidos",
      "legacy POST embarque",
      "t1 POST /auth/realms/plataforma-claro/protocol/openid-connect/token",
      `t1 POST /kidal/v1/order/seller/1001/marketplace/CS/order/${nopedido}/shipment/g/evidence/`,
    ]);
    expect(requests[0]).toMatchObject({ query: { action: "pendientes", page: "1", limit: "2" }, status: 200, outcome: "ok" });
    expect(requests[1]).toMatchObject({ outcome: "error" });
    expect(requests[2]).toMatchObject({ body: { nopedido, guia: "automatica" }, idempotencyKey: "emb-1" });
    expect(requests[3]).toMatchObject({ body: { client_id: "integradores", grant_type: "password", username: "sandbox" } });
    expect(requests[4]).toMatchObject({ body: { field: "evidencia", fileName: "f.png", size: PNG_BYTES.length } });

    const text = JSON.stringify(log);
    for (const secret of [PRIVATE_KEY, PASSWORD, signature, "f".repeat(64), accessToken, String(tokenAnswer.refresh_token), timestamp]) {
      expect(text).not.toContain(secret);
    }
    const filtered = asJson((await adminCall(sandbox, "GET", "/requests?api=t1")).json);
    expect(filtered.total).toBe(2);
    expect((await adminCall(sandbox, "DELETE", "/requests")).status).toBe(204);
    expect(sandbox.requests()).toEqual([]);
  });
});

describe("settings and reset", () => {
  it("shows settings without the private key and resets to a new seed", async () => {
    const info = await adminCall(sandbox, "GET", "/");
    expect(info.text).not.toContain(PRIVATE_KEY);
    expect(info.text).not.toContain(PASSWORD);
    await adminCall(sandbox, "PUT", "/faults", { rate500: 1 });
    const before = sandbox.state.all().map((o) => o.nopedido);
    const reset = asJson((await adminCall(sandbox, "POST", "/reset", { seed: 2, orderCount: 5 })).json);
    expect(asJson(reset.settings)).toMatchObject({ seed: 2, orderCount: 5 });
    expect(sandbox.state.all()).toHaveLength(5);
    expect(sandbox.state.all()[0]?.nopedido).not.toBe(before[0]);
    expect(sandbox.faults().rate500).toBe(0);
    expect(sandbox.requests()).toEqual([]);
  });

  it("answers loopback callers and 404 for unknown admin paths", async () => {
    expect((await adminCall(sandbox, "GET", "/nope")).status).toBe(404);
  });
});
