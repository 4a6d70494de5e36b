import { order } from "../orders.fixtures";
import { buildOrdersCsv, csvDateTime, csvField, type OrdersCsvLabels, UTF8_BOM } from "./orders-csv";

const labels: OrdersCsvLabels = {
  headers: ["Pedido", "Fecha", "Cliente", "Total", "Estado", "Envío"],
  status: (status) => ({ PENDING: "Pendiente", SHIPPED: "Embarcado", DELIVERED: "Entregado", CANCELLED: "Cancelado" })[status],
  shipping: (type) => (type === "AUTOMATIC" ? "Automática" : type === "MANUAL" ? "Manual" : "Sin definir"),
};

describe("buildOrdersCsv", () => {
  it("starts with the UTF-8 BOM, a header line and one CRLF-ended line per order", () => {
    const csv = buildOrdersCsv(
      [
        order("1", { customerName: "María Ñúñez", total: "1299.00", shippingType: "AUTOMATIC" }),
        order("2", { status: "SHIPPED", total: "15480.50", placedAt: "2025-01-01T03:00:00Z", shippingType: "MANUAL" }),
      ],
      labels,
    );

    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Pedido,Fecha,Cliente,Total,Estado,Envío",
      "CS-1,2025-03-10 12:30,María Ñúñez,1299.00,Pendiente,Automática",
      "CS-2,2024-12-31 21:00,Cliente 2,15480.50,Embarcado,Manual",
      "",
    ]);
  });

  it("quotes fields with commas, quotes and line breaks", () => {
    const csv = buildOrdersCsv([order("3", { customerName: 'López, "La Güera"\nSucursal 2' })], labels);

    expect(csv.slice(1).split("\r\n")[1]).toBe('CS-3,2025-03-10 12:30,"López, ""La Güera""\nSucursal 2",1299.00,Pendiente,Sin definir');
  });

  it("keeps customer text from running as a spreadsheet formula", () => {
    const csv = buildOrdersCsv([order("4", { customerName: "=HYPERLINK(\"x\")" })], labels);

    expect(csv.slice(1).split("\r\n")[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe("csvDateTime", () => {
  it("writes Mexico City time, across the day boundary and without daylight saving", () => {
    expect(csvDateTime("2025-01-01T05:59:00Z")).toBe("2024-12-31 23:59");
    expect(csvDateTime("2025-07-01T18:00:00Z")).toBe("2025-07-01 12:00");
  });

  it("leaves a value that is not a date as it came", () => {
    expect(csvDateTime("mañana")).toBe("mañana");
  });
});

describe("csvField", () => {
  it("leaves plain fields bare", () => {
    expect(csvField("CS-1")).toBe("CS-1");
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });
});
