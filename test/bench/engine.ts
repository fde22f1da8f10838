import { performance } from "node:perf_hooks";
import { ask } from "../../knowledge/ask/index.js";
import { assess } from "../../knowledge/assess/assess.js";
import { explainAssessment } from "../../knowledge/assess/explain.js";
import { describe } from "../../knowledge/describe/index.js";
import { ENTRIES } from "../../knowledge/entries/index.js";
import { proposalsFrom, toConfirm } from "../../knowledge/interview/proposals.js";
import { nextQuestion } from "../../knowledge/profile/next-question.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { fmtRatio, fmtUs, median, type Row } from "./stats.js";

/**
 * The engine's hot paths, each timed against its own baseline (a JSON round trip of the same profile) measured
 * right beside it: every path is warmed up before any is timed, then blocks of the path and of the baseline
 * alternate (A B, B A, …) and the ratio is taken pair by pair, so a machine that slows down mid-run moves both
 * sides of a pair alike. A change that makes a ratio jump is the signal; nothing here asserts a time.
 */
const profile = SystemProfile.parse({ failureImpact: "harm", personalData: "yes", userFacing: "yes", automatedDecisions: "yes", dataStorage: "abroad" });
const DESCRIPTIONS = {
  kk: "Біздің бот клиенттерге жауап береді, аты-жөні мен телефонын сақтайды, деректер Алматыдағы серверде.",
  ru: "Наш бот одобряет кредиты без участия сотрудника, данные хранятся на серверах в Германии.",
  en: "Cameras tell managers which employees look angry; data stays on servers in Almaty.",
} as const;

const PATHS: { name: string; fn: () => unknown }[] = [
  { name: "assess(profile)", fn: () => assess(profile) },
  { name: "assess + explainAssessment (ru)", fn: () => explainAssessment(assess(profile), "ru") },
  { name: "nextQuestion(empty profile)", fn: () => nextQuestion(SystemProfile.parse({}), []) },
  ...(["kk", "ru", "en"] as const).map((lang) => ({ name: `describe (${lang})`, fn: () => describe(DESCRIPTIONS[lang], lang) })),
  // What the founder is asked to confirm after describing: each proposal tried for whether it matters.
  { name: "proposals to confirm after describe (en)", fn: () => toConfirm(SystemProfile.parse({}), proposalsFrom(describe(DESCRIPTIONS.en, "en"))) },
  { name: "ask (ru)", fn: () => ask("Нужно ли маркировать дипфейки?", "ru") },
  { name: "ask (kk)", fn: () => ask("Дипфейктерді таңбалау керек пе?", "kk") },
];
const baselineFn = () => JSON.parse(JSON.stringify(profile)) as unknown;

/**
 * CPU µs per call over `iterations` calls, after a full collection so one block's garbage is not the next one's
 * cost. CPU time (user + system of this process) rather than wall time: on a machine shared with other work a
 * wall-clock block is stretched by whatever else ran in its time slices, and the ratios swung tenfold.
 */
function block(fn: () => unknown, iterations: number): number {
  globalThis.gc?.();
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / iterations;
}

/** Calls that take about `ms`, at least 3. */
function calibrate(fn: () => unknown, ms: number): number {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    const took = performance.now() - start;
    if (took >= ms / 4 || n >= 1 << 20) return Math.max(3, Math.round((n * ms) / Math.max(took, 0.001)));
    n *= 2;
  }
}

/** Heap in use after a full collection (the bench runs node with --expose-gc). */
const settledHeap = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

export function engine(notes: string[], pairs = 5, blockMs = 25): Row[] {
  // Memory first, before anything has built the search indexes.
  const heapBefore = settledHeap();
  ask("warm the index", "en");
  ask("индекс", "ru");
  ask("индекс", "kk");
  const indexBytes = settledHeap() - heapBefore;
  const entriesBytes = Buffer.byteLength(JSON.stringify(ENTRIES));

  // Warm every path (and the baseline) for ~150 ms before timing any of them.
  for (const { fn } of [...PATHS, { fn: baselineFn }]) {
    const end = performance.now() + 150;
    while (performance.now() < end) fn();
  }
  const rows: Row[] = [];
  const varied: string[] = [];
  const baseIterations = calibrate(baselineFn, blockMs);
  for (const { name, fn } of PATHS) {
    const iterations = calibrate(fn, blockMs);
    const a: number[] = [];
    const b: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < pairs; i++) {
      let x: number;
      let y: number;
      if (i % 2 === 0) {
        x = block(fn, iterations);
        y = block(baselineFn, baseIterations);
      } else {
        y = block(baselineFn, baseIterations);
        x = block(fn, iterations);
      }
      a.push(x);
      b.push(y);
      ratios.push(x / y);
    }
    const lo = Math.min(...ratios);
    const hi = Math.max(...ratios);
    rows.push({
      section: "engine",
      figure: `engine: ${name}`,
      product: `${fmtUs(median(a))} CPU/op`,
      baseline: `JSON round trip ${fmtUs(median(b))} CPU/op`,
      ratio: median(ratios),
      target: "—",
      met: null,
    });
    if (hi / lo > 1.5) varied.push(`${name} ${fmtRatio(lo)}–${fmtRatio(hi)}`);
  }
  rows.push({
    section: "engine",
    figure: "engine: ask indexes for kk, ru and en (heap)",
    product: `${(indexBytes / 1024 / 1024).toFixed(1)} MiB`,
    baseline: `entries' JSON ${(entriesBytes / 1024).toFixed(0)} KiB`,
    ratio: indexBytes / entriesBytes,
    target: "—",
    met: null,
  });
  notes.push(
    `Engine: every path warmed ~150 ms first; then ${pairs} pairs of ~${blockMs} ms blocks timed in CPU time, path and baseline alternated (AB, BA, …), ratio per pair, median.` +
      (varied.length > 0 ? ` Pairs spread more than 1.5× (min–max) for: ${varied.join("; ")}.` : ""),
  );
  return rows;
}
