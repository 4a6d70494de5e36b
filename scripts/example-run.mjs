#!/usr/bin/env node
// The integrators' example, run as they would run it: the built product starts with the bundled
// sandbox marketplace on a fresh data folder, the first admin signs in and creates an INTEGRATOR
// API key, and `node examples/pending-to-delivered.mjs` must take a pending order to DELIVERED
// with that key. Run after `pnpm -r run build`. Neither the password nor the key is printed.
import { spawn } from "node:child_process";
import { startProduct } from "./lib/product.mjs";

const product = await startProduct("example");
const { url, gql, fail, redact, secrets } = product;
const timer = setTimeout(() => void fail("took longer than 240 s"), 240_000);
try {
  const token = await product.loginAdmin();
  const created = await gql(
    "mutation($name: String!) { createApiKey(name: $name, role: INTEGRATOR) { key apiKey { name role } } }",
    { name: "Ejemplo pendiente a entregado" },
    token,
  );
  const key = created.data?.createApiKey?.key;
  if (!key || created.data.createApiKey.apiKey.role !== "INTEGRATOR") await fail(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  secrets.push(key);
  console.log(`example: ${url} is up; an INTEGRATOR API key was created; running examples/pending-to-delivered.mjs`);

  const example = spawn(process.execPath, ["examples/pending-to-delivered.mjs"], {
    cwd: product.root,
    env: { ...product.env, PEDIDOS_URL: url, PEDIDOS_API_KEY: key, PEDIDOS_TIMEOUT_SECONDS: "90" },
  });
  product.onStop(() => {
    if (example.exitCode === null && example.signalCode === null) example.kill("SIGKILL");
  });
  let exampleOutput = "";
  example.stdout.on("data", (d) => {
    exampleOutput += d;
    process.stdout.write(redact(d));
  });
  example.stderr.on("data", (d) => {
    exampleOutput += d;
    process.stderr.write(redact(d));
  });
  const code = await new Promise((resolve) => example.once("exit", (c, signal) => resolve(c ?? signal)));
  const final = /Final status: (\S+)/.exec(exampleOutput)?.[1];
  if (code !== 0) await fail(`the example exited with ${code}`);
  if (final !== "DELIVERED") await fail(`the example ended with status ${final ?? "(none printed)"}, not DELIVERED`);
  if (exampleOutput.includes(key)) await fail("the example printed the API key");
  console.log("example: the order reached DELIVERED through the public API");
  console.log("example: 1 passed, 0 failed");
} finally {
  clearTimeout(timer);
  await product.stop();
}
