import { conditionFields } from "../law/rules-condition.js";
import { EU_RULES } from "../law/rules-eu.js";
import type { FineOffence } from "../estimate/types.js";
import type { ProfileField } from "../profile/schema.js";
import type { Assessment } from "./assessment.js";

/**
 * What the result cannot yet say "none" about: the open answers that could still add a prohibited capability, a
 * fine or an EU counterpart. A founder told "no fine applies" while the deciding question is open would be told
 * something false; these let the result say what is open and what it could change instead.
 */
export type Pending = {
  prohibited: ProfileField[];
  fines: { offence: FineOffence; fields: ProfileField[] }[];
  eu: ProfileField[];
};

const EU_FIELDS: ReadonlySet<ProfileField> = new Set(EU_RULES.flatMap((r) => conditionFields(r.when)));

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function pending(a: Assessment): Pending {
  const openFor = (affect: "tier" | "prohibited"): ProfileField[] =>
    a.openQuestions.filter((q) => q.affects.includes(affect)).map((q) => q.field as ProfileField);
  const prohibited = openFor("prohibited");
  const listed = new Set(a.fines.map((f) => f.offence));
  const fines: Pending["fines"] = [];
  // CAO 641-1(1)(1) turns on synthetic results; (1)(2) on the tier being high, open while the failure question is.
  if (!listed.has("synthetic_results_not_disclosed") && a.profile.syntheticContent === "unknown") {
    fines.push({ offence: "synthetic_results_not_disclosed", fields: ["syntheticContent"] });
  }
  if (!listed.has("high_risk_risk_management_failure") && a.profile.failureImpact === "unknown") {
    // Only the failure answer settles the degree (Art. 17(1)); other open answers merely lean it provisionally.
    fines.push({ offence: "high_risk_risk_management_failure", fields: ["failureImpact"] });
  }
  const eu =
    a.profile.euMarket === "no"
      ? []
      : unique([...[...EU_FIELDS].filter((f) => a.profile[f] === "unknown"), ...prohibited]);
  return { prohibited, fines, eu };
}
