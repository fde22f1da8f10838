import assert from "node:assert/strict";
import { questionById, type Question } from "../../knowledge/profile/questions.js";
import type { Lang } from "../../knowledge/types.js";
import { Chat, type ChatOptions } from "../support/transcript.js";

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];

/** A founder past the language screen, at the description prompt. */
export function founder(lang: Lang, options: ChatOptions = {}): Chat {
  return Chat.start({ platformLocale: lang, ...options }).choose(`lang:${lang}`);
}

/** The question the chat is asking now. */
export function currentQuestion(chat: Chat): Question {
  const at = chat.state.at;
  assert.equal(at.step, "question", `expected a question, at ${at.step}`);
  const q = questionById(at.step === "question" ? at.questionId : "");
  assert.ok(q);
  return q;
}

/** The option of the current question that writes `value`, as its choice id. */
export function optionFor(chat: Chat, value: string): string {
  const option = currentQuestion(chat).options.find((o) => o.value === value);
  assert.ok(option, `no option ${value}`);
  return `a:${option.id}`;
}

/** Answers every remaining question with `pick(question)` (a value, "unknown" when it returns undefined). */
export function answerAll(chat: Chat, pick: (q: Question) => string | undefined = () => undefined): number {
  let asked = 0;
  while (chat.state.at.step === "question") {
    chat.choose(optionFor(chat, pick(currentQuestion(chat)) ?? "unknown"));
    asked += 1;
    assert.ok(asked < 40, "the assessment ends");
  }
  return asked;
}

/** A founder with a result: the description skipped and every question answered "no" where it can be. */
export function withResult(lang: Lang, options: ChatOptions = {}): Chat {
  const chat = founder(lang, options).choose("nav:skip");
  answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : undefined));
  assert.equal(chat.state.at.step, "result");
  return chat;
}
