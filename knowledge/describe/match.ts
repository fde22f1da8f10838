import { stem } from "../text/stem.js";
import { DEFAULT_WINDOW, type Lexicon, type Rule } from "./rule.js";
import type { Word } from "./text-units.js";

/** `privative`: the lexicon word itself carries the "without" suffix («келісімінсіз*»), so the pattern means it. */
type Term =
  | { kind: "stem"; stem: string; privative: boolean }
  | { kind: "exact"; word: string; privative: boolean }
  | { kind: "prefix"; prefix: string; privative: boolean }
  | { kind: "negation" };
type Slot = readonly Term[];

/** A rule with its patterns parsed and its words stemmed once, when the lexicon loads. */
export interface CompiledRule {
  rule: Rule;
  patterns: readonly (readonly Slot[])[];
  unless: Slot | undefined;
  unlessInSentence: Slot | undefined;
  about: Slot | undefined;
  window: number;
}

/** One rule matched in one sentence: the value it gives and the words that matched. */
export interface Hit {
  rule: Rule;
  value: string;
  words: readonly number[];
}

/** A negation word further than this from a match (in words, same clause) is about something else. */
const NEGATION_REACH = 4;

const normalise = (s: string): string => s.toLowerCase().replace(/ё/g, "е");

function parseSlot(slot: string, lexicon: Lexicon): Slot {
  // `unless`, `unlessInSentence` and `about` are one slot each: a space there would silently drop words.
  if (/\s/.test(slot.trim())) throw new Error(`lexicon ${lexicon.lang}: the slot "${slot}" has a space; a slot is one word per alternative`);
  return slot.split("|").map((alternative): Term => {
    if (alternative === "!neg") return { kind: "negation" };
    if (alternative.startsWith("=") && alternative.length > 1) {
      const word = normalise(alternative.slice(1));
      return { kind: "exact", word, privative: lexicon.privative?.shape.test(word) ?? false };
    }
    const privative = lexicon.privative?.shape.test(normalise(alternative.replace(/\*$/, ""))) ?? false;
    if (alternative.endsWith("*")) return { kind: "prefix", prefix: normalise(alternative.slice(0, -1)), privative };
    // A lexicon word with a space or punctuation would never match one word: that is a bug in the data.
    if (!/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(alternative)) {
      throw new Error(`lexicon ${lexicon.lang}: "${alternative}" is not one word`);
    }
    return { kind: "stem", stem: stem(normalise(alternative), lexicon.lang), privative };
  });
}

/** Parses and stems a lexicon's rules; throws on a malformed pattern, which is a bug in the lexicon data. */
export function compileLexicon(lexicon: Lexicon): CompiledRule[] {
  return lexicon.rules.map((rule) => ({
    rule,
    patterns: rule.patterns.map((p) => p.trim().split(/\s+/).map((slot) => parseSlot(slot, lexicon))),
    unless: rule.unless === undefined ? undefined : parseSlot(rule.unless, lexicon),
    unlessInSentence: rule.unlessInSentence === undefined ? undefined : parseSlot(rule.unlessInSentence, lexicon),
    about: rule.about === undefined ? undefined : parseSlot(rule.about, lexicon),
    window: rule.window ?? DEFAULT_WINDOW,
  }));
}

function fills(term: Term, word: Word): boolean {
  // "Without X" is no X: a privative word («қызметкерсіз», «келісімінсіз») fills only a term that spells the privative.
  if (term.kind !== "negation" && word.negation === "privative" && !term.privative) return false;
  switch (term.kind) {
    case "stem":
      return word.stem === term.stem;
    case "exact":
      return word.word === term.word;
    case "prefix":
      // Also the surface form: the Kazakh stemmer sometimes cuts into a root (дауысы → дау).
      return word.stem.startsWith(term.prefix) || word.word.startsWith(term.prefix);
    case "negation":
      // "Without" inside a Kazakh word denies that word only; it is no "not" for the other words of a pattern.
      return word.negation !== "none" && word.negation !== "privative";
  }
}

const fillsSlot = (slot: Slot, word: Word): boolean => slot.some((term) => fills(term, word));

/**
 * A sentence's words, and the same words grouped by spelling: a slot is tried once per distinct word. `stems` and
 * `spellings` let most patterns be ruled out by a lookup before any word is tried (`mayMatch`).
 */
interface Sentence {
  indexes: readonly number[];
  bySpelling: readonly (readonly number[])[];
  stems: ReadonlySet<string>;
  spellings: ReadonlySet<string>;
}

function sentences(words: readonly Word[]): Sentence[] {
  const groups: Map<string, number[]>[] = [];
  words.forEach((word, i) => {
    const spellings = (groups[word.sentence] ??= new Map());
    const same = spellings.get(word.word);
    if (same) same.push(i);
    else spellings.set(word.word, [i]);
  });
  return groups.flatMap((spellings) => {
    if (!spellings) return [];
    const bySpelling = [...spellings.values()];
    return [{
      indexes: bySpelling.flat().sort((a, b) => a - b),
      bySpelling,
      stems: new Set(bySpelling.map((same) => words[same[0]!]!.stem)),
      spellings: new Set(spellings.keys()),
    }];
  });
}

/**
 * False when some slot made only of stems and exact words has none of them in the sentence, so the pattern cannot
 * match there; a slot with a prefix or a negation is left to `matches`. Only ever rules out: `fills` is stricter
 * (a privative word fills fewer terms), never looser. Most of a lexicon's patterns fail here, for the cost of a
 * lookup per alternative, where `matches` tried every word of the sentence (issue 13: describe took 3–4 ms).
 */
