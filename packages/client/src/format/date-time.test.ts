import { formatDateTime } from "./date-time";

// Intl separates time and meridiem with non-breaking spaces; compare with plain ones.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatDateTime", () => {
  it("shows the Mexico City date, not the UTC one", () => {
    // 03:00 UTC on New Year's Day is still New Year's Eve in Mexico City (UTC-6).
    expect(plain(formatDateTime("2025-01-01T03:00:00Z", "es-MX"))).toBe("31 dic 2024, 9:00 p.m.");
    expect(plain(formatDateTime("2025-01-01T03:00:00Z", "en"))).toBe("Dec 31, 2024, 9:00 PM");
  });

  it("leaves a value that is not a date as it came", () => {
    expect(formatDateTime("mañana", "es-MX")).toBe("mañana");
  });
});
