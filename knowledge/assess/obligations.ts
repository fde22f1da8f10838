import { compileCondition, type Facts } from "../law/rules-condition.js";
import { OBLIGATION_RULES } from "../law/rules-obligations.js";
import type { SystemProfile } from "../profile/schema.js";
import type { AppliedObligation } from "./assessment.js";

const RULES = OBLIGATION_RULES.map((rule) => ({ rule, cases: rule.cases.map((c) => ({ why: c.why, holds: compileCondition(c.when) })) }));

/**
 * Art. 8(1), 15(2), 17(1), 17(4), 18, 19(2), 21, 23(5) and PD Law 12(2), 16, 19-1: the duties that apply,
 * each with the first case of its rule that holds as `why`.
 */
export function applicableObligations(profile: SystemProfile, facts: Facts): AppliedObligation[] {
  const applied: AppliedObligation[] = [];
  for (const { rule, cases } of RULES) {
    const hit = cases.find((c) => c.holds(profile, facts));
    if (hit) applied.push({ code: rule.code, article: rule.article, why: hit.why, voluntary: rule.voluntary });
  }
  return applied;
}