function mayMatch(sentence: Sentence, slots: readonly Slot[]): boolean {
  return slots.every((slot) =>
    slot.some((term) =>
      term.kind === "stem" ? sentence.stems.has(term.stem) : term.kind === "exact" ? sentence.spellings.has(term.word) : true,
    ),
  );
}

const positions = (words: readonly Word[], sentence: Sentence, slot: Slot): number[] =>
  sentence.bySpelling.filter((same) => fillsSlot(slot, words[same[0]!]!)).flat();

/** A slot that stands only for a negation ("!neg"), whose word must point at the rest of the match. */
const negationOnly = (slot: Slot): boolean => slot.every((t) => t.kind === "negation");

/**
 * A negation word fills a `!neg` slot only where it reaches the other words: "without" negates what follows it,
 * so in "we collect contacts without permission" it says nothing against the contacts; a Kazakh negative verb
 * negates what precedes it.
 */
function negationPoints(words: readonly Word[], slots: readonly Slot[], chosen: readonly number[]): boolean {
  return slots.every((slot, s) => {
    if (!negationOnly(slot)) return true;
    const at = chosen[s]!;
    const others = chosen.filter((_, i) => i !== s && !negationOnly(slots[i]!));
    if (others.length === 0) return true;
    const negation = words[at]!.negation;
    if (negation === "forward") return others.some((o) => o > at);
    if (negation === "backward") return others.some((o) => o < at);
    return true;
  });
}

/**
 * Sets of distinct words, one per slot, inside one sentence, tightest first; empty when some slot stays empty or
 * the words lie further apart than the window. Anchored on the rarest slot, the others take the nearest word.
 * The caller takes the first that is neither cancelled nor negated away, so a negated mention does not hide a
 * plain one later in the sentence.
 */
function matches(words: readonly Word[], sentence: Sentence, slots: readonly Slot[], window: number): number[][] {
  const candidates: number[][] = [];
  for (const slot of slots) {
    const found = positions(words, sentence, slot);
    if (found.length === 0) return [];
    candidates.push(found);
  }
  const anchorSlot = candidates.reduce((best, p, i) => (p.length < candidates[best]!.length ? i : best), 0);
  const found: { match: number[]; span: number }[] = [];
  for (const anchor of candidates[anchorSlot]!) {
    const chosen = new Array<number>(slots.length);
    chosen[anchorSlot] = anchor;
    const used = new Set([anchor]);
    let complete = true;
    candidates.forEach((options, slotIndex) => {
      if (slotIndex === anchorSlot || !complete) return;
      const nearest = options
        .filter((i) => !used.has(i))
        .reduce<number | undefined>((n, i) => (n === undefined || Math.abs(i - anchor) < Math.abs(n - anchor) ? i : n), undefined);
      if (nearest === undefined) complete = false;
      else {
        chosen[slotIndex] = nearest;
        used.add(nearest);
      }
    });
    if (!complete || !negationPoints(words, slots, chosen)) continue;
    const span = Math.max(...chosen) - Math.min(...chosen);
    if (span <= window) found.push({ match: [...chosen].sort((a, b) => a - b), span });
  }
  return found.sort((a, b) => a.span - b.span || a.match[0]! - b.match[0]!).map((f) => f.match);
}

function isNegated(words: readonly Word[], sentence: Sentence, match: readonly number[]): boolean {
  // A match that holds a negation already says what it means ("nobody notices"). Another negation word near it
  // is the same negation repeated, as Russian and Kazakh do ("никто не заметит", "ешкім байқамайды").
  if (match.some((i) => words[i]!.negation !== "none")) return false;
  const clauses = new Set(match.map((i) => words[i]!.clause));
  const first = match[0]!;
  const last = match[match.length - 1]!;
  return sentence.indexes.some((j) => {
    const { negation, clause, owner } = words[j]!;
    if (negation === "none" || match.includes(j) || !clauses.has(clause)) return false;
    // A privative outside the match reaches only its owner: «адамның қатысуынсыз» denies «адамның», not the clause.
    if (negation === "privative") return owner !== undefined && match.includes(owner);
    if (j < first) return negation !== "backward" && first - j <= NEGATION_REACH;
    if (j > last) return negation !== "forward" && j - last <= NEGATION_REACH;
    return true;
  });
}

/** A rule with `about` counts only in a sentence that names what it is about. */
const offTopic = (words: readonly Word[], sentence: Sentence, about: Slot | undefined): boolean =>
  about !== undefined && !sentence.indexes.some((i) => fillsSlot(about, words[i]!));

function cancelled(words: readonly Word[], sentence: Sentence, match: readonly number[], rule: CompiledRule): boolean {
  const { unless, unlessInSentence } = rule;
  if (unlessInSentence && sentence.indexes.some((i) => !match.includes(i) && fillsSlot(unlessInSentence, words[i]!))) return true;
  if (!unless) return false;
  const clauses = new Set(match.map((i) => words[i]!.clause));
  return sentence.indexes.some((i) => clauses.has(words[i]!.clause) && fillsSlot(unless, words[i]!));
}

/** Every rule that matches, at most once per sentence, with negation already applied. */
export function findHits(words: readonly Word[], rules: readonly CompiledRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentences(words)) {
    for (const compiled of rules) {
      if (offTopic(words, sentence, compiled.about)) continue;
      let hit: Hit | undefined;
      for (const slots of compiled.patterns) {
        if (!mayMatch(sentence, slots)) continue;
        for (const match of matches(words, sentence, slots, compiled.window)) {
          if (cancelled(words, sentence, match, compiled)) continue;
          const value = isNegated(words, sentence, match) ? compiled.rule.negated : compiled.rule.value;
          if (value === undefined) continue;
          hit = { rule: compiled.rule, value, words: match };
          break;
        }
        if (hit) break;
      }
      if (hit) hits.push(hit);
    }
  }
  return hits;
}
