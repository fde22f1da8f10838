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
  /** `unsupported`: a sticker, photo or anything else we cannot read; answered with an error, never dropped silently. */
  event: FlowEvent | { type: "unsupported" };
};

/** Replies for one chat, already in that chat's language. */
export type Outbound = { chatKey: string; lang: Lang; replies: Reply[] };

export type Dispatch = (inbound: Inbound) => Promise<void>;

/** How a channel delivers to one of its chats; the runtime calls it after each commit. */
export type Sender = (out: Outbound) => Promise<void>;

/** The platform's chat id back out of a chat key ("telegram:123" → "123"). */
export const platformChatId = (chatKey: string): string => chatKey.slice(chatKey.indexOf(":") + 1);
export const channelOf = (chatKey: string): string => chatKey.slice(0, chatKey.indexOf(":"));
