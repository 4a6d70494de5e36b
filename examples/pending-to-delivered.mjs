#!/usr/bin/env node
// Takes one order of Pedidos Claro Shop from PENDING ("pendiente") to DELIVERED ("entregado")
// through the public API, the way an integration would:
//
//   1. authenticate (an API key, or e-mail + password),
//   2. pick a PENDING order (or the one in PEDIDOS_ORDER_ID),
//   3. generate its internal sales order if it has none yet,
//   4. ship it MANUAL with our own carrier and tracking number,
//   5. create and issue ("grabar") the invoice, and pay it in full,
//   6. upload the invoice PDF and a delivery photo (POST /uploads) and attach them,
//   7. send the evidence to Claro Shop and wait, over a graphql-ws subscription, until the
//      order is DELIVERED.
//
// Every step first looks at the order, so running the script again on the same order carries
// on from where it stopped. It exits 0 only when the order is DELIVERED.
//
// Node.js 20 or later. From the repository: `pnpm install`, then
//   PEDIDOS_API_KEY=pck_... node examples/pending-to-delivered.mjs
//
// Environment:
//   PEDIDOS_URL              the server (default http://localhost:4000)
//   PEDIDOS_API_KEY          an API key (Configuración → "Llaves de API"), or instead:
//   PEDIDOS_EMAIL / PEDIDOS_PASSWORD   a user's sign-in
//   PEDIDOS_ORDER_ID         the order to take (its id, not the Claro Shop number); default: pick one
//   PEDIDOS_TIMEOUT_SECONDS  how long to wait for DELIVERED (default 120)
import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { tinyPdf, tinyPng } from "./sample-files.mjs";

const BASE_URL = (process.env.PEDIDOS_URL || "http://localhost:4000").replace(/\/+$/, "");
const TIMEOUT_MS = Number(process.env.PEDIDOS_TIMEOUT_SECONDS || 120) * 1000;

// What this example ships with. A real integration takes these from its own systems.
const CARRIER = "Estafeta";
const TRACKING_NUMBER = `EJ-${Date.now()}`; // 6 to 40 letters, digits or dashes
const PAYMENT_METHOD = "03"; // SAT "forma de pago": transferencia electrónica

const step = (message) => console.log(`\n==> ${message}`);
const info = (message) => console.log(`    ${message}`);

class ApiError extends Error {
  constructor(error) {
    super(`${error.extensions?.code ?? "ERROR"}: ${error.message}`);
    this.code = error.extensions?.code;
    this.extensions = error.extensions ?? {};
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL over HTTP.

/** The Authorization header value; set once we are authenticated. Never printed. */
let authorization = null;

/**
 * Sends one operation to POST /graphql and returns its `data`, or throws an ApiError carrying
 * `extensions.code`. RATE_LIMITED is the one error worth retrying blindly: the operation did
 * not run, and the server says how long to wait.
 */
async function gql(query, variables = {}) {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${BASE_URL}/graphql`, {
      method: "POST",
      // application/json is also what the server's CSRF prevention asks for.
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    let body;
    try {
      body = await res.json();
    } catch {
      throw new Error(`POST /graphql answered HTTP ${res.status} without JSON`);
    }
    const error = body.errors?.[0];
    if (error?.extensions?.code === "RATE_LIMITED" && attempt < 5) {
      const seconds = Number(error.extensions.retryAfter ?? res.headers.get("retry-after") ?? 1);
      info(`rate limited: waiting ${seconds} s as the server asks`);
      await new Promise((r) => setTimeout(r, seconds * 1000));
      continue;
    }
    if (error) throw new ApiError(error);
    return body.data;
  }
}

/** POST /uploads: one file in the multipart field "file". Returns the uploadId to attach. */
async function upload(bytes, fileName, type) {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type }), fileName);
  // No content-type header here: fetch writes the multipart boundary itself.
  const res = await fetch(`${BASE_URL}/uploads`, { method: "POST", headers: { authorization }, body: form });
  const body = await res.json().catch(() => ({}));
  if (res.status !== 201) throw new Error(`POST /uploads answered HTTP ${res.status}: ${body.code ?? ""} ${body.error ?? ""}`);
  info(`uploaded ${fileName}: uploadId ${body.uploadId} (${body.contentType}, ${body.size} bytes)`);
  return body.uploadId;
}

// ---------------------------------------------------------------------------------------------
// The order, with everything the steps below look at.

const ORDER_FIELDS = `
  id marketplaceOrderId status version customerName total shippingType
  salesOrder { folio }
  lineIssues { sku code }
  shipment { type carrier trackingNumber }
  invoice { id state series folio total paid payments { amount } }
  evidence { id kind fileName }
  evidenceSubmission { state attempts lastError }
`;

async function loadOrder(id) {
  const { order } = await gql(`query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id });
  if (!order) throw new Error(`order ${id} does not exist`);
  return order;
}

/** Money travels as strings with two decimals ("1299.00"); work in integer cents. */
const toCents = (amount) => {
  const [whole, fraction = ""] = String(amount).split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
};
const fromCents = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

