import { startSandbox } from "../sandbox";
import type { RunningSandbox } from "../sandbox.types";
import {
  adminCall, asJson, LegacyClient, mexicoCityTimestamp, rowsOf, sha256Signature, testClock, type Json,
} from "../testing/sandbox-client";

const PRIVATE_KEY = "test-private-key";
const clock = testClock();
let sandbox: RunningSandbox;
let client: LegacyClient;

beforeAll(async () => {
  sandbox = await startSandbox({ privateKey: PRIVATE_KEY, now: clock.now, orderCount: 60, seed: 7 });
  client = new LegacyClient(sandbox, clock, PRIVATE_KEY);
});
afterAll(() => sandbox.close());

const MONEY = /^\d+\.\d{2}$/;

async function pendingOrderWith(predicate: (lines: { quantity: number }[]) => boolean): Promise<string> {
  const order = sandbox.state.withStatus(["Pendiente"]).find((o) => predicate(o.lines));
  if (!order) throw new Error("no order matches");
  return order.nopedido;
}

describe("signed URLs", () => {
  it("accepts a signature computed independently (SHA-256 of public + timestamp + private)", async () => {
    const timestamp = mexicoCityTimestamp(clock.ms());
    expect(timestamp).toBe("2025-03-10T12:00:00");
    const signature = sha256Signature(sandbox.publicKey, timestamp, PRIVATE_KEY);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    const res = await client.get("pedidos?action=pendientes&page=1&limit=5", { timestamp, signature });
    expect(res.status).toBe(200);
    expect(asJson(res.json).listapendientes).toBeDefined();
  });

  it.each([
    ["a wrong signature", { signature: "0".repeat(64) }, /firma/i],
    ["an uppercase signature", { signature: sha256Signature("sandbox-public", "2025-03-10T12:00:00", PRIVATE_KEY).toUpperCase(), timestamp: "2025-03-10T12:00:00" }, /firma/i],
    ["a wrong private key", { privateKey: "nope" }, /firma/i],
    ["an unknown public key", { publicKey: "someone-else" }, /llave/i],
    ["a stale timestamp (11 minutes old)", { timestamp: "2025-03-10T11:49:00" }, /expirado/i],
    ["a future timestamp (11 minutes ahead)", { timestamp: "2025-03-10T12:11:00" }, /expirado/i],
    ["a UTC timestamp (6 hours off)", { timestamp: "2025-03-10T18:00:00" }, /expirado/i],
    ["a timestamp with milliseconds", { timestamp: "2025-03-10T12:00:00.000" }, /formato/i],
    ["an impossible date", { timestamp: "2025-02-30T12:00:00" }, /formato/i],
  ])("rejects %s with HTTP 200 estatus error", async (_name, overrides, message) => {
    const res = await client.get("pedidos?action=pendientes", overrides);
    expect(res.status).toBe(200);
    const body = asJson(res.json);
    expect(body.estatus).toBe("error");
    expect(String(body.mensaje)).toMatch(message);
  });

  it("accepts a timestamp within ten minutes of the sandbox clock", async () => {
    const res = await client.get("pedidos?action=pendientes", { timestamp: "2025-03-10T11:51:00" });
    expect(asJson(res.json).listapendientes).toBeDefined();
  });
});

