import { nextQuestion } from "../profile/next-question.js";
import type { InterviewQuestion } from "../profile/questions.js";
import type { SystemProfile } from "../profile/schema.js";
import { toConfirm, type Proposal } from "./proposals.js";

/** The id the confirmation of what was understood goes by among the questions asked. */
export const CONFIRM_ID = "confirm";

export type InterviewStep = { kind: "confirm"; proposals: Proposal[] } | { kind: "question"; question: InterviewQuestion } | null;

/**
 * What to ask next: first, once, the confirmation of what the description suggested that matters; then the
 * question that could still change the result, over the settled answers only; null when nothing is left.
 */
export function nextStep(settled: SystemProfile, proposals: readonly Proposal[], asked: readonly string[]): InterviewStep {
  if (!asked.includes(CONFIRM_ID)) {
    const listed = toConfirm(settled, proposals);
    if (listed.length > 0) return { kind: "confirm", proposals: listed };
  }
  const question = nextQuestion(settled, asked);
  return question === null ? null : { kind: "question", question };
}
