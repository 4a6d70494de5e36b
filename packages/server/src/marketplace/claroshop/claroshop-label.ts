/** Reads the label `guiasyanexos` answers: base64, sometimes behind a `data:…;base64,` prefix. */
import { MarketplaceDataError, type ShippingLabel } from "../marketplace.port";

const DATA_URI_PREFIX = /^\s*data:[^,]*?(;base64)?,/i;

/** The file type from its first bytes; the prefix's declared type is not trusted. */
export function labelContentType(data: Buffer): ShippingLabel["contentType"] | null {
  const starts = (bytes: number[]): boolean => data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46])) return "application/pdf"; // %PDF
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}

/** The label, or null when the text is empty; a file that is neither PDF nor PNG/JPEG is a data error. */
export function decodeLabel(marketplaceOrderId: string, encoded: unknown): ShippingLabel | null {
  if (typeof encoded !== "string") return null;
  const base64 = encoded.replace(DATA_URI_PREFIX, "").replace(/\s+/g, "");
  if (base64 === "") return null;
  const data = Buffer.from(base64, "base64");
  if (data.length === 0) return null;
  const contentType = labelContentType(data);
  if (!contentType) {
    throw new MarketplaceDataError(`La guía del pedido ${marketplaceOrderId} no es un PDF ni una imagen PNG/JPEG.`);
  }
  return { contentType, data };
}
