import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sleep } from "./stats.js";

/** The repository root, whatever the bench's working directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A token the product's configuration accepts (digits, a colon, 20+ characters). */
export const BENCH_TOKEN = "123456:benchbenchbenchbenchbench0";

/** Every child and temp folder the bench made, so a failure or Ctrl-C still cleans up what it started. */
const children = new Set<Child>();
const tempDirs = new Set<string>();

export async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kz-bench-${label}-`));
  tempDirs.add(dir);
  return dir;
}

export async function removeTemp(dir: string): Promise<void> {
  tempDirs.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

/** Stops every child still running (by its own pid) and removes every temp folder. */
export async function cleanUpAll(): Promise<void> {
  await Promise.all([...children].map((c) => c.stop()));
  await Promise.all([...tempDirs].map(removeTemp));
}

export type Child = {
  proc: ChildProcess;
  pid: number;
  /** performance-independent wall clock (Date.now()) when spawn was called. */
  spawnedAt: number;
  stdout: () => string;
  /** stderr, one JSON log line each for the product. */
  stderrLines: () => string[];
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; to the process group when `group` (npm → sh → node). */
  stop(graceMs?: number): Promise<void>;
};

/**
 * The environment a child gets: the bench's own, without anything that would switch on a channel or move the
 * database, plus `extra`.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TELEGRAM_|SLACK_|DATABASE_PATH|DOCUMENTS_PATH|HEALTH_|RATE_LIMIT|RETENTION_|LOG_SALT|DEFAULT_LANGUAGE|NODE_OPTIONS)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export function startChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv, options: { group?: boolean; stdin?: "pipe" | "ignore"; onStdout?: (chunk: string) => void } = {}): Child {
  const spawnedAt = Date.now();
  const proc = spawn(command, [...args], { cwd: ROOT, env, stdio: [options.stdin ?? "ignore", "pipe", "pipe"], detached: options.group === true });
  let out = "";
  let err = "";
  proc.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    if (out.length < 1_000_000) out += chunk;
    options.onStdout?.(chunk);
  });
  proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    if (err.length < 4_000_000) err += chunk;
  });
  const exited = new Promise<number | null>((resolveExit) => {
    proc.once("exit", (code) => resolveExit(code));
    proc.once("error", () => resolveExit(null));
  });
  const child: Child = {
    proc,
    pid: proc.pid ?? -1,
    spawnedAt,
    stdout: () => out,
    stderrLines: () => err.split("\n").filter((l) => l.trim() !== ""),
    exited,
    async stop(graceMs = 5_000) {
      if (proc.exitCode === null && proc.signalCode === null && proc.pid !== undefined) {
        signal(proc.pid, "SIGTERM", options.group === true);
        const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
        if (!done) {
          signal(proc.pid, "SIGKILL", options.group === true);
          await Promise.race([exited, sleep(2_000)]);
        }
      }
      children.delete(child);
    },
  };
  void exited.then(() => children.delete(child));
  children.add(child);
  return child;
}

function signal(pid: number, sig: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch {
    // Already gone.
  }
}

/**
 * The product as operators run it (what `npm start` and the README's systemd unit run: the bundled sources, no tsx),
 * with `env` on top of a clean environment.
 */
export const startProduct = (env: Record<string, string>): Child => startChild(process.execPath, ["bot/start.mjs"], childEnv(env));

/** CPU time (user + system) of a process so far, in ms, from /proc/<pid>/stat; NaN when unreadable. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
/** USER_HZ is 100 on every Linux this runs on; /proc reports CPU in these ticks. */
const CLOCK_TICKS = 100;

/** Resident set size in KiB (VmRSS) and its high-water mark (VmHWM), from /proc/<pid>/status. */
export function rssKiB(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rss: field("VmRSS"), hwm: field("VmHWM") };
  } catch {
    return { rss: Number.NaN, hwm: Number.NaN };
  }
}

/** Samples a process's RSS every `everyMs` until stopped; gives the peak seen. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = rssKiB(pid).rss;
  const timer = setInterval(() => {
    const { rss } = rssKiB(pid);
    if (rss > peak || !Number.isFinite(peak)) peak = rss;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const { rss } = rssKiB(pid);
      return Math.max(peak, Number.isFinite(rss) ? rss : 0);
    },
  };
}
