import { randomUUID } from "node:crypto";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { sampleCfdi, splitTotal, type SampleCfdiOptions } from "../invoicing/external-cfdi.sample";
import { Invoice } from "../invoicing/invoice.entity";
import { ISSUER_RFC } from "../invoicing/issuer";
import { engineName, startTestServer, type GraphQLResult, type TestServer } from "./harness";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0001\b\u0006\u0000\u0000\u0000", "latin1"),
]);

const INVOICE_FIELDS = "id state series folio receiverRfc subtotal tax total uuid paid pdfUrl payments { amount }";
const ATTACH = `mutation($input: AttachExternalInvoiceInput!) { attachExternalInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(invoiceId: $id) { ${INVOICE_FIELDS} } }`;
const PAY = `mutation($input: PaymentInput!) { addPayment(input: $input) { ${INVOICE_FIELDS} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id total version invoice { ${INVOICE_FIELDS} } history { action actor source note } } }`;

interface InvoiceView {
  id: string;
  state: string;
  series: string;
  folio: string;
  receiverRfc: string;
  subtotal: string;
  tax: string;
  total: string;
  uuid: string | null;
  paid: boolean;
  pdfUrl: string | null;
  payments: { amount: string }[];
}

interface OrderView {
  id: string;
  total: string;
  version: number;
  invoice: InvoiceView | null;
  history: { action: string; actor: string; source: string; note: string | null }[];
}

const cents = (decimal: string) => Math.round(Number(decimal) * 100);

