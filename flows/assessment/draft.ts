import { CONFIRM_ID } from "../../knowledge/interview/next.js";
import { confirmAll, type Proposal } from "../../knowledge/interview/proposals.js";
import { applyAnswer } from "../../knowledge/profile/next-question.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import type { Draft } from "./state.js";

/**
 * The profile as the founder has answered it: the base with every answer applied in order. "All correct" at the
 * confirmation makes what it listed answers; proposals never confirmed stay out. An answer whose question or
 * option no longer exists (a newer knowledge base) is left out, so a resumed conversation simply asks it again.
 */
export function profileOf(draft: Draft): SystemProfile {
  // One step asks for the same draft's profile several times (the prompt, the count of questions left, the
  // next question); drafts are never changed in place, so the replay is done once per draft (issue 13).
  const known = profiles.get(draft);
  if (known !== undefined) return known;
  const profile = replay(draft);
  profiles.set(draft, profile);
  return profile;
}

const profiles = new WeakMap<Draft, SystemProfile>();

function replay(draft: Draft): SystemProfile {
  let profile = draft.base;
  for (const a of draft.answers) {
    if (a.questionId === CONFIRM_ID) {
      if (a.optionId === CONFIRM_ALL) profile = confirmAll(profile, draft.proposals);
      continue;
    }
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

/** The confirmation's answers: everything listed is right, or the founder is not sure (each is asked on its own). */
export const CONFIRM_ALL = "all";
export const CONFIRM_UNSURE = "unknown";

/** A draft: the description and what it suggested (or nothing, when the founder skipped it), and facts already settled. */
export const newDraft = (description: string | null, settled: Partial<SystemProfile> = {}, proposals: readonly Proposal[] = []): Draft => ({
  description,
  base: SystemProfile.parse(settled),
  answers: [],
  flagged: [],
  proposals: [...proposals],
});
