import type { RiskTier } from "../law/codes.js";
import { compileFieldCondition } from "../law/rules-condition.js";
import { OWNER_CLASSIFIES, TIER_RULES } from "../law/rules-tier.js";
import type { SystemProfile } from "../profile/schema.js";
import type { Assessment } from "./assessment.js";

export type TierFinding = Pick<Assessment, "tier" | "tierSettled" | "reasons">;

const RANK: Readonly<Record<RiskTier, number>> = { minimal: 0, medium: 1, high: 2 };
const RULES = TIER_RULES.map((rule) => ({ rule, holds: compileFieldCondition(rule.when) }));

/**
 * Art. 17(1): the highest tier any tier rule reaches, with the rules that reach it as reasons. Settled
 * unless a provisional rule stood in for the unanswered failure question.
 */
export function classifyTier(profile: SystemProfile): TierFinding {
  const fired = RULES.filter((r) => r.holds(profile)).map((r) => r.rule);
  // Every profile fires at least one rule: either failureImpact is known, or an infrastructure answer is
  // "yes", or the provisional default holds.
  const tier = fired.reduce<RiskTier>((top, r) => (RANK[r.tier] > RANK[top] ? r.tier : top), "minimal");
  const reasons = fired.filter((r) => r.tier === tier).map((r) => ({ code: r.code, citation: r.citation }));
  return { tier, tierSettled: !fired.some((r) => r.provisional), reasons: [...reasons, { ...OWNER_CLASSIFIES }] };
}
