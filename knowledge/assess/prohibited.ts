import { compileFieldCondition } from "../law/rules-condition.js";
import { PROHIBITED_RULES } from "../law/rules-prohibited.js";
import type { SystemProfile } from "../profile/schema.js";
import type { ProhibitedFlag } from "./assessment.js";

const RULES = PROHIBITED_RULES.map((rule) => ({ rule, holds: compileFieldCondition(rule.when) }));

/**
 * Art. 17(3)(1)–(7): the prohibited capabilities the profile shows, one flag per answer that reveals one,
 * so the same item can appear twice when two answers reveal it.
 */
export function findProhibited(profile: SystemProfile): ProhibitedFlag[] {
  return RULES.filter((r) => r.holds(profile)).map(({ rule }) => ({ code: rule.code, article: rule.article, field: rule.field }));
}

/**
 * The system after the change Art. 18(2) calls for: each flag's answer set to the law's own way out
 * (`onceChanged` in the rule table). Nothing else about the system changes.
 */
export function onceChanged(profile: SystemProfile, flags: readonly ProhibitedFlag[]): SystemProfile {
  const changes = RULES.filter(({ rule }) => flags.some((f) => f.code === rule.code && f.field === rule.field)).map(({ rule }) => rule.onceChanged);
  return Object.assign({ ...profile }, ...changes) as SystemProfile;
}
