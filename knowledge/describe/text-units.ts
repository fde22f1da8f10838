import { tokenize, type Token } from "../text/stem.js";
import type { Lexicon } from "./rule.js";

/**
 * Which side of a negation word its negation reaches. "privative" reaches no side: the word denies only itself
 * and its owner (Kazakh «адамсыз», «адамның қатысуынсыз»; see Lexicon.privative).
 */
export type Negation = "none" | "both" | "forward" | "backward" | "privative";

/** A word of the founder's text, placed in its sentence and clause, and marked if it negates. */
export interface Word extends Token {
  sentence: number;
  clause: number;
  negation: Negation;
  /** For a privative word, the index of the genitive word that owns it («адамның» before «қатысуынсыз»). */
  owner?: number;
}

function negationOf(word: string, lexicon: Lexicon, both: ReadonlySet<string>, forward: ReadonlySet<string>): Negation {
  if (both.has(word)) return "both";
  if (forward.has(word)) return "forward";
  if (lexicon.negationShape?.test(word)) return "backward";
  if (lexicon.privative?.shape.test(word)) return "privative";
  return "none";
}

/** Links each privative word that takes an owner to the genitive word just before it, in the same clause. */
function linkOwners(words: Word[], lexicon: Lexicon): Word[] {
  const privative = lexicon.privative;
  if (!privative) return words;
  return words.map((word, i) => {
    const before = words[i - 1];
    const owned = word.negation === "privative" && privative.owned.test(word.word);
    return owned && before && before.clause === word.clause && privative.owner.test(before.word) ? { ...word, owner: i - 1 } : word;
  });
}

const SENTENCE_BREAK = /[.…!?\n]/;
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/;
// "4.2" and "4,2" are one number, not a sentence or clause break.
const DECIMAL_POINT = /^[.,]$/;
const ENDS_IN_DIGIT = /\d$/;
const STARTS_WITH_DIGIT = /^\d/;

/** Splits a text into words with sentence and clause numbers; the numbers bound matches and negation. */
export function readWords(text: string, lexicon: Lexicon): Word[] {
  const clauseWords = new Set(lexicon.clauseWords);
  const both = new Set(lexicon.negationWords);
  const forward = new Set(lexicon.forwardNegationWords);
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  let previousWord = "";
  const words = tokenize(text, lexicon.lang).map((token, i): Word => {
    const gap = text.slice(previousEnd, token.start);
    const decimal = DECIMAL_POINT.test(gap) && ENDS_IN_DIGIT.test(previousWord) && STARTS_WITH_DIGIT.test(token.word);
    previousEnd = token.end;
    previousWord = token.word;
    const mayBreak = i > 0 && !decimal;
    if (mayBreak && SENTENCE_BREAK.test(gap)) {
      sentence++;
      clause++;
    } else if (mayBreak && (CLAUSE_BREAK.test(gap) || clauseWords.has(token.word))) {
      clause++;
    }
    return { ...token, sentence, clause, negation: negationOf(token.word, lexicon, both, forward) };
  });
  return linkOwners(words, lexicon);
}
