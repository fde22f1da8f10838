import { cite, type Citation } from "../law/articles.js";
import { conditionFields, couldHold, type FieldCondition } from "../law/rules-condition.js";
import { PROFILE_FIELDS, type ProfileField, type SystemProfile } from "./schema.js";

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

/** One answer to a question about several fields: what it writes into each field still unknown. */
export type GroupOption = { id: string; sets: Partial<SystemProfile> };

/**
 * A question about several fields at once, in the manner of decision aids:
 * - `screening` lists rare capabilities; "none of these" writes each listed field's harmless value, while
 *   "yes, at least one" and "not sure" write nothing, so each field's own question follows (with its own
 *   "I don't know");
 * - `combined` asks fields founders answer together in one go; once it is asked, its fields are not asked
 *   one by one, since every option says what it means for each of them ("I don't know" leaves them open).
 */
type GroupQuestionOf<I extends string> = {
  id: I;
  kind: "screening" | "combined";
  /** The fields it asks about, in the order a founder reads them. */
  fields: readonly ProfileField[];
  /** The article the question serves first, shown beside it, then the others it touches. */
  source: Citation;
  also: readonly Citation[];
  options: readonly GroupOption[];
  askWhen?: FieldCondition;
};

function screening<const I extends string>(id: I, [source, ...also]: readonly [Citation, ...Citation[]], none: Partial<SystemProfile>): GroupQuestionOf<I> {
  // In the order written below, which is the order a founder reads them in.
  const fields = Object.keys(none).flatMap((key) => PROFILE_FIELDS.filter((f) => f === key));
  return { id, kind: "screening", fields, source, also, options: [{ id: "no", sets: none }, { id: "yes", sets: {} }, { id: "unknown", sets: {} }] };
}

/**
 * Questions that settle several fields with one answer. They come before the fields' own questions, which
 * stay for whatever a group leaves open and for correcting what a description gave.
 */
