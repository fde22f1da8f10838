import { performance } from "node:perf_hooks";
import { ask } from "../../knowledge/ask/index.js";
import { assess } from "../../knowledge/assess/assess.js";
import { explainAssessment } from "../../knowledge/assess/explain.js";
import { describe } from "../../knowledge/describe/index.js";
import { ENTRIES } from "../../knowledge/entries/index.js";
import { proposalsFrom, toConfirm } from "../../knowledge/interview/proposals.js";
import { nextQuestion } from "../../knowledge/profile/next-question.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";

/**
 * `npm run bench`: how the engine's hot paths compare with a baseline measured in the same run (a JSON
 * round trip of the same profile), so the ratios hold across machines. Nothing here asserts a time; a
 * change that makes a ratio jump is the signal.
 */
const profile = SystemProfile.parse({ failureImpact: "harm", personalData: "yes", userFacing: "yes", automatedDecisions: "yes", dataStorage: "abroad" });
const DESCRIPTIONS = {
  kk: "Біздің бот клиенттерге жауап береді, аты-жөні мен телефонын сақтайды, деректер Алматыдағы серверде.",
  ru: "Наш бот одобряет кредиты без участия сотрудника, данные хранятся на серверах в Германии.",
  en: "Cameras tell managers which employees look angry; data stays on servers in Almaty.",
} as const;

function measure(name: string, iterations: number, fn: () => unknown): { name: string; perOpUs: number } {
  for (let i = 0; i < Math.min(50, iterations); i++) fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return { name, perOpUs: ((performance.now() - start) * 1000) / iterations };
}

/** Heap in use after a full collection (the bench script runs node with --expose-gc). */
const settledHeap = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const heapBefore = settledHeap();
ask("warm the index", "en");
ask("индекс", "ru");
ask("индекс", "kk");
const indexBytes = settledHeap() - heapBefore;

const baseline = measure("baseline: JSON round trip of a profile", 20_000, () => JSON.parse(JSON.stringify(profile)));
const results = [
  measure("assess(profile)", 300, () => assess(profile)),
  measure("assess + explainAssessment (ru)", 300, () => explainAssessment(assess(profile), "ru")),
  measure("nextQuestion(empty profile)", 100, () => nextQuestion(SystemProfile.parse({}), [])),
  ...(["kk", "ru", "en"] as const).map((lang) => measure(`describe (${lang})`, 500, () => describe(DESCRIPTIONS[lang], lang))),
  // What the founder is asked to confirm after describing: each proposal tried for whether it matters.
  measure("proposals to confirm after describe (en)", 100, () => toConfirm(SystemProfile.parse({}), proposalsFrom(describe(DESCRIPTIONS.en, "en")))),
  measure("ask (ru)", 500, () => ask("Нужно ли маркировать дипфейки?", "ru")),
  measure("ask (kk)", 500, () => ask("Дипфейктерді таңбалау керек пе?", "kk")),
];

console.log(`${baseline.name}: ${baseline.perOpUs.toFixed(2)} µs/op (ratio 1)`);
for (const r of results) console.log(`${r.name}: ${r.perOpUs.toFixed(1)} µs/op, ${(r.perOpUs / baseline.perOpUs).toFixed(0)}× baseline`);
// Memory baseline: the knowledge entries' own text, which the three indexes are built from.
const entriesBytes = Buffer.byteLength(JSON.stringify(ENTRIES));
console.log(`ask indexes for kk, ru and en: ${(indexBytes / 1024 / 1024).toFixed(1)} MiB of heap, ${(indexBytes / entriesBytes).toFixed(1)}× the entries' JSON (${(entriesBytes / 1024).toFixed(0)} KiB)`);
