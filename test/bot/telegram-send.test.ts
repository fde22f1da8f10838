import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTelegramChannel } from "../../bot/channels/telegram/bot.js";
import { DeliveryRefused, type Outbound, type Refusal } from "../../bot/runtime/channel.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { type BotApiCall, type BotApiFault, DISCONNECT, FAULTS, FakeTelegramApi } from "../fakes/telegram-api.js";

const CHAT_KEY = "telegram:5551234";

/** The channel's sender against the fake Bot API; the channel is not started, so nothing polls. */
async function sender() {
  const api = new FakeTelegramApi();
  const apiRoot = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-tg-send-")), "triage.db"));
  const translate = createTranslator();
  const log = memoryLog();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en" });
  const channel = createTelegramChannel({ token: "123456:TEST-token-for-the-fake-api-000", apiRoot }, { dispatch: runtime.dispatch, translate, log: log.log, db });
  /** Sends `out` from `skip` on; resolves with what was reported accepted, or the refusal. */
  const send = async (out: Outbound, skip = 0) => {
    const accepted: [number, string | undefined][] = [];
    const refusal = await channel
      .send(out, { skip, accepted: async (index, id) => void accepted.push([index, id]) })
      .then(
        () => undefined,
        (error: unknown) => {
          assert.ok(error instanceof DeliveryRefused, `not a DeliveryRefused: ${String(error)}`);
          return error.refusal;
        },
      );
    return { accepted, refusal };
  };
  /** What reached the chat: the calls Telegram accepted. */
  const delivered = (): BotApiCall[] => api.calls.filter((c) => c.refusedWith === undefined);
  return {
    api, send, delivered,
    async stop() {
      await api.stop();
      await db.close();
    },
  };
}

/** Three messages: the help text, a typing action, then a question with a button (after clearing the last one's). */
const threeMessages: Outbound = {
  chatKey: CHAT_KEY,
  lang: "en",
  replies: [
    { kind: "say", key: "onboarding.help" },
    { kind: "typing" },
    { kind: "ask", key: "questions.followUp", choices: [{ id: "q:person", key: "questions.person" }], stamp: 3 },
  ],
};

test("telegram send: each accepted message before the last is reported with Telegram's message id, a typing action without one", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    const { accepted, refusal } = await s.send(threeMessages);
    assert.equal(refusal, undefined);
    assert.deepEqual(s.delivered().map((c) => c.method), ["sendMessage", "sendChatAction", "sendMessage"]);
    // The fake numbers messages from 1. Before a question, the previous question's buttons are taken away (none
    // here), a step of its own (2) that is safe to repeat, so it is not recorded; nor is the last message (3),
    // which the delivery's end records.
    assert.deepEqual(accepted, [[0, "1"], [1, undefined]]);
  } finally {
    await s.stop();
  }
});

test("telegram send: a retry with progress.skip sends only what Telegram had not accepted", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    const { accepted } = await s.send(threeMessages, 3);
    assert.deepEqual(s.delivered().map((c) => c.method), ["sendMessage"]);
    assert.match(String(s.delivered()[0]!.params.text), /Was this helpful/);
    assert.match(JSON.stringify(s.delivered()[0]!.params.reply_markup), /Ask a person/);
    assert.deepEqual(accepted, [], "the only message sent is the last, recorded by the delivery's end");
  } finally {
    await s.stop();
  }
});

test("telegram send: the parts of a long text count one by one, so a retry resumes inside it", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    const long: Outbound = { chatKey: CHAT_KEY, lang: "en", replies: [{ kind: "say", key: "errors.unknownCommand", params: { command: `/${"a".repeat(10_000)}` } }] };
    const whole = await s.send(long);
    // The unknown command is one 10,000-letter word: the text before it is a part, the word then fills three.
    assert.equal(s.delivered().length, 4);
    assert.deepEqual(whole.accepted.map(([index]) => index), [0, 1, 2]);
    const firstTry = s.delivered().map((c) => String(c.params.text));
    assert.ok(firstTry.every((text) => text.length <= 4096));
    const resumed = await s.send(long, 1);
    assert.deepEqual(resumed.accepted.map(([index]) => index), [1, 2]);
    assert.deepEqual(s.delivered().slice(4).map((c) => String(c.params.text)), firstTry.slice(1));
  } finally {
    await s.stop();
  }
});

const refusals: { description: string; fault: BotApiFault | typeof DISCONNECT; refusal: Refusal }[] = [
  { description: "a 429 waits as long as Telegram asked", fault: FAULTS.tooManyRequests(7), refusal: { code: "telegram_429", retryAfterMs: 7_000 } },
  { description: "a person who blocked the bot (403) is permanent", fault: FAULTS.blocked, refusal: { code: "telegram_403", permanent: true } },
  { description: "a chat that does not exist (400) is permanent", fault: FAULTS.chatNotFound, refusal: { code: "telegram_400", permanent: true } },
  { description: "a 502 is worth another try", fault: FAULTS.badGateway, refusal: { code: "telegram_502" } },
  { description: "a cut connection is worth another try", fault: DISCONNECT, refusal: { code: "telegram_network" } },
];
for (const { description, fault, refusal } of refusals) {
  test(`telegram send: ${description}; resuming after the accepted messages repeats none of them`, { timeout: 30_000 }, async () => {
    const s = await sender();
    try {
      s.api.failNext("sendMessage", fault);
      const out: Outbound = { chatKey: CHAT_KEY, lang: "en", replies: [{ kind: "typing" }, { kind: "say", key: "onboarding.help" }] };
      const first = await s.send(out);
      assert.deepEqual(first.refusal, refusal);
      assert.deepEqual(first.accepted, [[0, undefined]]);
      const retry = await s.send(out, first.accepted.length);
      assert.equal(retry.refusal, undefined);
      assert.deepEqual(s.delivered().map((c) => c.method), ["sendChatAction", "sendMessage"]);
    } finally {
      await s.stop();
    }
  });
}
