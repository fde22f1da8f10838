import { Input, type Telegram } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { DocumentReply } from "../../../flows/types.js";
import { DeliveryRefused, type Outbound, type Sender, platformChatId } from "../../runtime/channel.js";
import { encodeChoicePayload } from "../../runtime/choice-payload.js";
import type { Translate } from "../../runtime/i18n.js";
import { chatMessages, choiceLabel, replyText } from "../../runtime/render-text.js";
import type { Database } from "../../storage/db.js";
import { markUnreachable, setLastKeyboard, takeKeyboard } from "../../storage/telegram.js";
import { refusalOf } from "./bot-api-errors.js";
import { htmlTranslator } from "./html.js";
import { splitHtml } from "./split-message.js";

/** Telegram's limits for one message's text and a document's caption. */
const MESSAGE_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

/** One Bot API call of an outbound's delivery; texts and captions are Telegram HTML (html.ts). */
export type TelegramMessage =
  | { kind: "typing" }
  /** The buttons of the chat's previous question taken away, before a new question goes out (issue 10). */
  | { kind: "clearKeyboard" }
  | { kind: "document"; file: DocumentReply["file"]; caption: string }
  | { kind: "text"; text: string; keyboard?: InlineKeyboardButton[][] };

/**
 * The fixed sequence of Bot API calls an outbound becomes, the same for the same replies, which is what lets
 * `progress.skip` resume a delivery. A typing action counts as one of them, so indexes never depend on
 * whether an earlier try got that far; a long text counts once per part it is split into.
 */
export function telegramMessages(t: Translate, out: Outbound, channelParams: Record<string, string> = {}): TelegramMessage[] {
  const html = htmlTranslator(t, channelParams);
  return chatMessages(html, out.lang, out.replies).flatMap((message): TelegramMessage[] => {
    switch (message.kind) {
      case "typing":
        return [{ kind: "typing" }];
      case "document": {
        // A caption too long for the document goes on in messages of its own after it.
        const [caption = "", ...more] = splitHtml(replyText(html, out.lang, message.reply), CAPTION_LIMIT);
        return [{ kind: "document", file: message.reply.file, caption }, ...more.flatMap((text) => splitHtml(text, MESSAGE_LIMIT)).map((text) => ({ kind: "text" as const, text }))];
      }
      case "text": {
        const parts = splitHtml(message.text, MESSAGE_LIMIT);
        const ask = message.ask;
        // The buttons speak the question's own language where it has one, as its text does (replyText).
        const keyboard = ask?.choices.map((choice) => [{ text: choiceLabel(t, ask.lang ?? out.lang, choice), callback_data: encodeChoicePayload(choice.id, ask.stamp) }]);
        const texts = [...parts.slice(0, -1).map((text) => ({ kind: "text" as const, text })), { kind: "text" as const, text: parts.at(-1) ?? "", ...(keyboard && { keyboard }) }];
        return keyboard ? [{ kind: "clearKeyboard" }, ...texts] : texts;
      }
    }
  });
}

/**
 * The channel's `Sender`: sends the outbound's messages from `progress.skip` on and reports each one Telegram
 * accepted, with its message id, before sending the next; a refusal is thrown as `DeliveryRefused`.
 */
export function telegramSender(telegram: Telegram, t: Translate, db: Database, channelParams: () => Record<string, string> = () => ({})): Sender {
  return async (out, progress) => {
    const chatId = platformChatId(out.chatKey);
    const messages = telegramMessages(t, out, channelParams());
    for (let index = progress.skip; index < messages.length; index++) {
      const message = messages[index]!;
      // Taking buttons off is safe to repeat, so a retry may do it again rather than record it.
      if (message.kind === "clearKeyboard") {
        await clearKeyboard(telegram, db, out.chatKey);
        continue;
      }
      const messageId = await sendOne(telegram, chatId, message).catch(async (error: unknown) => {
        const refusal = refusalOf(error);
        // A person who blocked the bot (403 in their private chat) is marked, for the reviewers' view; the
        // courier drops the permanent refusal rather than retrying it. A 403 in a group means we were removed.
        if (refusal instanceof DeliveryRefused && refusal.refusal.code === "telegram_403" && isPrivate(out.chatKey)) {
          await markUnreachable(db, chatId, new Date().toISOString());
        }
        throw refusal;
      });
      if (message.kind === "text" && message.keyboard && messageId !== undefined) await setLastKeyboard(db, out.chatKey, messageId);
      // The last one is recorded by the delivery's end (SendProgress).
      if (index < messages.length - 1) await progress.accepted(index, messageId);
    }
  };
}

/** A person's private chat: its key holds no member part and its id is the person's, a positive number. */
export const isPrivate = (chatKey: string): boolean => !chatKey.includes("/") && !platformChatId(chatKey).startsWith("-");

/**
 * Takes the buttons off the message that carries the chat's latest keyboard, so an answered question does not
 * invite more taps. Best effort: Telegram refuses to edit a message older than 48 hours or one already without
 * buttons, and a tap on such a message is still answered ("that question has moved on").
 */
export async function clearKeyboard(telegram: Telegram, db: Database, chatKey: string, messageId?: string): Promise<void> {
  const target = await takeKeyboard(db, chatKey, messageId);
  if (target === null) return;
  await telegram.editMessageReplyMarkup(platformChatId(chatKey), Number(target), undefined, { inline_keyboard: [] }).catch(() => undefined);
}

/** Sends one message; resolves with Telegram's message id, which a typing action does not have. */
async function sendOne(telegram: Telegram, chatId: string, message: Exclude<TelegramMessage, { kind: "clearKeyboard" }>): Promise<string | undefined> {
  switch (message.kind) {
    case "typing":
      await telegram.sendChatAction(chatId, "typing");
      return undefined;
    case "document": {
      const sent = await telegram.sendDocument(chatId, Input.fromBuffer(Buffer.from(message.file.content), message.file.name), { caption: message.caption, parse_mode: "HTML" });
      return String(sent.message_id);
    }
    case "text": {
      const sent = await telegram.sendMessage(chatId, message.text, {
        parse_mode: "HTML",
        // Our texts hold no link worth a preview card; the deep link to a private chat would only add clutter.
        link_preview_options: { is_disabled: true },
        ...(message.keyboard && { reply_markup: { inline_keyboard: message.keyboard } }),
      });
      return String(sent.message_id);
    }
  }
}
