import { Telegraf } from "telegraf";
import type { Message, Update } from "telegraf/types";
import type { Lang } from "../../../knowledge/types.js";
import { type Dispatch, type Inbound, type Sender, DeliveryRefused } from "../../runtime/channel.js";
import { decodeChoicePayload } from "../../runtime/choice-payload.js";
import { errorCode } from "../../runtime/errors.js";
import type { Translate } from "../../runtime/i18n.js";
import { negotiateLocale } from "../../runtime/locale.js";
import { type Log, hashChatKey } from "../../runtime/log.js";
import { botApiCode } from "./bot-api-errors.js";
import { type Backoff, DEFAULT_BACKOFF, type Polling, TelegramChannelError, startPolling } from "./polling.js";
import { telegramSender } from "./send.js";

export { TelegramChannelError } from "./polling.js";

export type TelegramChannel = {
  /**
   * Checks the token and starts polling; resolves once polling runs, with `done`, which rejects with a
   * `TelegramChannelError` if the channel later dies for good (a revoked token). Rejects the same way when it
   * cannot start.
   */
  start(): Promise<{ done: Promise<void> }>;
  /** Ends polling after the updates in hand are handled. */
  stop(): Promise<void>;
  send: Sender;
};

/**
 * The Telegram adapter: telegraf is imported here and nowhere else, so it can be swapped without touching
 * flows or storage. It translates updates into `Inbound`, and `Outbound` replies into Bot API calls.
 */
export function createTelegramChannel(
  config: { token: string; apiRoot?: string; backoff?: Backoff },
  deps: {
    dispatch: Dispatch;
    translate: Translate;
    log: Log;
    /** The configured DEFAULT_LANGUAGE, for the few notes the adapter answers itself; Russian, its own default, if not given. */
    defaultLanguage?: Lang;
  },
): TelegramChannel {
  const bot = new Telegraf(config.token, { telegram: config.apiRoot ? { apiRoot: config.apiRoot } : {} });
  const { dispatch, translate, log } = deps;
  const send = telegramSender(bot.telegram, translate);
  let polling: Polling | undefined;

  const inbound = (update: Update, chatId: number, from: { id: number; language_code?: string }, event: Inbound["event"]): Inbound => ({
    channel: "telegram",
    chatKey: `telegram:${chatId}`,
    userKey: String(from.id),
    ...(from.language_code !== undefined && { platformLocale: from.language_code }),
    updateId: String(update.update_id),
    event,
  });

  bot.on("message", async (ctx) => {
    const message = ctx.message;
    await dispatch(inbound(ctx.update, message.chat.id, message.from, eventOf(message)));
  });

  bot.on("callback_query", async (ctx) => {
    const query = ctx.callbackQuery;
    // Answered without waiting for the answer, so the button stops spinning whatever the flow decides and the
    // turn does not wait a round trip. Telegram refuses to answer a press that waited too long (one made while
    // we were down); the press itself still counts.
    const answered = ctx.answerCbQuery().catch((error: unknown) =>
      log("warn", { event: "telegram.callback_unanswered", code: botApiCode(error) ?? errorCode(error), channel: "telegram" }),
    );
    const chatId = query.message?.chat.id;
    if (chatId !== undefined) {
      const choice = "data" in query ? decodeChoicePayload(query.data) : null;
      const event = choice ? ({ type: "choice", ...choice } as const) : ({ type: "unsupported" } as const);
      await dispatch(inbound(ctx.update, chatId, query.from, event));
    }
    await answered;
  });

  // An edit reaches no flow: the answer it changed may already have moved the conversation on. Saying so beats
  // the silence that left people waiting for a reaction to their correction (reliability review D15).
  bot.on("edited_message", async (ctx) => {
    const edited = ctx.editedMessage;
    const chatKey = `telegram:${edited.chat.id}`;
    const lang = negotiateLocale(edited.from?.language_code) ?? deps.defaultLanguage ?? "ru";
    await send({ chatKey, lang, replies: [{ kind: "say", key: "errors.telegram.editNotRead" }] }, { skip: 0, accepted: async () => {} }).catch((error: unknown) =>
      log("warn", { event: "telegram.note_undelivered", code: error instanceof DeliveryRefused ? error.refusal.code : errorCode(error), channel: "telegram", chatKeyHash: hashChatKey(chatKey) }),
    );
  });

  bot.catch((error, ctx) => {
    log("error", { event: "telegram.update_failed", code: errorCode(error), channel: "telegram", ...(ctx.chat && { chatKeyHash: hashChatKey(`telegram:${ctx.chat.id}`) }) });
  });

  return {
    async start() {
      try {
        // handleUpdate would otherwise fetch this itself before the first update, out of the chats' order.
        bot.botInfo = await bot.telegram.getMe();
        // A webhook left set (by another deployment) makes Telegram refuse every getUpdates with 409.
        await bot.telegram.deleteWebhook({ drop_pending_updates: false });
      } catch (error) {
        throw new TelegramChannelError(botApiCode(error) ?? errorCode(error));
      }
      polling = startPolling(bot.telegram, { handle: (update) => bot.handleUpdate(update), log, backoff: config.backoff ?? DEFAULT_BACKOFF });
      log("info", { event: "telegram.started", channel: "telegram" });
      return { done: polling.done };
    },
    async stop() {
      await polling?.stop();
    },
    send,
  };
}

/** What a message says: its text, or the caption a person wrote under a photo or a document (the file itself is not read). */
function eventOf(message: Message): Inbound["event"] {
  if ("text" in message) return { type: "text", text: message.text };
  if ("caption" in message && message.caption !== undefined) return { type: "text", text: message.caption };
  return { type: "unsupported" };
}
