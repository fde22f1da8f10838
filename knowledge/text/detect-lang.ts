import type { Lang } from "../types.js";

/** Letters that Kazakh Cyrillic has and Russian does not. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const CYRILLIC = /[а-яё]/i;

/**
 * A best guess at the language of a founder's text when they did not say: any Kazakh-only letter means
 * Kazakh, other Cyrillic means Russian, anything else English. Callers let an explicit choice win.
 */
export function detectLang(text: string): Lang {
  if (KAZAKH_LETTERS.test(text)) return "kk";
  if (CYRILLIC.test(text)) return "ru";
  return "en";
}
