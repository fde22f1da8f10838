import { cite, type Citation } from "../law/articles.js";
import { conditionFields, type FieldCondition } from "../law/rules-condition.js";
import type { ProfileField, SystemProfile } from "./schema.js";

/** One answer a founder can pick; `value` is what it writes into the question's field. */
export type QuestionOption<F extends ProfileField = ProfileField> = { id: string; value: SystemProfile[F] };

type QuestionOf<F extends ProfileField, I extends string> = {
  id: I;
  field: F;
  /** The article the question serves, shown beside it. */
  source: Citation;
  /** Every value of the field once, "unknown" ("I don't know") last. */
  options: readonly QuestionOption<F>[];
  /** Asked only when this holds; routing as data, after the Dutch AI Act decision aid. */
  askWhen?: FieldCondition;
};

function question<const I extends string, F extends ProfileField>(
  id: I,
  field: F,
  source: Citation,
  values: readonly SystemProfile[F][],
  askWhen?: FieldCondition,
): QuestionOf<F, I> {
  const options = values.map((value) => ({ id: value, value }));
  return askWhen ? { id, field, source, options, askWhen } : { id, field, source, options };
}

const YES_NO = ["yes", "no", "unknown"] as const;

/**
 * The questions, one per profile field the law's tests read. The order breaks ties only: `nextQuestion`
 * first asks whatever can settle a prohibited capability, then the tier, then duties. Within a group,
 * plain facts about the system come before the blunt questions about prohibited practices, and a broad
 * question comes before the narrow one it opens. Prompts and option labels: question-texts.ts.
 */
export const QUESTIONS = [
  question("personal-data", "personalData", cite("ai-law", "10", "1"), YES_NO),
  question("personal-data-lawful", "personalDataLawful", cite("ai-law", "17", "3", "4"), YES_NO, { field: "personalData", is: ["yes"] }),
  question("automated-decisions", "automatedDecisions", cite("pd-law", "19-1", "1"), YES_NO),
  question("automated-consent", "automatedDecisionConsent", cite("pd-law", "19-1", "1"), YES_NO, { field: "automatedDecisions", is: ["yes"] }),
  question("biometrics", "biometrics", cite("ai-law", "17", "3", "5"), YES_NO),
  // Asked after "I don't know" too: sorting people by race or religion is easier to rule out than biometrics.
  question("biometric-categories", "biometricCategorisation", cite("ai-law", "17", "3", "5"), YES_NO, { field: "biometrics", not: ["no"] }),
  question("emotion-recognition", "emotionRecognition", cite("ai-law", "17", "3", "6"), YES_NO),
  question("emotion-consent", "emotionConsent", cite("ai-law", "17", "3", "6"), ["consent", "legal_basis", "no", "unknown"], {
    field: "emotionRecognition",
    is: ["yes"],
  }),
  question("social-scoring", "socialScoring", cite("ai-law", "17", "3", "3"), YES_NO),
  question("scoring-legal-basis", "scoringLegalBasis", cite("ai-law", "17", "3", "3"), YES_NO, { field: "socialScoring", is: ["yes"] }),
  question("manipulation", "manipulation", cite("ai-law", "17", "3", "1"), YES_NO),
  question("vulnerability", "exploitsVulnerability", cite("ai-law", "17", "3", "2"), YES_NO),
  question("prohibited-outputs", "prohibitedOutputs", cite("ai-law", "17", "3", "7"), YES_NO),
  question("failure-impact", "failureImpact", cite("ai-law", "17", "1"), ["minimal", "harm", "severe", "unknown"]),
  question("critical-infrastructure", "criticalInfrastructure", cite("ai-law", "17", "1"), YES_NO),
  question("state-resources", "stateResources", cite("ai-law", "17", "1"), YES_NO),
  question("domain", "domain", cite("ai-law", "17", "1", "3"), [
    "finance", "health", "employment", "education", "public_services", "law_enforcement", "justice", "migration",
    "critical_infrastructure", "transport", "marketing", "customer_service", "media", "retail", "other", "unknown",
  ]),
  question("autonomy", "autonomy", cite("ai-law", "17", "2"), ["low", "medium", "high", "unknown"]),
  question("user-facing", "userFacing", cite("ai-law", "21", "1"), YES_NO),
  question("synthetic-content", "syntheticContent", cite("ai-law", "21", "2"), YES_NO),
  question("data-storage", "dataStorage", cite("pd-law", "12", "2"), ["kazakhstan", "abroad", "both", "none", "unknown"], {
    field: "personalData",
    is: ["yes"],
  }),
  question("training-location", "trainingLocation", cite("pd-law", "16"), ["kazakhstan", "abroad", "no_personal_data", "unknown"], {
    field: "personalData",
    is: ["yes"],
  }),
  question("restricted-data", "restrictedData", cite("ai-law", "17", "4"), YES_NO),
  question("trains-on-works", "trainsOnWorks", cite("ai-law", "23", "5"), YES_NO),
  question("trusted-list", "wantsTrustedList", cite("ai-law", "19", "2"), YES_NO),
] as const;

export type QuestionId = (typeof QUESTIONS)[number]["id"];
/** A question as callers see it: routing data, with its field and options. */
export type Question = { [F in ProfileField]: QuestionOf<F, QuestionId> }[ProfileField];

const ALL: readonly Question[] = QUESTIONS;

/** The question with this id, e.g. "emotion-consent"; undefined for an id from elsewhere. */
export const questionById = (id: string): Question | undefined => ALL.find((q) => q.id === id);
/** The question that fills this field; undefined for fields no question asks (EU market, entity size). */
export const questionForField = (field: ProfileField): Question | undefined => ALL.find((q) => q.field === field);

const FOLLOW_UPS: ReadonlyMap<ProfileField, readonly Question[]> = (() => {
  const map = new Map<ProfileField, Question[]>();
  for (const q of ALL) {
    for (const gate of new Set(q.askWhen ? conditionFields(q.askWhen) : [])) map.set(gate, [...(map.get(gate) ?? []), q]);
  }
  return map;
})();

/** Questions whose `askWhen` reads the field: the narrower questions its answer opens or closes. */
export const followUps = (field: ProfileField): readonly Question[] => FOLLOW_UPS.get(field) ?? [];

/** Every question, in tie-break order. */
export const allQuestions = (): readonly Question[] => ALL;
