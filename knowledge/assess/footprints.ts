import { conditionFields, readsTier, type RuleCondition } from "../law/rules-condition.js";
import { OBLIGATION_RULES } from "../law/rules-obligations.js";
import { PROHIBITED_RULES } from "../law/rules-prohibited.js";
import { TIER_RULES } from "../law/rules-tier.js";
import type { ProfileField } from "../profile/schema.js";

const TIER_FIELDS: ReadonlySet<ProfileField> = new Set(TIER_RULES.flatMap((r) => conditionFields(r.when)));

const fieldsOf = (conditions: readonly RuleCondition[]): ReadonlySet<ProfileField> =>
  new Set([...conditions.flatMap(conditionFields), ...(conditions.some(readsTier) ? TIER_FIELDS : [])]);

/**
 * The profile fields each part of the findings reads: the tier rules as one part (the tier is their
 * maximum), each prohibited rule, each duty (all its cases, and the tier rules' fields when a case reads
 * the tier). A `flagged` condition adds nothing: a duty that follows from a flag (Art. 18(2)) can only
 * change when a prohibited rule's result changes, which that rule's own footprint already covers.
 * Whether an answer matters depends only on the fields that share a footprint with it, which bounds
 * how many questions can still come (`pendingQuestions`).
 */
export const RULE_FOOTPRINTS: readonly ReadonlySet<ProfileField>[] = [
  TIER_FIELDS,
  ...PROHIBITED_RULES.map((r) => fieldsOf([r.when])),
  ...OBLIGATION_RULES.map((r) => fieldsOf(r.cases.map((c) => c.when))),
];
