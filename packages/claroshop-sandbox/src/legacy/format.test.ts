import { mexicoDate, mexicoDateTime, mexicoTimestamp, wallClockAsUtcMs } from "../time/mexico-time";
import { fileKind } from "../t1/file-kind";
import { encodeHtmlEntities, moneyString } from "./text-format";

describe("legacy formats", () => {
  it("encodes titles with HTML entities", () => {
    expect(encodeHtmlEntities("Balón Fútbol & Niño \"5\"")).toBe("Bal&oacute;n F&uacute;tbol &amp; Ni&ntilde;o &quot;5&quot;");
  });

  it("writes money as strings with two decimals", () => {
    expect(moneyString(129900)).toBe("1299.00");
    expect(moneyString(5)).toBe("0.05");
    expect(moneyString(-250)).toBe("-2.50");
  });

  it("formats Mexico City wall-clock time, before and after daylight saving ended", () => {
    const winter = Date.parse("2025-01-15T18:30:05Z");
    expect(mexicoTimestamp(winter)).toBe("2025-01-15T12:30:05");
    expect(mexicoDateTime(winter)).toBe("2025-01-15 12:30:05");
    expect(mexicoDate(Date.parse("2025-01-16T05:59:59Z"))).toBe("2025-01-15");
    expect(mexicoTimestamp(Date.parse("2021-07-01T12:00:00Z"))).toBe("2021-07-01T07:00:00");
    expect(wallClockAsUtcMs("2025-13-01T00:00:00")).toBeNull();
  });
});

describe("evidence file kinds", () => {
  it("recognises PDF and images by magic bytes", () => {
    expect(fileKind(Buffer.from("%PDF-1.7"))).toBe("pdf");
    expect(fileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(fileKind(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(fileKind(Buffer.from("GIF89a"))).toBe("gif");
    expect(fileKind(Buffer.from("<html>"))).toBeNull();
  });
});
