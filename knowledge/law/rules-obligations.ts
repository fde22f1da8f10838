import { cite, type Citation } from "./articles.js";
import type { ObligationCode } from "./codes.js";
import type { RuleCondition } from "./rules-condition.js";

export const WHY_CODES = [
  "every_system",
  "prohibited_capability_found",
  "high_risk",
  "impact_high",
  "impact_medium",
  "impact_minimal",
  "autonomy_low",
  "autonomy_medium",
  "autonomy_high",
  "autonomy_unknown",
  "user_facing",
  "user_facing_unknown",
  "synthetic_content",
  "consent_held",
  "consent_missing",
  "consent_unknown",
  "automated_decisions",
  "personal_data_unknown",
  "stored_in_kazakhstan",
  "stored_abroad_only",
  "stored_in_both",
  "storage_unknown",
  "transfer_for_storage",
  "transfer_for_training",
  "critical_infrastructure_object",
  "state_information_resources",
  "restricted_data",
  "trains_on_works",
  "wants_trusted_list",
  "trusted_list_available",
] as const;
export type WhyCode = (typeof WHY_CODES)[number];

/**
 * A duty and the cases in which it applies; the first case that holds gives `why`. `also` lists further
 * articles the duty rests on, for the explanation.
 */
export type ObligationRule = {
  code: ObligationCode;
  article: Citation;
  also: readonly Citation[];
  voluntary: boolean;
  cases: readonly { why: WhyCode; when: RuleCondition }[];
};

/** An empty conjunction: holds for every profile. */
const ALWAYS: RuleCondition = { all: [] };
const USER_FACING_CASES = [
  { why: "user_facing", when: { field: "userFacing", is: ["yes"] } },
  { why: "user_facing_unknown", when: { field: "userFacing", is: ["unknown"] } },
] as const;
const AUTOMATED: RuleCondition = { field: "automatedDecisions", is: ["yes"] };
const PERSONAL_DATA_POSSIBLE: RuleCondition = { field: "personalData", not: ["no"] };

/**
 * Who must do what, in the order a founder should read it. How "I don't know" is treated:
 * - duties that follow from something most systems have (people using it, personal data) apply until the
 *   founder says "no", with a why code that says the answer is still missing;
 * - duties that follow from a specific capability (synthetic results, automated decisions, training on
 *   works, restricted data, data abroad) apply only on "yes", and the open question says what is pending;
 * - duties of every system (Art. 8(1), 15(2)(1)–(3), 21(5)) do not depend on any answer, though their why
 *   code follows the tier or autonomy class so the founder knows how far each goes.
 */
