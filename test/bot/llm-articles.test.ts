import { test } from "node:test";
import assert from "node:assert/strict";
import { unknownArticles } from "../../bot/llm/answerer.js";
import { ENTRIES } from "../../knowledge/entries/index.js";
import { ActId, formatCitation, isRealCitation } from "../../knowledge/law/articles.js";
import { LANGS } from "../../knowledge/types.js";

/** Acts whose articles an answer states as "Art. N" / «ст. N» / «N-бап»: the audit order has items, the trusted-list rules nothing. */
const NUMBERED: readonly ActId[] = ActId.options.filter((act) => act !== "order-263" && act !== "trusted-list-rules");
// Annexes are not articles: "Annex III" is no number an answer could state wrongly.
const citations = ENTRIES.flatMap((e) => e.citations).filter((c) => c.article !== undefined && !c.article.startsWith("Annex") && NUMBERED.includes(c.act));

test("an article number stated with its act must be an article of that act, in every language", () => {
  assert.deepEqual(unknownArticles("Art. 21(2) of Law No. 230-VIII requires a label."), []);
  assert.deepEqual(unknownArticles("The fine is in Art. 641-1 of Law No. 230-VIII."), ["641-1"], "641-1 is an article of the КоАП, not of the AI law");
  assert.deepEqual(unknownArticles("Штраф — КоАП, ст. 641-1; маркировка — ст. 21 Закона об ИИ."), []);
  assert.deepEqual(unknownArticles("Штраф по ст. 21 КоАП."), ["21"]);
  assert.deepEqual(unknownArticles("Штраф: ст. 641-1 Кодекса Республики Казахстан об административных правонарушениях."), []);
  assert.deepEqual(unknownArticles("Еңбек кодексі, 21-бабы"), ["21"]);
  assert.deepEqual(unknownArticles("Art. 21(9) of the AI Law"), ["21"], "the AI law's art. 21 has five points");
});

test("a number no act is named beside must be an article of an act the cited entries cite", () => {
  assert.deepEqual(unknownArticles("You must label it (Art. 21(2)).", ["ai-law"]), []);
  assert.deepEqual(unknownArticles("You must label it (Art. 21(2)).", ["koap"]), ["21"]);
  assert.deepEqual(unknownArticles("Law No. 230-VIII, Art. 21; fines: Art. 641-1.", ["ai-law", "koap"]), [], "an act named in another clause says nothing");
});

test("every citation our entries make passes under its own act's name and fails under an act that lacks the article", () => {
  for (const lang of LANGS) {
    for (const c of citations) {
      assert.deepEqual(unknownArticles(`${formatCitation(c, lang)}.`, []), [], `${lang}: ${formatCitation(c, lang)}`);
      for (const other of NUMBERED.filter((act) => !isRealCitation({ act, article: c.article! }))) {
        const wrong = formatCitation({ act: other, article: c.article! }, lang);
        assert.deepEqual(unknownArticles(`${wrong}.`, ActId.options), [c.article], `${lang}: ${wrong}`);
      }
    }
  }
});

test("no entry's own wording would be discarded: its text and sources pass with the acts it cites", () => {
  for (const lang of LANGS) {
    for (const e of ENTRIES) {
      const worded = `${e.text[lang]}\n${e.citations.map((c) => formatCitation(c, lang)).join("; ")}`;
      assert.deepEqual(unknownArticles(worded, e.citations.map((c) => c.act)), [], `${lang} ${e.id}`);
    }
  }
});
