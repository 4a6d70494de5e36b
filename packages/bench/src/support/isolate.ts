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
 * Isolation of the thread `pid` (a process's id names its main thread). Tried once here: where the
 * machine has one core, is not Linux, or refuses real-time priority (an unprivileged user without
 * an RTPRIO limit), the state says why and apply() does nothing.
 */
export function coreIsolation(pid: number | null): CoreIsolation {
  const cores = os.availableParallelism();
  const core = cores - 1;
  const all = `0-${core}`;
  const unavailable = (reason: string): CoreIsolation => ({
    state: { isolated: false, reason, describe: `the sandbox shares the cores (${reason})` },
    apply: () => undefined,
    release: () => undefined,
  });
  if (pid === null) return unavailable("its process id is unknown");
  if (process.platform !== "linux") return unavailable("core isolation needs Linux");
  if (cores < 2) return unavailable("this machine has one core");
  const isolate = () => run("taskset", ["-p", "-c", String(core), String(pid)]) ?? run("chrt", ["-f", "-p", String(PRIORITY), String(pid)]);
  const release = () => {
    run("chrt", ["-o", "-p", "0", String(pid)]);
    run("taskset", ["-p", "-c", all, String(pid)]);
  };
  const refused = isolate();
  release();
  if (refused !== null) return unavailable(`isolating it was refused: ${refused}`);
  let applied = false;
  return {
    get state(): Isolation {
      return applied
        ? { isolated: true, core, priority: PRIORITY, describe: `the sandbox's thread pinned to core ${core} at real-time priority (SCHED_FIFO ${PRIORITY})` }
        : { isolated: false, reason: "released", describe: "the sandbox shares the cores" };
    },
    apply() {
      const refusedNow = isolate();
      if (refusedNow !== null) throw new Error(`isolating the sandbox failed: ${refusedNow}`);
      applied = true;
    },
    release() {
      release();
      applied = false;
    },
  };
}
