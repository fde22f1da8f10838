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

/** Questions already answered, "not sure" included: they are not asked again. */
export const askedOf = (draft: Draft): string[] => draft.answers.map((a) => a.questionId);

/** A draft from what the description gave (or nothing, when the founder skipped it). */
export const newDraft = (description: string | null, inferred: Partial<SystemProfile> = {}): Draft => ({
  description,
  base: SystemProfile.parse(inferred),
  answers: [],
  flagged: [],
});
