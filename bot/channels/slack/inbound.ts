import type { Inbound } from "../../runtime/channel.js";
import { CommandName } from "../../../flows/types.js";

/**
 * The fields of a Slack `message` event that we read, by their wire names. Bolt passes a signed event on without
 * checking its shape, so each one is typed `unknown` and checked here.
 */
export type MessageEvent = Partial<Record<"channel" | "channel_type" | "user" | "text" | "ts" | "subtype" | "bot_id", unknown>>;

/**
 * A message event as the runtime's inbound, or null when it is not for us:
 * - anything from an app, ours included (`bot_id`, or the `bot_message` subtype): two bots answering each other loop;
 * - edits, joins and the other subtypes, as before;
 * - in a channel, a private channel or a group DM, whatever does not mention the bot (`<@BOTID>`): people there talk
 *   to each other, and the bot answered 163 of 199 ordinary messages (D15). The mention is taken out of the text.
 * In a DM (`channel_type` "im") every message is for us.
 *
 * Only `message` events are read, never `app_mention`: an app subscribed to both gets a mention twice, under two
 * event ids, and would answer it twice.
 */
export function messageInbound(message: MessageEvent, eventId: string | undefined, botUserId: string | undefined): Inbound | null {
  const { channel, channel_type, user, text, ts, subtype, bot_id } = message;
  if (subtype !== undefined || bot_id !== undefined) return null;
  if (typeof channel !== "string" || typeof user !== "string" || typeof text !== "string") return null;
  let said = text;
  if (channel_type !== "im") {
    if (botUserId === undefined) return null;
    // "<@U123>", or "<@U123|name>" as older clients write it.
    const mention = new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g");
    const unmentioned = text.replace(mention, "");
    if (unmentioned === text) return null;
    said = unmentioned.trim();
  }
  const updateId = eventId ?? (typeof ts === "string" ? ts : undefined);
  return {
    channel: "slack",
    chatKey: `slack:${channel}`,
    userKey: user,
    ...(updateId !== undefined && { updateId }),
    event: slackTextToEvent(said),
  };
}

/**
 * Slack slash commands never reach an app that has not registered them, so reviewers type queue commands
 * as plain words ("claim KZ-AI-2026-0001"); a leading command word is read as if it had a slash.
 */
function slackTextToEvent(escaped: string): Inbound["event"] {
  const text = unescapeControl(escaped);
  const firstWord = text.trim().split(/\s/, 1)[0]!.toLowerCase();
  return { type: "text", text: CommandName.safeParse(firstWord).success ? `/${text.trim()}` : text };
}

/** Slack sends &, < and > escaped in message text; what a reviewer typed is stored as they typed it. */
const unescapeControl = (text: string): string => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
