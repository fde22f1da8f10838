import type { ProfileField } from "../../knowledge/profile/schema.js";
import { questionForField } from "../../knowledge/profile/questions.js";
import { optionText, questionText } from "../assessment/texts.js";
import type { ConversationState } from "../state.js";
import { MAX_FIELD_TEXT, type DossierFieldId } from "./dossier.js";

/** Dossier fields the assessment already answers, and the profile fields that answer them. */
const FROM_PROFILE: Partial<Record<DossierFieldId, readonly ProfileField[]>> = {
  purpose: ["domain"],
  dataSources: ["personalData", "biometrics", "trainsOnWorks"],
  dataLocation: ["dataStorage", "trainingLocation"],
  dataLibraries: ["trainsOnWorks", "trainingLocation"],
  prohibitedCapabilities: [
    "manipulation",
    "exploitsVulnerability",
    "socialScoring",
    "personalDataLawful",
    "automatedDecisionConsent",
    "biometricCategorisation",
    "emotionRecognition",
    "emotionConsent",
    "prohibitedOutputs",
  ],
  potentialHarms: ["failureImpact"],
  humanOversight: ["autonomy"],
};

/**
 * A suggested value for a dossier field, in the conversation's language, from the latest result: the founder's
 * own description for the intended use, and the profile's answers (question, then answer) for the rest. Null
 * when we know nothing. Computed when asked, never stored, so a language switch changes the suggestion too.
 */
export function suggestionFor(field: DossierFieldId, state: ConversationState): string | null {
  const result = state.memory.result;
  if (result === undefined) return null;
  if (field === "intendedUse") {
    const text = result.draft.description;
    return text !== null && text.length <= MAX_FIELD_TEXT ? text : null;
  }
  const profile = result.assessment.profile;
  const lines = (FROM_PROFILE[field] ?? []).flatMap((f) => {
    const question = questionForField(f);
    if (question === undefined || profile[f] === "unknown") return [];
    return [`${questionText(question, state.lang)} ${optionText(question, profile[f], state.lang)}.`];
  });
  return lines.length === 0 ? null : lines.join("\n");
}
