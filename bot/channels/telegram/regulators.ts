import type { Telegram } from "telegraf";
import type { Message } from "telegraf/types";
import type { Inbound } from "../../runtime/channel.js";

/** A question's id as the bot posts it (bot/runtime/regulators-group.ts puts it in the first line). */
const QUESTION_ID = /\bQ-\d{4}-\d+\b/;

/**
 * What a message in the regulators' group means, or null when it is not for us (their own conversation). A
 * reply to one of the bot's question posts answers that question; `/answer ID text`, `/questions` and `/help`
 * work as anywhere. Only a member of the group, as Telegram tells it now (getChatMember), acts as a regulator:
 * someone who left, or any other sender, is told so and nothing is answered.
 */
export async function regulatorEvent(
  telegram: Telegram, message: Message, bot: { id: number; username: string }, chatId: string,
): Promise<Pick<Inbound, "event" | "regulator"> | null> {
  if (!("text" in message) || message.from === undefined) return null;
  const text = message.text.trim();
  let event: Inbound["event"] | null = null;
  const reply = message.reply_to_message;
  if (reply !== undefined && reply.from?.id === bot.id) {
    const replied = "text" in reply ? reply.text : "";
    const id = QUESTION_ID.exec(replied)?.[0];
    event = id === undefined ? { type: "unsupported", note: "telegram.regulators.unknownReply" } : { type: "text", text: `/answer ${id} ${text}` };
  } else {
    const command = /^\/(answer|questions|help)(?:@([a-z0-9_]+))?(?:\s+([\s\S]*))?$/i.exec(text);
    if (command && (command[2] === undefined || command[2].toLowerCase() === bot.username.toLowerCase())) {
      event = { type: "text", text: `/${command[1]!.toLowerCase()}${command[3] ? ` ${command[3].trim()}` : ""}` };
    }
  }
  if (event === null) return null;
  if (!(await isMember(telegram, chatId, message.from.id))) return { event: { type: "unsupported", note: "telegram.regulators.notMember" } };
  return { event, regulator: true };
}

/** Telegram's word on whether the person is in the group now; a failed check counts as no. */
async function isMember(telegram: Telegram, chatId: string, userId: number): Promise<boolean> {
  try {
    const member = await telegram.getChatMember(chatId, userId);
    return ["creator", "administrator", "member"].includes(member.status) || (member.status === "restricted" && member.is_member);
  } catch {
    return false;
  }
}
