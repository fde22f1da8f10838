import type { Lang } from "../../knowledge/types.js";
import { questionForField } from "../../knowledge/profile/questions.js";
import { reask } from "../assessment/step.js";
import type { Draft } from "../assessment/state.js";
import { shortResult } from "../result/render.js";
import type { ResultMemory } from "../result/state.js";
import { settle, showResult } from "../result/step.js";
import type { ConversationState } from "../state.js";
import { forgetSlot, moveTo, remember, say, turn, type Turn } from "../turn.js";
import type { Effect, FlowEnv, Utterance } from "../types.js";
import { contradictions, contradictionLine, type Contradiction } from "./contradictions.js";
import { basisOf, type Dossier } from "./dossier.js";
import { reviewPrompt } from "./step.js";

/** The interview questions that answer what the contradictions are about, each once, in the order found. */
const questionsOf = (found: readonly Contradiction[]): string[] => [
  ...new Set(found.flatMap((c) => questionForField(c.reading.field)?.id ?? [])),
];

/** What the dossier's text reads for the fields one question asks, said before it is asked again. */
const readingsFor = (found: readonly Contradiction[], questionId: string, lang: Lang): Utterance[] =>
  found.filter((c) => questionForField(c.reading.field)?.id === questionId).map((c) => contradictionLine(c, lang));

/**
 * "Re-assess now": back into the assessment with the latest result's answers, each question the dossier contradicts
 * asked again as /change asks it (flows/assessment/step.ts `reask`), with what the text reads said first, so the
 * founder confirms the new reading or keeps the old answer. The dossier stays as the founder left it.
 */
export function startReassessment(state: ConversationState): Turn {
  const { result, dossier } = state.memory;
  const found = result !== undefined && dossier !== undefined ? contradictions(dossier, result) : [];
  const [first, ...pending] = questionsOf(found);
  if (result === undefined || first === undefined) return turn(state, reviewPrompt(state));
  const draft: Draft = { ...result.draft, reassessing: { pending } };
  return reask(state, draft, first, [say("dossier.reassess.lead"), ...readingsFor(found, first, state.lang)]);
}

/** The next question still to ask again whose field the dossier still contradicts, with the ones after it. */
function nextPending(dossier: Dossier, result: ResultMemory, pending: readonly string[]): { next: string; rest: string[]; found: Contradiction[] } | null {
  const found = contradictions(dossier, result);
  const at = pending.findIndex((q) => questionsOf(found).includes(q));
  return at < 0 ? null : { next: pending[at]!, rest: pending.slice(at + 1), found };
}

/**
 * The re-assessment reached a result (called by flows/result/step.ts `showResult`): it is kept and stored like any
 * result; then the next contradicted question is asked again, or the founder is back at the dossier review, the
 * dossier recording the new result as the assessment it is drafted from, their fields as they were. The review
 * remembers that the founder re-assessed, so filing does not offer it a second time.
 */
export function reassessed(state: ConversationState, draft: Draft, env: FlowEnv, before: Utterance[]): Turn {
  const { reassessing, ...plain } = draft;
  const dossier = state.memory.dossier;
  if (dossier === undefined) return showResult(state, plain, env, before);
  const settled = settle(forgetSlot(state, "draft"), plain, env);
  const effects: Effect[] = [{ kind: "saveAssessment", assessment: settled.assessment }];
  const result = settled.state.memory.result;
  const pending = result === undefined ? null : nextPending(dossier, result, reassessing?.pending ?? []);
  if (pending !== null) {
    const asked = reask(settled.state, { ...plain, reassessing: { pending: pending.rest } }, pending.next, [
      ...before,
      ...readingsFor(pending.found, pending.next, state.lang),
    ]);
    return { ...asked, effects };
  }
  const kept = remember(settled.state, { dossier: { ...dossier, basis: basisOf(settled.assessment) } });
  const review = moveTo(kept, { step: "dossierReview", reassessed: true });
  return turn(review, [...before, ...shortResult(settled.assessment, state.lang), say("dossier.reassess.done"), ...reviewPrompt(review)], effects);
}
