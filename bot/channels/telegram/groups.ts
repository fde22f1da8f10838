import type { Message } from "telegraf/types";
import type { Inbound } from "../../runtime/channel.js";


/** Whether a chat is a group (or supergroup), where several people read every reply. */
export const isGroup = (chat: { type: string }): boolean => chat.type === "group" || chat.type === "supergroup";

/**
 * What a group message means to us, or null when it is not for us: only commands addressed to this bot
 * (`/cmd@our_bot`), messages mentioning it and replies to its own messages count; chatter, bare commands and
 * commands for other bots are left alone. /help (what a group gets) and /ask are answered in the group (the
 * group menu in menus.ts offers the same two); everything else (/status,
 * /dossier, /file, a description) is answered "I'll tell you in a private chat" with a link, so nothing about a
 * founder's submission, assessment or personal data is ever posted where others read it (T-3).
 */
export function groupEvent(message: Message, bot: { id: number; username: string }): Inbound["event"] | null {
  const text = "text" in message ? message.text : "caption" in message ? message.caption : undefined;
  if (text === undefined) return null;
  const name = bot.username.toLowerCase();
  const command = /^\/([a-z0-9_]+)(?:@([a-z0-9_]+))?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (command) {
    if (command[2]?.toLowerCase() !== name) return null;
    const args = (command[3] ?? "").trim();
    // The founder's /help lists what only a private chat does; a group is told what it gets, and where the rest is.
    switch (command[1]!.toLowerCase()) {
      case "help":
        return { type: "unsupported", note: "telegram.groupHelp" };
      case "ask":
        return { type: "text", text: `/ask ${args}` };
      default:
        return privately();
    }
  }
  const mention = new RegExp(`@${name}\\b`, "gi");
  const repliesToUs = "reply_to_message" in message && message.reply_to_message?.from?.id === bot.id;
  if (!mention.test(text) && !repliesToUs) return null;
  // Spoken to in words: a question about the law, answered as /ask answers it.
  const question = text.replace(mention, "").trim();
  return question === "" ? { type: "unsupported", note: "telegram.groupHelp" } : { type: "text", text: `/ask ${question}` };
}

/** A tap in a group: the language screen may be answered there; anything further belongs in a private chat. */
export const groupChoice = (event: Inbound["event"]): Inbound["event"] =>
  event.type === "choice" && event.choiceId.startsWith("lang:") ? event : privately();

const privately = (): Inbound["event"] => ({ type: "unsupported", note: "telegram.privateOnly" });