describe("lists", () => {
  it("answers rows per order line with string money, encoded titles and string counters", async () => {
    const created = asJson(
      (await adminCall(sandbox, "POST", "/orders", { lines: [{ sku: "VOIT-BAL-N5", quantity: 2 }, { sku: "LOG-K380" }] })).json,
    );
    const body = await client.json("pedidos?action=pendientes&page=1&limit=100");
    expect(typeof body.totalpaginas).toBe("string");
    expect(typeof body.totalpendientes).toBe("string");
    expect(typeof body.totalregistros).toBe("string");
    const rows = rowsOf(body.listapendientes).filter((r) => r.nopedido === created.nopedido);
    expect(rows).toHaveLength(2);
    const ball = rows.find((r) => r.sku === "VOIT-BAL-N5");
    expect(ball).toMatchObject({
      estatus: "Pendiente",
      articulo: "Bal&oacute;n de F&uacute;tbol Voit Cl&aacute;sico No. 5",
      totalproducto: "698.00",
      fulfillment: false,
      channel: "CS",
    });
    for (const row of rows) {
      expect(row.fechacolocacion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.fechaautorizacion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const key of ["comision", "totalproducto", "totalpedido"]) expect(row[key]).toMatch(MONEY);
      expect(row.totalpedido).toBe("1447.00");
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(["skuhijo", "claroid", "idpedidorelacion", "sla", "transactionid"]),
      );
    }
  });

  async function walk(action: string, listKey: string, limit: number, pagesKey?: string): Promise<Json[]> {
    const rows: Json[] = [];
    for (let page = 1; page < 1000; page++) {
      const body = await client.json(`pedidos?action=${action}&page=${page}&limit=${limit}`);
      const pageRows = rowsOf(body[listKey]);
      rows.push(...pageRows);
      if (pagesKey ? page >= Number(body[pagesKey]) : pageRows.length < limit) break;
    }
    return rows;
  }

  it("pages through every pending, shipped and delivered line exactly once", async () => {
    const pending = await walk("pendientes", "listapendientes", 7, "totalpaginas");
    const automatic = await walk("embarcados", "listaguiasautomaticas", 4, "totalpaginasautomaticas");
    const manual = await walk("embarcados", "listaguiasmanuales", 4, "totalpaginasmanuales");
    const delivered = await walk("entregados", "listaentregados", 5);
    const expectLines = (rows: Json[], statuses: string[]): void => {
      const ids = rows.map((r) => r.idpedidorelacion);
      expect(new Set(ids).size).toBe(ids.length);
      const want = sandbox.state.all().filter((o) => statuses.includes(o.status)).flatMap((o) => o.lines.map((l) => l.id));
      expect([...ids].sort()).toEqual([...want].sort());
    };
    expectLines(pending, ["Pendiente", "Por embarcar con Proveedor"]);
    expectLines([...automatic, ...manual], ["Embarcado"]);
    expectLines(delivered, ["Entregado"]);
    expect(automatic.length).toBeGreaterThan(0);
    expect(delivered.length).toBeGreaterThan(0);
    for (const row of automatic) expect(row).toMatchObject({ mensajeria: "FedEx", estatus: "Embarcado" });
    for (const row of [...automatic, ...manual]) expect(String(row.noguia)).not.toBe("");
  });

  it("reads page 0 as the first page and answers an empty page past the end", async () => {
    const zero = await client.json("pedidos?action=pendientes&page=0&limit=3");
    const one = await client.json("pedidos?action=pendientes&page=1&limit=3");
    expect(zero.listapendientes).toEqual(one.listapendientes);
    const past = await client.json("pedidos?action=pendientes&page=999&limit=3");
    expect(past.listapendientes).toEqual([]);
  });

  it("filters by placement date under the key \"0\"", async () => {
    const days = sandbox.state.all().map((o) => mexicoCityTimestamp(o.placedAt).slice(0, 10));
    const start = days[10] ?? "";
    const end = days[30] ?? "";
    const body = await client.json(`pedidosfiltros?action=pendientes&date_start=${start}&date_end=${end}`);
    const inner = asJson(body["0"]);
    const rows = rowsOf(inner.listapendientes);
    const want = sandbox.state.withStatus(["Pendiente", "Por embarcar con Proveedor"]).filter((o) => {
      const day = mexicoCityTimestamp(o.placedAt).slice(0, 10);
      return day >= start && day <= end;
    });
    expect(new Set(rows.map((r) => r.nopedido))).toEqual(new Set(want.map((o) => o.nopedido)));
    for (const row of rows) {
      expect(String(row.fechacolocacion) >= start && String(row.fechacolocacion) <= end).toBe(true);
    }
    const bad = await client.json("pedidosfiltros?action=pendientes&date_start=2025-03-10");
    expect(bad.estatus).toBe("error");
  });

  it("rejects an unknown action", async () => {
    expect((await client.json("pedidos?action=todos")).estatus).toBe("error");
  });
});

describe("detail", () => {
  it("lists one product per unit with repeated idpedidorelacion and no quantity", async () => {
    const nopedido = await pendingOrderWith((lines) => lines.some((l) => l.quantity > 1));
    const order = sandbox.state.get(nopedido);
    const body = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(body.estatuspedido).toEqual({ estatus: "Pendiente", fechacolocado: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) });
    const products = rowsOf(body.productos);
    const units = order?.lines.reduce((n, l) => n + l.quantity, 0);
    expect(products).toHaveLength(units ?? -1);
    for (const line of order?.lines ?? []) {
      expect(products.filter((p) => p.idpedidorelacion === line.id)).toHaveLength(line.quantity);
    }
    for (const p of products) {
      expect(p.guia).toBeNull();
      expect(p.importe).toMatch(MONEY);
      expect(p).not.toHaveProperty("cantidad");
    }
    const address = asJson(body.datosenvio);
    for (const key of ["entregara", "direccion", "entrecalles", "colonia", "del/municipio", "cp", "ciudad", "estado", "observaciones"]) {
      expect(address).toHaveProperty([key]);
    }
    expect(address.cp).toMatch(/^\d{5}$/);
    expect(body.versionConfig).toBeDefined();
    expect(body.versionAPP).toBeDefined();
    expect(Array.isArray(body.comentarios)).toBe(true);
  });

  it("answers an error for an unknown order", async () => {
    const body = await client.json("pedidos?action=detallepedido&nopedido=1");
    expect(body).toEqual({ estatus: "error", mensaje: expect.stringContaining("1") });
  });
});

