import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConversation } from "../../flows/conversation.js";
import type { FlowEventInput } from "../../flows/types.js";
import type { Chat } from "../support/transcript.js";
import { LANGS, founder, withResult } from "./drive.js";

/** Sends `event` and checks that the only reply is `key` and the state is exactly as before. */
function refused(chat: Chat, event: FlowEventInput, key: string): void {
  const before = structuredClone(chat.state);
  chat.send(event);
  assert.deepEqual(chat.keys(), [key], JSON.stringify(event));
  assert.deepEqual(chat.last.effects, []);
  assert.deepEqual(chat.state, before);
}

for (const lang of LANGS) {
  test(`[${lang}] every bad input gets its own error and changes nothing`, () => {
    const chat = founder(lang).choose("nav:skip");
    refused(chat, { type: "text", text: "/frobnicate now" }, "errors.unknownCommand");
    refused(chat, { type: "command", name: "frobnicate" }, "errors.unknownCommand");
    refused(chat, { type: "choice", choiceId: "a:maybe", stamp: chat.state.stamp }, "errors.unknownChoice");
    refused(chat, { type: "choice", choiceId: "a:no", stamp: chat.state.stamp - 1 }, "errors.staleButton");
    refused(chat, { type: "text", text: "x".repeat(4_001) }, "errors.textTooLong");
    refused(chat, { type: "text", text: "   " }, "errors.emptyText");
    refused(chat, { type: "document", fileName: "a.txt", text: "hello" }, "errors.documentNotExpected");
    refused(chat, { type: "command", name: "language", args: "klingon" }, "errors.unknownLanguage");
    refused(chat, { type: "command", name: "ask" }, "errors.missingArgument");
    refused(chat, { type: "command", name: "claim", args: "KZ-AI-2026-0001" }, "errors.wrongRole");
  });
}

test("commands that have nothing to act on say so", () => {
  const chat = founder("en");
  refused(chat, { type: "command", name: "back" }, "errors.nothingToGoBackTo");
  refused(chat, { type: "command", name: "change" }, "errors.nothingToChange");
  refused(chat, { type: "command", name: "result" }, "errors.noAssessment");
  refused(chat, { type: "command", name: "file" }, "errors.noAssessment");
  const home = withResult("en").command("cancel");
  home.expect("onboarding.cancelled").expect("onboarding.menu.prompt");
  refused(home, { type: "command", name: "cancel" }, "errors.nothingToCancel");
});

test("a stored state that no longer parses is refused, so the runtime restarts with errors.flowRestarted", () => {
  const chat = withResult("en");
  const stored = JSON.parse(JSON.stringify(chat.state)) as Record<string, unknown>;
  assert.equal(parseConversation(stored).ok, true);
  assert.deepEqual(parseConversation({ ...stored, v: 0 }), { ok: false, reason: "invalidState", detail: "v" });
  assert.equal(parseConversation({ ...stored, memory: {} }).ok, false, "a result step needs its result");
  assert.equal(parseConversation({ ...stored, at: { step: "somewhere" } }).ok, false);
  assert.equal(parseConversation("not even an object").ok, false);
});

test("a button without a stamp is taken when it means something here", () => {
  const chat = founder("en").send({ type: "choice", choiceId: "nav:skip" });
  assert.equal(chat.state.at.step, "question");
});

test("an unknown command is echoed cut short, so a 10,000-character one comes back as one short line", () => {
  const chat = founder("en").choose("nav:skip");
  chat.send({ type: "command", name: "a".repeat(60) });
  const reply = chat.reply("errors.unknownCommand");
  assert.equal(reply?.params?.command, `/${"a".repeat(32)}…`);
});

test("a question refused because ten are already open says so and points to /questions", () => {
  const chat = founder("kk").choose("nav:skip").command("person", "Аудит міндетті ме?");
  assert.equal(chat.effects("escalateQuestion").length, 1);
  chat.send({ type: "tooManyOpen", what: "questions", max: 10 }).expect("errors.tooManyQuestions", { max: 10 });
});
