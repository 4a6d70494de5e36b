import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { Invoice } from "../invoicing/invoice.entity";
import { OrderItem } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import { Order } from "../orders/order.entity";
import { startTestServer, type GraphQLResult, type TestServer } from "./harness";

const INVOICE_FIELDS = "id state series folio receiverRfc subtotal tax total paid pdfUrl payments { id method amount paidAt reference }";

const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(invoiceId: $id) { ${INVOICE_FIELDS} } }`;
const PAY = `mutation($input: PaymentInput!) { addPayment(input: $input) { ${INVOICE_FIELDS} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status total version
  invoice { ${INVOICE_FIELDS} } history { action actor source note } } }`;

interface InvoiceView {
  id: string;
  state: string;
  series: string;
  folio: string;
  receiverRfc: string;
  subtotal: string;
  tax: string;
  total: string;
  paid: boolean;
  pdfUrl: string | null;
  payments: { id: string; method: string; amount: string; paidAt: string; reference: string | null }[];
}

interface OrderView {
  id: string;
  status: string;
  total: string;
  version: number;
  invoice: InvoiceView | null;
  history: { action: string; actor: string; source: string; note: string | null }[];
}

const cents = (decimal: string) => Math.round(Number(decimal) * 100);

describe(`invoices over HTTP (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;
  /** Shipped orders with items and no invoice; then pending ones, then a cancelled one. */
  let shipped: number[];
  let pending: number[];
  let cancelled: number;
  let next = 0;
  const freshShipped = () => shipped[next++];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    shipped = await seedOrders(t.server.db, account.id, { count: 12, firstNumber: 74000000, stage: () => "shipped" });
    pending = await seedOrders(t.server.db, account.id, { count: 2, firstNumber: 74100000, stage: () => "pending" });
    [cancelled] = await seedOrders(t.server.db, account.id, { count: 1, firstNumber: 74200000, stage: () => "cancelled" });
    token = await t.login();
  });
  afterAll(() => t.close());

  const q = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => t.gql<T>(query, variables, token);
  const codeOf = (res: GraphQLResult) => res.errors?.[0].extensions?.code;

  async function view(orderId: number): Promise<OrderView> {
    const res = await q<{ order: OrderView }>(ORDER, { id: String(orderId) });
    expect(res.errors).toBeUndefined();
    return res.data!.order;
  }

  async function create(orderId: number, extra: Record<string, unknown> = {}): Promise<InvoiceView> {
    const res = await q<{ createInvoice: InvoiceView }>(CREATE, { input: { orderId: String(orderId), ...extra } });
    expect(res.errors).toBeUndefined();
    return res.data!.createInvoice;
  }

  async function issue(invoiceId: string): Promise<InvoiceView> {
    const res = await q<{ issueInvoice: InvoiceView }>(ISSUE, { id: invoiceId });
    expect(res.errors).toBeUndefined();
    return res.data!.issueInvoice;
  }

  const pay = (invoiceId: string, amount: string, extra: Record<string, unknown> = {}) =>
    q<{ addPayment: InvoiceView }>(PAY, {
      input: { invoiceId, method: "03", amount, paidAt: new Date().toISOString(), ...extra },
    });

  it("creates a draft with the order's total, split into subtotal and IVA, for the general public", async () => {
    const orderId = freshShipped();
    const before = await view(orderId);
    const invoice = await create(orderId);
    expect(invoice).toMatchObject({ state: "DRAFT", series: "A", receiverRfc: "XAXX010101000", paid: false, pdfUrl: null, payments: [] });
    expect(invoice.folio).toMatch(/^\d+$/);
    expect(invoice.total).toBe(before.total);
    expect(cents(invoice.subtotal) + cents(invoice.tax)).toBe(cents(before.total));
    expect(Math.abs(cents(invoice.tax) - cents(invoice.subtotal) * 0.16)).toBeLessThanOrEqual(2);

    const row = await t.server.db.dataSource.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) });
    expect(row).toMatchObject({ receiverName: "PUBLICO EN GENERAL", cfdiUse: "S01" });
    const after = await view(orderId);
    expect(after.invoice?.id).toBe(invoice.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.history.at(-1)).toEqual({ action: "invoiceCreated", actor: "admin@pruebas.mx", source: "api", note: `A-${invoice.folio}` });
  });

  it("keeps odd prices exact to the cent", async () => {
    const orderId = freshShipped();
    const items = t.server.db.dataSource.getRepository(OrderItem);
    await items.delete({ orderId });
    const lines = [
      [3, 33333],
      [7, 1],
      [1, 129999],
    ] as const;
    await items.insert(
      lines.map(([quantity, unitPriceCents], n) => ({
        orderId,
        lineId: `${orderId}-odd-${n}`,
        sku: `ODD-${n}`,
        title: `Artículo raro ${n}`,
        quantity,
        unitPriceCents,
        productId: null,
        issue: null,
      })),
    );
    const total = lines.reduce((sum, [quantity, price]) => sum + quantity * price, 0);
    await t.server.db.dataSource.getRepository(Order).update({ id: orderId }, { totalCents: total });
    const invoice = await create(orderId);
    expect(cents(invoice.total)).toBe(total);
    expect(cents(invoice.subtotal) + cents(invoice.tax)).toBe(total);
    // Per line: 862.06 + 0.06 + 1120.68.
    expect(invoice.subtotal).toBe("1982.80");
  });

  it("takes a receiver's RFC, name and CFDI use, and validates them", async () => {
    const orderId = freshShipped();
    for (const [input, field] of [
      [{ receiverRfc: "ABC123", receiverName: "Empresa" }, "receiverRfc"],
      [{ receiverRfc: "EKU9003173C9", receiverName: "Empresa", cfdiUse: "Z99" }, "cfdiUse"],
      [{ receiverRfc: "EKU9003173C9" }, "receiverName"],
      [{ cfdiUse: "G03" }, "cfdiUse"],
    ] as const) {
      const res = await q(CREATE, { input: { orderId: String(orderId), ...input } });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].extensions?.field).toBe(field);
    }
    const invoice = await create(orderId, { receiverRfc: "eku9003173c9", receiverName: "Empresa Kuri  SA de CV", cfdiUse: "g03" });
    expect(invoice.receiverRfc).toBe("EKU9003173C9");
    const row = await t.server.db.dataSource.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) });
    expect(row).toMatchObject({ receiverName: "Empresa Kuri SA de CV", cfdiUse: "G03" });
  });

  it("refuses a second invoice for the same order, and invoices of cancelled or missing orders", async () => {
    const orderId = freshShipped();
    await create(orderId);
    const again = await q(CREATE, { input: { orderId: String(orderId) } });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(again.errors?.[0].message).toBe("El pedido ya tiene factura.");

    const onCancelled = await q(CREATE, { input: { orderId: String(cancelled) } });
    expect(codeOf(onCancelled)).toBe("ILLEGAL_TRANSITION");
    expect(codeOf(await q(CREATE, { input: { orderId: "999999" } }))).toBe("NOT_FOUND");
    expect(codeOf(await t.gql(CREATE, { input: { orderId: String(pending[0]) } }))).toBe("UNAUTHENTICATED");
    expect((await view(cancelled)).status).toBe(OrderStatus.CANCELLED);
    expect((await view(cancelled)).invoice).toBeNull();
  });

  it("gives concurrent invoices distinct folios, one invoice per order", async () => {
    const orders = [freshShipped(), freshShipped(), freshShipped(), pending[0]];
    const results = await Promise.all([...orders, orders[0]].map((orderId) => q<{ createInvoice: InvoiceView }>(CREATE, { input: { orderId: String(orderId) } })));
    const created = results.filter((r) => !r.errors).map((r) => r.data!.createInvoice);
    expect(created).toHaveLength(4);
    expect(new Set(created.map((i) => i.folio)).size).toBe(4);
    const refused = results.filter((r) => r.errors);
    expect(refused.map(codeOf)).toEqual(["BAD_USER_INPUT"]);
  });

  it("issues (graba) the invoice once, with a PDF to download", async () => {
    const orderId = freshShipped();
    const draft = await create(orderId);
    const issued = await issue(draft.id);
    expect(issued).toMatchObject({ id: draft.id, state: "ISSUED", total: draft.total, subtotal: draft.subtotal, tax: draft.tax });
    expect(issued.pdfUrl).toMatch(/^\/files\/\d+\?exp=\d+&sig=/);

    const res = await fetch(`${t.url}${issued.pdfUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`factura-A-${draft.folio}.pdf`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.length).toBeGreaterThan(1000);

    const row = await t.server.db.dataSource.getRepository(Invoice).findOneByOrFail({ id: Number(draft.id) });
    expect(row.issuedAt).toBeInstanceOf(Date);

    const again = await q(ISSUE, { id: draft.id });
    expect(codeOf(again)).toBe("ILLEGAL_TRANSITION");
    expect(codeOf(await q(ISSUE, { id: "999999" }))).toBe("NOT_FOUND");

    const history = (await view(orderId)).history.map((h) => h.action);
    expect(history.slice(-2)).toEqual(["invoiceCreated", "invoiceIssued"]);
  });

  it("records partial payments until the invoice is paid, refusing what does not fit", async () => {
    const orderId = freshShipped();
    const draft = await create(orderId);

    const onDraft = await pay(draft.id, "1.00");
    expect(codeOf(onDraft)).toBe("ILLEGAL_TRANSITION");

    await issue(draft.id);
    const total = cents(draft.total);
    const first = Math.floor(total / 3);
    const firstAmount = (first / 100).toFixed(2);
    const restAmount = ((total - first) / 100).toFixed(2);

    for (const [extra, field] of [
      [{ method: "77" }, "method"],
      [{ method: "" }, "method"],
      [{ amount: "0" }, "amount"],
      [{ amount: "-5.00" }, "amount"],
      [{ paidAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() }, "paidAt"],
      [{ amount: ((total + 1) / 100).toFixed(2) }, "amount"],
    ] as const) {
      const res = await pay(draft.id, firstAmount, extra);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].extensions?.field).toBe(field);
    }

    const partial = await pay(draft.id, firstAmount, { reference: "SPEI-001", method: "03" });
    expect(partial.errors).toBeUndefined();
    expect(partial.data!.addPayment).toMatchObject({ paid: false, payments: [{ method: "03", amount: firstAmount, reference: "SPEI-001" }] });

    const over = await pay(draft.id, ((total - first + 1) / 100).toFixed(2));
    expect(codeOf(over)).toBe("BAD_USER_INPUT");
    expect(over.errors?.[0].message).toContain(`faltan $`);

    const rest = await pay(draft.id, restAmount, { method: "04", paidAt: new Date(Date.now() - 86400000).toISOString() });
    expect(rest.errors).toBeUndefined();
    const paid = rest.data!.addPayment;
    expect(paid.paid).toBe(true);
    expect(paid.payments.map((p) => [p.method, p.amount])).toEqual([
      ["04", restAmount],
      ["03", firstAmount],
    ]);

    const more = await pay(draft.id, "0.01");
    expect(codeOf(more)).toBe("BAD_USER_INPUT");

    const order = await view(orderId);
    expect(order.invoice?.paid).toBe(true);
    expect(order.history.map((h) => h.action).slice(-4)).toEqual(["invoiceCreated", "invoiceIssued", "paymentAdded", "paymentAdded"]);
    expect(order.history.at(-1)).toMatchObject({ actor: "admin@pruebas.mx", source: "api" });
  });

  it("does not overpay under concurrent payments", async () => {
    const draft = await create(freshShipped());
    await issue(draft.id);
    const total = cents(draft.total);
    const half = ((Math.ceil(total / 2)) / 100).toFixed(2);
    const results = await Promise.all([pay(draft.id, half), pay(draft.id, half), pay(draft.id, half)]);
    const accepted = results.filter((r) => !r.errors);
    expect(accepted.length).toBe(total % 2 === 0 ? 2 : 1);
    expect(results.filter((r) => r.errors).every((r) => codeOf(r) === "BAD_USER_INPUT")).toBe(true);
    const invoice = (await view(Number((await t.server.db.dataSource.getRepository(Invoice).findOneByOrFail({ id: Number(draft.id) })).orderId))).invoice!;
    const sum = invoice.payments.reduce((s, p) => s + cents(p.amount), 0);
    expect(sum).toBeLessThanOrEqual(total);
  });
});
