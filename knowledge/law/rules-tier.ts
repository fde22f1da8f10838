import { cite, type Citation } from "./articles.js";
import type { RiskTier } from "./codes.js";
import type { FieldCondition } from "./rules-condition.js";

export const TIER_REASON_CODES = [
  "failure_minimal",
  "failure_harm",
  "failure_severe",
  "provisional_critical_infrastructure",
  "provisional_state_resources",
  "provisional_sensitive_domain",
  "provisional_uncorrectable_decisions",
  "provisional_default",
  "owner_classifies",
] as const;
export type TierReasonCode = (typeof TIER_REASON_CODES)[number];

/** One way to reach a tier. `provisional` rules stand in while the Art. 17(1) test is unanswered. */
export type TierRule = { code: TierReasonCode; tier: RiskTier; provisional: boolean; when: FieldCondition; citation: Citation };

/**
 * Art. 17(1), last paragraph, does not make a system high-risk: it says how systems that already are high-risk
 * and are critically important ICT objects, or form state electronic resources, are treated for information
 * security (the `state_infosec` duty). The degree itself comes only from what a failure would do (17(1)(1)-(3)),
 * so such a system leans high only while the founder has not answered that, and never against their answer.
 */
const FAILURE_UNANSWERED: FieldCondition = { field: "failureImpact", is: ["unknown"] };

/**
 * Domains where a failure can plausibly reach life, health, public safety or the state's core functions:
 * the kinds of consequence Art. 17(1)(3) lists. Finance and public services are left out on purpose: their
 * failures usually mean material damage (17(1)(2)) unless the founder says otherwise.
 */
export const SENSITIVE_DOMAINS = ["health", "critical_infrastructure", "transport", "law_enforcement", "justice", "migration"] as const;

/**
 * Art. 17(1): the owner or possessor classes the system by what its failure or shutdown would do. The tier is
 * the highest one any rule reaches. While the failure question is unanswered we give a provisional tier that
 * leans high rather than low: high for critically important ICT objects and state-resource systems, for
 * sensitive domains, or for decisions on people's rights that nobody can correct (17(2)(3) with PD Law 19-1),
 * medium otherwise. Minimal is never provisional: only the founder can
 * say a failure would barely matter.
 */
export const TIER_RULES: readonly TierRule[] = [
  { code: "failure_minimal", tier: "minimal", provisional: false, when: { field: "failureImpact", is: ["minimal"] }, citation: cite("ai-law", "17", "1", "1") },
  { code: "failure_harm", tier: "medium", provisional: false, when: { field: "failureImpact", is: ["harm"] }, citation: cite("ai-law", "17", "1", "2") },
  { code: "failure_severe", tier: "high", provisional: false, when: { field: "failureImpact", is: ["severe"] }, citation: cite("ai-law", "17", "1", "3") },
  {
    code: "provisional_critical_infrastructure",
    tier: "high",
    provisional: true,
    when: { all: [FAILURE_UNANSWERED, { field: "criticalInfrastructure", is: ["yes"] }] },
    citation: cite("ai-law", "17", "1", "3"),
  },
  {
    code: "provisional_state_resources",
    tier: "high",
    provisional: true,
    when: { all: [FAILURE_UNANSWERED, { field: "stateResources", is: ["yes"] }] },
    citation: cite("ai-law", "17", "1", "3"),
  },
  {
    code: "provisional_sensitive_domain",
    tier: "high",
    provisional: true,
    when: { all: [FAILURE_UNANSWERED, { field: "domain", is: SENSITIVE_DOMAINS }] },
    citation: cite("ai-law", "17", "1", "3"),
  },
  {
    code: "provisional_uncorrectable_decisions",
    tier: "high",
    provisional: true,
    when: { all: [FAILURE_UNANSWERED, { field: "automatedDecisions", is: ["yes"] }, { field: "autonomy", is: ["high"] }] },
    citation: cite("ai-law", "17", "1", "3"),
  },
  { code: "provisional_default", tier: "medium", provisional: true, when: FAILURE_UNANSWERED, citation: cite("ai-law", "17", "1", "2") },
];

/** Art. 17(1): the classification is the owner's or possessor's own, under the informatization-object rules. */
export const OWNER_CLASSIFIES = { code: "owner_classifies", citation: cite("ai-law", "17", "1") } as const satisfies {
  code: TierReasonCode;
  citation: Citation;
};