describe(`external invoices (CFDI from another system) over HTTP (${engineName()})`, () => {
  let t: TestServer;
  let token: string;
  let shipped: number[];
  let cancelled: number;
  let next = 0;
  let folio = 5000;
  const freshShipped = () => shipped[next++];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    shipped = await seedOrders(t.server.db, account.id, { count: 10, firstNumber: 76000000, stage: () => "shipped" });
    [cancelled] = await seedOrders(t.server.db, account.id, { count: 1, firstNumber: 76100000, stage: () => "cancelled" });
    token = await t.login();
  });
  afterAll(() => t?.close());

  const q = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth: string | null = token) =>
    t.gql<T>(query, variables, auth);
  const codeOf = (res: GraphQLResult) => res.errors?.[0].extensions?.code;
  const problemsOf = (res: GraphQLResult) => res.errors?.[0].extensions?.problems as string[] | undefined;

  async function upload(data: Buffer, fileName: string): Promise<string> {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(data)], { type: "application/octet-stream" }), fileName);
    const res = await fetch(`${t.url}/uploads`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    const body = (await res.json()) as { uploadId?: string; error?: string };
    expect(res.status).toBe(201);
    return body.uploadId!;
  }

  async function view(orderId: number): Promise<OrderView> {
    const res = await q<{ order: OrderView }>(ORDER, { id: String(orderId) });
    expect(res.errors).toBeUndefined();
    return res.data!.order;
  }

  /** A stamped CFDI for the order (its total, our RFC, a fresh UUID and folio), uploaded. */
  async function cfdiFor(orderId: number, options: SampleCfdiOptions = {}) {
    const order = await view(orderId);
    const cfdi = { ...splitTotal(cents(order.total)), uuid: randomUUID().toUpperCase(), folio: String(folio++), ...options };
    const xmlUploadId = await upload(Buffer.from(sampleCfdi(cfdi), "utf8"), `factura-${cfdi.folio}.xml`);
    return { order, cfdi, xmlUploadId };
  }

  const attach = (orderId: number, xmlUploadId: string, pdfUploadId: string, auth: string | null = token) =>
    q<{ attachExternalInvoice: InvoiceView }>(ATTACH, { input: { orderId: String(orderId), xmlUploadId, pdfUploadId } }, auth);

  it("attaches a stamped CFDI as the ISSUED invoice, with its UUID and PDF; payments then work as usual", async () => {
    const orderId = freshShipped();
    const { order, cfdi, xmlUploadId } = await cfdiFor(orderId, { receiverRfc: "EKU9003173C9", receiverName: "ESCUELA KEMPER URGATE", cfdiUse: "G03" });
    const pdfUploadId = await upload(PDF, "factura.pdf");

    const res = await attach(orderId, xmlUploadId, pdfUploadId);
    expect(res.errors).toBeUndefined();
    const invoice = res.data!.attachExternalInvoice;
    expect(invoice).toMatchObject({
      state: "ISSUED",
      series: "F",
      folio: cfdi.folio,
      receiverRfc: "EKU9003173C9",
      subtotal: cfdi.subtotal,
      tax: cfdi.tax,
      total: order.total,
      uuid: cfdi.uuid,
      paid: false,
      payments: [],
    });
    expect(invoice.pdfUrl).toMatch(/^\/files\/\d+\?exp=\d+&sig=/);
    const pdf = await fetch(`${t.url}${invoice.pdfUrl}`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(PDF);

    const row = await t.server.db.dataSource.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) });
    expect(row).toMatchObject({ receiverName: "ESCUELA KEMPER URGATE", cfdiUse: "G03", pdfUploadId: Number(pdfUploadId) });
    // The CFDI's Fecha (2026-01-15T10:30:00) is Mexico City time.
    expect(row.issuedAt).toEqual(new Date("2026-01-15T16:30:00Z"));

    const after = await view(orderId);
    expect(after.invoice?.id).toBe(invoice.id);
    expect(after.version).toBe(order.version + 1);
    expect(after.history.at(-1)).toEqual({ action: "attachExternalInvoice", actor: "admin@pruebas.mx", source: "api", note: `UUID ${cfdi.uuid}` });

    const paid = await q<{ addPayment: InvoiceView }>(PAY, {
      input: { invoiceId: invoice.id, method: "03", amount: order.total, paidAt: new Date().toISOString() },
    });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.addPayment).toMatchObject({ paid: true, uuid: cfdi.uuid, payments: [{ amount: order.total }] });

    // Attached once: the order now has its invoice.
    const again = await attach(orderId, (await cfdiFor(orderId)).xmlUploadId, pdfUploadId);
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(again.errors?.[0].message).toBe("El pedido ya tiene factura.");
  });

  it("replaces a draft invoice; invoices issued here have no UUID", async () => {
    const orderId = freshShipped();
    const draft = (await q<{ createInvoice: InvoiceView }>(CREATE, { input: { orderId: String(orderId) } })).data!.createInvoice;
    expect(draft).toMatchObject({ state: "DRAFT", uuid: null });
    const { cfdi, xmlUploadId } = await cfdiFor(orderId, { series: "A" });
    const res = await attach(orderId, xmlUploadId, await upload(PDF, "factura.pdf"));
    expect(res.errors).toBeUndefined();
    expect(res.data!.attachExternalInvoice).toMatchObject({ state: "ISSUED", series: "A", folio: cfdi.folio, uuid: cfdi.uuid });
    expect((await view(orderId)).invoice?.id).toBe(res.data!.attachExternalInvoice.id);
    expect(await t.server.db.dataSource.getRepository(Invoice).existsBy({ id: Number(draft.id) })).toBe(false);

    const own = freshShipped();
    const ownDraft = (await q<{ createInvoice: InvoiceView }>(CREATE, { input: { orderId: String(own) } })).data!.createInvoice;
    const issued = await q<{ issueInvoice: InvoiceView }>(ISSUE, { id: ownDraft.id });
    expect(issued.data!.issueInvoice).toMatchObject({ state: "ISSUED", uuid: null });
    const onIssued = await attach(own, (await cfdiFor(own)).xmlUploadId, await upload(PDF, "factura.pdf"));
    expect(onIssued.errors?.[0].message).toBe("El pedido ya tiene factura.");
  });

  it("refuses a CFDI whose total is not the order's, naming it, and changes nothing", async () => {
    const orderId = freshShipped();
    const order = await view(orderId);
    const { xmlUploadId } = await cfdiFor(orderId, splitTotal(cents(order.total) + 1));
    const res = await attach(orderId, xmlUploadId, await upload(PDF, "factura.pdf"));
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/^El total del CFDI \(\$[\d,.]+\) no coincide con el total del pedido/);
    expect(problemsOf(res)).toEqual([res.errors?.[0].message]);
    const after = await view(orderId);
    expect(after.invoice).toBeNull();
    expect(after.version).toBe(order.version);
  });

  it("refuses a CFDI issued by another RFC, listing every problem", async () => {
    const orderId = freshShipped();
    const order = await view(orderId);
    const { xmlUploadId } = await cfdiFor(orderId, { issuerRfc: "AAA010101AAA" });
    const res = await attach(orderId, xmlUploadId, await upload(PDF, "factura.pdf"));
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe(`El RFC del emisor del CFDI (AAA010101AAA) no es el nuestro (${ISSUER_RFC}).`);

    const { xmlUploadId: worse } = await cfdiFor(orderId, { issuerRfc: "AAA010101AAA", currency: "USD", ...splitTotal(cents(order.total) + 100) });
    const many = await attach(orderId, worse, await upload(PDF, "factura.pdf"));
    // A CFDI that cannot be read is refused on that alone; the currency is part of reading it.
    expect(problemsOf(many)).toEqual(["La moneda del CFDI es USD; solo se aceptan facturas en pesos (MXN)."]);
    const { xmlUploadId: two } = await cfdiFor(orderId, { issuerRfc: "AAA010101AAA", ...splitTotal(cents(order.total) + 100) });
    expect(problemsOf(await attach(orderId, two, await upload(PDF, "factura.pdf")))).toHaveLength(2);
    expect((await view(orderId)).invoice).toBeNull();
  });

  it("refuses a UUID or a series and folio another invoice already has", async () => {
    const first = freshShipped();
    const { cfdi, xmlUploadId } = await cfdiFor(first);
    expect((await attach(first, xmlUploadId, await upload(PDF, "factura.pdf"))).errors).toBeUndefined();

    const second = freshShipped();
    const reused = await attach(second, (await cfdiFor(second, { uuid: cfdi.uuid!.toLowerCase() })).xmlUploadId, await upload(PDF, "f.pdf"));
    expect(codeOf(reused)).toBe("BAD_USER_INPUT");
    expect(reused.errors?.[0].message).toBe(`El UUID ${cfdi.uuid} ya está registrado en la factura F-${cfdi.folio} de otro pedido.`);

    const sameFolio = await attach(second, (await cfdiFor(second, { folio: cfdi.folio })).xmlUploadId, await upload(PDF, "f.pdf"));
    expect(sameFolio.errors?.[0].message).toBe(`La serie y folio F-${cfdi.folio} del CFDI ya los usa otra factura.`);
    expect((await view(second)).invoice).toBeNull();
  });

  it("refuses files of the wrong type: a PNG as the XML, an XML as the PDF", async () => {
    const orderId = freshShipped();
    const png = await upload(PNG, "factura.xml");
    const pdf = await upload(PDF, "factura.pdf");
    const res = await attach(orderId, png, pdf);
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/no es un XML \(es image\/png\)/);
    expect(problemsOf(res)).toHaveLength(1);

    const { xmlUploadId } = await cfdiFor(orderId);
    const swapped = await attach(orderId, xmlUploadId, xmlUploadId);
    expect(swapped.errors?.[0].message).toMatch(/no es un PDF \(es application\/xml\)/);
    expect((await view(orderId)).invoice).toBeNull();
  });

  it("refuses cancelled or missing orders, missing uploads and anonymous callers", async () => {
    const orderId = freshShipped();
    const { xmlUploadId } = await cfdiFor(orderId);
    const pdf = await upload(PDF, "factura.pdf");
    expect(codeOf(await attach(cancelled, xmlUploadId, pdf))).toBe("ILLEGAL_TRANSITION");
    expect(codeOf(await attach(999999, xmlUploadId, pdf))).toBe("NOT_FOUND");
    expect(codeOf(await attach(orderId, "999999", pdf))).toBe("NOT_FOUND");
    expect(codeOf(await attach(orderId, xmlUploadId, "999999"))).toBe("NOT_FOUND");
    expect(codeOf(await attach(orderId, xmlUploadId, pdf, null))).toBe("UNAUTHENTICATED");
    expect((await view(orderId)).invoice).toBeNull();
    // Still attachable once the mistakes are fixed.
    expect((await attach(orderId, xmlUploadId, pdf)).errors).toBeUndefined();
  });
});
