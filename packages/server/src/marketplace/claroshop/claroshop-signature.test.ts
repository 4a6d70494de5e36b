import { createHash } from "node:crypto";
import { legacySignature, mexicoCityTimestamp } from "./claroshop-signature";

describe("claroshop signature", () => {
  it("formats the instant as Mexico City wall-clock time (UTC-6)", () => {
    expect(mexicoCityTimestamp(new Date("2026-11-26T18:30:05Z"))).toBe("2026-11-26T12:30:05");
  });

  it("keeps the date of the Mexico City day around midnight UTC", () => {
    expect(mexicoCityTimestamp(new Date("2026-01-01T03:04:05.678Z"))).toBe("2025-12-31T21:04:05");
  });

  it("is the lowercase hex sha256 of publicKey + timestamp + privateKey", () => {
    const pub = "pub-123";
    const priv = "priv-456";
    const ts = mexicoCityTimestamp(new Date("2026-11-26T18:30:05Z"));
    const expected = createHash("sha256").update(pub + ts + priv).digest("hex");
    expect(legacySignature(pub, ts, priv)).toBe(expected);
    expect(legacySignature(pub, ts, priv)).toMatch(/^[0-9a-f]{64}$/);
  });
});