// ---------------------------------------------------------------------------------------------
// Live status changes over graphql-ws (same path as HTTP, /graphql).

/**
 * Subscribes to `orderStatusChanged` for one order and resolves `delivered` on the change to
 * DELIVERED. Resolves once the server has the subscription, so nothing sent afterwards is missed.
 */
async function watchForDelivery(orderId) {
  const client = createClient({
    url: `${BASE_URL.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket, // Node 20 has no global WebSocket
    // The same credential as over HTTP; a wrong one closes the socket with code 4403.
    connectionParams: { authorization },
    retryAttempts: 0,
  });
  let settle;
  const delivered = new Promise((resolve, reject) => (settle = { resolve, reject }));
  const connected = new Promise((resolve) => client.on("connected", resolve));
  client.on("closed", (event) => {
    if (event?.code === 4403) settle.reject(new Error("the server refused the WebSocket credentials (close code 4403)"));
  });
  const dispose = client.subscribe(
    {
      query: `subscription Delivered($id: ID!) {
        orderStatusChanged(orderId: $id, statuses: [DELIVERED]) { from to at order { status marketplaceOrderId } }
      }`,
      variables: { id: orderId },
    },
    {
      next: ({ data, errors }) => {
        if (errors?.length) return settle.reject(new ApiError(errors[0]));
        const change = data.orderStatusChanged;
        info(`live: ${change.from} -> ${change.to} at ${change.at}`);
        settle.resolve(change);
      },
      error: (err) => settle.reject(err instanceof Error ? err : new Error(`subscription failed: ${JSON.stringify(err?.message ?? err?.code ?? err)}`)),
      complete: () => undefined,
    },
  );
  await Promise.race([connected, delivered]);
  // Messages on one socket are handled in order: once a later operation completes, the
  // subscription above is in place on the server.
  await new Promise((resolve, reject) =>
    client.subscribe({ query: "{ __typename }" }, { next: () => undefined, error: reject, complete: resolve }),
  );
  return {
    delivered,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The workflow.

async function authenticate() {
  step(`Authenticating with ${BASE_URL}`);
  if (process.env.PEDIDOS_API_KEY) {
    // API keys are sent exactly like a session token.
    authorization = `Bearer ${process.env.PEDIDOS_API_KEY}`;
  } else if (process.env.PEDIDOS_EMAIL && process.env.PEDIDOS_PASSWORD) {
    const { login } = await gql(
      "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
      { email: process.env.PEDIDOS_EMAIL, password: process.env.PEDIDOS_PASSWORD },
    );
    authorization = `Bearer ${login.token}`; // valid for 12 hours
  } else {
    throw new Error("set PEDIDOS_API_KEY, or PEDIDOS_EMAIL and PEDIDOS_PASSWORD");
  }
  const { me } = await gql("{ me { email role } }");
  info(`authenticated as ${me.email} (${me.role})`);
}

async function pickOrder() {
  if (process.env.PEDIDOS_ORDER_ID) {
    step(`Loading order ${process.env.PEDIDOS_ORDER_ID}`);
    return loadOrder(process.env.PEDIDOS_ORDER_ID);
  }
  step("Looking for a PENDING order");
  const { orders } = await gql(
    `query Pending { orders(first: 50, filter: { statuses: [PENDING] }) { totalCount edges { node { ${ORDER_FIELDS} } } } }`,
  );
  info(`${orders.totalCount} pending orders`);
  // An order whose SKUs are all in the catalog can get its sales order without staff help.
  const usable = orders.edges
    .map((edge) => edge.node)
    .find((order) => order.salesOrder || !order.lineIssues.some((issue) => issue.code === "SKU_NOT_REGISTERED"));
  if (!usable) throw new Error("no pending order can be taken: every one has an unregistered SKU (map it in the catalog first)");
  return usable;
}

async function ensureSalesOrder(order) {
  step("Sales order (pedido interno)");
  if (order.salesOrder) return info(`already generated: ${order.salesOrder.folio}`);
  if (order.lineIssues.length) info(`line issues: ${order.lineIssues.map((i) => `${i.sku} ${i.code}`).join(", ")}`);
  // allowBackorder: generate even when stock is short (the stock may go negative).
  const { generateOrder } = await gql(
    "mutation Generate($id: ID!) { generateOrder(input: { orderId: $id, allowBackorder: true }) { salesOrder { folio } } }",
    { id: order.id },
  );
  info(`generated ${generateOrder.salesOrder.folio}`);
}

async function ship(order) {
  step(`Shipping MANUAL with ${CARRIER}`);
  if (order.shipment) return info(`already shipped: ${order.shipment.carrier} ${order.shipment.trackingNumber ?? ""}`);
  // The idempotency key makes a retried request (say, after a network error) return the first
  // result instead of failing or creating a second guide. Keep it with the order on your side.
  const { generateGuide } = await gql(
    `mutation Ship($input: GenerateGuideInput!) {
      generateGuide(input: $input) { status version shipment { carrier trackingNumber } }
    }`,
    { input: { orderId: order.id, type: "MANUAL", carrier: CARRIER, trackingNumber: TRACKING_NUMBER, idempotencyKey: randomUUID() } },
  );
  info(`${generateGuide.status}: ${generateGuide.shipment.carrier} ${generateGuide.shipment.trackingNumber} (version ${generateGuide.version})`);
}

async function invoiceAndPay(order) {
  step("Invoice (factura)");
  let invoice = order.invoice;
  if (!invoice) {
    // Receiver RFC omitted: "XAXX010101000" (público en general).
    ({ createInvoice: invoice } = await gql(
      "mutation Invoice($id: ID!) { createInvoice(input: { orderId: $id }) { id state series folio total paid payments { amount } } }",
      { id: order.id },
    ));
    info(`created draft ${invoice.series}-${invoice.folio} for ${invoice.total} MXN`);
  }
  if (invoice.state === "DRAFT") {
    ({ issueInvoice: invoice } = await gql(
      "mutation Issue($id: ID!) { issueInvoice(invoiceId: $id) { id state series folio total paid payments { amount } } }",
      { id: invoice.id },
    ));
    info(`issued ("grabada") ${invoice.series}-${invoice.folio}`);
  } else {
    info(`already ${invoice.state}: ${invoice.series}-${invoice.folio}`);
  }

  step("Payment (pago)");
  if (invoice.paid) return info("already paid");
  const unpaid = toCents(invoice.total) - invoice.payments.reduce((sum, p) => sum + toCents(p.amount), 0);
  const { addPayment } = await gql(
    "mutation Pay($input: PaymentInput!) { addPayment(input: $input) { paid } }",
    {
      input: {
        invoiceId: invoice.id,
        method: PAYMENT_METHOD,
        amount: fromCents(unpaid),
        paidAt: new Date().toISOString(),
        reference: `EJEMPLO-${Date.now()}`,
      },
    },
  );
  info(`paid ${fromCents(unpaid)} MXN; invoice paid: ${addPayment.paid}`);
}

async function attachEvidence(order) {
  step("Evidence (evidencia)");
  const has = (kind) => order.evidence.some((e) => e.kind === kind);
  const wanted = [["INVOICE", "factura.pdf", "application/pdf", tinyPdf]];
  // A delivery photo is required for MANUAL shipping.
  if ((order.shippingType ?? "MANUAL") === "MANUAL") wanted.push(["DELIVERY_PHOTO", "entrega.png", "image/png", tinyPng]);
  for (const [kind, fileName, type, make] of wanted) {
    if (has(kind)) {
      info(`${kind} already attached`);
      continue;
    }
    const uploadId = await upload(make(), fileName, type);
    await gql(
      "mutation Attach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id kind } }",
      { input: { orderId: order.id, uploadId, kind } },
    );
    info(`attached as ${kind}`);
  }
}

async function sendAndWait(order) {
  step("Sending the evidence to Claro Shop (Enviar evidencia)");
  // Subscribe first, so the change to DELIVERED cannot slip by between the two calls.
  const watch = await watchForDelivery(order.id);
  let timer;
  try {
    const state = order.evidenceSubmission?.state;
    if (state === "QUEUED" || state === "SENT") {
      info(`already ${state}`);
    } else {
      const { sendEvidence } = await gql(
        "mutation Send($id: ID!) { sendEvidence(orderId: $id) { status evidenceSubmission { state } } }",
        { id: order.id },
      );
      info(`submission ${sendEvidence.evidenceSubmission.state}; order ${sendEvidence.status}`);
    }
    // It may have been accepted already (say, on an earlier run): then no change will come.
    const now = await loadOrder(order.id);
    if (now.status === "DELIVERED") return;

    step(`Waiting up to ${TIMEOUT_MS / 1000} s for DELIVERED (orderStatusChanged)`);
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no DELIVERED within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    await Promise.race([watch.delivered, timeout]);
  } finally {
    clearTimeout(timer);
    await watch.close();
  }
}

async function main() {
  await authenticate();
  let order = await pickOrder();
  info(`order ${order.id}: Claro Shop ${order.marketplaceOrderId}, ${order.customerName}, ${order.total} MXN, ${order.status}`);

  if (order.status === "CANCELLED") throw new Error("the order is CANCELLED");
  if (order.status !== "DELIVERED") {
    if (order.status === "PENDING") {
      await ensureSalesOrder(order);
      await ship(order);
    }
    order = await loadOrder(order.id);
    await invoiceAndPay(order);
    order = await loadOrder(order.id);
    await attachEvidence(order);
    order = await loadOrder(order.id);
    await sendAndWait(order);
  }

  const final = await loadOrder(order.id);
  console.log(`\nFinal status: ${final.status} (order ${final.id}, Claro Shop ${final.marketplaceOrderId})`);
  if (final.status !== "DELIVERED") {
    const submission = final.evidenceSubmission;
    if (submission) console.log(`Evidence submission: ${submission.state} after ${submission.attempts} attempts ${submission.lastError ?? ""}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(`\nFailed: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof ApiError && err.extensions.missing) console.error(`Missing: ${err.extensions.missing.join(", ")}`);
  process.exitCode = 1;
});
