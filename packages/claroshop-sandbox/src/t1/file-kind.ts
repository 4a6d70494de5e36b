import type { EvidenceKind } from "../orders/order.types";

/** Tells the file type from its first bytes; the declared content type is not trusted. */
export function fileKind(data: Buffer): EvidenceKind | null {
  const starts = (bytes: number[], at = 0): boolean => bytes.every((b, i) => data[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp"; // RIFF....WEBP
  if (starts([0x47, 0x49, 0x46, 0x38])) return "gif"; // GIF8
  return null;
}
