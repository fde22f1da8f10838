import { Input, Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { Dispatch, Inbound, Outbound } from "../../runtime/channel.js";
import { platformChatId } from "../../runtime/channel.js";
import { errorCode } from "../../runtime/errors.js";
import type { Translate } from "../../runtime/i18n.js";
import { type Log, hashChatKey } from "../../runtime/log.js";
import { chatMessages, choiceLabel, replyText, splitText } from "../../runtime/render-text.js";
import { decodeChoicePayload, encodeChoicePayload } from "../../runtime/choice-payload.js";

/** Telegram's limits for one message's text and a document's caption. */
const MESSAGE_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

export type TelegramChannel = { start(): Promise<void>; stop(): void; send(out: Outbound): Promise<void> };

/**
 * The Telegram adapter: telegraf is imported here and nowhere else, so it can be swapped without touching
 * flows or storage. It translates updates into `Inbound`, and `Outbound` replies into Bot API calls.
 */
export function createTelegramChannel(
  config: { token: string; apiRoot?: string },
  deps: { dispatch: Dispatch; translate: Translate; log: Log },
): TelegramChannel {
  const bot = new Telegraf(config.token, { telegram: config.apiRoot ? { apiRoot: config.apiRoot } : {} });
  const { dispatch, translate: t, log } = deps;

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
    const event = "text" in message ? ({ type: "text", text: message.text } as const) : ({ type: "unsupported" } as const);
    await dispatch(inbound(ctx.update, message.chat.id, message.from, event));
  });

  bot.on("callback_query", async (ctx) => {
    const query = ctx.callbackQuery;
    // Answer first so the button stops spinning whatever the flow decides. Telegram refuses to answer a press
    // that waited too long (one made while we were down); the press itself still counts.
    await ctx.answerCbQuery().catch((error: unknown) =>
      log("warn", { event: "telegram.callback_unanswered", code: errorCode(error), channel: "telegram" }),
    );
    const chatId = query.message?.chat.id;
    if (chatId === undefined) return;
    const choice = "data" in query ? decodeChoicePayload(query.data) : null;
    const event = choice ? ({ type: "choice", ...choice } as const) : ({ type: "unsupported" } as const);
    await dispatch(inbound(ctx.update, chatId, query.from, event));
  });

  bot.catch((error, ctx) => {
    log("error", { event: "telegram.update_failed", code: errorCode(error), channel: "telegram", ...(ctx.chat && { chatKeyHash: hashChatKey(`telegram:${ctx.chat.id}`) }) });
  });

  async function send(out: Outbound): Promise<void> {
    const chatId = platformChatId(out.chatKey);
    for (const message of chatMessages(t, out.lang, out.replies)) {
      switch (message.kind) {
        case "typing":
          await bot.telegram.sendChatAction(chatId, "typing");
          break;
        case "document":
          await bot.telegram.sendDocument(chatId, Input.fromBuffer(Buffer.from(message.reply.file.content), message.reply.file.name), {
            caption: replyText(t, out.lang, message.reply).slice(0, CAPTION_LIMIT),
          });
          break;
        case "text": {
          const parts = splitText(message.text, MESSAGE_LIMIT);
          for (const part of parts.slice(0, -1)) await bot.telegram.sendMessage(chatId, part);
          const keyboard = message.ask && {
            reply_markup: {
              inline_keyboard: message.ask.choices.map((choice) => [{ text: choiceLabel(t, out.lang, choice), callback_data: encodeChoicePayload(choice.id, message.ask!.stamp) }]),
            },
          };
          await bot.telegram.sendMessage(chatId, parts.at(-1) ?? "", keyboard);
          break;
        }
      }
    }
  }

  return {
    async start() {
      // launch() resolves only when polling ends, so we wait for its start callback instead.
      await new Promise<void>((resolve, reject) => {
        bot.launch({ dropPendingUpdates: false }, resolve).catch(reject);
      });
      log("info", { event: "telegram.started", channel: "telegram" });
    },
    stop() {
      bot.stop("shutdown");
    },
    send,
  };
}
