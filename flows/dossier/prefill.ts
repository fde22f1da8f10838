import type { Assessment } from "../../knowledge/assess/assessment.js";
import { STATEMENTS } from "../../knowledge/interview/statements.js";
import type { Citation } from "../../knowledge/law/articles.js";
import { questionForField } from "../../knowledge/profile/questions.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import type { ResultMemory } from "../result/state.js";
import type { ConversationState } from "../state.js";
import { citedIn } from "./document.js";
import { MAX_FIELD_TEXT, type DossierFieldId } from "./dossier.js";

/** Dossier fields the assessment already answers, and the profile fields that answer them, in reading order. */
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

/** Plain facts that make no legal statement of their own, so they carry no citation. */
const UNCITED: ReadonlySet<ProfileField> = new Set(["domain", "personalData", "biometrics"]);

/** The article a fact is stated under: the autonomy class the assessment read (Art. 17(2)(1)–(3)), otherwise the article the field's question serves. */
function citationFor(field: ProfileField, assessment: Assessment): Citation | undefined {
  if (UNCITED.has(field)) return undefined;
  return field === "autonomy" ? assessment.autonomy.article : questionForField(field)?.source;
}

/**
 * One sentence per known fact, in the words the founder confirmed in the interview (knowledge/interview/statements.ts,
 * in the law's own Kazakh terms), closed with its citation where it states something the law turns on. The
 * sentences live in knowledge/ and not in locales/ because a kept suggestion is stored as the founder's own text,
 * and a pure flow has no translator to write it with.
 */
function sentence(field: ProfileField, assessment: Assessment, lang: Lang): string | null {
  const value = assessment.profile[field];
  const byValue: Readonly<Record<string, Readonly<Record<Lang, string>>>> = STATEMENTS[field];
  const text = byValue[value]?.[lang];
  if (text === undefined) return null;
  const c = citationFor(field, assessment);
  return c === undefined ? `${text}.` : `${text} (${citedIn(c, lang)}).`;
}

/**
 * A suggested value for a dossier field in `lang`, from a result: the founder's own description for the intended
 * use, and prose drawn from the confirmed answers for the rest. Unknown answers are left out; null when nothing is known.
 */
export function suggestion(field: DossierFieldId, result: ResultMemory, lang: Lang): string | null {
  if (field === "intendedUse") {
    const text = result.draft.description;
    return text !== null && text.length <= MAX_FIELD_TEXT ? text : null;
  }
  const sentences = (FROM_PROFILE[field] ?? []).flatMap((f) => sentence(f, result.assessment, lang) ?? []);
  return sentences.length === 0 ? null : sentences.join(" ");
}

/**
 * The suggestion in the conversation's language, from the latest result. Computed when asked, never stored, so a
 * language switch changes the suggestion too.
 */
export function suggestionFor(field: DossierFieldId, state: ConversationState): string | null {
  const result = state.memory.result;
  return result === undefined ? null : suggestion(field, result, state.lang);
}
