import { entryById } from "../../knowledge/entries/index.js";
import { citedSource } from "../../knowledge/assess/explain.js";
import type { Citation } from "../../knowledge/law/articles.js";
import type { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { questionText as knowledgeQuestionText, screeningItem } from "../../knowledge/profile/question-texts.js";
import { isGroup, tickedFields, type InterviewQuestion } from "../../knowledge/profile/questions.js";
import type { SystemProfile } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { sourcesText } from "../result/render.js";

/**
 * A question's prompt in the founder's language, from the question data (knowledge/profile/question-texts.ts).
 * With the profile, a screening lists only what it would still settle there.
 */
export const questionText = (question: InterviewQuestion, lang: Lang, profile?: SystemProfile): string =>
  knowledgeQuestionText(question, lang, profile).prompt;

/** An option's label ("Yes", "Не знаю", "Қазақстанда"); the id itself if the data has none. */
export function optionText(question: InterviewQuestion, optionId: string, lang: Lang): string {
  const options = knowledgeQuestionText(question, lang).options;
  const ticked = tickedFields(optionId);
  if (ticked !== null) return `${options.find((o) => o.id === "yes")?.label ?? ""}: ${ticked.map((f) => screeningItem(question, f, lang)).join("; ")}`;
  return options.find((o) => o.id === optionId)?.label ?? optionId;
}

/** The articles a question serves, each act named once: "Law …, Art. 17(1), Art. 21(2); Personal Data Law …, Art. 19-1(1)". */
export function questionSources(question: InterviewQuestion, lang: Lang): string {
  const all: readonly Citation[] = isGroup(question) ? [question.source, ...question.also] : [question.source];
  return sourcesText(all.map((c) => citedSource(c, lang)), lang);
}

/** A knowledge entry's title ("tier.high", "obligation.documentation"); the id itself for an entry a newer knowledge base dropped. */
export const entryTitle = (id: string, lang: Lang): string => entryById(id)?.title[lang] ?? id;

/** A prohibited capability's name, from its knowledge entry (Art. 17(3)). */
export const prohibitedTitle = (code: ProhibitedCapability, lang: Lang): string => entryTitle(`prohibited.${code}`, lang);
