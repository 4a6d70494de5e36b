import { checkFile, MAX_UPLOAD_BYTES, safeFileName, sniff } from "./file-checks";

const MB = 1024 * 1024;
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const padded = (head: Buffer, size: number) => Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length))]);

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], "\u0000\u0010JFIF");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "\u0000\u0000\u0000\rIHDR");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const XML = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante Total="100.00"/>', "utf8");

describe("sniff: the type comes from the magic bytes", () => {
  it.each([
    ["JPEG", JPEG, "image/jpeg"],
    ["PNG", PNG, "image/png"],
    ["WebP", WEBP, "image/webp"],
    ["PDF", PDF, "application/pdf"],
    ["XML with declaration", XML, "application/xml"],
    ["XML with BOM and blank lines", bytes([0xef, 0xbb, 0xbf], "\r\n  \t<cfdi:Comprobante/>"), "application/xml"],
    ["XML without declaration", bytes("<Comprobante/>"), "application/xml"],
  ])("%s", (_name, data, type) => {
    expect(sniff(data)).toBe(type);
    expect(checkFile(data)).toMatchObject({ ok: true, contentType: type });
  });

  it.each([
    ["a Windows executable named .pdf", bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000%PDF-1.4")],
    ["an ELF binary", bytes("\u007fELF\u0002\u0001\u0001")],
    ["a ZIP", bytes("PK\u0003\u0004")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["a PDF signature not at the start", bytes(" %PDF-1.4")],
    ["truncated PNG signature", bytes([0x89, 0x50, 0x4e, 0x47])],
    ["plain text", bytes("hola, esto no es una factura")],
    ["HTML comment first", bytes("<!-- x --><html/>")],
    ["'<' followed by a digit", bytes("<1>")],
    ["UTF-16 XML", Buffer.from("\ufeff<?xml version='1.0'?><a/>", "utf16le")],
  ])("refuses %s", (_name, data) => {
    expect(sniff(data)).toBeNull();
    expect(checkFile(data)).toEqual({ ok: false, problem: "unsupported", reason: expect.stringMatching(/tipo permitido/) });
  });

  it("refuses an empty file", () => {
    expect(checkFile(Buffer.alloc(0))).toMatchObject({ ok: false, problem: "empty" });
  });
});

describe("checkFile: size limits per real type", () => {
  it.each([
    ["image", PNG, 10 * MB],
    ["JPEG", JPEG, 10 * MB],
    ["WebP", WEBP, 10 * MB],
    ["PDF", PDF, 5 * MB],
  ])("%s: accepts exactly the limit and refuses one byte more", (_name, head, limit) => {
    expect(checkFile(padded(head, limit)).ok).toBe(true);
    const over = checkFile(padded(head, limit + 1));
    expect(over).toMatchObject({ ok: false, problem: "too-large" });
    expect(!over.ok && over.reason).toContain(`${limit / MB} MB`);
  });

  it("XML: up to 1 MB", () => {
    const xml = (size: number) => Buffer.concat([XML, Buffer.alloc(size - XML.length, 0x20)]);
    expect(checkFile(xml(MB)).ok).toBe(true);
    expect(checkFile(xml(MB + 1))).toMatchObject({ ok: false, problem: "too-large" });
  });

  it("the transport limit is the largest type's", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * MB);
  });
});

describe("checkFile: XML safety", () => {
  it.each([
    ['<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<lolz>&lol;</lolz>'],
    ['<?xml version="1.0"?><!doctype foo SYSTEM "file:///etc/passwd"><foo/>'],
    ["<a><!ENTITY x SYSTEM 'http://x'></a>"],
    ["<a>\n<!Entity x 'y'></a>"],
  ])("refuses DOCTYPE/ENTITY: %s", (text) => {
    expect(checkFile(Buffer.from(text, "utf8"))).toMatchObject({ ok: false, problem: "unsupported", reason: expect.stringMatching(/DOCTYPE/) });
  });

  it("refuses XML that is not valid UTF-8", () => {
    expect(checkFile(bytes("<?xml version='1.0'?><a>", [0xff, 0xfe, 0xc3], "</a>"))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/UTF-8/),
    });
  });

  it("accepts accents in UTF-8", () => {
    expect(checkFile(Buffer.from("<a nombre='Ñandú Martínez'/>", "utf8")).ok).toBe(true);
  });
});

describe("safeFileName", () => {
  it("keeps only the last path segment", () => {
    expect(safeFileName("../../etc/passwd.pdf", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\ana\\factura.pdf", "pdf")).toBe("factura.pdf");
  });

  it("removes control characters and bidi overrides, keeps accents", () => {
    expect(safeFileName("fac\u0000tu\r\nra año.pdf", "pdf")).toBe("factura año.pdf");
    expect(safeFileName("foto\u202Egpj.exe", "png")).toBe("fotogpj.exe.png");
  });

  it("ends in the real type's extension", () => {
    expect(safeFileName("factura.pdf", "pdf")).toBe("factura.pdf");
    expect(safeFileName("FOTO.JPEG", "jpg")).toBe("FOTO.JPEG");
    expect(safeFileName("factura.pdf", "png")).toBe("factura.pdf.png");
    expect(safeFileName("sin-extension", "xml")).toBe("sin-extension.xml");
  });

  it("names nameless files and drops leading dots", () => {
    expect(safeFileName("", "pdf")).toBe("archivo.pdf");
    expect(safeFileName(undefined, "png")).toBe("archivo.png");
    expect(safeFileName("../", "pdf")).toBe("archivo.pdf");
    expect(safeFileName(".htaccess", "xml")).toBe("htaccess.xml");
  });

  it("cuts at 255 characters, keeping the extension and whole code points", () => {
    const long = safeFileName(`${"😀".repeat(300)}.pdf`, "pdf");
    expect(Array.from(long)).toHaveLength(255);
    expect(long.endsWith("😀.pdf")).toBe(true);
    const appended = safeFileName("a".repeat(400), "png");
    expect(appended).toHaveLength(255);
    expect(appended.endsWith("a.png")).toBe(true);
  });
});
