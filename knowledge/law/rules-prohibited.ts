import { cite, type Citation } from "./articles.js";
import type { ProhibitedCapability } from "./codes.js";
import type { FieldCondition } from "./rules-condition.js";
import type { ProfileField, SystemProfile } from "../profile/schema.js";

/**
 * One way a profile shows a prohibited capability; `field` names the answer that reveals it. `onceChanged` is
 * the system after the change Art. 18(2) calls for, by the way the law itself leaves open: consent where the
 * ban is about missing consent (17(3)(6), PD Law 19-1), lawful handling for 17(3)(4), otherwise no capability.
 * The documentation plan of a prohibited system is drawn for that changed system.
 */
export type ProhibitedRule = {
  code: ProhibitedCapability;
  field: ProfileField;
  when: FieldCondition;
  article: Citation;
  onceChanged: Partial<SystemProfile>;
};

/**
 * Art. 17(3)(1)–(7). A capability is flagged only on an explicit answer: "I don't know" leaves it as an open
 * question, never as an accusation. Where the law allows an exception (a law providing for scoring, consent
 * to emotion recognition), the flag needs the founder to say the exception is missing.
 * Item 4 has two doors: personal data handled in breach of the PD Law, and, on our reading, automated
 * processing that settles people's rights without their consent, which PD Law art. 19-1(1) forbids.
 */
export const PROHIBITED_RULES = [
  { code: "manipulation", field: "manipulation", when: { field: "manipulation", is: ["yes"] }, article: cite("ai-law", "17", "3", "1"), onceChanged: { manipulation: "no" } },
  {
    code: "vulnerability_exploitation",
    field: "exploitsVulnerability",
    when: { field: "exploitsVulnerability", is: ["yes"] },
    article: cite("ai-law", "17", "3", "2"),
    onceChanged: { exploitsVulnerability: "no" },
  },
  {
    code: "social_scoring",
    field: "socialScoring",
    when: { all: [{ field: "socialScoring", is: ["yes"] }, { field: "scoringLegalBasis", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "3"),
    onceChanged: { socialScoring: "no" },
  },
  {
    code: "unlawful_personal_data",
    field: "personalDataLawful",
    when: { all: [{ field: "personalData", is: ["yes"] }, { field: "personalDataLawful", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "4"),
    onceChanged: { personalDataLawful: "yes" },
  },
  {
    code: "unlawful_personal_data",
    field: "automatedDecisionConsent",
    when: { all: [{ field: "automatedDecisions", is: ["yes"] }, { field: "automatedDecisionConsent", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "4"),
    onceChanged: { automatedDecisionConsent: "yes" },
  },
  {
    code: "biometric_discrimination",
    field: "biometricCategorisation",
    when: { field: "biometricCategorisation", is: ["yes"] },
    article: cite("ai-law", "17", "3", "5"),
    onceChanged: { biometricCategorisation: "no" },
  },
  {
    code: "emotion_recognition_without_consent",
    field: "emotionRecognition",
    when: { all: [{ field: "emotionRecognition", is: ["yes"] }, { field: "emotionConsent", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "6"),
    onceChanged: { emotionConsent: "consent" },
  },
  { code: "prohibited_outputs", field: "prohibitedOutputs", when: { field: "prohibitedOutputs", is: ["yes"] }, article: cite("ai-law", "17", "3", "7"), onceChanged: { prohibitedOutputs: "no" } },
] as const satisfies readonly ProhibitedRule[];

/** The answers that can reveal a prohibited capability. */
export type RevealingField = (typeof PROHIBITED_RULES)[number]["field"];
