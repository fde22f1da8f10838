import { cite, type Citation } from "./articles.js";
import type { RuleCondition } from "./rules-condition.js";

export const EU_CODES = [
  "art5_manipulation",
  "art5_vulnerability",
  "art5_social_scoring",
  "art5_emotion_recognition",
  "art5_biometric_categorisation",
  "art6_high_risk",
  "annex_iii_biometrics",
  "annex_iii_critical_infrastructure",
  "annex_iii_education",
  "annex_iii_employment",
  "annex_iii_essential_services",
  "annex_iii_law_enforcement",
  "annex_iii_migration",
  "annex_iii_justice",
  "art50_ai_interaction",
  "art50_synthetic_marking",
  "art50_emotion_notice",
  "art50_deepfake_disclosure",
] as const;
export type EuCode = (typeof EU_CODES)[number];

/** A place where the EU AI Act speaks to the same system, with the Kazakh article closest to it. */
export type EuRule = { code: EuCode; euArticle: Citation; kzArticle?: Citation; when: RuleCondition };

/** Annex III areas by the profile's signal; finance stands for credit scoring, public services for benefits. */
const ANNEX_III: readonly EuRule[] = [
  { code: "annex_iii_biometrics", euArticle: cite("eu-ai-act", "Annex III", "1"), when: { field: "biometrics", is: ["yes"] } },
  { code: "annex_iii_critical_infrastructure", euArticle: cite("eu-ai-act", "Annex III", "2"), kzArticle: cite("ai-law", "17", "1"), when: { field: "domain", is: ["critical_infrastructure"] } },
  { code: "annex_iii_education", euArticle: cite("eu-ai-act", "Annex III", "3"), when: { field: "domain", is: ["education"] } },
  { code: "annex_iii_employment", euArticle: cite("eu-ai-act", "Annex III", "4"), when: { field: "domain", is: ["employment"] } },
  { code: "annex_iii_essential_services", euArticle: cite("eu-ai-act", "Annex III", "5"), when: { field: "domain", is: ["finance", "public_services"] } },
  { code: "annex_iii_law_enforcement", euArticle: cite("eu-ai-act", "Annex III", "6"), when: { field: "domain", is: ["law_enforcement"] } },
  { code: "annex_iii_migration", euArticle: cite("eu-ai-act", "Annex III", "7"), when: { field: "domain", is: ["migration"] } },
  { code: "annex_iii_justice", euArticle: cite("eu-ai-act", "Annex III", "8"), when: { field: "domain", is: ["justice"] } },
];

/**
 * The EU cross-map: Art. 5 for each Kazakh prohibition that has an EU twin, Art. 6(2) with the Annex III
 * area for the use cases the EU treats as high-risk (Kazakhstan has no such list: its test is the failure
 * consequence of Art. 17(1)), and Art. 50 for transparency. The assessment shows it unless the founder says
 * the system will not be offered in the EU.
 */
export const EU_RULES: readonly EuRule[] = [
  { code: "art5_manipulation", euArticle: cite("eu-ai-act", "5", "1", "a"), kzArticle: cite("ai-law", "17", "3", "1"), when: { flagged: "manipulation" } },
  { code: "art5_vulnerability", euArticle: cite("eu-ai-act", "5", "1", "b"), kzArticle: cite("ai-law", "17", "3", "2"), when: { flagged: "vulnerability_exploitation" } },
  { code: "art5_social_scoring", euArticle: cite("eu-ai-act", "5", "1", "c"), kzArticle: cite("ai-law", "17", "3", "3"), when: { flagged: "social_scoring" } },
  {
    code: "art5_emotion_recognition",
    euArticle: cite("eu-ai-act", "5", "1", "f"),
    kzArticle: cite("ai-law", "17", "3", "6"),
    when: { flagged: "emotion_recognition_without_consent" },
  },
  {
    code: "art5_biometric_categorisation",
    euArticle: cite("eu-ai-act", "5", "1", "g"),
    kzArticle: cite("ai-law", "17", "3", "5"),
    when: { flagged: "biometric_discrimination" },
  },
  { code: "art6_high_risk", euArticle: cite("eu-ai-act", "6", "2"), kzArticle: cite("ai-law", "17", "1"), when: { any: ANNEX_III.map((r) => r.when) } },
  ...ANNEX_III,
  { code: "art50_ai_interaction", euArticle: cite("eu-ai-act", "50", "1"), kzArticle: cite("ai-law", "21", "1"), when: { field: "userFacing", not: ["no"] } },
  { code: "art50_synthetic_marking", euArticle: cite("eu-ai-act", "50", "2"), kzArticle: cite("ai-law", "21", "2"), when: { field: "syntheticContent", is: ["yes"] } },
  { code: "art50_emotion_notice", euArticle: cite("eu-ai-act", "50", "3"), kzArticle: cite("ai-law", "17", "3", "6"), when: { field: "emotionRecognition", is: ["yes"] } },
  { code: "art50_deepfake_disclosure", euArticle: cite("eu-ai-act", "50", "4"), kzArticle: cite("ai-law", "21", "3"), when: { field: "syntheticContent", is: ["yes"] } },
];
