import { startSandbox } from "../sandbox";
import type { RunningSandbox } from "../sandbox.types";
import {
  asJson, evidenceForm, type HttpAnswer, evidenceUrl, fetchAnswer, LegacyClient, PDF_BYTES, PNG_BYTES, rowsOf, t1Token, testClock,
} from "../testing/sandbox-client";

const clock = testClock();
let sandbox: RunningSandbox;
let legacy: LegacyClient;

beforeAll(async () => {
  sandbox = await startSandbox({
    now: clock.now, orderCount: 30, seed: 3, privateKey: "k", t1: { username: "vendedor", password: "clave-t1", sellerId: "555" },
  });
  legacy = new LegacyClient(sandbox, clock, "k");
});
afterAll(() => sandbox.close());

async function token(): Promise<string> {
  return String(asJson((await t1Token(sandbox, "vendedor", "clave-t1")).json).access_token);
}

function upload(url: string, bearer: string | null, form: FormData, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return fetchAnswer(url, {
    method: "POST",
    headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: form,
  });
}

async function shippedOrder(): Promise<{ nopedido: string; guide: string }> {
  const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
  const answer = asJson((await legacy.post("embarque", { nopedido, guia: "automatica" })).json);
  return { nopedido, guide: String(answer.guia) };
}

describe("T1 token", () => {
  it("issues a bearer token for the integradores client", async () => {
    const res = await t1Token(sandbox, "vendedor", "clave-t1");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      access_token: expect.any(String), refresh_token: expect.any(String), expires_in: 300, token_type: "Bearer",
    });
  });

  it("answers 401 for wrong credentials", async () => {
    const res = await t1Token(sandbox, "vendedor", "otra");
    expect(res.status).toBe(401);
    expect(asJson(res.json).error).toBe("invalid_grant");
  });

  it("trades a refresh token once", async () => {
    const first = asJson((await t1Token(sandbox, "vendedor", "clave-t1")).json);
    const refresh = (): Promise<ReturnType<typeof asJson>> =>
      fetchAnswer(sandbox.t1TokenUrl, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: `client_id=integradores&grant_type=refresh_token&refresh_token=${String(first.refresh_token)}`,
      }).then((r) => asJson(r.json));
    expect((await refresh()).access_token).toEqual(expect.any(String));
    expect((await refresh()).error).toBe("invalid_grant");
  });
});

describe("evidence", () => {
  it("requires a live bearer token", async () => {
    const { nopedido, guide } = await shippedOrder();
    const url = evidenceUrl(sandbox, nopedido, guide);
    expect((await upload(url, null, evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(401);
    expect((await upload(url, "not-a-token", evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(401);
    const expiring = await token();
    clock.advance(301_000);
    expect((await upload(url, expiring, evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(401);
    expect(sandbox.state.get(nopedido)?.status).toBe("Embarcado");
  });

  it("moves a shipped order to Entregado and lists it as delivered", async () => {
    const { nopedido, guide } = await shippedOrder();
    const res = await upload(evidenceUrl(sandbox, nopedido, guide), await token(), evidenceForm(PDF_BYTES, "factura.pdf", "application/pdf"));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ success: true, data: { orderId: nopedido, shipmentId: guide, status: "Entregado" } });
    const detail = await legacy.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(asJson(detail.estatuspedido).estatus).toBe("Entregado");
    const delivered = await legacy.json("pedidos?action=entregados&page=1&limit=100");
    expect(rowsOf(delivered.listaentregados).some((r) => r.nopedido === nopedido)).toBe(true);
    expect(sandbox.state.get(nopedido)?.evidence[0]).toMatchObject({ kind: "pdf", fileName: "factura.pdf", shipmentId: guide });
  });

  it("answers a repeated Idempotency-Key with the first result and records nothing new", async () => {
    const { nopedido, guide } = await shippedOrder();
    const bearer = await token();
    const url = evidenceUrl(sandbox, nopedido, guide);
    const headers = { "Idempotency-Key": `evidence-${nopedido}` };
    const first = await upload(url, bearer, evidenceForm(PNG_BYTES, "foto.png", "image/png"), headers);
    const again = await upload(url, bearer, evidenceForm(PNG_BYTES, "foto.png", "image/png"), headers);
    expect(again.status).toBe(first.status);
    expect(again.json).toEqual(first.json);
    const order = sandbox.state.get(nopedido);
    expect(order?.evidence).toHaveLength(1);
    expect(order?.history.filter((h) => h.to === "Entregado")).toHaveLength(1);
    const outcomes = sandbox.requests({ api: "t1" }).filter((r) => r.idempotencyKey === headers["Idempotency-Key"]);
    expect(outcomes.map((r) => r.outcome)).toEqual(["ok", "replay"]);
  });

  it("checks the file by its magic bytes, the field name and the order's state", async () => {
    const bearer = await token();
    const { nopedido, guide } = await shippedOrder();
    const url = evidenceUrl(sandbox, nopedido, guide);
    const fake = await upload(url, bearer, evidenceForm(Buffer.from("hola, soy texto"), "foto.png", "image/png"));
    expect(fake.status).toBe(415);
    const wrongField = await upload(url, bearer, evidenceForm(PNG_BYTES, "foto.png", "image/png", "archivo"));
    expect(wrongField.status).toBe(400);
    const pending = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    expect((await upload(evidenceUrl(sandbox, pending, "x"), bearer, evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(409);
    expect((await upload(evidenceUrl(sandbox, "1", "x"), bearer, evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(404);
    expect((await upload(evidenceUrl(sandbox, nopedido, guide, "999"), bearer, evidenceForm(PNG_BYTES, "f.png", "image/png"))).status).toBe(403);
    expect(sandbox.state.get(nopedido)?.status).toBe("Embarcado");
  });
});

describe("Ordersfull", () => {
  it("lists every order under data", async () => {
    const res = await fetchAnswer(`${sandbox.t1BaseUrl}/kidal/v1/Ordersfull/seller/555`, {
      headers: { Authorization: `Bearer ${await token()}` },
    });
    expect(res.status).toBe(200);
    const data = rowsOf(asJson(res.json).data);
    expect(data).toHaveLength(sandbox.state.all().length);
    expect(data[0]).toMatchObject({ orderId: expect.any(String), status: expect.any(String), items: expect.any(Array) });
  });
});
