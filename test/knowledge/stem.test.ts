import { test } from "node:test";
import assert from "node:assert/strict";
import { stem, stems, tokenize, words } from "../../knowledge/text/stem.js";
import type { Lang } from "../../knowledge/types.js";

/** Inflected forms a founder writes, and the plain form they must stem like. */
const EQUIVALENT: { lang: Lang; base: string; forms: readonly string[] }[] = [
  { lang: "kk", base: "камера", forms: ["камералар", "камераларымыз", "камерасы", "камерамен"] },
  { lang: "kk", base: "несие", forms: ["несиелер", "несиелерді", "несиесін", "несиелерімізді"] },
  { lang: "kk", base: "деректер", forms: ["деректерді", "деректерін", "деректеріміз"] },
  { lang: "kk", base: "сервер", forms: ["серверлерде", "серверлерімізде"] },
  { lang: "kk", base: "шымкент", forms: ["шымкенттегі"] },
  // The negation lives in the word's shape, not its stem: both say "collect", and describe reads the "not" apart.
  { lang: "kk", base: "жинаймыз", forms: ["жинамаймыз", "жинамаған"] },
  { lang: "ru", base: "камеры", forms: ["камерами", "камер", "камеру"] },
  { lang: "ru", base: "кредиты", forms: ["кредитов", "кредитами"] },
  { lang: "ru", base: "одобряем", forms: ["одобряет", "одобряют"] },
  { lang: "en", base: "approve", forms: ["approves", "approving", "approved"] },
  { lang: "en", base: "loan", forms: ["loans"] },
  { lang: "en", base: "camera", forms: ["cameras"] },
];

for (const { lang, base, forms } of EQUIVALENT) {
  test(`${forms.join(", ")} stem like "${base}" (${lang})`, () => {
    for (const form of forms) assert.equal(stem(form, lang), stem(base, lang), form);
  });
}

test("short Kazakh roots are left whole: a stem keeps at least three letters", () => {
  for (const word of ["ел", "біз", "жоқ", "сот", "бет"]) assert.equal(stem(word, "kk"), word);
  assert.equal(stem("сотта", "kk"), "сот");
});

test("tokenize gives the same words as words(), each pointing at its surface form in the text", () => {
  const text = "Камераларымыз Алматыда; AWS-те ЁЛКА 4.2 🤖 don't";
  const tokens = tokenize(text, "kk");
  assert.deepEqual(tokens.map((t) => t.word), words(text));
  assert.deepEqual(tokens.map((t) => t.stem), stems(text, "kk"));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).toLowerCase().replace(/ё/g, "е"), t.word);
  assert.equal(tokens[0]?.stem, stem("камера", "kk"));
});
