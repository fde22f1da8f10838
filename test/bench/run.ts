import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { cleanUpAll, removeTemp, ROOT, tempDir } from "./child.js";
import { engine } from "./engine.js";
import { openPlain } from "./plain-sqlite.js";
import { sampleConversations, type Sample } from "./seed.js";
import { startup } from "./startup.js";
import { renderTable, type Row } from "./stats.js";
import { filings, queue } from "./storage.js";
import { seeded, telegram } from "./telegram.js";
import { slack } from "./slack.js";

/**
 * `npm run bench`: issue 13's figures, each as a ratio to a baseline measured in the same run (A/B pairs
 * alternated where cheap, medians quoted), printed as one table and written with the machine and the date to
 * BENCHMARKS.md. Nothing here asserts a time; the "met?" column compares each ratio (or, where the issue sets an
 * absolute bound, the figure) with its target. Everything runs on 127.0.0.1 and in temp folders that are removed
 * afterwards, and every child process is stopped by its own pid.
 *
 * `npm run bench -- --only telegram,storage` runs some sections (engine, storage, startup, telegram, slack, seeded) and
 * leaves BENCHMARKS.md alone.
 */
const SECTIONS = ["engine", "storage", "startup", "telegram", "slack", "seeded"] as const;
type Section = (typeof SECTIONS)[number];

const onlyArg = process.argv.find((a) => a.startsWith("--only"));
const only = onlyArg === undefined ? null : new Set((onlyArg.includes("=") ? onlyArg.split("=")[1]! : process.argv[process.argv.indexOf(onlyArg) + 1] ?? "").split(","));
const wanted = (s: Section) => only === null || only.has(s);

/** The whole bench must end within five minutes on a 2-core machine; the re-check wait takes what is left, within bounds. */
const BUDGET_MS = 265_000;
const began = performance.now();
const left = () => BUDGET_MS - (performance.now() - began);

const rows: Row[] = [];
const notes: string[] = [];

async function section(name: Section, work: () => Promise<Row[]> | Row[]): Promise<void> {
  if (!wanted(name)) return;
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await work()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    rows.push({ section: name, figure: `${name}: could not be measured`, product: `failed: ${message.slice(0, 160)}`, baseline: "—", ratio: null, target: "—", met: false });
  }
  process.stderr.write(`bench: ${name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

async function sqliteVersion(): Promise<string> {
  const dir = await tempDir("version");
  try {
    const c = await openPlain(join(dir, "v.db"));
    const row = await c.get<{ v: string }>("SELECT sqlite_version() AS v");
    await c.close();
    return row?.v ?? "?";
  } finally {
    await removeTemp(dir);
  }
}

function machine(): string {
  const model = /^model name\s*:\s*(.+)$/m.exec(safeRead("/proc/cpuinfo"))?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown CPU";
  return `${cpus().length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function commit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const load = loadavg().map((l) => l.toFixed(2)).join(" ");
  const date = new Date();
  let samples: Sample[] | undefined;
  const sampleDir = await tempDir("samples");
  const needSamples = ["storage", "slack", "seeded"].some((s) => wanted(s as Section));
  if (needSamples) samples = await sampleConversations(sampleDir, 12);

  await section("engine", () => engine(notes));
  await section("storage", async () => [...(await filings(samples!, notes)), ...(await queue(samples!, notes))]);
  await section("startup", () => startup(notes));
  await section("telegram", () => telegram(notes, { pairs: 3, sizes: [50, 200] }));
  await section("slack", () => slack(samples!, notes));
  // What is left of the budget when the re-check run starts (the bench's last), less a margin for shutting down, bounds its wait.
  await section("seeded", () =>
    seeded(samples!, notes, {
      conversations: 10_000,
      recheckWaitMs: () => Math.max(15_000, Math.min(150_000, left() - 8_000)),
      // A machine so slow that the earlier sections ate the budget gets one pair here rather than an overrun.
      pairs: left() > 100_000 ? 2 : 1,
    }));
  await removeTemp(sampleDir);

  const tookS = (performance.now() - began) / 1000;
  const withTarget = rows.filter((r) => r.target !== "—");
  const met = withTarget.filter((r) => r.met === true).length;
  const table = renderTable(rows);
  const summary = `Targets met: ${met} of ${withTarget.length}${withTarget.some((r) => r.met !== true) ? ` (not met: ${withTarget.filter((r) => r.met !== true).map((r) => r.figure).join("; ")})` : ""}.`;
  const header = `Machine: ${machine()}, SQLite ${await sqliteVersion()}, load average at start ${load}. Commit ${commit()}. ${date.toISOString()}. The bench took ${tookS.toFixed(0)} s.`;

  process.stdout.write(`${header}\n\n${table}\n\n${summary}\n\nNotes:\n${notes.map((n) => `- ${n}`).join("\n")}\n`);

  if (only === null) {
    const md = [
      "# Benchmarks",
      "",
      "Written by `npm run bench` (test/bench/run.ts); do not edit by hand. Every figure is measured against a baseline taken in the",
      "same run, A and B alternated where cheap, medians quoted; a ratio is product / baseline (for rates, product rate / baseline",
      "rate). Targets are issue 13's. The machine is shared with other work, so compare ratios, not the times themselves.",
      "",
      header,
      "",
      table,
      "",
      summary,
      "",
      "## How each figure is measured",
      "",
      ...notes.map((n) => `- ${n}`),
      "- Telegram \"reply\": the product sends a turn's messages from its delivery loop after the turn commits (bot/runtime/courier.ts); a",
      "  turn's reply is the message carrying the next question's inline keyboard, or the first sendMessage after the update when there",
      "  is none. Arrival is the founder queuing the update at the fake Bot API (test/bench/bot-api.ts).",
      "",
    ].join("\n");
    writeFileSync(join(ROOT, "BENCHMARKS.md"), md);
  }
}

const abort = (signal: NodeJS.Signals) => {
  process.stderr.write(`bench: ${signal}, stopping children and removing temp folders\n`);
  void cleanUpAll().finally(() => process.exit(130));
};
process.once("SIGINT", abort);
process.once("SIGTERM", abort);

try {
  await main();
} finally {
  await cleanUpAll();
}
