#!/usr/bin/env node
// End-to-end browser test of the built product: the real server (dist/main.js, with the sandbox
// marketplace in-process) serves the built web app, and Chromium (playwright-core, Debian's
// /usr/bin/chromium) signs in, syncs, takes one order to Entregado with an automatic guide and
// another with a manual one, watches the list follow a cancellation made through the API, and
// saves screenshots of every screen under e2e/screenshots/.
//
// Run after `pnpm -r run build`:  node packages/client/e2e/run.mjs   (or `pnpm --filter @pedidos/client e2e`)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, selectors } from "playwright-core";
// The files the integrators' example uploads.
import { tinyPdf, tinyPng } from "../../../examples/sample-files.mjs";

const CLIENT = path.resolve(import.meta.dirname, "..");
const ROOT = path.resolve(CLIENT, "../..");
const MAIN = path.join(ROOT, "packages/server/dist/main.js");
const SHOTS = path.join(CLIENT, "e2e/screenshots");
const GLOBAL_TIMEOUT_MS = 4 * 60_000;
const STEP_TIMEOUT_MS = 15_000;
const DELIVERY_TIMEOUT_MS = 60_000;
const LIVE_UPDATE_TIMEOUT_MS = 20_000;

const ADMIN_EMAIL = "e2e@pedidos.test";
const ADMIN_PASSWORD = `e2e-${randomBytes(9).toString("hex")}`;

const started = Date.now();
const log = (message) => console.log(`e2e [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Resources, always released (normal end, failure, global timeout, Ctrl-C).
const tempDirs = [];
let server = null;
let serverOutput = "";
let context = null;
let cleaning = null;

function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const forced = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(forced);
}

function cleanup() {
  cleaning ??= (async () => {
    if (context) {
      await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
      // If Chromium did not close in time, end it by its process id.
      const browserPid = context.browser?.()?.process?.()?.pid;
      if (browserPid) {
        try {
          process.kill(browserPid, "SIGKILL");
        } catch {
          /* already gone */
        }
      }
    }
    await stopServer().catch(() => server?.kill("SIGKILL"));
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}

const results = [];
function finish(code) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

const globalTimer = setTimeout(async () => {
  console.error(`e2e: global timeout of ${GLOBAL_TIMEOUT_MS / 1000} s reached`);
  results.push({ name: "global timeout", ok: false });
  await Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]);
  finish(1);
}, GLOBAL_TIMEOUT_MS);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    console.error(`e2e: ${signal}, stopping`);
    await cleanup();
    finish(1);
  });
}

// ---------------------------------------------------------------------------------------------
// The product.
async function startProduct() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("CLAROSHOP_") || name.startsWith("ADMIN_") || ["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "PORT", "DATA_DIR"].includes(name)) {
      delete env[name];
    }
  }
  Object.assign(env, {
    DATA_DIR: tempDir("pedidos-e2e-data-"),
    PORT: "0",
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
  });
  server = spawn(process.execPath, [MAIN], { cwd: path.dirname(MAIN), env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (d) => (serverOutput += d));
  server.stderr.on("data", (d) => (serverOutput += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = /escuchando en (http:\/\/\S+)/.exec(serverOutput);
    if (match) return match[1];
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${serverOutput}`);
    if (Date.now() > deadline) throw new Error(`the server did not start in 60 s:\n${serverOutput}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let baseUrl = "";
let token = "";
async function gql(query, variables = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Browser helpers.
let page = null;
let shotIndex = 0;
async function shot(name) {
  shotIndex += 1;
  const file = path.join(SHOTS, `${String(shotIndex).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`screenshot ${path.relative(ROOT, file)}`);
}

const statusTag = () => page.getByTestId("order-status");
async function waitForStatus(label, timeout = STEP_TIMEOUT_MS) {
  await statusTag().filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).waitFor({ timeout });
}

/** Fails fast with the page's own error text when an action's feedback shows an error. */
async function noActionError(section) {
  const error = section.getByTestId("action-error").or(section.getByTestId("action-missing"));
  if (await error.count()) throw new Error(`the page shows an error: ${(await error.first().innerText()).trim()}`);
}

async function clickAndWait(section, button, done, what) {
  await button.click();
  try {
    await done();
  } catch (err) {
    await noActionError(section);
    throw new Error(`${what}: ${err.message}`);
  }
}

