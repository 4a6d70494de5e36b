import { createHmac, timingSafeEqual } from "node:crypto";

const TTL_SECONDS = 15 * 60;

/** Short-lived signed download links: /files/<id>?exp=<unix>&sig=<hmac>. */
export class FileLinks {
  constructor(private readonly secret: string) {}

  private sign(uploadId: number, exp: number): string {
    return createHmac("sha256", this.secret).update(`file:${uploadId}:${exp}`).digest("base64url");
  }

  link(uploadId: number, now = Date.now()): string {
    const exp = Math.floor(now / 1000) + TTL_SECONDS;
    return `/files/${uploadId}?exp=${exp}&sig=${this.sign(uploadId, exp)}`;
  }

  verify(uploadId: number, exp: number, sig: string, now = Date.now()): boolean {
    if (!Number.isInteger(exp) || exp * 1000 < now) return false;
    const expected = Buffer.from(this.sign(uploadId, exp));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
