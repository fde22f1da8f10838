import { applyAnswer } from "../../knowledge/profile/next-question.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import type { Draft } from "./state.js";

/**
 * The profile as the founder has described and answered it: the description's profile with every answer
 * applied in order. An answer whose question or option no longer exists (a newer knowledge base) is left out,
 * so a resumed conversation simply asks it again.
 */
export function profileOf(draft: Draft): SystemProfile {
  let profile = draft.base;
  for (const a of draft.answers) {
    const next = applyAnswer(profile, a.questionId, a.optionId);
    if (next.ok) profile = next.value;
  }
  return profile;
}

/**
 * The profile as it stood when the question was (or is about to be) asked: the answers before its own. A
 * screening lists what it settles in this profile, so changing its answer shows the same list as before.
 */
export function profileBefore(draft: Draft, questionId: string): SystemProfile {
  const at = draft.answers.findIndex((a) => a.questionId === questionId);
  return at < 0 ? profileOf(draft) : profileOf({ ...draft, answers: draft.answers.slice(0, at) });
}

/** Questions already answered, "not sure" included: they are not asked again. */
export const askedOf = (draft: Draft): string[] => draft.answers.map((a) => a.questionId);

/** A draft from what the description gave (or nothing, when the founder skipped it). */
export const newDraft = (description: string | null, inferred: Partial<SystemProfile> = {}): Draft => ({
  description,
  base: SystemProfile.parse(inferred),
  answers: [],
  flagged: [],
});
