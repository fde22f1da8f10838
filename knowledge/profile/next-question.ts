import { conditionFields, couldHold, fieldHolds } from "../law/rules-condition.js";
import { RULE_FOOTPRINTS } from "../assess/footprints.js";
import { findings } from "../assess/findings.js";
import { AFFECT_PRIORITY, answerAffects, withValue } from "../assess/relevance.js";
import { fail, ok, type Result } from "../types.js";
import { allQuestions, followUps, questionById, type Question } from "./questions.js";
import type { ProfileField, SystemProfile } from "./schema.js";

/** Fields a question could still fill: unknown, and their question not yet asked. */
export function openFields(profile: SystemProfile, asked: readonly string[]): Set<ProfileField> {
  const done = new Set(asked);
  return new Set(allQuestions().filter((q) => profile[q.field] === "unknown" && !done.has(q.id)).map((q) => q.field));
}

/**
 * The next question to ask, or null when no answer could change the result. A question qualifies when
 * its field is still unknown, it was not asked before, its `askWhen` holds, and some answer to it could
 * change the tier (Art. 17(1)), a prohibited capability (Art. 17(3)) or a duty. Among those, the one
 * settling the most urgent part wins (prohibited, then tier, then duties); ties go to the question order.
 */
export function nextQuestion(profile: SystemProfile, asked: readonly string[]): Question | null {
  const open = openFields(profile, asked);
  const base = findings(profile);
  let best: { question: Question; rank: number } | null = null;
  for (const question of allQuestions()) {
    if (!open.has(question.field) || (question.askWhen && !fieldHolds(question.askWhen, profile))) continue;
    const affects = answerAffects(profile, question.field, open, base);
    if (affects.length === 0) continue;
    const rank = Math.min(...affects.map((a) => AFFECT_PRIORITY.indexOf(a)));
    if (rank === 0) return question;
    if (best === null || rank < best.rank) best = { question, rank };
  }
  return best?.question ?? null;
}

/** Writes the chosen option's value into the question's field. */
export function applyAnswer(
  profile: SystemProfile,
  questionId: string,
  optionId: string,
): Result<SystemProfile, "unknownQuestion" | "unknownOption"> {
  const question = questionById(questionId);
  if (!question) return fail("unknownQuestion", questionId);
  const option = question.options.find((o) => o.id === optionId);
  if (!option) return fail("unknownOption", `${questionId}.${optionId}`);
  return ok(withValue(profile, question.field, option.value));
}

/** Fields whose values can decide whether an answer to `field` matters; see RULE_FOOTPRINTS. */
function neighbours(field: ProfileField): Set<ProfileField> {
  const out = new Set<ProfileField>();
  for (const footprint of RULE_FOOTPRINTS) if (footprint.has(field)) footprint.forEach((f) => out.add(f));
  for (const next of followUps(field)) {
    out.add(next.field);
    if (next.askWhen) conditionFields(next.askWhen).forEach((f) => out.add(f));
    neighbours(next.field).forEach((f) => out.add(f));
  }
  out.delete(field);
  return out;
}

const NEIGHBOURS: ReadonlyMap<ProfileField, ReadonlySet<ProfileField>> = new Map(allQuestions().map((q) => [q.field, neighbours(q.field)]));

/**
 * The questions that may still be asked: open, with an `askWhen` that can still hold, and able to matter.
 * A question that cannot matter now can only come to matter after an answer to a question it shares a rule
 * with (RULE_FOOTPRINTS), so starting from the questions that matter now and adding their neighbours, and
 * theirs, gives a set that holds every question any path from here can still reach.
 */
export function pendingQuestions(profile: SystemProfile, asked: readonly string[]): Question[] {
  const open = openFields(profile, asked);
  const candidates = allQuestions().filter((q) => open.has(q.field) && (!q.askWhen || couldHold(q.askWhen, profile, open)));
  const base = findings(profile);
  const pending = new Set<ProfileField>();
  const joinsPending = (q: Question): boolean => [...(NEIGHBOURS.get(q.field) ?? [])].some((f) => pending.has(f));
  // A neighbour already pending is enough, so a question's own answer is tried only when none is.
  for (const q of candidates) if (joinsPending(q) || answerAffects(profile, q.field, open, base).length > 0) pending.add(q.field);
  for (let grew = true; grew; ) {
    grew = false;
    for (const q of candidates) {
      if (pending.has(q.field) || !joinsPending(q)) continue;
      pending.add(q.field);
      grew = true;
    }
  }
  return candidates.filter((q) => pending.has(q.field));
}

/** An upper bound on the questions still to come, for "question 3 of about 8". */
export const estimateRemaining = (profile: SystemProfile, asked: readonly string[]): number => pendingQuestions(profile, asked).length;
