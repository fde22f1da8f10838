import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENTRIES, KnowledgeEntry, Topic, entryById, weakestConfidence } from "../../knowledge/entries/index.js";
import { cite, citationConfidence, isRealCitation } from "../../knowledge/law/articles.js";
import { ObligationCode, ProhibitedCapability } from "../../knowledge/law/codes.js";
import { Confidence, LANGS } from "../../knowledge/types.js";

const strength = (c: Confidence): number => Confidence.options.indexOf(c);

describe("knowledge entries", () => {
  test("every citation of every entry names an article that exists", () => {
    const unreal = ENTRIES.flatMap((e) => e.citations.filter((c) => !isRealCitation(c)).map((c) => `${e.id}: ${JSON.stringify(c)}`));
    assert.deepEqual(unreal, []);
  });

  test("no entry claims more confidence than the weakest act it cites", () => {
    for (const e of ENTRIES) {
      const floor = weakestConfidence(e.citations.map(citationConfidence));
      assert.ok(strength(e.confidence) >= strength(floor), `${e.id} is ${e.confidence} but cites a ${floor} act`);
    }
  });

  test("an entry that rests on the trusted-list rules is labelled secondary", () => {
    const onRules = ENTRIES.filter((e) => e.citations.some((c) => c.act === "trusted-list-rules"));
    assert.ok(onRules.length > 0);
    for (const e of onRules) assert.equal(e.confidence, "secondary", e.id);
  });

  test("secondary entries say in every language that their facts are reported", () => {
    const said = { en: /reported/i, ru: /сообщени/i, kk: /хабарлан/i };
    for (const e of ENTRIES.filter((x) => x.confidence === "secondary")) {
      for (const lang of LANGS) assert.match(e.text[lang], said[lang], `${e.id} (${lang})`);
    }
  });

  test("entry ids are unique and look up the entry they name", () => {
    assert.equal(new Set(ENTRIES.map((e) => e.id)).size, ENTRIES.length);
    for (const e of ENTRIES) assert.equal(entryById(e.id), e);
    assert.equal(entryById("tier.unknown"), undefined);
  });

  test("the ids the assessment renderer reads all exist", () => {
    const required = [
      "tier.minimal", "tier.medium", "tier.high", "tier.who_classifies",
      "autonomy.low", "autonomy.medium", "autonomy.high",
      ...ProhibitedCapability.options.map((c) => `prohibited.${c}`),
      ...ObligationCode.options.map((c) => `obligation.${c}`),
    ];
    assert.deepEqual(required.filter((id) => !entryById(id)), []);
  });

  test("the issue's topics are all covered, including what the law does not contain", () => {
    const topics = new Set(ENTRIES.map((e) => e.topic));
    assert.deepEqual(Topic.options.filter((t) => !topics.has(t)), []);
    for (const id of ["not_in_law.sandbox", "not_in_law.registration", "not_in_law.autonomous_ban", "fines.jurisdiction", "not_in_law.mandatory_audit", "not_in_law.licensing"]) {
      assert.ok(entryById(id), id);
    }
    assert.ok(ENTRIES.length >= 45 && ENTRIES.length <= 80, `${ENTRIES.length} entries`);
  });

  test("Kazakh texts name the risk degrees and autonomy classes in the law's own words", () => {
    const terms: Record<string, string> = {
      "tier.minimal": "қауіп-қатер дәрежесі ең төмен",
      "tier.medium": "қауіп-қатер дәрежесі орташа",
      "tier.high": "қауіп-қатер дәрежесі жоғары",
      "autonomy.low": "дербестігі төмен",
      "autonomy.medium": "дербестігі орташа",
      "autonomy.high": "дербестігі жоғары",
      "def.owner_possessor": "иегер",
      "def.data_library": "дерекнама",
    };
    for (const [id, term] of Object.entries(terms)) assert.ok(entryById(id)?.text.kk.toLowerCase().includes(term), `${id} lacks «${term}»`);
    const foreign = /собственник|владел|маркировк|тәуекел дәрежесі/i;
    for (const e of ENTRIES) assert.doesNotMatch(`${e.title.kk} ${e.text.kk}`, foreign, e.id);
  });

  test("each fine entry gives the КоАП 641-1 amounts in tenge at the 2026 MCI of 4,325", () => {
    const mci = { individual: [15, 30], small_or_nonprofit: [20, 50], medium: [30, 70], large: [100, 200] } as const;
    const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    for (const [size, amounts] of Object.entries(mci)) {
      const e = entryById(`fines.${size}`);
      assert.ok(e, size);
      for (const n of amounts) {
        const kzt = n * 4_325;
        assert.ok(e.text.en.includes(`${n} MCI`) && e.text.en.includes(group(kzt, ",")), `${size} en ${n}`);
        assert.ok(e.text.ru.includes(`${n} МРП`) && e.text.ru.includes(group(kzt, " ")), `${size} ru ${n}`);
        assert.ok(e.text.kk.includes(`${n} АЕК`) && e.text.kk.includes(group(kzt, " ")), `${size} kk ${n}`);
      }
    }
  });

  test("a made-up article or an overclaimed confidence fails to parse", () => {
    const base = {
      id: "test.entry",
      topic: "law",
      title: { kk: "а", ru: "б", en: "c" },
      text: { kk: "а", ru: "б", en: "c" },
      confidence: "primary",
    };
    assert.equal(KnowledgeEntry.safeParse({ ...base, citations: [cite("ai-law", "17", "3", "6")] }).success, true);
    assert.equal(KnowledgeEntry.safeParse({ ...base, citations: [{ act: "ai-law", article: "17", point: "3", subpoint: "8" }] }).success, false);
    assert.equal(KnowledgeEntry.safeParse({ ...base, citations: [{ act: "koap", article: "692-3", point: "3" }] }).success, false);
    assert.equal(KnowledgeEntry.safeParse({ ...base, citations: [cite("trusted-list-rules")] }).success, false);
    assert.equal(KnowledgeEntry.safeParse({ ...base, citations: [] }).success, false);
  });
});
