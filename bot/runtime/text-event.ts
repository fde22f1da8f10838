import { CommandName, type FlowEvent } from "../../flows/types.js";
import type { Inbound } from "./channel.js";

/**
 * A typed line into an event: "/status", "/ask@kz_ai_triage_bot what is…" (Telegram appends the bot's name in
 * groups) and "/claim KZ-AI-2026-0001" become commands; anything else is text.
 */
export function textToEvent(text: string): Inbound["event"] {
  const match = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return { type: "text", text } satisfies FlowEvent;
  const name = CommandName.safeParse(match[1]!.toLowerCase());
  if (!name.success) return { type: "unknownCommand", name: match[1]! };
  return { type: "command", name: name.data, args: (match[2] ?? "").trim() };
}