describe("guides and labels", () => {
  it("issues an automatic guide after the guide delay (empty first, then set)", async () => {
    sandbox.setFaults({ guideDelayMs: 20_000 });
    const order = sandbox.state.withStatus(["Pendiente"])[0];
    const nopedido = order?.nopedido ?? "";
    const ids = order?.lines.map((l) => l.id).join(",");
    const first = asJson((await client.post("embarque", { nopedido, guia: "automatica", mensajeria: "FedEx", idpedidorelacion: ids })).json);
    expect(first).toMatchObject({ estatus: "success", nopedido, tipoguia: "automatica", mensajeria: "FedEx", guia: "" });
    const before = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(asJson(before.estatuspedido).estatus).toBe("Embarcado");
    for (const p of rowsOf(before.productos)) expect(p.guia).toBeNull();
    const noLabelYet = await client.json(`pedidos?action=guiasyanexos&nopedido=${nopedido}`);
    expect(noLabelYet.estatus).toBe("error");

    clock.advance(20_000);
    const after = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    const guides = new Set(rowsOf(after.productos).map((p) => p.guia));
    expect(guides.size).toBe(1);
    expect(String([...guides][0])).toMatch(/^\d{12}$/);
    const shipped = await client.json("pedidos?action=embarcados&page=1&limit=100");
    const row = rowsOf(shipped.listaguiasautomaticas).find((r) => r.nopedido === nopedido);
    expect(row?.noguia).toBe([...guides][0]);
    expect(rowsOf((await client.json("pedidos?action=pendientes&limit=100")).listapendientes).some((r) => r.nopedido === nopedido)).toBe(false);
    sandbox.setFaults({});
  });

  it("records a manual guide with the seller's carrier and tracking number", async () => {
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    const res = asJson((await client.post("embarque", { nopedido, guia: "manual", mensajeria: "Estafeta", rastreopedido: "EST123456789" })).json);
    expect(res).toMatchObject({ estatus: "success", tipoguia: "manual", mensajeria: "Estafeta", guia: "EST123456789" });
    const detail = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    for (const p of rowsOf(detail.productos)) expect(p.guia).toBe("EST123456789");
    const shipped = await client.json("pedidos?action=embarcados&page=1&limit=100");
    expect(rowsOf(shipped.listaguiasmanuales).find((r) => r.nopedido === nopedido)).toMatchObject({
      mensajeria: "Estafeta", noguia: "EST123456789",
    });
    const missing = asJson((await client.post("embarque", { nopedido: sandbox.state.withStatus(["Pendiente"])[0]?.nopedido, guia: "manual", mensajeria: "DHL" })).json);
    expect(missing.estatus).toBe("error");
  });

  it("answers the existing guide when embarque is repeated, and rejects foreign line ids", async () => {
    const [a, b] = sandbox.state.withStatus(["Pendiente"]);
    const once = asJson((await client.post("embarque", { nopedido: a?.nopedido, guia: "automatica" })).json);
    const twice = asJson((await client.post("embarque", { nopedido: a?.nopedido, guia: "automatica" })).json);
    expect(twice.guia).toBe(once.guia);
    expect(sandbox.state.get(a?.nopedido ?? "")?.history.filter((h) => h.to === "Embarcado")).toHaveLength(1);
    const foreign = asJson((await client.post("embarque", { nopedido: b?.nopedido, guia: "automatica", idpedidorelacion: "1" })).json);
    expect(foreign.estatus).toBe("error");
  });

  it("serves the label as a base64 PDF, with or without a data-URI prefix", async () => {
    const pending = sandbox.state.withStatus(["Pendiente"]);
    const odd = pending.find((o) => Number(o.nopedido.slice(-1)) % 2 === 1);
    const even = pending.find((o) => Number(o.nopedido.slice(-1)) % 2 === 0);
    for (const order of [odd, even]) {
      await client.post("embarque", { nopedido: order?.nopedido, guia: "automatica" });
      const body = await client.json(`pedidos?action=guiasyanexos&nopedido=${order?.nopedido}`);
      const text = String(body.guia_embarque);
      expect(text.startsWith("data:application/pdf;base64,")).toBe(order === odd);
      const pdf = Buffer.from(text.replace(/^data:[^,]*,/, ""), "base64").toString("latin1");
      expect(pdf.startsWith("%PDF-")).toBe(true);
      expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
      const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
      expect(pdf.slice(xrefAt, xrefAt + 4)).toBe("xref");
    }
  });
});

describe("cancellation", () => {
  it("shows Cancelado in the detail and drops the order from every list", async () => {
    const nopedido = sandbox.state.withStatus(["Pendiente"])[0]?.nopedido ?? "";
    expect((await adminCall(sandbox, "POST", `/orders/${nopedido}/cancel`)).status).toBe(200);
    const detail = await client.json(`pedidos?action=detallepedido&nopedido=${nopedido}`);
    expect(asJson(detail.estatuspedido).estatus).toBe("Cancelado");
    const lists = [
      await client.json("pedidos?action=pendientes&limit=100"),
      await client.json("pedidos?action=pendientes&page=2&limit=100"),
      await client.json("pedidos?action=embarcados&limit=100"),
      await client.json("pedidos?action=entregados&limit=100"),
    ];
    expect(JSON.stringify(lists)).not.toContain(`"nopedido":"${nopedido}"`);
    const ship = asJson((await client.post("embarque", { nopedido, guia: "automatica" })).json);
    expect(ship).toEqual({ estatus: "error", mensaje: expect.stringMatching(/cancelado/) });
  });
});
