import type { Lang } from "../types.js";
import type { Description, InferredProfile } from "./description.js";
import { en } from "./lexicon/en.js";
import { kk } from "./lexicon/kk.js";
import { ru } from "./lexicon/ru.js";
import { compileLexicon, findHits, type CompiledRule } from "./match.js";
import { completeInferences, resolveHits } from "./resolve.js";
import { readWords } from "./text-units.js";

const LEXICONS = { kk, ru, en } as const;
// Compiled on a language's first description rather than at import: compiling all three took about 50 ms of
// every start, before the terminal chat's first prompt (issue 13), and most chats only ever need one.
const compiled = new Map<Lang, CompiledRule[]>();
function compiledFor(lang: Lang): CompiledRule[] {
  const rules = compiled.get(lang) ?? compileLexicon(LEXICONS[lang]);
  compiled.set(lang, rules);
  return rules;
}

/**
 * Reads a founder's own description of their AI system and fills the profile fields it gives away (the risk
 * test of Art. 17(1), the autonomy classes of Art. 17(2), the prohibited capabilities of Art. 17(3), the
 * labelling of Art. 21(2) and the personal-data questions of PD Law arts. 12 and 19-1), each with the founder's
 * words that gave it away. Fields it cannot read stay out; the questions ask for them. Pure and deterministic.
 */
export function describe(text: string, lang: Lang): Description {
  const words = readWords(text, LEXICONS[lang]);
  const inferences = completeInferences(resolveHits(findHits(words, compiledFor(lang)), words, text));
  const profile: InferredProfile = Object.fromEntries(inferences.map((i) => [i.field, i.value]));
  return { profile, inferences };
}
