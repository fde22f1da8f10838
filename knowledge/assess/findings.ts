import type { SystemProfile } from "../profile/schema.js";
import type { Assessment } from "./assessment.js";
import { applicableObligations } from "./obligations.js";
import { findProhibited } from "./prohibited.js";
import { classifyTier } from "./tier.js";

/** The part of an assessment that answers decide: tier, prohibited capabilities and duties. */
export type Findings = Pick<Assessment, "tier" | "tierSettled" | "reasons" | "prohibited" | "obligations">;

/** Art. 17(1), 17(3) and the duties: everything the questions can change, without estimates. */
export function findings(profile: SystemProfile): Findings {
  const tier = classifyTier(profile);
  const prohibited = findProhibited(profile);
  const obligations = applicableObligations(profile, { tier: tier.tier, flagged: prohibited.map((f) => f.code) });
  return { ...tier, prohibited, obligations };
}
