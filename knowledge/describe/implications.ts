import type { ProfileField } from "../profile/schema.js";
import type { KnownValue } from "./description.js";

type FieldValue = { [F in ProfileField]: { field: F; value: KnownValue<F> } }[ProfileField];

/** A field that follows from another: used only when the text says nothing direct about the implied field. */
export interface Implication {
  when: FieldValue;
  then: FieldValue;
  /** The implied field's confidence is the premise's times this. */
  factor: number;
}

/**
 * What a careful reader concludes without being told. Order matters: an implied field can be the premise of a
 * later line (biometric categorisation → biometrics → personal data).
 */
export const IMPLICATIONS: readonly Implication[] = [
  // Art. 17(3)(5): sorting people by biometrics processes biometrics.
  { when: { field: "biometricCategorisation", value: "yes" }, then: { field: "biometrics", value: "yes" }, factor: 0.95 },
  // Faces, voices, emotions read from a person and a score about a person are all data about identifiable people.
  { when: { field: "biometrics", value: "yes" }, then: { field: "personalData", value: "yes" }, factor: 0.95 },
  { when: { field: "emotionRecognition", value: "yes" }, then: { field: "personalData", value: "yes" }, factor: 0.9 },
  { when: { field: "socialScoring", value: "yes" }, then: { field: "personalData", value: "yes" }, factor: 0.9 },
  // PD Law art. 19-1 is about automated processing of personal data that settles people's rights. It implies no
  // autonomy class: the system takes the decision under medium autonomy too, and high autonomy (Art. 17(2)(3)) needs
  // correction by a person to be excluded or technically impossible, while art. 19-1(2)-(3) itself expects an
  // objection to be reviewed within three working days. Only the founder can say whether a person can correct
  // or cancel the decision, so the autonomy question is asked.
  { when: { field: "automatedDecisions", value: "yes" }, then: { field: "personalData", value: "yes" }, factor: 0.85 },
  // With no personal data there is nothing to store or train on in the sense of PD Law art. 12(2).
  { when: { field: "personalData", value: "no" }, then: { field: "trainingLocation", value: "no_personal_data" }, factor: 0.9 },
  { when: { field: "personalData", value: "no" }, then: { field: "dataStorage", value: "none" }, factor: 0.9 },
  { when: { field: "criticalInfrastructure", value: "yes" }, then: { field: "domain", value: "critical_infrastructure" }, factor: 0.8 },
  // Art. 17(1)(3): where a failure reaches the state's core functions or its infrastructure, the proposed consequence
  // is "significant negative consequences"; the founder confirms or corrects it at the confirmation.
  { when: { field: "domain", value: "law_enforcement" }, then: { field: "failureImpact", value: "severe" }, factor: 0.75 },
  { when: { field: "domain", value: "justice" }, then: { field: "failureImpact", value: "severe" }, factor: 0.75 },
  { when: { field: "domain", value: "migration" }, then: { field: "failureImpact", value: "severe" }, factor: 0.75 },
  { when: { field: "domain", value: "critical_infrastructure" }, then: { field: "failureImpact", value: "severe" }, factor: 0.75 },
  // Where the text says nothing of what a failure would do, the field of use proposes the usual answer: a state
  // service or a transport system that fails reaches people's lives (17(1)(3)); a failed support, marketing or
  // teaching tool costs time or money (17(1)(2)); a failed media or shop recommender barely matters (17(1)(1)).
  // Only a proposal: the founder confirms or corrects it with one tap.
  { when: { field: "domain", value: "public_services" }, then: { field: "failureImpact", value: "severe" }, factor: 0.7 },
  { when: { field: "domain", value: "transport" }, then: { field: "failureImpact", value: "severe" }, factor: 0.7 },
  { when: { field: "domain", value: "customer_service" }, then: { field: "failureImpact", value: "harm" }, factor: 0.7 },
  { when: { field: "domain", value: "marketing" }, then: { field: "failureImpact", value: "harm" }, factor: 0.7 },
  { when: { field: "domain", value: "education" }, then: { field: "failureImpact", value: "harm" }, factor: 0.7 },
  { when: { field: "domain", value: "media" }, then: { field: "failureImpact", value: "minimal" }, factor: 0.7 },
  { when: { field: "domain", value: "retail" }, then: { field: "failureImpact", value: "minimal" }, factor: 0.7 },
];

/**
 * Fields that only mean something once another field holds: consent to emotion recognition is moot when no
 * emotions are read (Art. 17(3)(6)), consent to automated decisions when none are made (PD Law art. 19-1),
 * a legal basis for scoring when nobody is scored (Art. 17(3)(3)), lawfulness when no personal data are processed.
 */
export const PREREQUISITES: readonly { field: ProfileField; needs: FieldValue }[] = [
  { field: "emotionConsent", needs: { field: "emotionRecognition", value: "yes" } },
  { field: "automatedDecisionConsent", needs: { field: "automatedDecisions", value: "yes" } },
  { field: "scoringLegalBasis", needs: { field: "socialScoring", value: "yes" } },
  { field: "personalDataLawful", needs: { field: "personalData", value: "yes" } },
];
