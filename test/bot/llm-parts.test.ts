import { test } from "node:test";
import assert from "node:assert/strict";
import { unknownArticles } from "../../bot/llm/answerer.js";
import { CircuitBreaker } from "../../bot/llm/circuit-breaker.js";
import { maskPersonalData } from "../../bot/llm/masking.js";
import { KnowledgeRetriever } from "../../bot/llm/retriever.js";

test("personal data is masked in all three languages before text leaves", () => {
  const cases = [
    { description: "Russian name and IIN", text: "Меня зовут Айгерим Бекова, ИИН 900101300123.", masked: "Меня зовут [NAME], ИИН [IIN]." },
    { description: "Kazakh name and phone", text: "Менің атым Асқар, телефон 8 (701) 234-56-78", masked: "Менің атым [NAME], телефон [PHONE]" },
    { description: "English e-mail", text: "Write to ops@startup.kz please", masked: "Write to [EMAIL] please" },
  ];
  for (const c of cases) assert.equal(maskPersonalData(c.text), c.masked, c.description);
});

test("article numbers an answer states are checked against the articles list in every language", () => {
  assert.deepEqual(unknownArticles("See Art. 21(2) and article 17."), []);
  assert.deepEqual(unknownArticles("См. ст. 21 и статья 641-1."), []);
  assert.deepEqual(unknownArticles("21-бабы бойынша."), []);
  assert.deepEqual(unknownArticles("Under Art. 777, and ст. 888, and 999-бап."), ["777", "888", "999"]);
});

test("the circuit opens after three failures in a row and lets one call through after the cooldown", () => {
  let now = 0;
  const breaker = new CircuitBreaker(3, 1_000, () => now);
  for (let i = 0; i < 3; i++) breaker.failed();
  assert.equal(breaker.allows(), false);
  now = 1_000;
  assert.equal(breaker.allows(), true);
  breaker.failed();
  assert.equal(breaker.allows(), false, "one more failure after the cooldown reopens it");
  now = 2_000;
  breaker.succeeded();
  breaker.failed();
  assert.equal(breaker.allows(), true, "a success closes it again");
});

test("the langchain retriever returns our entries for a Russian question, ids in the metadata", async () => {
  const docs = await new KnowledgeRetriever("ru").invoke("Нужно ли маркировать дипфейки?");
  assert.ok(docs.length > 0);
  assert.ok(docs.every((d) => typeof d.metadata.entryId === "string" && d.pageContent.length > 0));
  assert.match(docs.map((d) => d.pageContent).join("\n"), /ст\. 21/);
});
