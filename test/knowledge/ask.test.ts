import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { z } from "zod";
import { AskResult, DISCLAIMER, ESCALATE_BELOW, NOT_SURE, ask, rank } from "../../knowledge/ask/index.js";
import { CONFIDENCE_MARK } from "../../knowledge/ask/messages.js";
import { entryById } from "../../knowledge/entries/index.js";
import { formatCitation, isRealCitation } from "../../knowledge/law/articles.js";
import { LANGS, type Lang } from "../../knowledge/types.js";

/** A founder's question and the entries that answer it; no expected entry means the bot should not answer. */
const DevQuestion = z.object({
  question: z.string().min(1),
  expected: z.array(z.string()),
  /** Off-topic but close to a founder's world (tax, visas, banking): measured, not asserted. */
  nearDomain: z.boolean().optional(),
});
type DevQuestion = z.infer<typeof DevQuestion>;

const devSet = (lang: Lang): DevQuestion[] =>
  z.array(DevQuestion).parse(JSON.parse(readFileSync(new URL(`../fixtures/questions/${lang}.json`, import.meta.url), "utf8")));

/**
 * A founder sees up to three entries, so top-3 decides whether the answer helps. The brief aims at 85%.
 * The last 14 on-topic questions per language were written after the first round of tuning and, before any
 * tuning on them, scored 86–93% top-3 and 71–79% top-1; the whole set now scores 98–100% top-3. 90% top-3
 * and 80% top-1 leave room for rewording entries yet fail at once if tokenizing or stemming breaks.
 */
const TOP3_MIN = 0.9;
const TOP1_MIN = 0.8;

const onTopic = (lang: Lang): DevQuestion[] => devSet(lang).filter((q) => q.expected.length > 0);

describe("ask", () => {
  for (const lang of LANGS) {
    test(`finds the right entry for founders' questions in ${lang}`, () => {
      const questions = onTopic(lang);
      assert.ok(questions.length >= 20, `${lang}: only ${questions.length} questions`);
      let top1 = 0;
      let top3 = 0;
      for (const q of questions) {
        const ids = rank(q.question, lang).map((h) => h.entry.id);
        const at = ids.findIndex((id) => q.expected.includes(id));
        if (at === 0) top1++;
        if (at >= 0 && at < 3) top3++;
      }
      const n = questions.length;
      console.log(`ask ${lang}: top-1 ${(top1 / n).toFixed(2)}, top-3 ${(top3 / n).toFixed(2)} over ${n} questions`);
      assert.ok(top3 / n >= TOP3_MIN, `${lang} top-3 ${top3}/${n}`);
      assert.ok(top1 / n >= TOP1_MIN, `${lang} top-1 ${top1}/${n}`);
    });
  }

  test("off-topic questions escalate to a person in the asker's language", () => {
    for (const lang of LANGS) {
      const offTopic = devSet(lang).filter((q) => q.expected.length === 0 && !q.nearDomain);
      assert.ok(offTopic.length >= 3);
      for (const q of offTopic) {
        const r = ask(q.question, lang);
        assert.equal(r.escalate, true, `${lang}: ${q.question} (confidence ${r.confidence})`);
        assert.ok(r.answer.startsWith(NOT_SURE[lang]), q.question);
        assert.deepEqual(r.citations, []);
      }
      // Tax, visa and banking questions share words with the entries; lexical retrieval cannot always tell.
      const near = devSet(lang).filter((q) => q.nearDomain);
      const escalated = near.filter((q) => ask(q.question, lang).escalate).length;
      console.log(`ask ${lang}: ${escalated}/${near.length} near-domain off-topic questions escalate`);
    }
  });

  test("a blank question escalates rather than guessing", () => {
    const r = ask("  ?! ", "en");
    assert.equal(r.escalate, true);
    assert.equal(r.confidence, 0);
  });

  test("questions about what the law lacks retrieve the not-in-law entries", () => {
    const cases: [Lang, string, string][] = [
      ["en", "Can we join the AI regulatory sandbox?", "not_in_law.sandbox"],
      ["ru", "Как попасть в песочницу для ИИ?", "not_in_law.sandbox"],
      ["kk", "ЖИ үшін құмсалғыш бар ма?", "not_in_law.sandbox"],
      ["en", "What is the fine under article 692-3?", "fines.jurisdiction"],
      ["ru", "Штраф по статье 692-3 КоАП", "fines.jurisdiction"],
      ["kk", "692-3-бап бойынша айыппұл қандай?", "fines.jurisdiction"],
      ["en", "Is registration of AI systems mandatory?", "not_in_law.registration"],
      ["ru", "Обязательна ли регистрация системы ИИ?", "not_in_law.registration"],
      ["kk", "ЖИ жүйесін тіркеу міндетті ме?", "not_in_law.registration"],
    ];
    for (const [lang, question, id] of cases) {
      const r = ask(question, lang);
      assert.equal(r.escalate, false, question);
      assert.equal(r.citations[0]?.entryId, id, question);
    }
  });

  test("every citation in every answer points at a real article of the entry it came from", () => {
    for (const lang of LANGS) {
      for (const q of onTopic(lang)) {
        for (const c of ask(q.question, lang).citations) {
          const entry = entryById(c.entryId);
          assert.ok(entry, c.entryId);
          const source = entry.citations.find((x) => formatCitation(x, lang) === c.article);
          assert.ok(source && isRealCitation(source), `${c.entryId}: ${c.article}`);
        }
      }
    }
  });

  test("every answer is a valid result, ends with the disclaimer and escalates exactly below the threshold", () => {
    for (const lang of LANGS) {
      for (const q of devSet(lang)) {
        const r = AskResult.parse(ask(q.question, lang));
        assert.ok(r.answer.endsWith(DISCLAIMER[lang]), q.question);
        assert.equal(r.escalate, r.confidence < ESCALATE_BELOW, q.question);
      }
    }
  });

  test("reported facts are marked as secondary in the answer and its citations", () => {
    const questions: Record<Lang, string> = {
      en: "How many working days does the trusted list review take?",
      ru: "Сколько рабочих дней рассматривают заявку в перечень доверенных систем?",
      kk: "Сенімді жүйелер тізбесіне өтінімді қарау қанша жұмыс күні?",
    };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.citations[0]?.entryId, "listing.deadlines", lang);
      assert.ok(r.answer.startsWith(`${CONFIDENCE_MARK.secondary?.[lang]} `), lang);
      assert.ok(r.citations.filter((c) => c.entryId === "listing.deadlines").every((c) => c.confidence === "secondary"));
    }
  });

  test("answers come in the asked language", () => {
    const r = ask("Нужна ли лицензия на ИИ?", "ru");
    const entry = entryById("not_in_law.licensing");
    assert.ok(entry);
    assert.ok(r.answer.includes(entry.text.ru));
    assert.ok(!r.answer.includes(entry.text.en));
  });

  test("the same question always gets the same answer", () => {
    const q = "Can we use cameras to read customers' emotions?";
    assert.deepEqual(ask(q, "en"), ask(q, "en"));
  });
});
