/**
 * A core of its own for the marketplace stand-in. The real marketplace answers from machines of
 * its own: however busy the server and its database are, its answers do not slow down. On this
 * machine's few cores the sandbox shares them with the server, so without care a figure that
 * times the server against the sandbox's round trips also counts the sandbox's answers delayed
 * by the server's own work (the sandbox preempted, waiting for a core). Isolation gives the
 * sandbox's thread the last core at real-time priority (SCHED_FIFO, util-linux's `taskset` and
 * `chrt`): it runs the moment it is ready, never preempted by the server; the server, its
 * threads and the database keep the other cores and whatever the sandbox leaves of its own.
 * The sandbox's helper threads (its garbage collector's and libuv's) stay as they were.
 *
 * Applied to both arms of a figure alike, and taken back to compare with shared cores.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";

/** SCHED_FIFO priority for the sandbox's thread: above every normal thread, below the kernel's own. */
const PRIORITY = 10;

export type Isolation =
  | { isolated: true; core: number; priority: number; describe: string }
  | { isolated: false; reason: string; describe: string };

export interface CoreIsolation {
  /** What the arms run under now. */
  readonly state: Isolation;
  /** Gives the thread its core and priority (a no-op where isolation is not possible). */
  apply(): void;
  /** Gives the thread back every core at normal priority. */
  release(): void;
}

function run(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    return null;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    return stderr || (err instanceof Error ? err.message : String(err));
  }
}

/**
 * Isolation of the thread `pid` (a process's id names its main thread). Where the machine has one
 * core, is not Linux, or refuses real-time priority (an unprivileged user without an RTPRIO
 * limit), the first apply() leaves the thread as it was and the state says why.
 */
export function coreIsolation(pid: number | null): CoreIsolation {
  const cores = os.availableParallelism();
  const core = cores - 1;
  let refusal: string | null =
    pid === null ? "its process id is unknown" : process.platform !== "linux" ? "core isolation needs Linux" : cores < 2 ? "this machine has one core" : null;
  let applied = false;
  let everApplied = false;
  const release = () => {
    if (!applied) return;
    applied = false;
    run("chrt", ["-o", "-p", "0", String(pid)]);
    run("taskset", ["-p", "-c", `0-${core}`, String(pid)]);
  };
  return {
    get state(): Isolation {
      if (applied) return { isolated: true, core, priority: PRIORITY, describe: `the sandbox's thread pinned to core ${core} at real-time priority (SCHED_FIFO ${PRIORITY})` };
      const reason = refusal ?? "released";
      return { isolated: false, reason, describe: refusal ? `the sandbox shares the cores (${refusal})` : "the sandbox shares the cores" };
    },
    apply() {
      if (refusal !== null || applied) return;
      const refused = run("taskset", ["-p", "-c", String(core), String(pid)]) ?? run("chrt", ["-f", "-p", String(PRIORITY), String(pid)]);
      applied = true;
      if (refused === null) {
        everApplied = true;
        return;
      }
      release();
      // Refused after it was granted: the rounds would mix both arrangements.
      if (everApplied) throw new Error(`isolating the sandbox failed: ${refused}`);
      refusal = `isolating it was refused: ${refused}`;
    },
    release,
  };
}
