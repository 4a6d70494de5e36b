/** P6: the web app's initial JavaScript, gzip, as the client build's own check computes it. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { check, log, type BenchOptions, type FigureResult } from "../figure";
import { CLIENT_DIST, ROOT, type BenchEnv } from "../support/env";

const SCRIPT = path.join(ROOT, "packages", "client", "scripts", "bundle-size.mjs");

export async function p6(_env: BenchEnv, _options: BenchOptions): Promise<FigureResult> {
  if (!fs.existsSync(path.join(CLIENT_DIST, "index.html"))) {
    throw new Error("packages/client/dist is missing: build the web app first (pnpm -r run build)");
  }
  // The build's own script (entry script + modulepreload links, gzip level 9); it exits 1 over budget.
  const run = spawnSync(process.execPath, [SCRIPT], { encoding: "utf8" });
  const total = /initial JS: ([\d.]+) KB gzip/.exec(run.stdout);
  if (!total) throw new Error(`bundle-size.mjs printed no total: ${run.stdout}${run.stderr}`);
  const files = [...run.stdout.matchAll(/^\s+(\S+): ([\d.]+) KB gzip \(([\d.]+) KB raw\)$/gm)].map((m) => ({
    file: m[1],
    gzipKB: Number(m[2]),
    rawKB: Number(m[3]),
  }));
  const kb = Number(total[1]);
  log(`P6 ${kb} KB`);
  const notes = ["Measured by packages/client/scripts/bundle-size.mjs on packages/client/dist: the entry module and its modulepreload links, gzip level 9, 1 KB = 1024 bytes."];
  if (kb > 150) {
    const biggest = [...files].sort((a, b) => b.gzipKB - a.gzipKB)[0];
    notes.push(`Diagnosis: the largest initial file is ${biggest?.file} (${biggest?.gzipKB} KB gzip); move what the first screen does not need behind dynamic imports.`);
  }
  return {
    id: "P6",
    figure: "web app initial JavaScript, gzip",
    target: "≤ 150 KB",
    checks: [check("initial JS gzip", kb, 150, "KB")],
    arms: {},
    details: { files },
    notes,
  };
}
