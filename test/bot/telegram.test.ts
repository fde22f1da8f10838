import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TelegramChannelError, createTelegramChannel } from "../../bot/channels/telegram/bot.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { type BotApiCall, type BotApiFault, DISCONNECT, FAULTS, FakeTelegramApi } from "../fakes/telegram-api.js";

const CHAT = 5551234;
const FOUNDER = { id: 777, is_bot: false, first_name: "Aigerim", language_code: "ru" };
const TOKEN = "123456:TEST-token-for-the-fake-api-000";

let messageId = 100;
const inChat = (fields: Record<string, unknown>) => ({ message_id: ++messageId, date: 0, chat: { id: CHAT, type: "private" }, from: FOUNDER, ...fields });
const textUpdate = (text: string) => ({ message: inChat({ text }) });
const stickerUpdate = () => ({ message: inChat({ sticker: { file_id: "s" } }) });
const photoUpdate = (caption?: string) => ({ message: inChat({ photo: [{ file_id: "p", file_unique_id: "p", width: 90, height: 90 }], ...(caption !== undefined && { caption }) }) });
const documentUpdate = (caption?: string) => ({ message: inChat({ document: { file_id: "d", file_unique_id: "d", file_name: "system.pdf" }, ...(caption !== undefined && { caption }) }) });
const editedUpdate = (text: string) => ({ edited_message: { ...inChat({ text }), edit_date: 1 } });
const callbackUpdate = (data: string) => ({
  callback_query: { id: `cb${++messageId}`, from: FOUNDER, chat_instance: "x", data, message: { message_id: 1, date: 0, chat: { id: CHAT, type: "private" } } },
});

type Button = { text: string; callback_data: string };
const buttonsOf = (call: BotApiCall): Button[] =>
  ((call.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
const textsOf = (calls: BotApiCall[]): string => calls.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text)).join("\n");
const isMessage = (c: BotApiCall) => c.method === "sendMessage" || c.method === "sendDocument";

/**
 * A real telegraf bot, long-polling the fake Bot API on 127.0.0.1, wired to the real runtime and a temp SQLite
 * file. Back-offs after a failed getUpdates are cut to milliseconds so fault tests finish quickly.
 */
