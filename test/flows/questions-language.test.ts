import { test } from "node:test";
import assert from "node:assert/strict";
import type { AskReply } from "../../flows/types.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { replyText } from "../../bot/runtime/render-text.js";
import type { Lang } from "../../knowledge/types.js";
import type { Chat } from "../support/transcript.js";
import { founder } from "./drive.js";

const t = createTranslator();

/** What the founder reads of the answer and of the offer under it, as the channels render them. */
function readAnswer(chat: Chat): { answer: string; offer: string } {
  const answer = chat.last.replies.find((r) => r.kind === "say" && r.key === "questions.answer");
  const offer = chat.last.replies.find((r): r is AskReply => r.kind === "ask");
  assert.ok(answer?.kind === "say" && offer);
  return { answer: replyText(t, chat.state.lang, answer), offer: replyText(t, chat.state.lang, offer) };
}

const cases: { chat: Lang; question: string; asked: Lang; helpful: RegExp; disclaimer: RegExp }[] = [
  { chat: "kk", question: "Do we have to label deepfake videos?", asked: "en", helpful: /^Was this helpful\?/, disclaimer: /not legal advice/ },
  { chat: "kk", question: "Нужно ли маркировать дипфейк-видео?", asked: "ru", helpful: /^Это помогло\?/, disclaimer: /не юридическая консультация/ },
  { chat: "en", question: "Дипфейк бейнелерді таңбалау керек пе?", asked: "kk", helpful: /^Бұл көмектесті ме\?/, disclaimer: /заңгерлік кеңес емес/ },
];

for (const c of cases) {
  test(`a ${c.asked} question in a ${c.chat} chat gets its answer and the offer of a person in ${c.asked}`, () => {
    const chat = founder(c.chat).command("ask", c.question);
    const { answer, offer } = readAnswer(chat);
    assert.match(answer, c.disclaimer);
    assert.match(offer, c.helpful);
    assert.equal(offer, t(c.asked, "questions.followUp"));
    assert.notEqual(offer, t(c.chat, "questions.followUp"));
  });
}

test("a question the knowledge base cannot answer says so in the question's language, not the chat's", () => {
  const chat = founder("kk").command("ask", "What is the weather in Astana tomorrow?");
  assert.equal(readAnswer(chat).offer, t("en", "questions.notSure"));
});

test("a question in the chat's own language gets an offer that simply follows the chat", () => {
  const chat = founder("kk").command("ask", "Дипфейк бейнелерді таңбалау керек пе?");
  const offer = chat.last.replies.find((r): r is AskReply => r.kind === "ask");
  assert.equal(offer?.lang, undefined);
  assert.equal(readAnswer(chat).offer, t("kk", "questions.followUp"));
});
