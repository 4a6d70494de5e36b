import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("shows a Decimal as Mexican pesos with thousands separators", () => {
    expect(formatMoney("1299.00")).toBe("$1,299.00");
    expect(formatMoney("1234567.5")).toBe("$1,234,567.50");
  });

  it("leaves a value that is not a number as it came", () => {
    expect(formatMoney("n/a")).toBe("n/a");
  });
});
