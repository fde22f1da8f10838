import { tokenize, type Token } from "../text/stem.js";
import type { Lexicon } from "./rule.js";

/** Which side of a negation word its negation reaches. */
export type Negation = "none" | "both" | "forward" | "backward";

/** A word of the founder's text, placed in its sentence and clause, and marked if it negates. */
export interface Word extends Token {
  sentence: number;
  clause: number;
  negation: Negation;
}

function negationOf(word: string, lexicon: Lexicon, both: ReadonlySet<string>, forward: ReadonlySet<string>): Negation {
  if (both.has(word)) return "both";
  if (forward.has(word)) return "forward";
  if (lexicon.negationShape?.test(word)) return "backward";
  return "none";
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
  return tokenize(text, lexicon.lang).map((token, i) => {
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
}
