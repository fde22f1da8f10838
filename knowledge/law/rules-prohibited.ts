import { cite, type Citation } from "./articles.js";
import type { ProhibitedCapability } from "./codes.js";
import type { FieldCondition } from "./rules-condition.js";
import type { ProfileField } from "../profile/schema.js";

/** One way a profile shows a prohibited capability; `field` names the answer that reveals it. */
export type ProhibitedRule = { code: ProhibitedCapability; field: ProfileField; when: FieldCondition; article: Citation };

/**
 * Art. 17(3)(1)–(7). A capability is flagged only on an explicit answer: "I don't know" leaves it as an open
 * question, never as an accusation. Where the law allows an exception (a law providing for scoring, consent
 * to emotion recognition), the flag needs the founder to say the exception is missing.
 * Item 4 has two doors: personal data handled in breach of the PD Law, and, on our reading, fully automated
 * decisions without consent, which PD Law art. 19-1(1) forbids outright.
 */
export const PROHIBITED_RULES = [
  { code: "manipulation", field: "manipulation", when: { field: "manipulation", is: ["yes"] }, article: cite("ai-law", "17", "3", "1") },
  {
    code: "vulnerability_exploitation",
    field: "exploitsVulnerability",
    when: { field: "exploitsVulnerability", is: ["yes"] },
    article: cite("ai-law", "17", "3", "2"),
  },
  {
    code: "social_scoring",
    field: "socialScoring",
    when: { all: [{ field: "socialScoring", is: ["yes"] }, { field: "scoringLegalBasis", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "3"),
  },
  {
    code: "unlawful_personal_data",
    field: "personalDataLawful",
    when: { all: [{ field: "personalData", is: ["yes"] }, { field: "personalDataLawful", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "4"),
  },
  {
    code: "unlawful_personal_data",
    field: "automatedDecisionConsent",
    when: { all: [{ field: "automatedDecisions", is: ["yes"] }, { field: "automatedDecisionConsent", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "4"),
  },
  {
    code: "biometric_discrimination",
    field: "biometricCategorisation",
    when: { field: "biometricCategorisation", is: ["yes"] },
    article: cite("ai-law", "17", "3", "5"),
  },
  {
    code: "emotion_recognition_without_consent",
    field: "emotionRecognition",
    when: { all: [{ field: "emotionRecognition", is: ["yes"] }, { field: "emotionConsent", is: ["no"] }] },
    article: cite("ai-law", "17", "3", "6"),
  },
  { code: "prohibited_outputs", field: "prohibitedOutputs", when: { field: "prohibitedOutputs", is: ["yes"] }, article: cite("ai-law", "17", "3", "7") },
] as const satisfies readonly ProhibitedRule[];

/** The answers that can reveal a prohibited capability. */
export type RevealingField = (typeof PROHIBITED_RULES)[number]["field"];
