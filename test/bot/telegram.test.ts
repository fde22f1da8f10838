import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTelegramChannel } from "../../bot/channels/telegram/bot.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { type BotApiCall, FakeTelegramApi } from "../fakes/telegram-api.js";

const CHAT = 5551234;
const FOUNDER = { id: 777, is_bot: false, first_name: "Aigerim", language_code: "ru" };

let messageId = 100;
const textUpdate = (text: string) => ({ message: { message_id: ++messageId, date: 0, chat: { id: CHAT, type: "private" }, from: FOUNDER, text } });
const stickerUpdate = () => ({ message: { message_id: ++messageId, date: 0, chat: { id: CHAT, type: "private" }, from: FOUNDER, sticker: { file_id: "s" } } });
const callbackUpdate = (data: string) => ({
  callback_query: { id: `cb${++messageId}`, from: FOUNDER, chat_instance: "x", data, message: { message_id: 1, date: 0, chat: { id: CHAT, type: "private" } } },
});

type Button = { text: string; callback_data: string };
const buttonsOf = (call: BotApiCall): Button[] =>
  ((call.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

/** A real telegraf bot, long-polling the fake Bot API on 127.0.0.1, wired to the real runtime and a temp SQLite file. */
async function startBot() {
  const api = new FakeTelegramApi();
  const apiRoot = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-tg-")), "triage.db"));
  const log = memoryLog();
  const translate = createTranslator();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en" });
  const channel = createTelegramChannel({ token: "123456:TEST-token-for-the-fake-api-000", apiRoot }, { dispatch: runtime.dispatch, translate, log: log.log });
  runtime.setSender("telegram", channel.send);
  await channel.start();
  /** Pushes an update and waits until the bot has sent something after it. */
  const push = async (update: Record<string, unknown>, until: (c: BotApiCall) => boolean = (c) => c.method === "sendMessage" || c.method === "sendDocument") => {
    const from = api.calls.length;
    api.pushUpdate(update);
    await api.waitForCall(until, from);
    // The rest of the turn follows within moments; wait until the bot has been quiet for a while.
    for (let seen = -1; seen !== api.calls.length; ) {
      seen = api.calls.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    return api.calls.slice(from);
  };
  return {
    api, log, push,
    async stop() {
      channel.stop();
      await api.stop();
      await db.close();
    },
  };
}

const lastButtons = (calls: BotApiCall[]): Button[] => buttonsOf([...calls].reverse().find((c) => buttonsOf(c).length > 0)!);
const press = (calls: BotApiCall[], label: RegExp): string => {
  const b = lastButtons(calls).find((x) => label.test(x.text));
  assert.ok(b, `no button ${label} among ${lastButtons(calls).map((x) => x.text).join(" | ")}`);
  return b.callback_data;
};

test("telegram: a founder picks a language with a button, describes the system, and gets questions as inline keyboards", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    let calls = await bot.push(textUpdate("/start"));
    const greeting = calls.find((c) => c.method === "sendMessage")!;
    assert.equal(String(greeting.params.chat_id), String(CHAT));
    // language_code "ru" pre-selects Russian for the greeting.
    assert.match(String(greeting.params.text), /язык/i);
    const data = press(calls, /English/);
    assert.ok(Buffer.byteLength(data) <= 64, "callback data fits Telegram's 64 bytes");
    calls = await bot.push(callbackUpdate(data));
    assert.ok(bot.api.calls.some((c) => c.method === "answerCallbackQuery"), "the button stops spinning");
    assert.match(calls.map((c) => String(c.params.text)).join("\n"), /not legal advice/);
    calls = await bot.push(textUpdate("Our cameras tell shop managers which customers look angry."));
    assert.match(calls.map((c) => String(c.params.text)).join("\n"), /From your description I understood/);
    calls = await bot.push(callbackUpdate(press(calls, /Yes, all correct/)));
    assert.match(calls.map((c) => String(c.params.text)).join("\n"), /Question 2 of about/);
    assert.ok(lastButtons(calls).length >= 2);

    // A sticker is not understood, and says so; a button from an older question changes nothing.
    const sticker = await bot.push(stickerUpdate());
    assert.match(String(sticker.find((c) => c.method === "sendMessage")!.params.text), /only read text and the options/);
    const stale = await bot.push(callbackUpdate(data));
    assert.match(String(stale.find((c) => c.method === "sendMessage")!.params.text), /earlier question/);
    assert.equal(bot.log.entries.filter((e) => e.level === "error").length, 0);
  } finally {
    await bot.stop();
  }
});

test("telegram: a long reply is split under Telegram's 4096-character limit and a dossier arrives as a document", { timeout: 90_000 }, async () => {
  const bot = await startBot();
  try {
    let calls = await bot.push(textUpdate("/start"));
    calls = await bot.push(callbackUpdate(press(calls, /English/)));
    calls = await bot.push(textUpdate("A chatbot for a bakery: takes orders by name and phone. If it breaks, customers call instead."));
    for (let i = 0; !calls.some((c) => /Want more detail/.test(String(c.params.text))); i++) {
      assert.ok(i < 25);
      const pick = lastButtons(calls).find((b) => /^(Yes, all correct|None of these|No)\b/.test(b.text)) ?? lastButtons(calls).find((b) => /I don't know/.test(b.text))!;
      calls = await bot.push(callbackUpdate(pick.callback_data));
    }
    const everything = await bot.push(callbackUpdate(press(calls, /Everything/)));
    assert.ok(everything.every((c) => String(c.params.text ?? "").length <= 4096));
    calls = await bot.push(callbackUpdate(press(calls, /Draft the dossier/)));
    calls = await bot.push(textUpdate("BakeryBot"));
    while (!lastButtons(calls).some((b) => /Download DOCX/.test(b.text))) calls = await bot.push(callbackUpdate(press(calls, /^Skip$/)));
    const doc = await bot.push(callbackUpdate(press(calls, /Download DOCX/)), (c) => c.method === "sendDocument");
    const sent = doc.find((c) => c.method === "sendDocument")!;
    assert.equal(sent.params.chat_id, String(CHAT));
    const file = sent.params.document as { filename: string; size: number };
    assert.match(file.filename, /\.docx$/);
    assert.ok(file.size > 1000);
  } finally {
    await bot.stop();
  }
});

test("telegram: a button pressed while the bot was away still counts when Telegram refuses the late answer", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    const calls = await bot.push(textUpdate("/start"));
    bot.api.refused.add("answerCallbackQuery");
    const answered = await bot.push(callbackUpdate(press(calls, /English/)));
    assert.match(answered.map((c) => String(c.params.text)).join("\n"), /not legal advice/);
    assert.ok(bot.log.entries.some((e) => e.event === "telegram.callback_unanswered" && e.level === "warn"));
  } finally {
    await bot.stop();
  }
});
