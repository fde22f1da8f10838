import { type Telegram, Telegraf } from "telegraf";
import type { Message, Update } from "telegraf/types";
import type { Lang } from "../../../knowledge/types.js";
import type { Dispatch, Inbound, Sender } from "../../runtime/channel.js";
import type { Database } from "../../storage/db.js";
import { markReachable, markUnreachable } from "../../storage/telegram.js";
import { decodeChoicePayload } from "../../runtime/choice-payload.js";
import { errorCode } from "../../runtime/errors.js";
import type { Translate } from "../../runtime/i18n.js";
import { type Log, hashChatKey } from "../../runtime/log.js";
import { botApiCode } from "./bot-api-errors.js";
import { type Backoff, DEFAULT_BACKOFF, type Polling, TelegramChannelError, startPolling } from "./polling.js";
import { MAX_DOCUMENT_KB, documentKind, documentText } from "./document-text.js";
import { groupChoice, groupEvent, isGroup } from "./groups.js";
import { regulatorEvent } from "./regulators.js";
import { clearKeyboard, telegramSender } from "./send.js";
import { setCommandMenus } from "./menus.js";
import { type Webhook, type WebhookConfig, startWebhook } from "./webhook.js";

export { TelegramChannelError } from "./polling.js";

export type TelegramChannel = {
  /**
   * Checks the token and starts polling, or the webhook server when configured; resolves once updates can
   * arrive, with `done`, which rejects with a `TelegramChannelError` if the channel later dies for good (a
   * revoked token, while polling). Rejects the same way when it cannot start.
   */
  start(): Promise<{ done: Promise<void> }>;
  /** Where the webhook server listens, once started in webhook mode. */
  webhookAddress(): { host: string; port: number } | undefined;
  /** Ends polling (or the webhook server) after the updates in hand are handled. */
  stop(): Promise<void>;
  send: Sender;
};

/**
 * The Telegram adapter: telegraf is imported here and nowhere else, so it can be swapped without touching
 * flows or storage. It translates updates into `Inbound`, and `Outbound` replies into Bot API calls.
 */
type TelegramChat = { id: number; type: string };

/**
 * A private chat is one conversation; in a group each member has their own (reliability review D10), under a key
 * that still sends to the group: `platformChatId` reads the chat id before the "/".
 */
const chatKeyOf = (chat: TelegramChat, fromId: number): string =>
  chat.type === "group" || chat.type === "supergroup" ? `telegram:${chat.id}/${fromId}` : `telegram:${chat.id}`;

