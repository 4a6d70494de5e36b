#!/usr/bin/env node
// What a newcomer's `pnpm start` does, checked end to end on a fresh data folder: the built
// server starts, serves the web app and /graphql, prints the first sign-in, and a login
// followed by an orders query returns the demo orders. Run after `pnpm -r run build`.
import { startProduct } from "./lib/product.mjs";

const product = await startProduct("start smoke", { startMs: 45_000 });
const { url, gql, fail } = product;
const timer = setTimeout(() => void fail("took longer than 60 s"), 60_000);
try {
  const page = await fetch(`${url}/pedidos`);
  const html = await page.text();
  if (!page.ok || !html.includes('<div id="app"')) await fail(`the web app is not served at ${url}/pedidos (HTTP ${page.status})`);

  const token = await product.loginAdmin();
  const orders = await gql("{ orders(first: 5) { totalCount edges { node { marketplaceOrderId status customerName } } } }", {}, token);
  const total = orders.data?.orders?.totalCount ?? 0;
  if (total === 0) await fail(`no demo orders: ${JSON.stringify(orders)}`);
  console.log(`start smoke: ${url} served the app; login + orders returned ${total} demo orders`);
  console.log("start smoke: 1 passed, 0 failed");
} finally {
  clearTimeout(timer);
  await product.stop();
}
