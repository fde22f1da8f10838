import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import type { Lang } from "../types.js";

/**
 * Kazakh is agglutinative: a root takes a chain of plural, possessive, case and verb suffixes
 * (камера-лар-ы-мен). No Snowball stemmer exists for it, so we peel the common suffixes from the end,
 * longest first, while at least three letters of stem remain. Over-stemming is harmless here: both the
 * lexicons and the search index go through this same function.
 */
const KAZAKH_SUFFIXES = [
  // verb forms and participles
  "ғандықтан", "гендіктен", "қандықтан", "кендіктен", "атындай", "етіндей",
  "ушылар", "ушілер", "ушы", "уші", "атын", "етін", "йтын", "йтін", "ған", "ген", "қан", "кен",
  "маймыз", "мейміз", "майды", "мейді", "пайды", "пейді", "байды", "бейді",
  // Negative verbs stem like positive ones (жина-ма-й-мыз → жина); describe reads the "not" from the whole word.
  "баймыз", "бейміз", "паймыз", "пейміз", "майтын", "мейтін", "байтын", "бейтін", "пайтын", "пейтін",
  "маған", "меген", "баған", "беген", "паған", "пеген", "мады", "меді", "бады", "беді", "пады", "педі",
  "уға", "уге", "уды", "уді", "уы", "уі",
  "амыз", "еміз", "йміз", "ймыз", "ады", "еді", "йды", "йді", "ды", "ді", "ты", "ті",
  "са", "се", "у", "ып", "іп", "п",
  // plural + possessive + case
  "лардың", "лердің", "дардың", "дердің", "тардың", "тердің",
  "ларына", "леріне", "дарына", "деріне", "тарына", "теріне",
  "ларын", "лерін", "дарын", "дерін", "тарын", "терін",
  "ларға", "лерге", "дарға", "дерге", "тарға", "терге",
  "ларда", "лерде", "дарда", "дерде", "тарда", "терде",
  "лардан", "лерден", "дардан", "дерден", "тардан", "терден",
  "лармен", "лермен", "дармен", "дермен", "тармен", "термен",
  "лары", "лері", "дары", "дері", "тары", "тері",
  "лар", "лер", "дар", "дер", "тар", "тер",
  "ының", "інің", "ның", "нің", "дың", "дің", "тың", "тің",
  "ына", "іне", "ға", "ге", "қа", "ке", "на", "не", "а", "е",
  "ында", "інде", "нда", "нде", "да", "де", "та", "те",
  "ынан", "інен", "нан", "нен", "дан", "ден", "тан", "тен",
  "ымен", "імен", "мен", "бен", "пен",
  "ындағы", "індегі", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
  "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "сын", "сін",
  "ын", "ін", "ны", "ні", "н",
  "ым", "ім", "ың", "ің", "м", "ң",
  "сыз", "сіз", "лық", "лік", "дық", "дік", "тық", "тік",
  "ы", "і", "сы", "сі",
].sort((a, b) => b.length - a.length);

const MIN_KAZAKH_STEM = 3;

export function stemKazakh(word: string): string {
  let stem = word;
  // Up to four passes: a word rarely carries more than plural + possessive + case + one derivation.
  for (let pass = 0; pass < 4; pass++) {
    const suffix = KAZAKH_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_KAZAKH_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Stem one lower-cased word in the given language. */
export function stem(word: string, lang: Lang): string {
  switch (lang) {
    case "kk":
      return stemKazakh(word);
    case "ru":
      return stemRussian(word);
    case "en":
      return stemEnglish(word);
  }
}

/** Words of a text: lower-cased, letters and digits only (Kazakh letters included), ё folded to е. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, "е").match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Stems of a text's words, in order. */
export const stems = (text: string, lang: Lang): string[] => words(text).map((w) => stem(w, lang));

/** One word of a text with its place in the original, so matches can quote the founder's own words. */
export interface Token {
  /** Lower-cased, ё folded to е, as `words` gives it. */
  word: string;
  stem: string;
  /** Offsets into the original text: `text.slice(start, end)` is the surface form. */
  start: number;
  end: number;
}

/** Words of a text, lower-cased like `words`, with their stems and their offsets in the original text. */
export function tokenize(text: string, lang: Lang): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map((m) => {
    const word = m[0].toLowerCase().replace(/ё/g, "е");
    return { word, stem: stem(word, lang), start: m.index, end: m.index + m[0].length };
  });
}
