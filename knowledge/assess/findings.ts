import { PROFILE_FIELDS, type SystemProfile } from "../profile/schema.js";
import { deepFreeze } from "../types.js";
import type { Assessment } from "./assessment.js";
import { applicableObligations } from "./obligations.js";
import { findProhibited } from "./prohibited.js";
import { classifyTier } from "./tier.js";

/** The part of an assessment that answers decide: tier, prohibited capabilities and duties. */
export type Findings = Pick<Assessment, "tier" | "tierSettled" | "reasons" | "prohibited" | "obligations">;

/**
 * Findings already computed, by profile. Choosing the next question and estimating how many are left try every
 * value of every open field on every turn, mostly on the same few hundred profiles, so each is assessed once
 * (issue 13). Bounded; the oldest entries go first. Findings are never mutated by their callers.
 */
const MEMO_SIZE = 5_000;
const memo = new Map<string, Findings>();

/**
 * A profile's memo key: its values in the schema's field order. Every field is an enum, so "|" cannot occur in a
 * value; this runs for every variant tried, where JSON.stringify with its keys cost more than the lookup saved.
 */
export const profileKey = (profile: SystemProfile): string => PROFILE_FIELDS.map((f) => profile[f]).join("|");

/** Art. 17(1), 17(3) and the duties: everything the questions can change, without estimates. */
export function findings(profile: SystemProfile): Findings {
  const key = profileKey(profile);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const tier = classifyTier(profile);
  const prohibited = findProhibited(profile);
  const obligations = applicableObligations(profile, { tier: tier.tier, flagged: prohibited.map((f) => f.code) });
  // Frozen, as they are shared: a caller that mutated one would change every later result for that profile.
  const found = deepFreeze({ ...tier, prohibited, obligations });
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, found);
  return found;
}
