import type { FlowEvent, Reply } from "../../flows/types.js";
import type { Lang } from "../../knowledge/types.js";

export type ChannelName = "telegram" | "slack" | "console";

/** What every adapter hands the runtime: a platform update translated into our vocabulary. */
export type Inbound = {
  channel: ChannelName;
  /** "<channel>:<platform chat id>": where replies go. */
  chatKey: string;
  /** The platform's id of the person, unique within the channel. */
  userKey: string;
  /** The platform's language code (Telegram `language_code`, Slack locale), if it told us. */
  platformLocale?: string;
  /** The platform's update id, for idempotency; absent where the platform has none (the terminal). */
  updateId?: string;
  /**
   * `unsupported`: a sticker, photo or anything else we cannot read; answered with an error (or the adapter's
   * own `note`, such as "edits are not read"), never dropped silently.
   */
  event: FlowEvent | { type: "unsupported"; note?: string };
  /**
   * Issue 10: the adapter checked that this person is a member of the regulators' Telegram group (getChatMember),
   * so they act as a regulator there; configuration names the group, membership the people.
   */
  regulator?: true;
};

/** Replies for one chat, already in that chat's language. */
export type Outbound = { chatKey: string; lang: Lang; replies: Reply[] };

export type Dispatch = (inbound: Inbound) => Promise<void>;

/**
 * Where a delivery stands: a channel turns one `Outbound` into a fixed sequence of platform messages (the same
 * replies always give the same sequence), and reports each one the platform accepted, so a retry after a
 * failure or a crash resumes after the last accepted message instead of repeating or losing any.
 */
export type SendProgress = {
  /** Messages of this outbound the platform already accepted in an earlier try: send from this index on. */
  skip: number;
  /**
   * Called as soon as message `index` is accepted, with the platform's id for it when it gives one, before the
   * next is sent. A sender may leave out the last message (the sender's return records the whole delivery) and
   * any that is harmless to repeat (taking buttons off): a crash then repeats at most that one message.
   */
  accepted(index: number, platformMessageId?: string): Promise<void>;
};

/** Why a platform refused a send, so the runtime knows whether and when to try again. */
export type Refusal = {
  /** A short machine code for logs (e.g. "telegram_429", "telegram_403"); never message text. */
  code: string;
  /** The platform asked us to wait this long (a 429's `retry_after`). */
  retryAfterMs?: number;
  /** Retrying cannot help: the person blocked the bot, or the chat no longer exists. */
  permanent?: boolean;
};

/** Thrown by a channel's sender when the platform refused (or could not be reached for) a message. */
export class DeliveryRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`delivery refused: ${refusal.code}`);
    this.name = "DeliveryRefused";
  }
}

/**
 * How a channel delivers to one of its chats. The runtime calls it from its delivery loop, never inside the
 * handler of whoever caused the message; it resolves once every message was accepted, and throws
 * `DeliveryRefused` (or any error, read as transient) otherwise.
 */
export type Sender = (out: Outbound, progress: SendProgress) => Promise<void>;

/**
 * The platform's chat id back out of a chat key ("telegram:123" → "123"). A group member's own conversation
 * ("telegram:-100123/42") is sent to the group ("-100123").
 */
export const platformChatId = (chatKey: string): string => chatKey.slice(chatKey.indexOf(":") + 1).split("/", 1)[0]!;
export const channelOf = (chatKey: string): string => chatKey.slice(0, chatKey.indexOf(":"));
