import assert from "node:assert/strict";
import { interviewQuestionById, isGroup, type InterviewQuestion } from "../../knowledge/profile/questions.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { Chat, type ChatOptions } from "../support/transcript.js";

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];

/**
 * A question as the tests drive it. Each option carries the value it stands for: a field's value for a
 * field's own question, the option id for a group question (a screening's "no" is "none of these", "yes"
 * is "at least one", "unknown" is "not sure").
 */
export type Driven = {
  id: string;
  /** The field a field's own question asks; null for a group question. */
  field: ProfileField | null;
  /** Every field the question asks about. */
  fields: readonly ProfileField[];
  options: readonly { id: string; value: string }[];
  question: InterviewQuestion;
};

export function driven(question: InterviewQuestion): Driven {
  if (isGroup(question)) {
    return { id: question.id, field: null, fields: question.fields, options: question.options.map((o) => ({ id: o.id, value: o.id })), question };
  }
  const options = question.options.map((o) => ({ id: o.id, value: String(o.value) }));
  return { id: question.id, field: question.field, fields: [question.field], options, question };
}

/** A founder past the language screen, at the description prompt. */
export function founder(lang: Lang, options: ChatOptions = {}): Chat {
  return Chat.start({ platformLocale: lang, ...options }).choose(`lang:${lang}`);
}

/** The question the chat is asking now. */
export function currentQuestion(chat: Chat): Driven {
  const at = chat.state.at;
  assert.equal(at.step, "question", `expected a question, at ${at.step}`);
  const q = interviewQuestionById(at.step === "question" ? at.questionId : "");
  assert.ok(q);
  return driven(q);
}

/** The option of the current question that stands for `value`, as its choice id. */
export function optionFor(chat: Chat, value: string): string {
  const option = currentQuestion(chat).options.find((o) => o.value === value);
  assert.ok(option, `no option ${value}`);
  return `a:${option.id}`;
}

/** Answers every remaining question with `pick(question)` (a value, "unknown" when it returns undefined), confirming what the description suggested. */
export function answerAll(chat: Chat, pick: (q: Driven) => string | undefined = () => undefined): number {
  let asked = 0;
  while (["question", "confirm", "screeningPick"].includes(chat.state.at.step)) {
    // The confirmation of what the description suggested counts as one question; this founder agrees with it.
    if (chat.state.at.step === "confirm") chat.choose("c:all");
    // "Yes, at least one" without ticking which: each listed practice is then asked on its own.
    else if (chat.state.at.step === "screeningPick") {
      chat.choose("tick:done");
      continue;
    } else chat.choose(optionFor(chat, pick(currentQuestion(chat)) ?? "unknown"));
    asked += 1;
    assert.ok(asked < 40, "the assessment ends");
  }
  return asked;
}

/** A founder with a result: the description skipped and every question answered "no" (or "none of these") where it can be. */
export function withResult(lang: Lang, options: ChatOptions = {}): Chat {
  const chat = founder(lang, options).choose("nav:skip");
  answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : undefined));
  assert.equal(chat.state.at.step, "result");
  return chat;
}
