/**
 * What an uploaded file really is, from its bytes (never from its name or the client's
 * Content-Type), and whether we keep it. Pure: no I/O.
 */

export type DetectedType = "application/pdf" | "application/xml" | "image/jpeg" | "image/png" | "image/webp";

export interface AcceptedFile {
  ok: true;
  contentType: DetectedType;
  /** Canonical extension, without the dot. */
  extension: string;
}

export interface RefusedFile {
  ok: false;
  /** "empty": nothing sent; "too-large": over the limit of its type; "unsupported": any other refusal. */
  problem: "empty" | "too-large" | "unsupported";
  /** Safe to show to the user (es-MX). */
  reason: string;
}

export type FileCheck = AcceptedFile | RefusedFile;

const MB = 1024 * 1024;

export const FILE_TYPES: Readonly<Record<DetectedType, { extension: string; maxBytes: number; label: string }>> = {
  "image/jpeg": { extension: "jpg", maxBytes: 10 * MB, label: "Las imágenes" },
  "image/png": { extension: "png", maxBytes: 10 * MB, label: "Las imágenes" },
  "image/webp": { extension: "webp", maxBytes: 10 * MB, label: "Las imágenes" },
  "application/pdf": { extension: "pdf", maxBytes: 5 * MB, label: "Los PDF" },
  "application/xml": { extension: "xml", maxBytes: 1 * MB, label: "Los XML" },
};

/** The largest file of any accepted type: the transport limit for the upload endpoint. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(FILE_TYPES).map((t) => t.maxBytes));

export const IMAGE_TYPES: ReadonlySet<string> = new Set(["image/jpeg", "image/png", "image/webp"]);
export const INVOICE_TYPES: ReadonlySet<string> = new Set(["application/pdf", "application/xml"]);

const UNSUPPORTED =
  "El archivo no es de un tipo permitido: solo se aceptan imágenes JPEG, PNG o WebP, PDF o XML.";

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const PDF = ascii("%PDF-");
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The type the magic bytes announce; null for anything else (executables, archives, text...). */
export function sniff(data: Buffer): DetectedType | null {
  if (startsWith(data, JPEG)) return "image/jpeg";
  if (startsWith(data, PNG)) return "image/png";
  if (startsWith(data, RIFF) && startsWith(data, WEBP, 8)) return "image/webp";
  if (startsWith(data, PDF)) return "application/pdf";
  if (looksLikeXml(data)) return "application/xml";
  return null;
}

/** Optional UTF-8 BOM, optional whitespace, then `<?xml` or an element (`<` + letter). */
function looksLikeXml(data: Buffer): boolean {
  let i = startsWith(data, UTF8_BOM) ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0a || data[i] === 0x0d)) i++;
  if (data[i] !== 0x3c) return false; // "<"
  if (startsWith(data, ascii("?xml"), i + 1)) return true;
  const next = data[i + 1];
  return next !== undefined && ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a));
}

function decodeUtf8(data: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

// A DOCTYPE or ENTITY declaration is how XXE and "billion laughs" payloads start; CFDI never needs one.
const XML_DECLARATIONS = /<!\s*(doctype|entity)/i;

export function checkFile(data: Buffer): FileCheck {
  if (data.length === 0) return { ok: false, problem: "empty", reason: "El archivo está vacío." };
  const contentType = sniff(data);
  if (!contentType) return { ok: false, problem: "unsupported", reason: UNSUPPORTED };
  const type = FILE_TYPES[contentType];
  if (data.length > type.maxBytes) {
    return {
      ok: false,
      problem: "too-large",
      reason: `El archivo es demasiado grande: ${type.label} pueden pesar hasta ${type.maxBytes / MB} MB.`,
    };
  }
  if (contentType === "application/xml") {
    const text = decodeUtf8(data);
    if (text === null) return { ok: false, problem: "unsupported", reason: "El XML debe estar codificado en UTF-8." };
    if (XML_DECLARATIONS.test(text)) {
      return { ok: false, problem: "unsupported", reason: "No se aceptan XML con declaraciones DOCTYPE o ENTITY." };
    }
  }
  return { ok: true, contentType, extension: type.extension };
}

const EXTENSION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  jpg: ["jpg", "jpeg", "jpe"],
};

// C0/C1 control characters, path separators and bidi overrides (which make "gpj.exe" read as "exe.jpg").
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME = 255;

/**
 * The name shown and offered on download: the last path segment only, without control
 * characters or separators, at most 255 characters, ending in the extension of the real type.
 */
export function safeFileName(originalName: string | undefined | null, extension: string): string {
  const last = (originalName ?? "").split(/[/\\]/).pop() ?? "";
  let name = last.replace(UNSAFE_CHARS, "").trim().replace(/^\.+/, "").trim();
  if (!name) name = "archivo";
  const dot = name.lastIndexOf(".");
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const accepted = EXTENSION_ALIASES[extension] ?? [extension];
  const suffix = accepted.includes(current) ? "" : `.${extension}`;
  // Count code points so a cut never splits a surrogate pair; keep the extension when cutting.
  const chars = Array.from(name);
  const room = MAX_NAME - suffix.length;
  if (chars.length > room) {
    if (suffix) name = chars.slice(0, room).join("");
    else {
      const ext = Array.from(name.slice(dot));
      name = chars.slice(0, MAX_NAME - ext.length).join("") + ext.join("");
    }
  }
  return name + suffix;
}
