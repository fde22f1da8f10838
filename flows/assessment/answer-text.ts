import type { InterviewQuestion } from "../../knowledge/profile/questions.js";
import { LANGS, type Lang } from "../../knowledge/types.js";
import { optionText } from "./texts.js";

/** Short replies people type instead of pressing a button, per option id, in all three languages. */
const SYNONYMS: Record<string, readonly string[]> = {
  yes: ["yes", "y", "yeah", "yep", "да", "ага", "иә", "ия", "иа", "әрине"],
  no: ["no", "n", "nope", "none", "нет", "ничего", "жоқ", "жок", "ешқайсысы"],
  unknown: [
    "not sure", "unsure", "don't know", "dont know", "i don't know", "no idea", "?",
    "не знаю", "не уверен", "не уверена", "без понятия", "хз",
    "білмеймін", "білмеймин", "сенімді емеспін", "белгісіз",
  ],
};

const normal = (text: string): string => text.toLowerCase().replace(/ё/g, "е").replace(/[.!,;:«»"'()]/g, "").replace(/\s+/g, " ").trim();

/**
 * The option a typed answer names: its label in the conversation's language (or another of ours, since
 * founders mix them), or a common short form ("да", "жоқ", "not sure"). Null when the text is something else,
 * which the assessment then treats as a question for the knowledge base.
 */
export function matchOption(question: InterviewQuestion, text: string, lang: Lang): string | null {
  const typed = normal(text);
  const langs = [lang, ...LANGS.filter((l) => l !== lang)];
  for (const l of langs) {
    const hit = question.options.find((o) => normal(optionText(question, o.id, l)) === typed);
    if (hit) return hit.id;
  }
  const bySynonym = question.options.find((o) => SYNONYMS[o.id]?.includes(typed));
  return bySynonym?.id ?? null;
}
