import en from "./en.json";
import esMX from "./es-MX.json";

function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "object" && value !== null
      ? keyPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("message files", () => {
  it("have the same keys in Spanish and English", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(esMX).sort());
  });

  it("name the order statuses as the store staff do", () => {
    expect(esMX.orderStatus).toEqual({
      PENDING: "Pendiente",
      SHIPPED: "Embarcado",
      DELIVERED: "Entregado",
      CANCELLED: "Cancelado",
    });
    expect(esMX.shippingType).toEqual({ AUTOMATIC: "Automática", MANUAL: "Manual" });
  });
});
