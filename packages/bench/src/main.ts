/**
 * `pnpm bench`: measures the performance figures P1–P7 of QUALITY.md in one run, both arms of each
 * ratio side by side, writes results/<date>.json and SVG plots, and prints a summary table.
 * Exit code 0 whatever the figures show; non-zero only when the bench itself broke.
 *
 *   node packages/bench/dist/main.js [--quick] [--only P2,P3] [--engine mysql|sqlite]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, type BenchOptions, type FigureResult } from "./figure";
import { p1 } from "./figures/p1";
import { p2 } from "./figures/p2";
import { p3 } from "./figures/p3";
import { p4 } from "./figures/p4";
import { p5 } from "./figures/p5";
import { p6 } from "./figures/p6";
import { p7 } from "./figures/p7";
import { distributionSvg } from "./plot";
import { detectEnv, type BenchEnv } from "./support/env";

type FigureFn = (env: BenchEnv, options: BenchOptions) => Promise<FigureResult>;

const FIGURES: [string, string, FigureFn][] = [
  ["P1", "SQL statements per orders page", p1],
  ["P2", "orders page latency, GraphQL ÷ hand-written SQL", p2],
  ["P3", "sync ÷ bare client, same requests", p3],
  ["P4", "sync writes ÷ one multi-row upsert", p4],
  ["P5", "subscription delivery ÷ raw ws broadcast", p5],
  ["P6", "initial JavaScript, gzip", p6],
  ["P7", "orders list, 10,000 (quick 2,000) ÷ 50 rows", p7],
];

const RESULTS_DIR = path.resolve(__dirname, "..", "results");

interface Args {
  quick: boolean;
  only: Set<string> | null;
  engine?: "mysql" | "sqlite";
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => {
      const inline = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!inline) throw new Error(`${name} needs a value`);
      return inline;
    };
    if (arg === "--quick") args.quick = true;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const ids = value("--only")
        .split(",")
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      const unknown = ids.filter((id) => !FIGURES.some(([known]) => known === id));
      if (unknown.length) throw new Error(`unknown figure ${unknown.join(", ")} (known: ${FIGURES.map(([id]) => id).join(", ")})`);
      args.only = new Set(ids);
    } else if (arg === "--engine" || arg.startsWith("--engine=")) {
      const engine = value("--engine");
      if (engine !== "mysql" && engine !== "sqlite") throw new Error("--engine is mysql or sqlite");
      args.engine = engine;
    } else if (arg === "--help" || arg === "-h") {
      console.log("usage: pnpm bench [--quick] [--only P1,P2,...] [--engine mysql|sqlite]");
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return args;
}

/** JSON with object keys sorted at every level, so runs diff cleanly. */
function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    if (typeof v === "number" && !Number.isFinite(v)) return null;
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** The commit measured ("+changes" when the work tree differs from it), or null outside a git checkout. */
function measuredCommit(): string | null {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: __dirname, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return `${git("rev-parse", "HEAD")}${git("status", "--porcelain", "--untracked-files=no", "--", ":!packages/bench/results") ? "+changes" : ""}`;
  } catch {
    return null;
  }
}

function localDate(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fmt(value: number | null, unit: string): string {
  if (value === null) return "—";
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return unit === "×" ? `${text}×` : `${text} ${unit}`;
}

function printTable(results: FigureResult[]): void {
  const rows: string[][] = [["id", "figure", "measured", "target", "result"]];
  const titles = new Map(FIGURES.map(([id, title]) => [id, title]));
  for (const r of results) {
    const title = titles.get(r.id) ?? r.figure;
    if (r.error) {
      rows.push([r.id, title, "—", r.target, `ERROR: ${r.error.split("\n")[0].slice(0, 80)}`]);
      continue;
    }
    r.checks.forEach((c, i) => {
      const limit = c.comparison === "eq" ? `= ${fmt(c.limit, c.unit)}` : `≤ ${fmt(c.limit, c.unit)}`;
      rows.push([
        i === 0 ? r.id : "",
        r.checks.length > 1 ? `${i === 0 ? title : ""} [${c.name}]`.trim() : title,
        fmt(c.value, c.unit),
        limit,
        c.pass ? "PASS" : `FAIL (${c.miss})`,
      ]);
    });
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col])).join(" | ");
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  // Quiet like the test runs: no migration chatter in the summary.
  process.env.NODE_ENV ??= "test";
  const env = await detectEnv(args.engine);
  const options: BenchOptions = { quick: args.quick };
  log(`engine ${env.engine}${env.redis ? ", Redis events" : ", in-process events"}${args.quick ? ", quick" : ""}`);
  const started = new Date();
  const results: FigureResult[] = [];
  let broke = false;
  for (const [id, title, fn] of FIGURES) {
    if (args.only && !args.only.has(id)) continue;
    log(`${id}: ${title}`);
    const t0 = performance.now();
    try {
      const result = await fn(env, options);
      result.details.seconds = Math.round((performance.now() - t0) / 100) / 10;
      results.push(result);
    } catch (err) {
      broke = true;
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      log(`${id} broke: ${message}`);
      results.push({
        id,
        figure: title,
        target: "",
        checks: [],
        arms: {},
        details: { seconds: Math.round((performance.now() - t0) / 100) / 10 },
        notes: [],
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  // Quick runs are for development: kept apart (and out of version control) from real results.
  const dir = args.quick ? path.join(RESULTS_DIR, "tmp") : RESULTS_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const date = localDate();
  const file = path.join(dir, `${date}.json`);
  // A partial run (--only) updates its figures in the day's file and keeps the others.
  let previous: FigureResult[] = [];
  if (args.only && fs.existsSync(file)) {
    try {
      previous = (JSON.parse(fs.readFileSync(file, "utf8")) as { figures: FigureResult[] }).figures ?? [];
    } catch {
      previous = [];
    }
  }
  const measured = new Set(results.map((r) => r.id));
  const figures = [...previous.filter((r) => !measured.has(r.id)), ...results.map(({ distributions: _d, ...rest }) => rest)].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const report = {
    date,
    quick: args.quick,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", node: process.version, platform: `${os.platform()} ${os.arch()}` },
    environment: { engine: env.engine, events: env.redis ? "redis" : "in-process" },
    startedAt: started.toISOString(),
    commit: measuredCommit(),
    figures,
  };
  fs.writeFileSync(file, stableJson(report));
  const written = [path.relative(process.cwd(), file)];
  for (const result of results) {
    if (!result.distributions?.length) continue;
    try {
      const svg = await distributionSvg(`${result.id}: ${result.figure}`, result.distributions);
      const svgFile = path.join(dir, `${date}-${result.id}.svg`);
      fs.writeFileSync(svgFile, svg);
      written.push(path.relative(process.cwd(), svgFile));
    } catch (err) {
      broke = true;
      log(`plot of ${result.id} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  console.log("");
  printTable(results);
  for (const r of results) {
    const failed = r.checks.some((c) => !c.pass);
    if (failed) for (const note of r.notes.filter((n) => n.startsWith("Diagnosis"))) console.log(`\n${r.id} ${note}`);
  }
  console.log(`\nwritten: ${written.join(", ")}`);
  return broke ? 1 : 0;
}

// A promise nobody settles would otherwise end the process silently with code 0.
let finished = false;
process.on("beforeExit", () => {
  if (!finished) {
    console.error("bench: stopped before finishing (a step never completed)");
    process.exit(2);
  }
});

main().then(
  (code) => {
    finished = true;
    process.exit(code);
  },
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
