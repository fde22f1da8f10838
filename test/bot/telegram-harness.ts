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

/** Shared by the test/bot/telegram-*.test.ts files: fixture builders named after Telegram's own concepts. */
export const TOKEN = "123456:TEST-token-for-the-fake-api-000";
export type TgUser = { id: number; is_bot: false; first_name: string; language_code?: string };
export type TgChat = { id: number; type: "private" | "group" | "supergroup" };

let messageId = 1000;
export const privateChat = (user: TgUser): TgChat => ({ id: user.id, type: "private" });
export const textUpdate = (from: TgUser, text: string, chat: TgChat = privateChat(from), extra: Record<string, unknown> = {}) =>
  ({ message: { message_id: ++messageId, date: 0, chat, from, text, ...extra } });
export const callbackUpdate = (from: TgUser, data: string, chat: TgChat = privateChat(from), onMessage = 1) => ({
  callback_query: { id: `cb${++messageId}`, from, chat_instance: "x", data, message: { message_id: onMessage, date: 0, chat } },
});
export const documentUpdate = (from: TgUser, document: { file_id: string; file_name: string; file_size: number }) =>
  ({ message: { message_id: ++messageId, date: 0, chat: privateChat(from), from, document: { file_unique_id: document.file_id, ...document } } });

export type Button = { text: string; callback_data: string };
export const buttonsOf = (call: BotApiCall): Button[] =>
  ((call.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
export const isMessage = (c: BotApiCall) => c.method === "sendMessage" || c.method === "sendDocument";
export const sent = (calls: BotApiCall[]): BotApiCall[] => calls.filter((c) => c.method === "sendMessage" && c.refusedWith === undefined);
/** What a person reads: the texts, with Telegram's HTML rendered (tags dropped, entities decoded). */
export const readable = (html: string): string => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
export const textsOf = (calls: BotApiCall[]): string => sent(calls).map((c) => readable(String(c.params.text))).join("\n");
export const lastButtons = (calls: BotApiCall[]): Button[] => buttonsOf([...calls].reverse().find((c) => buttonsOf(c).length > 0) ?? { method: "", params: {} });
export const press = (calls: BotApiCall[], label: RegExp): string => {
  const b = lastButtons(calls).find((x) => label.test(x.text));
  assert.ok(b, `no button ${label} among ${lastButtons(calls).map((x) => x.text).join(" | ")}`);
  return b.callback_data;
};

export const WEBHOOK = { url: "https://bot.example.kz/telegram/hook", secret: "test-secret-0123456789abcdef" } as const;
export type BotOptions = { webhook?: boolean; regulatorChatId?: string };

/**
 * A real telegraf bot over the fake Bot API on 127.0.0.1, the real runtime and a temp SQLite file. `push` queues
 * updates and returns the calls the bot made until it has been quiet for a moment (no timed assertion: the quiet
 * spell only bounds how long we look).
 */
export async function startBot(options: BotOptions = {}) {
  const api = new FakeTelegramApi();
  const apiRoot = await api.start();
  const dir = mkdtempSync(join(tmpdir(), "triage-tg-"));
  const db = await openDatabase(join(dir, "triage.db"));
  const log = memoryLog();
  const translate = createTranslator();
  const runtime = createRuntime({
    db, log: log.log, translate, defaultLanguage: "en", backoffMs: () => 20,
    ...(options.regulatorChatId !== undefined && { regulatorChat: { chatKey: `telegram:${options.regulatorChatId}`, lang: "en" as const } }),
  });
  const channel = createTelegramChannel(
    {
      token: TOKEN, apiRoot, backoff: { firstMs: 5, maxMs: 20 },
      ...(options.webhook && { webhook: { ...WEBHOOK, host: "127.0.0.1", port: 0 } }),
      ...(options.regulatorChatId !== undefined && { regulatorChatId: options.regulatorChatId }),
    },
    { dispatch: runtime.dispatch, translate, log: log.log, defaultLanguage: "en", db },
  );
  runtime.setSender("telegram", channel.send);
  // The compliance team works in the terminal chat (teamSays); what it is shown is kept here, as text.
  const teamInbox: string[] = [];
  runtime.setSender("console", async (out) => {
    for (const reply of out.replies) if (reply.kind !== "typing") teamInbox.push(translate(out.lang, reply.key, reply.params));
  });
  const { done } = await channel.start();
  const quiet = async () => {
    for (let seen = -1; seen !== api.calls.length; ) {
      seen = api.calls.length;
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  let nextUpdateId = 1;
  /** POSTs one update to the webhook as Telegram would, with `secret` (null: no header at all); resolves with the HTTP status. */
  const post = async (update: Record<string, unknown>, secret: string | null = WEBHOOK.secret): Promise<number> => {
    const address = channel.webhookAddress()!;
    const response = await fetch(`http://${address.host}:${address.port}${new URL(WEBHOOK.url).pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret !== null && { "x-telegram-bot-api-secret-token": secret }) },
      body: JSON.stringify({ update_id: nextUpdateId++, ...update }),
    });
    return response.status;
  };
  const pushAll = async (updates: Record<string, unknown>[], until: (c: BotApiCall) => boolean = isMessage) => {
    const from = api.calls.length;
    if (options.webhook) {
      for (const update of updates) assert.equal(await post(update), 200);
    } else api.pushUpdates(...updates);
    await api.waitForCall(until, from);
    await quiet();
    return api.calls.slice(from);
  };
  const push = (update: Record<string, unknown>, until?: (c: BotApiCall) => boolean) => pushAll([update], until);
  return {
    api, log, db, runtime, channel, push, pushAll, post, done, quiet, dir, teamInbox,
    async stop() {
      await channel.stop();
      await runtime.stop();
      await api.stop();
      await db.close();
    },
  };
}
export type Bot = Awaited<ReturnType<typeof startBot>>;

/** From /start to the first question in English. */
export async function startInEnglish(bot: Bot, user: TgUser) {
  const calls = await bot.push(textUpdate(user, "/start"));
  return bot.push(callbackUpdate(user, press(calls, /English/)));
}

/** The choices a founder in a hurry makes, by choice id so that any language takes the same path. */
const HURRIED = [/^v1:c:all:/, /^v1:a:no:/, /^v1:a:minimal:/, /^v1:a:low:/, /^v1:a:unknown:/, /^v1:result:dossier:/, /^v1:d:skip:/, /^v1:d:file:/];
export const DESCRIPTIONS = {
  en: "A chatbot for a bakery: takes orders by name and phone. If it breaks, customers call instead.",
  ru: "Чат-бот для пекарни: принимает заказы по имени и телефону. Если он сломается, клиенты позвонят.",
  kk: "Наубайханаға арналған чат-бот: тапсырысты аты мен телефоны бойынша қабылдайды. Ол бұзылса, тұтынушылар қоңырау шалады.",
} as const;

/** From /start in `lang` to a filed submission; resolves with its id. */
export async function fileInLanguage(bot: Bot, user: TgUser, lang: "kk" | "ru" | "en"): Promise<string> {
  let calls = await bot.push(textUpdate(user, "/start"));
  calls = await bot.push(callbackUpdate(user, lastButtons(calls).find((b) => b.callback_data.startsWith(`v1:lang:${lang}:`))!.callback_data));
  calls = await bot.push(textUpdate(user, DESCRIPTIONS[lang]));
  for (let i = 0; i < 40; i++) {
    const filed = /KZ-AI-\d{4}-\d{4}/.exec(textsOf(calls));
    if (filed && calls.some((c) => c.method === "sendMessage")) return filed[0];
    const buttons = lastButtons(calls);
    const pick = HURRIED.map((p) => buttons.find((b) => p.test(b.callback_data))).find((b) => b !== undefined) ?? buttons.find((b) => b.callback_data.startsWith("v1:a:"));
    assert.ok(pick, `stuck at: ${textsOf(calls).slice(0, 200)}`);
    calls = await bot.push(callbackUpdate(user, pick.callback_data));
  }
  assert.fail("not filed after 40 steps");
}

/**
 * The compliance team, in the terminal chat where one person may take every role, moving a submission on;
 * resolves with what the team was shown in answer.
 */
export async function teamSays(bot: Bot, text: string): Promise<string> {
  const from = bot.teamInbox.length;
  await bot.runtime.dispatch({ channel: "console", chatKey: "console:team", userKey: "team", event: { type: "text", text } });
  await bot.runtime.settled("console:team");
  return bot.teamInbox.slice(from).join("\n");
}
