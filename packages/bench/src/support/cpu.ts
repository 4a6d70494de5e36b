/**
 * CPU time spent by the processes of a figure (this one, the sandbox, the database), read from
 * /proc on Linux: on a machine of few cores a ratio of times follows the ratio of the CPU each arm
 * costs in all, so the split says where an arm's extra time comes from. And the time a thread
 * spent ready to run but waiting for a core, which says when an arm's time went to sharing them.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Database } from "@pedidos/server/dist/db/data-source.js";

/** Clock ticks per second of /proc's counters. */
function clockTicks(): number {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** User + system CPU of a process in ms, or null when /proc does not show it. */
function processCpuMs(pid: number, ticksPerSecond: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** The database server's process id when it runs on this machine (MySQL's pid file is readable), else null. */
export async function localDatabasePid(db: Database): Promise<number | null> {
  if (db.engine !== "mysql") return null;
  try {
    const [row] = (await db.dataSource.query("SELECT @@pid_file AS pidFile")) as { pidFile: string | null }[];
    if (!row?.pidFile) return null;
    const pid = Number(fs.readFileSync(row.pidFile, "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0) return null;
    // A pid file of that name on this machine could be another server's: the process must be one.
    const command = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    return command === "mariadbd" || command === "mysqld" ? pid : null;
  } catch {
    return null;
  }
}

/** CPU ms per process: this one always, the others null where /proc cannot tell. */
export type CpuSplit<K extends string> = { thisProcess: number } & Record<K, number | null>;

export interface CpuMeter<K extends string> {
  /** Starts counting; the returned function gives the CPU ms each process spent since. */
  start(): () => CpuSplit<K>;
}

/**
 * This process is counted through process.cpuUsage (it holds the server and the bench's own
 * clients); the others by pid, null where /proc cannot tell.
 */
export function cpuMeter<K extends string>(others: Record<K, number | null>): CpuMeter<K> {
  const ticks = clockTicks();
  return {
    start() {
      const ownStart = process.cpuUsage();
      const stop = counting(others, (pid) => processCpuMs(pid, ticks));
      return () => {
        const own = process.cpuUsage(ownStart);
        return { ...stop(), thisProcess: (own.user + own.system) / 1000 };
      };
    },
  };
}

/**
 * Reads a counter of each named process or thread now; the returned function gives how much each
 * grew since, null where /proc could not tell either time.
 */
function counting<K extends string>(ids: Record<K, number | null>, read: (id: number) => number | null): () => Record<K, number | null> {
  const readAll = () => new Map(Object.entries<number | null>(ids).map(([name, id]) => [name, id === null ? null : read(id)]));
  const before = readAll();
  return () => {
    const grown: Record<string, number | null> = {};
    for (const [name, after] of readAll()) {
      const start = before.get(name) ?? null;
      grown[name] = start === null || after === null ? null : after - start;
    }
    return grown as Record<K, number | null>;
  };
}

/** ms a thread has spent runnable but not running (/proc schedstat's run delay), or null when /proc does not show it. */
function coreWaitMs(tid: number): number | null {
  try {
    const waitNs = Number(fs.readFileSync(`/proc/${tid}/schedstat`, "utf8").trim().split(" ")[1]);
    return Number.isFinite(waitNs) ? waitNs / 1e6 : null;
  } catch {
    return null;
  }
}

export interface CoreWaitMeter<K extends string> {
  /** Starts counting; the returned function gives the ms each thread waited for a core since. */
  start(): () => Record<K, number | null>;
}

/**
 * Time threads (by id; a process's id names its main thread) waited for a core while ready to
 * run: on a machine of few cores, the part of a single-threaded process's time lost to others.
 */
export function coreWaitMeter<K extends string>(threads: Record<K, number | null>): CoreWaitMeter<K> {
  return { start: () => counting(threads, coreWaitMs) };
}
