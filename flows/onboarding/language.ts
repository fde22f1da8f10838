import type { Lang } from "../../knowledge/types.js";

/** Names people type for each language, in all three languages, lower-cased. */
const NAMES: Record<Lang, readonly string[]> = {
  kk: ["kk", "kz", "kaz", "kazakh", "қазақ", "қазақша", "қазақ тілі", "казахский", "казахский язык", "на казахском"],
  ru: ["ru", "rus", "russian", "орыс", "орысша", "орыс тілі", "русский", "русский язык", "по-русски", "на русском"],
  en: ["en", "eng", "english", "ағылшын", "ағылшынша", "ағылшын тілі", "английский", "английский язык", "на английском"],
};

/** The language a typed word names ("русский", "kk", "English"), or null. */
export function parseLanguage(text: string): Lang | null {
  const word = text.trim().toLowerCase();
  for (const [lang, names] of Object.entries(NAMES) as [Lang, readonly string[]][]) if (names.includes(word)) return lang;
  return null;
}
