import { formatCents, parseMoney } from "./money";

describe("money", () => {
  it.each([
    ["1299.00", 129900],
    ["1299.5", 129950],
    ["0.01", 1],
    ["7", 700],
    ["-3.20", -320],
  ])("parses %s as %d cents", (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(["1.234", "abc", "", "1,000.00", "1e3"])("refuses %p", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("formats cents with two decimals", () => {
    expect(formatCents(129950)).toBe("1299.50");
    expect(formatCents(5)).toBe("0.05");
    expect(formatCents(-320)).toBe("-3.20");
  });
});
