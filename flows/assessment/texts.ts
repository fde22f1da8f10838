import { entryById } from "../../knowledge/entries/index.js";
import type { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { questionText as knowledgeQuestionText } from "../../knowledge/profile/question-texts.js";
import { questionForField, type Question } from "../../knowledge/profile/questions.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";

/** A question's prompt in the founder's language, from the question data (knowledge/profile/question-texts.ts). */
export const questionText = (question: Question, lang: Lang): string => knowledgeQuestionText(question, lang).prompt;

/** An option's label ("Yes", "Не знаю", "Қазақстанда"); the id itself if the data has none. */
export function optionText(question: Question, optionId: string, lang: Lang): string {
  return knowledgeQuestionText(question, lang).options.find((o) => o.id === optionId)?.label ?? optionId;
}

/** A profile value as its question's option label, or null for a field no question asks (entitySize, euMarket). */
export function valueText(field: ProfileField, value: string, lang: Lang): string | null {
  const question = questionForField(field);
  return question ? optionText(question, value, lang) : null;
}

/** A prohibited capability's name, from its knowledge entry (Art. 17(3)). */
export const prohibitedTitle = (code: ProhibitedCapability, lang: Lang): string => entryById(`prohibited.${code}`)?.title[lang] ?? code;