async function startBot() {
  const api = new FakeTelegramApi();
  const apiRoot = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-tg-")), "triage.db"));
  const log = memoryLog();
  const translate = createTranslator();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en" });
  const channel = createTelegramChannel({ token: TOKEN, apiRoot, backoff: { firstMs: 5, maxMs: 20 } }, { dispatch: runtime.dispatch, translate, log: log.log, db });
  runtime.setSender("telegram", channel.send);
  const { done } = await channel.start();
  /** Pushes updates (together, in one getUpdates answer) and waits until the bot has sent something after them. */
  const pushAll = async (updates: Record<string, unknown>[], until: (c: BotApiCall) => boolean = isMessage) => {
    const from = api.calls.length;
    api.pushUpdates(...updates);
    await api.waitForCall(until, from);
    // The rest of the turn follows within moments; wait until the bot has been quiet for a while.
    for (let seen = -1; seen !== api.calls.length; ) {
      seen = api.calls.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    return api.calls.slice(from);
  };
  const push = (update: Record<string, unknown>, until?: (c: BotApiCall) => boolean) => pushAll([update], until);
  return {
    api, log, push, pushAll, done,
    async stop() {
      await channel.stop();
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
    assert.match(textsOf(sticker), /I can read text, documents \(\.txt, \.md, \.docx\) and buttons/);
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

/** A founder who has chosen English, so a later /help is answered with the help text. */
async function startInEnglish() {
  const bot = await startBot();
  const calls = await bot.push(textUpdate("/start"));
  await bot.push(callbackUpdate(press(calls, /English/)));
  return bot;
}

/** Answers the interview with "no", "none" or "I don't know" until the result, then opens the dossier's first field. */
async function toDossier(bot: Awaited<ReturnType<typeof startBot>>): Promise<BotApiCall[]> {
  let calls = await bot.push(textUpdate("A chatbot for a bakery: takes orders by name and phone. If it breaks, customers call instead."));
  for (let i = 0; !calls.some((c) => /Want more detail/.test(String(c.params.text))); i++) {
    assert.ok(i < 25);
    const pick = lastButtons(calls).find((b) => /^(Yes, all correct|None of these|No)\b/.test(b.text)) ?? lastButtons(calls).find((b) => /I don't know/.test(b.text))!;
    calls = await bot.push(callbackUpdate(pick.callback_data));
  }
  return bot.push(callbackUpdate(press(calls, /Draft the dossier/)));
}

test("telegram: 'Mark confidential' and the value typed right after it, fetched in one batch, keep the value confidential", { timeout: 90_000 }, async () => {
  const bot = await startInEnglish();
  try {
    let calls = await toDossier(bot);
    const batches = bot.api.batchSizes.length;
    calls = await bot.pushAll([callbackUpdate(press(calls, /Mark confidential/)), textUpdate("SecretBakeryBot")]);
    assert.deepEqual(bot.api.batchSizes.slice(batches), [2], "the press and the text reached the bot in one getUpdates answer");
    assert.match(textsOf(calls), /This field is marked confidential/);
    assert.doesNotMatch(textsOf(calls), /earlier question/);
    while (!lastButtons(calls).some((b) => /Download DOCX/.test(b.text))) calls = await bot.push(callbackUpdate(press(calls, /^Skip$/)));
    assert.match(textsOf(calls), /, 1 confidential\./);
  } finally {
    await bot.stop();
  }
});

test("telegram: an edited message is answered with a note to send the correction as a new message, and changes nothing", { timeout: 60_000 }, async () => {
  const bot = await startInEnglish();
  try {
    const edit = await bot.push(editedUpdate("Our cameras tell shop managers which customers look angry."));
    assert.equal(edit.filter(isMessage).length, 1);
    // The note goes through the conversation, so it speaks the language the founder chose (English), not Telegram's.
    assert.match(textsOf(edit), /I do not read edited messages.*as a new message/);
    const next = await bot.push(textUpdate("/help"));
    assert.match(textsOf(next), /What I can do/);
  } finally {
    await bot.stop();
  }
});

test("telegram: the caption under a photo is read as text; a PDF without one is answered with what can be read", { timeout: 60_000 }, async () => {
  const bot = await startInEnglish();
  try {
    const described = await bot.push(photoUpdate("Our cameras tell shop managers which customers look angry."));
    assert.match(textsOf(described), /From your description I understood/);
    const bare = await bot.push(documentUpdate());
    assert.match(textsOf(bare), /cannot read PDF files yet/);
    const help = await bot.push(documentUpdate("/help"));
    assert.match(textsOf(help), /What I can do/);
  } finally {
    await bot.stop();
  }
});

test("telegram: the offer under an answer to a question asked in Russian from an English chat has a Russian button", { timeout: 60_000 }, async () => {
  const bot = await startInEnglish();
  try {
    const answered = await bot.push(textUpdate("/ask Есть ли в законе регуляторная песочница?"));
    assert.deepEqual(lastButtons(answered).map((b) => b.text), ["Спросить человека"]);
  } finally {
    await bot.stop();
  }
});

const survivable: { description: string; fault: BotApiFault | typeof DISCONNECT; event: string; code: string }[] = [
  { description: "a 409 (another instance polling)", fault: FAULTS.conflict, event: "telegram.polling_conflict", code: "telegram_409" },
  { description: "a 502 from Telegram's gateway", fault: FAULTS.badGateway, event: "telegram.polling_failed", code: "telegram_502" },
  { description: "a cut connection", fault: DISCONNECT, event: "telegram.polling_failed", code: "telegram_network" },
];
for (const { description, fault, event, code } of survivable) {
  test(`telegram: polling goes on after ${description}, and the failure is logged`, { timeout: 60_000 }, async () => {
    const bot = await startInEnglish();
    try {
      bot.api.failNext("getUpdates", fault);
      const help = await bot.push(textUpdate("/help"));
      assert.match(textsOf(help), /What I can do/);
      assert.ok(bot.log.entries.some((e) => e.level === "warn" && e.event === event && e.code === code), `no ${event} ${code} in the log`);
      assert.ok(bot.log.entries.some((e) => e.event === "telegram.polling_resumed"));
    } finally {
      await bot.stop();
    }
    // Stopping is not a failure: the process may exit 0.
    await bot.done;
  });
}

test("telegram: a null entry and an update with a null message are skipped, confirmed, and the rest of the batch answered", { timeout: 60_000 }, async () => {
  const bot = await startInEnglish();
  try {
    bot.api.pushRawEntry(null);
    const [broken] = bot.api.pushUpdates({ message: null });
    const help = await bot.push(textUpdate("/help"));
    assert.equal(help.filter(isMessage).length, 1, "/help is answered once");
    assert.match(textsOf(help), /What I can do/);
    assert.ok(bot.log.entries.some((e) => e.event === "telegram.update_malformed" && e.count === 1));
    // The next getUpdates confirms the broken update, so Telegram does not send it again.
    await bot.push(textUpdate("/help"));
    assert.ok(bot.api.getUpdatesOffsets.some((offset) => offset > broken!));
  } finally {
    await bot.stop();
  }
});

for (const { description, fault, code } of [
  { description: "a revoked token (401)", fault: FAULTS.unauthorized, code: "telegram_401" },
  { description: "a token that names no bot (404)", fault: FAULTS.notFound, code: "telegram_404" },
]) {
  test(`telegram: ${description} ends the channel: done rejects and the log says why`, { timeout: 60_000 }, async () => {
    const bot = await startInEnglish();
    try {
      bot.api.failNext("getUpdates", fault);
      await assert.rejects(bot.done, (error: unknown) => error instanceof TelegramChannelError && error.code === code);
      assert.ok(bot.log.entries.some((e) => e.level === "error" && e.event === "telegram.polling_stopped" && e.code === code));
    } finally {
      await bot.stop();
    }
  });
}

test("telegram: a token refused at start-up makes start() reject with the code", { timeout: 30_000 }, async () => {
  const api = new FakeTelegramApi();
  const apiRoot = await api.start();
  try {
    const translate = createTranslator();
    const log = memoryLog();
    const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-tg-")), "triage.db"));
    const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en" });
    const channel = createTelegramChannel({ token: TOKEN, apiRoot }, { dispatch: runtime.dispatch, translate, log: log.log, db });
    api.failNext("getMe", FAULTS.unauthorized);
    await assert.rejects(channel.start(), (error: unknown) => error instanceof TelegramChannelError && error.code === "telegram_401");
    await db.close();
  } finally {
    await api.stop();
  }
});

test("telegram: in a group each member has their own conversation, and a press on another member's button moves nothing of theirs", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  const GROUP = -1009876;
  const A = { id: 901, is_bot: false, first_name: "Aidos", language_code: "en" };
  const B = { id: 902, is_bot: false, first_name: "Bota", language_code: "ru" };
  const say = (from: typeof A, text: string) => ({ message: { message_id: ++messageId, date: 0, chat: { id: GROUP, type: "supergroup" }, from, text } });
  const tap = (from: typeof A, data: string) => ({
    callback_query: { id: `cb${++messageId}`, from, chat_instance: "g", data, message: { message_id: 1, date: 0, chat: { id: GROUP, type: "supergroup" } } },
  });
  try {
    const calls = await bot.push(say(A, "/help@kz_ai_triage_bot"));
    assert.ok(calls.every((c) => !isMessage(c) || String(c.params.chat_id) === String(GROUP)), "replies go to the group");
    const english = press(calls, /English/);
    await bot.push(tap(A, english));
    assert.match(textsOf(await bot.push(say(A, "/help@kz_ai_triage_bot"))), /In a group I answer/);
    // B has a conversation of their own: B's first message starts B at the language screen, in B's language.
    const bFirst = await bot.push(say(B, "/help@kz_ai_triage_bot"));
    assert.match(textsOf(bFirst), /язык/i);
    // B presses A's English button on B's own screen: B now speaks English, and A's conversation is untouched.
    assert.match(textsOf(await bot.push(tap(B, english))), /not legal advice/);
    assert.match(textsOf(await bot.push(say(A, "/help@kz_ai_triage_bot"))), /In a group I answer/);
  } finally {
    await bot.stop();
  }
});
