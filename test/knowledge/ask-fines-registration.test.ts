/**
 * Review finding 8: founders' questions about the deepfake fine and about registration, in the words a newcomer
 * typed into the terminal chat and in paraphrases written before reading the retrieval lexicon.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ask } from "../../knowledge/ask/index.js";
import { cite, formatCitation } from "../../knowledge/law/articles.js";
import type { Lang } from "../../knowledge/types.js";

/** The first entry of an answer: title, text and its sources line. */
const firstBlock = (answer: string): string => answer.split("\n\n")[0] ?? "";

describe("a question asking what the fine is gets the amounts", () => {
  const amounts: Record<Lang, RegExp[]> = {
    en: [/15 for individuals/, /20 for small businesses and non-profits/, /100 for large businesses/, /1 MCI = 4,325 tenge/],
    ru: [/физлицам 15/, /крупного 100 МРП/, /1 МРП = 4 325 тенге/],
    kk: [/жеке тұлғаларға 15/, /ірі кәсіпкерлікке 100 АЕК/, /1 АЕК = 4 325 теңге/],
  };
  const questions: [Lang, string][] = [
    ["en", "What is the fine for not labelling a deepfake?"],
    ["en", "How much is the fine for an unlabelled deepfake?"],
    ["en", "What penalty do we face for AI-generated fake videos without a warning?"],
    ["en", "If our app posts a synthetic voice clip with no disclosure, how much can we be fined?"],
    ["en", "Are there penalties for unmarked AI-generated images of real people?"],
    ["ru", "Какой штраф за немаркированный дипфейк?"],
    ["kk", "Дипфейкті таңбаламағаны үшін айыппұл қандай?"],
  ];
  for (const [lang, question] of questions) {
    test(`${lang}: ${question}`, () => {
      const r = ask(question, lang);
      assert.equal(r.escalate, false, `confidence ${r.confidence}`);
      for (const re of amounts[lang]) assert.match(r.answer, re);
      assert.ok(r.citations.some((c) => c.article === formatCitation(cite("koap", "641-1", "1"), lang)), "the amounts carry art. 641-1(1)");
    });
  }

  test("English answers name the Code of Administrative Offences in English, never «КоАП»", () => {
    for (const [lang, question] of questions.filter(([l]) => l === "en")) {
      const r = ask(question, lang);
      assert.doesNotMatch(r.answer, /КоАП/, question);
      assert.match(r.answer, /Code of Administrative Offences/, question);
    }
  });

  test("a question that names the fine's article still leads with who hears the case, and adds the amounts", () => {
    const r = ask("What is the fine under article 692-3?", "en");
    assert.equal(r.citations[0]?.entryId, "fines.jurisdiction");
    assert.match(r.answer, /100 for large businesses/);
  });

  test("a question that does not ask about fines is not padded with the fines table", () => {
    const r = ask("Do we have to label every text our chatbot writes?", "en");
    assert.ok(!r.citations.some((c) => c.entryId === "fines.overview"), JSON.stringify(r.citations.map((c) => c.entryId)));
  });
});

describe("a question about registering the system says plainly that none is required", () => {
  const questions = [
    "Do I need to register my AI system?",
    "Do we need government approval before launching our chatbot?",
    "Is there a state registry where AI products must be registered before launch?",
    "Do we have to get our model approved by a ministry?",
  ];
  for (const question of questions) {
    test(question, () => {
      const r = ask(question, "en");
      assert.equal(r.escalate, false, `confidence ${r.confidence}`);
      const block = firstBlock(r.answer);
      assert.match(block, /^No mandatory registration or pre-approval\n/);
      assert.match(block, /does not require registering an AI system in a state register, an expert review, or regulator approval before launch/);
      assert.match(block, /Sources: .*Art\. 17\(1\)/);
    });
  }
});
