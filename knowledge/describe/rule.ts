import type { ProfileField } from "../profile/schema.js";
import type { Lang } from "../types.js";
import type { KnownValue } from "./description.js";

/**
 * Slots separated by spaces; each slot must be filled by a different word of one sentence, in any order, all within
 * the rule's window. A slot lists alternatives separated by "|":
 * - `loan`: a word with the same stem as "loan" (loans, loaned);
 * - `эмоци*`: a word whose stem or lower-cased form starts with "эмоци", for roots the stemmer cuts unevenly;
 * - `!neg`: a negation word of the language ("no", "не", "жоқ", a negative Kazakh verb such as "жинамаймыз");
 * - `=asking`: exactly this word, lower-cased, where the stemmer would join words that mean different things
 *   ("informed" and "information", «айтпаймыз» and «айтып»).
 */
export type Pattern = string;

type RuleFor<F extends ProfileField> = {
  field: F;
  value: KnownValue<F>;
  /** What one match says on its own, 0..1; a cue below the threshold needs another cue for the same value. */
  weight: number;
  patterns: readonly Pattern[];
  /** Largest distance in words between the first and the last word of a match (default: DEFAULT_WINDOW). */
  window?: number;
  /**
   * The value a negated match gives ("we do not collect personal data"); without it a negated match is ignored.
   * A rule whose meaning a nearby "no" does not change (the domain) names its own value here.
   */
  negated?: KnownValue<F>;
  /** One slot of words that cancel the rule when they appear in a clause of the match. */
  unless?: string;
  /**
   * One slot of words that cancel the rule anywhere in the match's sentence: "emotions are read; staff are not asked"
   * is no consent to emotion reading, not to the data, though the two sit in different clauses.
   */
  unlessInSentence?: string;
  /**
   * One slot of words of which one must appear in the match's sentence: what the rule's words are about. "No
   * consent" makes personal data unlawful only when it is consent to the data, not to one feature or to an actor.
   */
  about?: string;
};

/** One way founders give a field away, in one language. Rules are data: the lexicons hold nothing else. */
export type Rule = { [F in ProfileField]: RuleFor<F> }[ProfileField];

export const DEFAULT_WINDOW = 6;

/** Everything `describe` knows about one language. */
export interface Lexicon {
  lang: Lang;
  /** Words that negate what is said on either side of them in the same clause ("not", "не", "жоқ"). */
  negationWords: readonly string[];
  /** Words that negate only what follows them: "without consent" says nothing against the data before it. */
  forwardNegationWords: readonly string[];
  /** Word shapes that negate what comes before them: Kazakh negates the verb itself, after its object (жина-ма-й-мыз). */
  negationShape?: RegExp;
  /** Words that open a new clause ("but", "а", "бірақ"), so a negation before them does not reach past them. */
  clauseWords: readonly string[];
  /**
   * A suffix that means "without" (Kazakh -сыз/-сіз): `shape` is a word that carries it. Such a word denies only what
   * it names, never the rest of its clause: «адамсыз» is no person, so it fills no `адам*`; only a pattern that spells
   * the privative (`адамсыз*`, `келісімінсіз*`) matches it. `owned` is a privative that denies its owner too, `owner`
   * the genitive word just before it: in «адамның қатысуынсыз» (without a person's participation) no person takes
   * part, so a match on «адамның» is negated; in «клиенттің келісімінсіз» the client is still there.
   */
  privative?: { shape: RegExp; owned: RegExp; owner: RegExp };
  rules: readonly Rule[];
}