export function createTelegramChannel(
  config: { token: string; apiRoot?: string; backoff?: Backoff; webhook?: WebhookConfig; regulatorChatId?: string },
  deps: {
    dispatch: Dispatch;
    translate: Translate;
    log: Log;
    /** The menus' language for people whose Telegram language is none of ours. */
    defaultLanguage?: Lang;
    /** Telegram's own small tables (bot/storage/telegram.ts): keyboards up, people who blocked the bot. */
    db: Database;
  },
): TelegramChannel {
  const bot = new Telegraf(config.token, { telegram: config.apiRoot ? { apiRoot: config.apiRoot } : {} });
  const { dispatch, translate, log } = deps;
  // Parameters only Telegram's texts have: the bot's own link (known once getMe answered) and the document cap.
  const channelParams = () => ({ link: `https://t.me/${bot.botInfo?.username ?? ""}`, maxKb: String(MAX_DOCUMENT_KB) });
  const send = telegramSender(bot.telegram, translate, deps.db, channelParams);
  let polling: Polling | undefined;
  let webhook: Webhook | undefined;
  let stopped: (() => void) | undefined;

  const inbound = (update: Update, chat: TelegramChat, from: { id: number; language_code?: string }, event: Inbound["event"]): Inbound => ({
    channel: "telegram",
    chatKey: chatKeyOf(chat, from.id),
    userKey: String(from.id),
    ...(from.language_code !== undefined && { platformLocale: from.language_code }),
    updateId: String(update.update_id),
    event,
  });

  /** Someone who writes to us in private has not blocked the bot (any more). */
  const reachable = (chat: TelegramChat, from: { id: number }) =>
    chat.type === "private" ? markReachable(deps.db, String(from.id)) : Promise.resolve();

  bot.on("message", async (ctx) => {
    const message = ctx.message;
    const botUser = { id: bot.botInfo!.id, username: bot.botInfo!.username };
    if (config.regulatorChatId !== undefined && String(message.chat.id) === config.regulatorChatId) {
      const read = await regulatorEvent(bot.telegram, message, botUser, config.regulatorChatId);
      if (read !== null) await dispatch({ ...inbound(ctx.update, message.chat, message.from, read.event), ...(read.regulator && { regulator: true }) });
      return;
    }
    if (isGroup(message.chat)) {
      const event = groupEvent(message, botUser);
      if (event !== null) await dispatch(inbound(ctx.update, message.chat, message.from, event));
      return;
    }
    await reachable(message.chat, message.from);
    await dispatch(inbound(ctx.update, message.chat, message.from, await readMessage(bot.telegram, message)));
  });

  // Blocking the bot (or unblocking it) arrives as a change of the bot's own membership in the private chat.
  bot.on("my_chat_member", async (ctx) => {
    const change = ctx.myChatMember;
    if (change.chat.type !== "private") return;
    const at = new Date(change.date * 1000).toISOString();
    if (change.new_chat_member.status === "kicked") await markUnreachable(deps.db, String(change.from.id), at);
    else await markReachable(deps.db, String(change.from.id));
  });

  bot.on("callback_query", async (ctx) => {
    const query = ctx.callbackQuery;
    // Answered without waiting for the answer, so the button stops spinning whatever the flow decides and the
    // turn does not wait a round trip. Telegram refuses to answer a press that waited too long (one made while
    // we were down); the press itself still counts.
    const answered = ctx.answerCbQuery().catch((error: unknown) =>
      log("warn", { event: "telegram.callback_unanswered", code: botApiCode(error) ?? errorCode(error), channel: "telegram" }),
    );
    const chat = query.message?.chat;
    if (chat !== undefined) {
      await reachable(chat, query.from);
      const choice = "data" in query ? decodeChoicePayload(query.data) : null;
      const tapped = choice ? ({ type: "choice", ...choice } as const) : ({ type: "unsupported" } as const);
      const event = isGroup(chat) ? groupChoice(tapped) : tapped;
      // In a group the press belongs to whoever pressed: another member's button meets their own conversation,
      // where it is stale, and never moves someone else's.
      await dispatch(inbound(ctx.update, chat, query.from, event));
      // The tapped question is answered now, or was stale: its buttons go (a new question brings its own).
      await clearKeyboard(bot.telegram, deps.db, chatKeyOf(chat, query.from.id), String(query.message!.message_id));
    }
    await answered;
  });

  // An edit reaches no flow: the answer it changed may already have moved the conversation on. Saying so beats
  // the silence that left people waiting for a reaction to their correction (reliability review D15).
  bot.on("edited_message", async (ctx) => {
    const edited = ctx.editedMessage;
    // In a group an edit is somebody's chatter far more often than a correction meant for us.
    if (edited.from === undefined || isGroup(edited.chat)) return;
    await dispatch(inbound(ctx.update, edited.chat, edited.from, { type: "unsupported", note: "errors.telegram.editNotRead" }));
  });

  bot.catch((error, ctx) => {
    log("error", { event: "telegram.update_failed", code: errorCode(error), channel: "telegram", ...(ctx.chat && ctx.from && { chatKeyHash: hashChatKey(chatKeyOf(ctx.chat, ctx.from.id)) }) });
  });

  return {
    async start() {
      try {
        // handleUpdate would otherwise fetch this itself before the first update, out of the chats' order.
        bot.botInfo = await bot.telegram.getMe();
        // A webhook left set (by another deployment) makes Telegram refuse every getUpdates with 409.
        if (config.webhook === undefined) await bot.telegram.deleteWebhook({ drop_pending_updates: false });
      } catch (error) {
        throw new TelegramChannelError(botApiCode(error) ?? errorCode(error));
      }
      await setCommandMenus(bot.telegram, {
        translate, log, defaultLanguage: deps.defaultLanguage ?? "ru", ...(config.regulatorChatId !== undefined && { regulatorChatId: config.regulatorChatId }),
      });
      const handle = (update: Update) => bot.handleUpdate(update);
      if (config.webhook !== undefined) {
        webhook = await startWebhook(bot.telegram, config.webhook, { handle, log });
        log("info", { event: "telegram.started", channel: "telegram", code: "webhook" });
        return { done: new Promise<void>((resolve) => (stopped = resolve)) };
      }
      polling = startPolling(bot.telegram, { handle, log, backoff: config.backoff ?? DEFAULT_BACKOFF });
      log("info", { event: "telegram.started", channel: "telegram", code: "polling" });
      return { done: polling.done };
    },
    webhookAddress: () => webhook?.address(),
    async stop() {
      await polling?.stop();
      await webhook?.stop();
      stopped?.();
    },
    send,
  };
}

/**
 * What a message says: its text; a document's own text when it is the kind we read (a command in its caption
 * wins); else the caption a person wrote under a photo or a file; else a note of what we can read.
 */
async function readMessage(telegram: Telegram, message: Message): Promise<Inbound["event"]> {
  if ("text" in message) return { type: "text", text: message.text };
  const caption = "caption" in message && message.caption !== undefined ? message.caption : undefined;
  if (caption?.trimStart().startsWith("/")) return { type: "text", text: caption };
  if ("document" in message) {
    const fileName = message.document.file_name ?? "";
    const kind = documentKind(fileName);
    if (kind === "pdf") return { type: "unsupported", note: "telegram.document.pdf" };
    if (kind === "text" || kind === "docx") {
      if ((message.document.file_size ?? 0) > MAX_DOCUMENT_KB * 1024) return { type: "unsupported", note: "telegram.document.tooLarge" };
      const bytes = await download(telegram, message.document.file_id);
      const text = bytes === null || bytes.length > MAX_DOCUMENT_KB * 1024 ? null : documentText(kind, bytes);
      return text === null ? { type: "unsupported", note: "telegram.document.unreadable" } : { type: "document", fileName: fileName.slice(0, 255), text: text.slice(0, 200_000) };
    }
  }
  if (caption !== undefined) return { type: "text", text: caption };
  return { type: "unsupported", note: "telegram.media" };
}

/** A file a person sent, through getFile and the Bot API's file URL; null when Telegram would not give it. */
async function download(telegram: Telegram, fileId: string): Promise<Buffer | null> {
  try {
    const response = await fetch(await telegram.getFileLink(fileId));
    return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
