import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MarketplaceDataError } from "../marketplace.port";
import { decodeHtmlEntities } from "./html-entities";
import {
  CLAROSHOP_STATUS_MAP, mapListOrderIds, mapListPage, mapOrderDetail, mapStatus, parseMexicoCityDate,
} from "./claroshop-mapper";

/** Payloads recorded once from the sandbox by fixtures/record-fixtures.ts. */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", `${name}.json`), "utf8")) as unknown;
}

describe("claroshop mapper: lists", () => {
  it("reads one id per order from the per-line pending rows, with page counters as strings", () => {
    const page = mapListPage("PENDING", fixture("list-pendientes-page1"));
    expect(page.totalPages).toBe(3);
    expect(page.totalOrders).toBe(24);
    expect(page.rowCount).toBe(10);
    expect(page.orders[0]).toEqual({ id: "41053178", totalCents: 24900 });
  });

  it("dedupes rows of the same order and keeps the guide type of each shipped list", () => {
    const page = mapListPage("SHIPPED", fixture("list-embarcados-page1"));
    expect(page.orders.map((o) => o.id)).toEqual([
      "41053136", "41053409", "41053439", "41053616", "41053859", "41053170", "41053270",
    ]);
    expect(page.orders[0]).toEqual({
      id: "41053136", totalCents: 289700,
      shipment: { type: "AUTOMATIC", carrier: "FedEx", trackingNumber: "918560852166" },
    });
    expect(page.orders[6].shipment).toEqual({ type: "MANUAL", carrier: "Estafeta", trackingNumber: "EST123456789MX" });
    expect(page.totalOrders).toBe(7);
  });

  it("dedupes rows repeated from a previous page and has no page count for delivered, only an order count", () => {
    const body = fixture("list-entregados-page1") as { listaentregados: unknown[] };
    const repeated = { ...body, listaentregados: [...body.listaentregados.slice(-2), ...body.listaentregados] };
    const ids = mapListOrderIds("DELIVERED", repeated);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6);
    expect(mapListPage("DELIVERED", body).totalPages).toBeNull();
    expect(mapListPage("DELIVERED", body).totalOrders).toBe(8);
    expect(mapListPage("DELIVERED", { listaentregados: [] }).totalOrders).toBeNull();
  });
});

describe("claroshop mapper: detail", () => {
  it("counts repeated idpedidorelacion as units, decodes titles, reads del/municipio and money", () => {
    const order = mapOrderDetail("41053511", fixture("detail-multi-unit"), { id: "41053511", totalCents: 155700 });
    expect(order).toEqual({
      marketplaceOrderId: "41053511",
      status: "PENDING",
      marketplaceStatus: "Por embarcar con Proveedor",
      placedAt: new Date("2026-11-15T20:10:50Z"),
      customerName: "BRENDA HERRERA VARGAS",
      shippingAddress: {
        recipient: "BRENDA HERRERA VARGAS",
        street: "CALLE CRISTOBAL COLON 2836",
        neighborhood: "DEL VALLE CENTRO",
        municipality: "Benito Juárez",
        city: "Ciudad de México",
        state: "Ciudad de México",
        postalCode: "03100",
        betweenStreets: "ENTRE CALLE MELCHOR OCAMPO Y CALLE FRANCISCO VILLA",
        notes: "",
        phone: "5516176848",
      },
      totalCents: 155700,
      lines: [
        { lineId: "8695330", sku: "SONY-SRSXB100", title: "Bocina Portátil Sony SRS-XB100 Bluetooth", quantity: 1, unitPriceCents: 119900 },
        { lineId: "8695335", sku: "MOUSE-OPT-INAL", title: "Mouse Óptico Inalámbrico 1600 DPI", quantity: 2, unitPriceCents: 17900 },
      ],
    });
    // Junk keys (versionConfig, versionAPP) do not leak into the normalized order.
    expect(Object.keys(order)).not.toContain("versionConfig");
  });

  it("sums the units (and their shipping) when no list total is known", () => {
    const order = mapOrderDetail("41053511", fixture("detail-multi-unit"));
    expect(order.totalCents).toBe(119900 + 2 * 17900);
  });

  it("decodes titles with named entities and reads an address without phone", () => {
    const order = mapOrderDetail("41053172", fixture("detail-encoded-title"));
    expect(order.lines[0].title).toBe("Cargador Rápido USB-C 20 W con Cable");
    expect(order.shippingAddress.municipality).toBe("Querétaro");
    expect(order.shippingAddress.phone).toBeNull();
  });

  it("maps Cancelado to CANCELLED", () => {
    const order = mapOrderDetail("41053180", fixture("detail-cancelled"));
    expect(order.status).toBe("CANCELLED");
    expect(order.marketplaceStatus).toBe("Cancelado");
    expect(order.lines).toEqual([
      { lineId: "8695180", sku: "BD-PLANCHA-VAP", title: "Plancha de Vapor Black+Decker Cerámica", quantity: 1, unitPriceCents: 54900 },
    ]);
  });

  it("takes the shipment from the shipped list row and decodes &amp;", () => {
    const summary = mapListPage("SHIPPED", fixture("list-embarcados-page1")).orders.find((o) => o.id === "41053270");
    const order = mapOrderDetail("41053270", fixture("detail-shipped-manual"), summary);
    expect(order.status).toBe("SHIPPED");
    expect(order.totalCents).toBe(46900);
    expect(order.lines[0].title).toBe("Set de Cuchillos de Cocina & Base (6 piezas)");
    expect(order.shipment).toEqual({ type: "MANUAL", carrier: "Estafeta", trackingNumber: "EST123456789MX" });
  });

  it("refuses a detail without estatuspedido", () => {
    const body = { ...(fixture("detail-cancelled") as Record<string, unknown>) };
    delete body.estatuspedido;
    expect(() => mapOrderDetail("1", body)).toThrow(MarketplaceDataError);
  });
});

describe("claroshop mapper: small pieces", () => {
  it("keeps every status mapping in one table, matched ignoring case", () => {
    expect(CLAROSHOP_STATUS_MAP).toEqual({
      Pendiente: "PENDING", "Por embarcar con Proveedor": "PENDING", Embarcado: "SHIPPED",
      Entregado: "DELIVERED", Cancelado: "CANCELLED",
    });
    expect(mapStatus(" entregado ")).toBe("DELIVERED");
    expect(() => mapStatus("Perdido")).toThrow(MarketplaceDataError);
  });

  it("reads Mexico City dates as UTC-6", () => {
    expect(parseMexicoCityDate("2026-07-01 23:59:59").toISOString()).toBe("2026-07-02T05:59:59.000Z");
    expect(parseMexicoCityDate("2026-07-01").toISOString()).toBe("2026-07-01T06:00:00.000Z");
  });

  it("decodes numeric entities and leaves unknown ones alone", () => {
    expect(decodeHtmlEntities("Ni&#241;o &#xF1; &#X00e9; &iquest;s&iacute;? &bogus; &amp;amp;")).toBe("Niño ñ é ¿sí? &bogus; &amp;");
  });
});
