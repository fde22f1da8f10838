import { PROFILE_FIELDS, type ProfileField } from "../profile/schema.js";
import type { Inference } from "./description.js";
import { IMPLICATIONS, PREREQUISITES } from "./implications.js";
import type { Hit } from "./match.js";
import type { Word } from "./text-units.js";

/** Below this confidence a field stays unknown: a wrong answer costs the founder more than one more question. */
const MIN_CONFIDENCE = 0.5;

/** Values that, when the text gives both, combine into a third: data kept in Kazakhstan and abroad. */
const COMBINED: readonly { field: ProfileField; parts: readonly [string, string]; into: string }[] = [
  { field: "dataStorage", parts: ["kazakhstan", "abroad"], into: "both" },
];

interface Candidate {
  value: string;
  score: number;
  words: Set<number>;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Independent cues add up like independent chances: two cues of 0.6 give 0.84. */
const combine = (weights: Iterable<number>): number => 1 - [...weights].reduce((left, w) => left * (1 - w), 1);

function candidates(hits: readonly Hit[]): Map<ProfileField, Candidate[]> {
  const byField = new Map<ProfileField, Map<string, { weights: Map<Hit["rule"], number>; words: Set<number> }>>();
  for (const hit of hits) {
    const values = byField.get(hit.rule.field) ?? new Map();
    byField.set(hit.rule.field, values);
    const entry = values.get(hit.value) ?? { weights: new Map(), words: new Set<number>() };
    values.set(hit.value, entry);
    // One rule counts once however often the founder repeats it; other rules add to it.
    entry.weights.set(hit.rule, Math.max(entry.weights.get(hit.rule) ?? 0, hit.rule.weight));
    hit.words.forEach((w) => entry.words.add(w));
  }
  const result = new Map<ProfileField, Candidate[]>();
  for (const [field, values] of byField) {
    const list = [...values].map(([value, e]) => ({ value, score: combine(e.weights.values()), words: e.words }));
    for (const c of COMBINED.filter((c) => c.field === field)) {
      const [a, b] = c.parts.map((p) => list.find((x) => x.value === p));
      if (a && b && a.score >= MIN_CONFIDENCE && b.score >= MIN_CONFIDENCE) {
        list.push({ value: c.into, score: Math.max(a.score, b.score), words: new Set([...a.words, ...b.words]) });
        list.splice(list.indexOf(a), 1);
        list.splice(list.indexOf(b), 1);
      }
    }
    result.set(field, list.sort((x, y) => y.score - x.score || x.value.localeCompare(y.value)));
  }
  return result;
}

function evidence(words: Iterable<number>, all: readonly Word[], text: string): string[] {
  return [...new Set([...words].sort((a, b) => a - b).map((i) => text.slice(all[i]!.start, all[i]!.end)))];
}

/** The strongest value of each field, discounted by the strongest rival, kept if still above MIN_CONFIDENCE. */
export function resolveHits(hits: readonly Hit[], words: readonly Word[], text: string): Inference[] {
  const inferences: Inference[] = [];
  for (const [field, list] of candidates(hits)) {
    const [winner, rival] = list;
    if (!winner) continue;
    const confidence = round(winner.score * (1 - (rival?.score ?? 0) / 2));
    if (confidence < MIN_CONFIDENCE) continue;
    inferences.push({ field, value: winner.value, evidence: evidence(winner.words, words, text), confidence });
  }
  return inferences;
}

/** Adds what the found fields imply, then drops fields whose prerequisite does not hold. */
export function completeInferences(direct: readonly Inference[]): Inference[] {
  const byField = new Map(direct.map((i) => [i.field, i]));
  for (const { when, then, factor } of IMPLICATIONS) {
    const premise = byField.get(when.field);
    if (premise?.value !== when.value || byField.has(then.field)) continue;
    const confidence = round(premise.confidence * factor);
    if (confidence < MIN_CONFIDENCE) continue;
    byField.set(then.field, { field: then.field, value: then.value, evidence: premise.evidence, confidence });
  }
  for (const { field, needs } of PREREQUISITES) {
    if (byField.get(needs.field)?.value !== needs.value) byField.delete(field);
  }
  return PROFILE_FIELDS.flatMap((field) => byField.get(field) ?? []);
}