export const GROUP_QUESTIONS = [
  // Art. 17(3)(1)-(7) in the law's order; "none" means each practice is absent, which for item 4 is lawful handling.
  screening("prohibited-practices", [cite("ai-law", "17", "3")], {
    manipulation: "no",
    exploitsVulnerability: "no",
    socialScoring: "no",
    personalDataLawful: "yes",
    biometricCategorisation: "no",
    emotionRecognition: "no",
    prohibitedOutputs: "no",
  }),
  // Capabilities whose duties apply only on "yes" (rules-obligations.ts), and the two high-risk classes of Art. 17(1), last paragraph.
  screening("special-cases", [cite("ai-law", "17", "1"), cite("ai-law", "17", "4"), cite("ai-law", "21", "2"), cite("ai-law", "23", "5"), cite("pd-law", "19-1", "1")], {
    automatedDecisions: "no",
    syntheticContent: "no",
    trainsOnWorks: "no",
    restrictedData: "no",
    criticalInfrastructure: "no",
    stateResources: "no",
  }),
  {
    id: "automated",
    kind: "combined",
    fields: ["automatedDecisions", "automatedDecisionConsent"],
    source: cite("pd-law", "19-1", "1"),
    also: [cite("ai-law", "17", "3", "4")],
    options: [
      { id: "no", sets: { automatedDecisions: "no" } },
      { id: "consent", sets: { automatedDecisions: "yes", automatedDecisionConsent: "yes" } },
      { id: "no-consent", sets: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
      { id: "yes", sets: { automatedDecisions: "yes" } },
      { id: "unknown", sets: {} },
    ],
  },
  {
    id: "emotions",
    kind: "combined",
    fields: ["emotionRecognition", "emotionConsent"],
    source: cite("ai-law", "17", "3", "6"),
    also: [],
    options: [
      { id: "no", sets: { emotionRecognition: "no" } },
      { id: "consent", sets: { emotionRecognition: "yes", emotionConsent: "consent" } },
      { id: "legal-basis", sets: { emotionRecognition: "yes", emotionConsent: "legal_basis" } },
      { id: "no-consent", sets: { emotionRecognition: "yes", emotionConsent: "no" } },
      { id: "yes", sets: { emotionRecognition: "yes" } },
      { id: "unknown", sets: {} },
    ],
  },
  {
    id: "scoring",
    kind: "combined",
    fields: ["socialScoring", "scoringLegalBasis"],
    source: cite("ai-law", "17", "3", "3"),
    also: [],
    options: [
      { id: "no", sets: { socialScoring: "no" } },
      { id: "legal-basis", sets: { socialScoring: "yes", scoringLegalBasis: "yes" } },
      { id: "no-legal-basis", sets: { socialScoring: "yes", scoringLegalBasis: "no" } },
      { id: "yes", sets: { socialScoring: "yes" } },
      { id: "unknown", sets: {} },
    ],
  },
  {
    id: "state-systems",
    kind: "combined",
    fields: ["criticalInfrastructure", "stateResources"],
    source: cite("ai-law", "17", "1"),
    also: [],
    options: [
      { id: "no", sets: { criticalInfrastructure: "no", stateResources: "no" } },
      { id: "critical", sets: { criticalInfrastructure: "yes", stateResources: "no" } },
      { id: "state", sets: { criticalInfrastructure: "no", stateResources: "yes" } },
      { id: "both", sets: { criticalInfrastructure: "yes", stateResources: "yes" } },
      { id: "unknown", sets: {} },
    ],
  },
  {
    id: "data-location",
    kind: "combined",
    fields: ["dataStorage", "trainingLocation"],
    source: cite("pd-law", "12", "2"),
    also: [cite("pd-law", "16")],
    askWhen: { field: "personalData", is: ["yes"] },
    // Where data are kept abroad, where they are trained no longer changes anything (PD Law art. 16 applies already).
    options: [
      { id: "kazakhstan", sets: { dataStorage: "kazakhstan", trainingLocation: "kazakhstan" } },
      { id: "kazakhstan-untrained", sets: { dataStorage: "kazakhstan", trainingLocation: "no_personal_data" } },
      { id: "trained-abroad", sets: { dataStorage: "kazakhstan", trainingLocation: "abroad" } },
      { id: "abroad", sets: { dataStorage: "abroad" } },
      { id: "both", sets: { dataStorage: "both" } },
      { id: "none", sets: { dataStorage: "none", trainingLocation: "no_personal_data" } },
      { id: "none-trained-here", sets: { dataStorage: "none", trainingLocation: "kazakhstan" } },
      { id: "none-trained-abroad", sets: { dataStorage: "none", trainingLocation: "abroad" } },
      { id: "unknown", sets: {} },
    ],
  },
] as const satisfies readonly GroupQuestionOf<string>[];

export type GroupQuestionId = (typeof GROUP_QUESTIONS)[number]["id"];
export type GroupQuestion = GroupQuestionOf<GroupQuestionId>;
/** Anything the interview can ask: a field's own question or a group question. */
export type InterviewQuestion = Question | GroupQuestion;

export const isGroup = (q: InterviewQuestion): q is GroupQuestion => "kind" in q;

const GROUPS: readonly GroupQuestion[] = GROUP_QUESTIONS;

/**
 * The order that breaks ties between questions settling equally urgent parts: personal data first (a plain
 * fact), then the screenings, then each field's own question in the order of `QUESTIONS`, with each combined
 * question just before the first of the questions it combines.
 */
const ROUTE: readonly InterviewQuestion[] = (() => {
  const [personalData, ...rest]: readonly [Question, ...Question[]] = QUESTIONS;
  const combined = GROUPS.filter((g) => g.kind === "combined");
  const placed = new Set<GroupQuestion>();
  const fieldsInOrder = rest.flatMap((q): InterviewQuestion[] => {
    const group = combined.find((g) => g.fields.includes(q.field) && !placed.has(g));
    if (group === undefined) return [q];
    placed.add(group);
    return [group, q];
  });
  return [personalData, ...GROUPS.filter((g) => g.kind === "screening"), ...fieldsInOrder];
})();

/** Every question the interview may ask, group questions included, in tie-break order. */
export const interviewQuestions = (): readonly InterviewQuestion[] => ROUTE;

/** Any question by id, group questions included; undefined for an id from elsewhere. */
export const interviewQuestionById = (id: string): InterviewQuestion | undefined => ROUTE.find((q) => q.id === id);

/**
 * A screening answered "yes, at least one" with the ones that apply ticked: the option id names them, so the answer
 * replays like any other. Ticked fields take the value that shows the capability, the others the harmless one.
 */
export const SOME_PREFIX = "some:";
export const someOption = (fields: readonly ProfileField[]): string => `${SOME_PREFIX}${fields.join(",")}`;

/** The ticked fields of a `some:` answer, or null when the option is not one. */
export function tickedFields(optionId: string): ProfileField[] | null {
  if (!optionId.startsWith(SOME_PREFIX)) return null;
  const names = optionId.slice(SOME_PREFIX.length).split(",").filter((f) => f !== "");
  return names.every((f) => (PROFILE_FIELDS as readonly string[]).includes(f)) ? (names as ProfileField[]) : null;
}

/** What a screening writes for a ticked field: the opposite of its "none of these" (every screened field is yes/no). */
export function presentValue(group: GroupQuestion, field: ProfileField): string | undefined {
  const none: Partial<Record<ProfileField, string>> = group.options.find((o) => o.id === "no")?.sets ?? {};
  const absent = none[field];
  return absent === "no" ? "yes" : absent === "yes" ? "no" : undefined;
}

/** Every group question: the screenings, then the combined questions. */
export const groupQuestions = (): readonly GroupQuestion[] => GROUPS;

/**
 * The fields a group question would still write into this profile: those still unknown, and for a screening
 * only those whose own question could still apply (no "uses personal data unlawfully" once there are none).
 * A screening lists exactly these, so "none of these" never overwrites what the founder said.
 */
export function unsettledFields(group: GroupQuestion, profile: SystemProfile): ProfileField[] {
  const unknown = new Set(PROFILE_FIELDS.filter((f) => profile[f] === "unknown"));
  return group.fields.filter((field) => {
    if (!unknown.has(field)) return false;
    const gate = group.kind === "screening" ? questionForField(field)?.askWhen : undefined;
    return gate === undefined || couldHold(gate, profile, unknown);
  });
}