export const OBLIGATION_RULES: readonly ObligationRule[] = [
  {
    code: "prohibited_capability_response",
    article: cite("ai-law", "18", "2"),
    also: [cite("ai-law", "17", "3")],
    voluntary: false,
    cases: [{ why: "prohibited_capability_found", when: { flagged: "any" } }],
  },
  {
    code: "risk_management",
    article: cite("ai-law", "15", "2", "1"),
    also: [cite("ai-law", "18", "1"), cite("ai-law", "11", "3"), cite("koap", "641-1", "1", "2")],
    voluntary: false,
    cases: [
      { why: "high_risk", when: { tier: ["high"] } },
      { why: "every_system", when: ALWAYS },
    ],
  },
  {
    code: "security_reliability",
    article: cite("ai-law", "15", "2", "2"),
    also: [cite("ai-law", "11", "1")],
    voluntary: false,
    cases: [{ why: "every_system", when: ALWAYS }],
  },
  {
    code: "documentation",
    article: cite("ai-law", "15", "2", "3"),
    also: [],
    voluntary: false,
    cases: [
      { why: "impact_high", when: { tier: ["high"] } },
      { why: "impact_medium", when: { tier: ["medium"] } },
      { why: "impact_minimal", when: { tier: ["minimal"] } },
    ],
  },
  {
    code: "continuous_control",
    article: cite("ai-law", "8", "1"),
    also: [cite("ai-law", "17", "2")],
    voluntary: false,
    cases: [
      { why: "autonomy_low", when: { field: "autonomy", is: ["low"] } },
      { why: "autonomy_medium", when: { field: "autonomy", is: ["medium"] } },
      { why: "autonomy_high", when: { field: "autonomy", is: ["high"] } },
      { why: "autonomy_unknown", when: { field: "autonomy", is: ["unknown"] } },
    ],
  },
  {
    code: "output_lawfulness",
    article: cite("ai-law", "21", "5"),
    also: [cite("ai-law", "11", "2")],
    voluntary: false,
    cases: [{ why: "every_system", when: ALWAYS }],
  },
  { code: "user_support", article: cite("ai-law", "15", "2", "4"), also: [], voluntary: false, cases: USER_FACING_CASES },
  { code: "user_agreement", article: cite("ai-law", "15", "2", "5"), also: [cite("ai-law", "16", "1", "1")], voluntary: false, cases: USER_FACING_CASES },
  // Art. 16(1)(4)-(5) give users rights; the owner or possessor is the one who must answer them.
  {
    code: "user_explanations",
    article: cite("ai-law", "16", "1", "4"),
    also: [cite("ai-law", "16", "1", "5"), cite("ai-law", "7", "2")],
    voluntary: false,
    cases: USER_FACING_CASES,
  },
  { code: "ai_disclosure", article: cite("ai-law", "21", "1"), also: [cite("ai-law", "7", "1")], voluntary: false, cases: USER_FACING_CASES },
  {
    code: "synthetic_labelling",
    article: cite("ai-law", "21", "2"),
    also: [cite("ai-law", "21", "3"), cite("koap", "641-1", "1", "1")],
    voluntary: false,
    cases: [{ why: "synthetic_content", when: { field: "syntheticContent", is: ["yes"] } }],
  },
  {
    code: "automated_decision_consent",
    article: cite("pd-law", "19-1", "1"),
    also: [cite("ai-law", "21", "4")],
    voluntary: false,
    cases: [
      { why: "consent_held", when: { all: [AUTOMATED, { field: "automatedDecisionConsent", is: ["yes"] }] } },
      { why: "consent_missing", when: { all: [AUTOMATED, { field: "automatedDecisionConsent", is: ["no"] }] } },
      { why: "consent_unknown", when: { all: [AUTOMATED, { field: "automatedDecisionConsent", is: ["unknown"] }] } },
    ],
  },
  {
    code: "automated_decision_objection",
    article: cite("pd-law", "19-1", "2"),
    also: [cite("pd-law", "19-1", "3"), cite("ai-law", "7", "2")],
    voluntary: false,
    cases: [{ why: "automated_decisions", when: AUTOMATED }],
  },
  {
    code: "data_localisation",
    article: cite("pd-law", "12", "2"),
    also: [cite("ai-law", "10", "1")],
    voluntary: false,
    cases: [
      { why: "personal_data_unknown", when: { all: [{ field: "personalData", is: ["unknown"] }, { field: "dataStorage", not: ["none"] }] } },
      { why: "stored_in_kazakhstan", when: { all: [{ field: "personalData", is: ["yes"] }, { field: "dataStorage", is: ["kazakhstan"] }] } },
      { why: "stored_abroad_only", when: { all: [{ field: "personalData", is: ["yes"] }, { field: "dataStorage", is: ["abroad"] }] } },
      { why: "stored_in_both", when: { all: [{ field: "personalData", is: ["yes"] }, { field: "dataStorage", is: ["both"] }] } },
      { why: "storage_unknown", when: { all: [{ field: "personalData", is: ["yes"] }, { field: "dataStorage", is: ["unknown"] }] } },
    ],
  },
  {
    code: "cross_border_transfer",
    article: cite("pd-law", "16"),
    also: [],
    voluntary: false,
    cases: [
      { why: "transfer_for_storage", when: { all: [PERSONAL_DATA_POSSIBLE, { field: "dataStorage", is: ["abroad", "both"] }] } },
      { why: "transfer_for_training", when: { all: [PERSONAL_DATA_POSSIBLE, { field: "trainingLocation", is: ["abroad"] }] } },
    ],
  },
  {
    code: "state_infosec",
    article: cite("ai-law", "17", "1"),
    also: [],
    voluntary: false,
    cases: [
      { why: "critical_infrastructure_object", when: { all: [{ tier: ["high"] }, { field: "criticalInfrastructure", is: ["yes"] }] } },
      { why: "state_information_resources", when: { all: [{ tier: ["high"] }, { field: "stateResources", is: ["yes"] }] } },
    ],
  },
  {
    code: "local_regime",
    article: cite("ai-law", "17", "4"),
    also: [],
    voluntary: false,
    cases: [{ why: "restricted_data", when: { field: "restrictedData", is: ["yes"] } }],
  },
  {
    code: "copyright_opt_out",
    article: cite("ai-law", "23", "5"),
    also: [cite("ai-law", "22", "2")],
    voluntary: false,
    cases: [{ why: "trains_on_works", when: { field: "trainsOnWorks", is: ["yes"] } }],
  },
  {
    code: "trusted_list_audit",
    article: cite("ai-law", "19", "2"),
    also: [cite("ai-law", "20", "2"), cite("order-263", "13-1"), cite("trusted-list-rules")],
    voluntary: true,
    cases: [
      { why: "wants_trusted_list", when: { all: [{ tier: ["high"] }, { field: "wantsTrustedList", is: ["yes"] }] } },
      { why: "trusted_list_available", when: { tier: ["high"] } },
    ],
  },
];
