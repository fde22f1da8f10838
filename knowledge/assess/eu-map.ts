import { compileCondition, type Facts } from "../law/rules-condition.js";
import { EU_RULES } from "../law/rules-eu.js";
import type { SystemProfile } from "../profile/schema.js";
import type { EuCounterpart } from "./assessment.js";

const RULES = EU_RULES.map((rule) => ({ rule, holds: compileCondition(rule.when) }));

/**
 * EU AI Act Art. 5, 6(2) with Annex III, and 50, set beside the Kazakh articles. Shown when the system is,
 * or may be, offered in the EU: while the founder has not said, the map costs nothing to read and warns
 * early; a plain "no" hides it.
 */
export function euCounterparts(profile: SystemProfile, facts: Facts): EuCounterpart[] {
  if (profile.euMarket === "no") return [];
  return RULES.filter((r) => r.holds(profile, facts)).map(({ rule }) =>
    rule.kzArticle ? { code: rule.code, euArticle: rule.euArticle, kzArticle: rule.kzArticle } : { code: rule.code, euArticle: rule.euArticle },
  );
}
