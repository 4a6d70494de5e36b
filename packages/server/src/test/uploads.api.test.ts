import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { Evidence } from "../evidence/evidence.entity";
import { Upload } from "../evidence/upload.entity";
import { OrderEvent } from "../orders/order-event.entity";
import { engineName, startTestServer, type TestServer } from "./harness";

const MB = 1024 * 1024;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0001\b\u0006\u0000\u0000\u0000", "latin1"),
]);

interface UploadAnswer {
  status: number;
  body: { uploadId?: string; contentType?: string; size?: number; error?: string; code?: string };
}

interface EvidenceView {
  kind: string;
  fileName: string;
  url: string;
}

describe(`uploads and order evidence over HTTP (${engineName()})`, () => {
  let t: TestServer;
  let token: string;
  let dataDir: string;
  let shipped: number[];
  let cancelled: number;

  beforeAll(async () => {
    // Our own data folder so the test can look at what reached the disk.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-uploads-"));
    t = await startTestServer({ config: { dataDir } });
    const account = await ensureSandboxAccount(t.server.db);
    const ids = await seedOrders(t.server.db, account.id, {
      count: 3,
      stage: (i) => (i === 2 ? "cancelled" : "shipped"),
    });
    shipped = ids.slice(0, 2);
    cancelled = ids[2];
    token = await t.login();
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const storedFiles = (): string[] => {
    const root = path.join(dataDir, "files");
    if (!fs.existsSync(root)) return [];
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  };
  const uploadRows = () => t.server.db.dataSource.getRepository(Upload).count();

  async function upload(data: Buffer, fileName: string, options: { token?: string | null; field?: string; type?: string } = {}): Promise<UploadAnswer> {
    const form = new FormData();
    form.append(options.field ?? "file", new Blob([new Uint8Array(data)], { type: options.type ?? "application/octet-stream" }), fileName);
    const auth = options.token === undefined ? token : options.token;
    const res = await fetch(`${t.url}/uploads`, {
      method: "POST",
      headers: auth ? { authorization: `Bearer ${auth}` } : {},
      body: form,
    });
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    return { status: res.status, body: (await res.json()) as UploadAnswer["body"] };
  }

  /** Runs `act` and checks that it left neither an Upload row nor a file behind. */
  async function storesNothing(act: () => Promise<void>): Promise<void> {
    const rows = await uploadRows();
    const files = storedFiles();
    await act();
    expect(await uploadRows()).toBe(rows);
    expect(storedFiles()).toEqual(files);
  }

  const attach = (orderId: number | string, uploadId: string, kind: string, auth: string | null = token) =>
    t.gql<{ attachEvidence: EvidenceView & { id: string; contentType: string } }>(
      "mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id kind fileName contentType url uploadedAt } }",
      { input: { orderId: String(orderId), uploadId, kind } },
      auth,
    );

  const noLeaks = (text: string) => {
    expect(text).not.toMatch(/\/tmp|node_modules|\bat \w+ \(|Error:|SQL|MulterError/);
  };

  it("refuses uploads without a valid token, storing nothing", async () => {
    await storesNothing(async () => {
      const none = await upload(PDF, "factura.pdf", { token: null });
      expect(none).toEqual({ status: 401, body: { error: expect.any(String), code: "UNAUTHENTICATED" } });
      const bad = await upload(PDF, "factura.pdf", { token: "no-es-un-token" });
      expect(bad.status).toBe(401);
      expect(bad.body.code).toBe("UNAUTHENTICATED");
      const big = await upload(Buffer.alloc(3 * MB, 0x41), "grande.pdf", { token: null });
      expect(big.status).toBe(401);
    });
  });

  it("refuses an image over 10 MB with 413, storing nothing", async () => {
    await storesNothing(async () => {
      const res = await upload(Buffer.concat([PNG, Buffer.alloc(10 * MB + 1 - PNG.length)]), "foto.png");
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ error: expect.stringMatching(/demasiado grande/), code: "BAD_USER_INPUT" });
      noLeaks(JSON.stringify(res.body));
    });
  });

  it("refuses a PDF over its 5 MB limit with 413", async () => {
    await storesNothing(async () => {
      const res = await upload(Buffer.concat([PDF, Buffer.alloc(5 * MB + 1 - PDF.length, 0x20)]), "factura.pdf");
      expect(res.status).toBe(413);
      expect(res.body.error).toMatch(/5 MB/);
    });
  });

  it("refuses renamed executables with 415, whatever the client claims", async () => {
    await storesNothing(async () => {
      for (const head of ["MZ\u0090\u0000", "\u007fELF\u0002\u0001\u0001"]) {
        const res = await upload(Buffer.from(`${head}%PDF-1.4 disfrazado`, "latin1"), "factura.pdf", { type: "application/pdf" });
        expect(res.status).toBe(415);
        expect(res.body).toEqual({ error: expect.stringMatching(/tipo permitido/), code: "BAD_USER_INPUT" });
      }
    });
  });

  it("refuses XML with a DOCTYPE with 415", async () => {
    await storesNothing(async () => {
      const xxe = '<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<c>&x;</c>';
      const res = await upload(Buffer.from(xxe, "utf8"), "factura.xml", { type: "text/xml" });
      expect(res.status).toBe(415);
      expect(res.body.error).toMatch(/DOCTYPE/);
    });
  });

  it("answers 400 when the file is missing, empty or in another field", async () => {
    await storesNothing(async () => {
      expect((await upload(PDF, "factura.pdf", { field: "archivo" })).status).toBe(400);
      expect((await upload(Buffer.alloc(0), "vacio.pdf")).status).toBe(400);
      const notMultipart = await fetch(`${t.url}/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ file: "x" }),
      });
      expect(notMultipart.status).toBe(400);
      expect(await notMultipart.json()).toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  describe("accepted files and evidence", () => {
    let pdf: UploadAnswer["body"];
    let png: UploadAnswer["body"];

    beforeAll(async () => {
      const before = storedFiles().length;
      const pdfRes = await upload(PDF, "../../Factura Año 2026.pdf", { type: "image/png" });
      const pngRes = await upload(PNG, "entrega.png", { type: "application/pdf" });
      expect([pdfRes.status, pngRes.status]).toEqual([201, 201]);
      pdf = pdfRes.body;
      png = pngRes.body;
      expect(storedFiles()).toHaveLength(before + 2);
    });

    it("answers 201 with the detected type (never the client's) and the size", async () => {
      expect(pdf).toEqual({ uploadId: expect.stringMatching(/^\d+$/), contentType: "application/pdf", size: PDF.length });
      expect(png).toEqual({ uploadId: expect.stringMatching(/^\d+$/), contentType: "image/png", size: PNG.length });
      const row = await t.server.db.dataSource.getRepository(Upload).findOneByOrFail({ id: Number(pdf.uploadId) });
      expect(row.fileName).toBe("Factura Año 2026.pdf");
      expect(row.uploadedBy).toBe("admin@pruebas.mx");
      // Random storage names: nothing of the user's name reaches the disk.
      expect(row.storageKey).toMatch(/^[a-f0-9]{32}$/);
      expect(storedFiles()).toContain(row.storageKey);
    });

    it("attaches the PDF as INVOICE and the PNG as DELIVERY_PHOTO; both download with Content-Disposition", async () => {
      const invoice = await attach(shipped[0], pdf.uploadId!, "INVOICE");
      expect(invoice.errors).toBeUndefined();
      expect(invoice.data?.attachEvidence).toMatchObject({ kind: "INVOICE", fileName: "Factura Año 2026.pdf", contentType: "application/pdf" });
      const photo = await attach(shipped[0], png.uploadId!, "DELIVERY_PHOTO");
      expect(photo.errors).toBeUndefined();
      expect(photo.data?.attachEvidence.id).toMatch(/^\d+$/);

      const res = await t.gql<{ order: { evidence: EvidenceView[]; history: { action: string; note: string | null; actor: string }[]; version: number } }>(
        "query($id: ID!) { order(id: $id) { version evidence { kind fileName url } history { action note actor } } }",
        { id: String(shipped[0]) },
        token,
      );
      expect(res.errors).toBeUndefined();
      const evidence = res.data!.order.evidence;
      expect(evidence.map((e) => [e.kind, e.fileName])).toEqual([
        ["INVOICE", "Factura Año 2026.pdf"],
        ["DELIVERY_PHOTO", "entrega.png"],
      ]);
      expect(res.data!.order.version).toBe(3);
      const attached = res.data!.order.history.filter((h) => h.action === "attachEvidence");
      expect(attached).toEqual([
        { action: "attachEvidence", note: "INVOICE: Factura Año 2026.pdf", actor: "admin@pruebas.mx" },
        { action: "attachEvidence", note: "DELIVERY_PHOTO: entrega.png", actor: "admin@pruebas.mx" },
      ]);

      for (const [e, bytes, type] of [
        [evidence[0], PDF, "application/pdf"],
        [evidence[1], PNG, "image/png"],
      ] as const) {
        const download = await fetch(`${t.url}${e.url}`);
        expect(download.status).toBe(200);
        expect(download.headers.get("content-type")).toBe(type);
        expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
        expect(decodeURIComponent(download.headers.get("content-disposition")!.split("''")[1])).toBe(e.fileName);
        expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
      }
      // The signature is what authorizes the download.
      const forged = await fetch(`${t.url}${evidence[0].url.replace(/sig=[^&]+/, "sig=falsa")}`);
      expect(forged.status).toBe(403);
    });

    it("refuses a file already attached", async () => {
      const again = await attach(shipped[1], pdf.uploadId!, "INVOICE");
      expect(again.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("attaches one upload once even when asked concurrently", async () => {
      const doc = await upload(PDF, "concurrente.pdf");
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => attach(shipped[i % 2], doc.body.uploadId!, "INVOICE")),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) {
        expect(["BAD_USER_INPUT", "CONFLICT"]).toContain(r.errors![0].extensions?.code);
      }
      expect(await t.server.db.dataSource.getRepository(Evidence).countBy({ uploadId: Number(doc.body.uploadId) })).toBe(1);
    });

    it("refuses a PNG as INVOICE and a PDF as DELIVERY_PHOTO", async () => {
      const image = await upload(PNG, "factura.png");
      const wrongInvoice = await attach(shipped[1], image.body.uploadId!, "INVOICE");
      expect(wrongInvoice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(wrongInvoice.errors?.[0].message).toMatch(/PDF o un XML/);
      const doc = await upload(PDF, "foto.pdf");
      const wrongPhoto = await attach(shipped[1], doc.body.uploadId!, "DELIVERY_PHOTO");
      expect(wrongPhoto.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      // Nothing was attached, so the same files can still be used correctly.
      expect((await attach(shipped[1], image.body.uploadId!, "DELIVERY_PHOTO")).errors).toBeUndefined();
    });

    it("accepts a CFDI XML as INVOICE", async () => {
      const xml = await upload(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante Total="10.00"/>', "utf8"), "cfdi.xml");
      expect(xml.status).toBe(201);
      expect(xml.body.contentType).toBe("application/xml");
      expect((await attach(shipped[1], xml.body.uploadId!, "INVOICE")).errors).toBeUndefined();
    });

    it("refuses attaching to a cancelled order, writing no history", async () => {
      const doc = await upload(PDF, "factura.pdf");
      const events = () => t.server.db.dataSource.getRepository(OrderEvent).countBy({ orderId: cancelled });
      const before = await events();
      const res = await attach(cancelled, doc.body.uploadId!, "INVOICE");
      expect(res.errors?.[0].extensions?.code).toBe("ILLEGAL_TRANSITION");
      expect(res.data).toBeNull();
      expect(await events()).toBe(before);
    });

    it("answers NOT_FOUND for unknown orders or uploads and UNAUTHENTICATED without a token", async () => {
      const doc = await upload(PDF, "factura.pdf");
      expect((await attach(999999, doc.body.uploadId!, "INVOICE")).errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect((await attach("abc", doc.body.uploadId!, "INVOICE")).errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect((await attach(shipped[1], "999999", "INVOICE")).errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect((await attach(shipped[1], doc.body.uploadId!, "INVOICE", null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
