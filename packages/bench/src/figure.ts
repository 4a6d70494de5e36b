/** The shape every figure returns, and the statistics they share. */

export interface Stats {
  n: number;
  min: number;
  p25: number;
  p50: number;
  p75: number;
  p99: number;
  max: number;
  mean: number;
}

/** One criterion of a figure (P2 has two: p50 and p99; P5 has the ratio and the execution count). */
export interface Check {
  name: string;
  value: number | null;
  unit: string;
  /** The value must be at most (or, for "eq", exactly) this. */
  limit: number;
  comparison: "le" | "eq";
  pass: boolean;
  /** How far from the limit when it fails, e.g. "+0.42 (28% over)". Null when it passes. */
  miss: string | null;
}

/** Samples kept for the plots; not written to the JSON (only their statistics are). */
export interface Distribution {
  label: string;
  unit: string;
  samples: number[];
}

export interface FigureResult {
  id: string;
  figure: string;
  /** Target as written in QUALITY.md. */
  target: string;
  checks: Check[];
  /** Statistics of each arm (ms unless `unit` says otherwise). */
  arms: Record<string, Stats & { unit: string }>;
  /** Figure-specific facts: sizes, counts, engine, rounds. */
  details: Record<string, unknown>;
  /** Diagnosis when a check fails, and caveats of the measurement. */
  notes: string[];
  distributions?: Distribution[];
  /** Set when the figure could not be measured (the bench broke, or a prerequisite is missing). */
  error?: string;
}

export interface BenchOptions {
  quick: boolean;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Nearest-rank percentile on a sorted copy. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function stats(values: number[], unit = "ms"): Stats & { unit: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    min: round(sorted[0] ?? NaN),
    p25: round(percentile(sorted, 25)),
    p50: round(median(sorted)),
    p75: round(percentile(sorted, 75)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(mean),
    unit,
  };
}

export function check(name: string, value: number | null, limit: number, unit: string, comparison: "le" | "eq" = "le"): Check {
  const pass = value !== null && Number.isFinite(value) && (comparison === "eq" ? value === limit : value <= limit);
  let miss: string | null = null;
  if (!pass) {
    if (value === null || !Number.isFinite(value)) miss = "not measured";
    else {
      const over = value - limit;
      const pct = limit !== 0 ? ` (${Math.round((over / limit) * 100)}% ${over >= 0 ? "over" : "under"})` : "";
      miss = `${over >= 0 ? "+" : ""}${round(over, 3)} ${unit}${pct}`;
    }
  }
  return { name, value: value === null ? null : round(value, 3), unit, limit, comparison, pass, miss };
}

/** Milliseconds since an arbitrary origin, sub-millisecond; comparable across worker threads. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Runs the two arms in alternating short rounds (A,B then B,A, ...), so drift of a noisy machine
 * hits both alike. Each call of an arm is one round and returns that round's samples.
 */
export async function alternate(
  rounds: number,
  a: () => Promise<number[]>,
  b: () => Promise<number[]>,
  onRound?: (i: number) => void,
): Promise<{ a: number[][]; b: number[][] }> {
  const out = { a: [] as number[][], b: [] as number[][] };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
    onRound?.(i);
  }
  return out;
}

/** Median over rounds of the per-round ratio of medians. */
export function medianRoundRatio(a: number[][], b: number[][]): number {
  return median(a.map((round, i) => median(round) / median(b[i])));
}

export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