async function openOrderFromList(number) {
  await page.getByRole("link", { name: "Pedidos", exact: true }).first().click();
  await page.waitForURL(/\/pedidos$/);
  const search = page.getByRole("searchbox", { name: "Buscar pedidos" });
  await search.fill(number);
  const link = page.getByTestId("orders-table").getByRole("link", { name: number, exact: true });
  await link.click({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole("heading", { name: `Pedido ${number}` }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function invoiceAndPay(tag) {
  const invoice = page.getByTestId("invoice-section");
  await clickAndWait(
    invoice,
    invoice.getByRole("button", { name: "Crear factura" }),
    () => invoice.getByRole("button", { name: "Grabar factura" }).waitFor({ timeout: STEP_TIMEOUT_MS }),
    "Crear factura",
  );
  await clickAndWait(
    invoice,
    invoice.getByRole("button", { name: "Grabar factura" }),
    () => invoice.getByText("Grabada", { exact: true }).waitFor({ timeout: STEP_TIMEOUT_MS }),
    "Grabar factura",
  );
  const payment = invoice.getByTestId("payment-form");
  await payment.waitFor({ timeout: STEP_TIMEOUT_MS });
  // The form offers the unpaid amount; it must be the invoice's total.
  const amount = await payment.locator('input[name="amount"]').inputValue();
  if (!(Number(amount) > 0)) throw new Error(`the payment form offers ${JSON.stringify(amount)}`);
  await payment.locator('input[name="reference"]').fill(`E2E-${tag}`);
  await clickAndWait(
    invoice,
    payment.getByRole("button", { name: "Guardar pago" }),
    () => invoice.getByText("Pagada", { exact: true }).waitFor({ timeout: STEP_TIMEOUT_MS }),
    "Guardar pago",
  );
  await shot(`${tag}-3-invoice-paid`);
  // The invoice PDF, downloaded from the page's own link.
  const href = await invoice.getByRole("link", { name: "Ver PDF" }).getAttribute("href", { timeout: STEP_TIMEOUT_MS });
  const res = await fetch(new URL(href, baseUrl));
  const pdf = Buffer.from(await res.arrayBuffer());
  if (!res.ok || !pdf.subarray(0, 5).equals(Buffer.from("%PDF-"))) {
    throw new Error(`the invoice PDF link answered HTTP ${res.status} with ${pdf.length} bytes that are not a PDF`);
  }
  return pdf;
}

async function attachEvidence(kindLabel, file) {
  const evidence = page.getByTestId("evidence-section");
  await evidence.getByText(kindLabel, { exact: true }).click();
  await evidence.getByTestId("file-input").setInputFiles(file);
  await evidence.getByTestId("chosen-files").getByText(file.name).waitFor({ timeout: STEP_TIMEOUT_MS });
  await clickAndWait(
    evidence,
    evidence.getByRole("button", { name: "Subir evidencia" }),
    () =>
      evidence
        .getByTestId("evidence-list")
        .getByRole("listitem")
        .filter({ hasText: file.name })
        .filter({ hasText: kindLabel })
        .waitFor({ timeout: STEP_TIMEOUT_MS }),
    `Subir evidencia (${kindLabel})`,
  );
}

async function sendEvidenceUntilDelivered(tag) {
  const send = page.getByTestId("send-evidence-section");
  await send.waitFor({ timeout: STEP_TIMEOUT_MS });
  const button = send.getByRole("button", { name: "Enviar evidencia" });
  // The checklist must be complete before the button is enabled.
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-test="send-evidence"]');
      return el && !el.disabled && !el.classList.contains("n-button--disabled");
    },
    null,
    { timeout: STEP_TIMEOUT_MS },
  );
  await shot(`${tag}-4-evidence-ready`);
  await clickAndWait(send, button, () => waitForStatus("Entregado", DELIVERY_TIMEOUT_MS), "Enviar evidencia → Entregado");
  await send.getByTestId("submission-state").filter({ hasText: "Enviada" }).waitFor({ timeout: STEP_TIMEOUT_MS });
  // Every step of the flow is in the history, each with its Spanish label.
  const history = page.getByTestId("history-section");
  for (const label of ["Guía generada", "Factura creada", "Factura grabada", "Pago registrado", "Evidencia adjunta", "Evidencia enviada"]) {
    await history.getByText(label, { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  }
  await shot(`${tag}-5-delivered`);
}

// ---------------------------------------------------------------------------------------------
// The GraphQL playground, with every request that does not go to this machine blocked.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const isLocalUrl = (url) => {
  const { protocol, hostname } = new URL(url);
  return !["http:", "https:", "ws:", "wss:"].includes(protocol) || LOCAL_HOSTS.has(hostname);
};

/** Replaces the whole text of one of GraphiQL's CodeMirror editors, as a paste would. */
async function replaceEditorText(region, text) {
  await region.locator(".CodeMirror:visible").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

/** Opens /playground with other hosts blocked, runs a query and watches a subscription event. */
async function playgroundOffline(busyOrderIds) {
  const blocked = [];
  const sockets = [];
  const cspViolations = [];
  const onRoute = (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  };
  const onSocket = (ws) => sockets.push(ws.url());
  const onConsole = (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) cspViolations.push(msg.text());
  };
  await context.route("**/*", onRoute);
  page.on("websocket", onSocket);
  page.on("console", onConsole);
  try {
    const query = "{ orders(first: 1) { totalCount } }";
    const { orders } = await gql(query);
    // A browser opening the API's address lands on the playground; ?query= fills the editor.
    await page.goto(`${baseUrl}/graphql?query=${encodeURIComponent(query)}`);
    await page.waitForURL(/\/playground\?query=/);
    await page.getByTestId("playground-hint").filter({ hasText: "Authorization" }).waitFor();
    const headers = page.getByRole("region", { name: "Headers" });
    await headers.getByText('"Bearer "').waitFor();
    // Entering the token fetches the schema again, now with the header.
    const introspected = page.waitForRequest(
      (r) =>
        r.method() === "POST" &&
        new URL(r.url()).pathname === "/graphql" &&
        r.headers().authorization === `Bearer ${token}` &&
        (r.postData() ?? "").includes("__schema"),
    );
    await replaceEditorText(headers, JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
    await introspected;

    const run = page.getByRole("button", { name: /^Execute query/ });
    const result = page.getByRole("region", { name: "Result Window" });
    await run.click();
    await result.getByText(`"totalCount": ${orders.totalCount}`).waitFor();
    await shot("playground-query");

    // A subscription over graphql-ws with the same header, then a change made through the API.
    const { orders: pendingNow } = await gql(`{ orders(first: 10, filter: { statuses: [PENDING] }) { edges { node { id marketplaceOrderId } } } }`);
    const target = pendingNow.edges.map((e) => e.node).find((o) => !busyOrderIds.includes(o.id));
    if (!target) throw new Error("no pending order left to cancel from the playground");
    const subscribed = page
      .waitForEvent("websocket", (ws) => new URL(ws.url()).pathname === "/graphql")
      .then((ws) => ws.waitForEvent("framesent", { predicate: (f) => /"type":\s*"subscribe"/.test(String(f.payload)) }));
    await replaceEditorText(
      page.getByRole("region", { name: "Query Editor" }),
      "subscription {\n  orderStatusChanged {\n    order { marketplaceOrderId }\n    from\n    to\n  }\n}",
    );
    await run.click();
    await subscribed;
    await gql("mutation($id: ID!, $r: String!) { cancelOrder(orderId: $id, reason: $r) { id status } }", {
      id: target.id,
      r: "Prueba e2e: cancelado desde el explorador",
    });
    try {
      await result.getByText(`"marketplaceOrderId": "${target.marketplaceOrderId}"`).waitFor({ timeout: LIVE_UPDATE_TIMEOUT_MS });
    } catch {
      throw new Error(`the playground's result pane shows no orderStatusChanged event for ${target.marketplaceOrderId} ${LIVE_UPDATE_TIMEOUT_MS / 1000} s after cancelOrder`);
    }
    await result.getByText('"to": "CANCELLED"').waitFor();
    await shot("playground-subscription-event");

    if (blocked.length) throw new Error(`the playground asked for other hosts: ${blocked.join(", ")}`);
    const foreignSockets = sockets.filter((url) => !isLocalUrl(url));
    if (foreignSockets.length) throw new Error(`the playground opened WebSockets to other hosts: ${foreignSockets.join(", ")}`);
    if (cspViolations.length) throw new Error(`the page's Content-Security-Policy blocked something: ${cspViolations.join(" | ")}`);
  } catch (err) {
    if (blocked.length) err.message += ` (requests to other hosts were blocked: ${blocked.join(", ")})`;
    throw err;
  } finally {
    page.off("websocket", onSocket);
    page.off("console", onConsole);
    await context.unroute("**/*", onRoute);
  }
}

// ---------------------------------------------------------------------------------------------
async function scenario(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${err?.stack ?? err}`);
    if (page) await shot(`FAILED-${name.replace(/\W+/g, "-")}`).catch(() => {});
  }
}

async function main() {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });

  log("starting the server");
  baseUrl = await startProduct();
  log(`server at ${baseUrl}`);
  token = (await gql("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", { e: ADMIN_EMAIL, p: ADMIN_PASSWORD })).login.token;

  // Orders for the scenarios, chosen through the API: pending ones whose sales order exists and
  // whose lines have no issues (they can go straight to the guide), plus one more to cancel.
  const { orders } = await gql(`{
    orders(first: 100, filter: { statuses: [PENDING] }) {
      edges { node { id marketplaceOrderId salesOrder { id } lineIssues { code } } }
    }
  }`);
  const pending = orders.edges.map((e) => e.node);
  const ready = pending.filter((o) => o.salesOrder && o.lineIssues.length === 0);
  if (ready.length < 2) throw new Error(`need 2 pending orders with a sales order, found ${ready.length}`);
  const [automatic, manual] = ready;
  const toCancel = pending.find((o) => o !== automatic && o !== manual);
  if (!toCancel) throw new Error("no third pending order to cancel");
  log(`orders: automatic ${automatic.marketplaceOrderId}, manual ${manual.marketplaceOrderId}, cancel ${toCancel.marketplaceOrderId}`);

  context = await chromium.launchPersistentContext(tempDir("pedidos-e2e-chromium-"), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    locale: "es-MX",
    timezoneId: "America/Mexico_City",
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  selectors.setTestIdAttribute("data-test");
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => log(`page error: ${err.message}`));

  let signedIn = false;
  await scenario("sign in", async () => {
    await page.goto(`${baseUrl}/iniciar-sesion`);
    // The form labels are not tied to their inputs (NFormItem without a path): use the field names.
    await page.getByRole("heading", { name: "Iniciar sesión" }).or(page.getByText("Iniciar sesión", { exact: true })).first().waitFor();
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL);
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
    await shot("sign-in");
    await page.getByRole("button", { name: "Entrar" }).click();
    await page.waitForURL(/\/pedidos$/);
    await page.getByRole("heading", { name: "Pedidos" }).waitFor();
    signedIn = true;
  });
  if (!signedIn) return;

  await scenario("sync from Pedidos", async () => {
    await page.getByTestId("orders-table").getByRole("link").first().waitFor();
    await page.getByRole("button", { name: "Sincronizar" }).click();
    const state = page.getByTestId("sync-state");
    try {
      await state.filter({ hasText: /Terminada|Falló/ }).waitFor({ timeout: 20_000 });
    } catch (err) {
      // Tell a stuck progress display apart from a stuck sync.
      const { syncRuns } = await gql("{ syncRuns(first: 1) { state ordersSeen } }").catch(() => ({ syncRuns: null }));
      const shown = (await page.getByTestId("sync-progress").innerText().catch(() => "?")).replace(/\s+/g, " ");
      throw new Error(`the page's sync progress did not finish in 20 s (shows "${shown}"); the latest run on the server: ${JSON.stringify(syncRuns)}`);
    }
    const text = (await state.innerText()).trim();
    if (text !== "Terminada") throw new Error(`the sync ended ${text}: ${await page.getByTestId("sync-progress").innerText()}`);
    await page.getByRole("button", { name: "Sincronizar" }).and(page.locator(":enabled")).waitFor();
    await shot("orders-list-synced");
  });

  await scenario("automatic guide to Entregado", async () => {
    const number = automatic.marketplaceOrderId;
    await openOrderFromList(number);
    await waitForStatus("Pendiente");
    await shot("automatic-1-opened");
    const shipping = page.getByTestId("shipping-section");
    await shipping.getByText("Automática (Claro Shop)").click();
    await clickAndWait(shipping, shipping.getByRole("button", { name: "Generar guía" }), () => waitForStatus("Embarcado"), "Generar guía");
    await shipping.getByTestId("tracking-number").waitFor();
    await shot("automatic-2-shipped");
    const pdf = await invoiceAndPay("automatic");
    await attachEvidence("Factura", { name: `factura-${number}.pdf`, mimeType: "application/pdf", buffer: pdf });
    await sendEvidenceUntilDelivered("automatic");
  });

  await scenario("manual guide with delivery photo to Entregado", async () => {
    const number = manual.marketplaceOrderId;
    await openOrderFromList(number);
    await waitForStatus("Pendiente");
    await shot("manual-1-opened");
    const shipping = page.getByTestId("shipping-section");
    await shipping.getByText("Manual (paquetería propia)").click();
    await shipping.locator('input[name="carrier"]').fill("Estafeta");
    await shipping.locator('input[name="trackingNumber"]').fill(`E2E-${number}`);
    await clickAndWait(shipping, shipping.getByRole("button", { name: "Guardar envío" }), () => waitForStatus("Embarcado"), "Guardar envío");
    await shipping.getByTestId("tracking-number").filter({ hasText: `E2E-${number}` }).waitFor();
    await shot("manual-2-shipped");
    const pdf = await invoiceAndPay("manual");
    await attachEvidence("Factura", { name: `factura-${number}.pdf`, mimeType: "application/pdf", buffer: pdf });
    await attachEvidence("Foto de entrega", { name: `entrega-${number}.png`, mimeType: "image/png", buffer: tinyPng() });
    await sendEvidenceUntilDelivered("manual");
  });

  await scenario("list follows a cancellation made through the API", async () => {
    const number = toCancel.marketplaceOrderId;
    await page.getByRole("link", { name: "Pedidos", exact: true }).first().click();
    await page.waitForURL(/\/pedidos$/);
    await page.getByRole("tab", { name: /Todos/ }).or(page.getByText(/^Todos/)).first().click();
    await page.getByRole("searchbox", { name: "Buscar pedidos" }).fill(number);
    const row = page.getByTestId("orders-table").locator("tr").filter({ has: page.getByRole("link", { name: number, exact: true }) });
    await row.getByText("Pendiente", { exact: true }).waitFor();
    const before = await page.evaluate(() => performance.timeOrigin);
    await gql("mutation($id: ID!, $r: String!) { cancelOrder(orderId: $id, reason: $r) { id status } }", {
      id: toCancel.id,
      r: "Prueba e2e: cancelado por la API",
    });
    const t0 = Date.now();
    try {
      await row.getByText("Cancelado", { exact: true }).waitFor({ timeout: LIVE_UPDATE_TIMEOUT_MS });
    } catch {
      await shot("list-cancel-not-live");
      throw new Error(`the row of ${number} still does not show Cancelado ${LIVE_UPDATE_TIMEOUT_MS / 1000} s after cancelOrder (no live update of the list)`);
    }
    if ((await page.evaluate(() => performance.timeOrigin)) !== before) throw new Error("the page was reloaded");
    log(`the row showed Cancelado ${Date.now() - t0} ms after cancelOrder`);
    await shot("list-cancelled-live");
  });

  await scenario("other screens", async () => {
    await page.getByRole("link", { name: "Diagrama", exact: true }).first().click();
    await page.waitForURL(/\/diagrama$/);
    await page.getByRole("heading", { name: "Diagrama de seguimiento" }).waitFor();
    await page.getByText(/\d+ pedidos?|Sin pedidos/).first().waitFor();
    await shot("diagram");
    await page.getByRole("link", { name: "Sincronizaciones", exact: true }).first().click();
    await page.waitForURL(/\/sincronizaciones$/);
    await page.getByRole("heading", { name: "Sincronizaciones", exact: true }).waitFor();
    await page.getByText("Terminada", { exact: true }).first().waitFor();
    await shot("syncs");
    await page.getByRole("link", { name: "Productos", exact: true }).first().click();
    await page.waitForURL(/\/productos$/);
    await page.getByRole("heading", { name: "Productos" }).first().waitFor();
    await page.getByRole("cell").first().waitFor();
    await shot("products");
  });

  await scenario("playground offline", () => playgroundOffline([automatic.id, manual.id, toCancel.id]));
}

try {
  await main();
} catch (err) {
  results.push({ name: "setup", ok: false });
  log(`FAIL setup: ${err?.stack ?? err}`);
} finally {
  clearTimeout(globalTimer);
  if (results.some((r) => !r.ok) && serverOutput) {
    console.error(`--- server output (last 3000 chars) ---\n${serverOutput.slice(-3000)}`);
  }
  await cleanup();
  log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  finish();
}
