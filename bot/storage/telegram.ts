import { z } from "zod";
import type { Queries } from "./db.js";
import { parseRow } from "./rows.js";

/** The Telegram message carrying `chatKey`'s latest inline keyboard, if one is still up. */
export async function lastKeyboard(q: Queries, chatKey: string): Promise<string | null> {
  const row = await q.get("SELECT message_id FROM telegram_keyboards WHERE chat_key = ?", [chatKey]);
  return row === undefined ? null : parseRow(z.object({ message_id: z.string() }), row, "telegram_keyboards").message_id;
}

/** Records the message that now carries the chat's keyboard, or (null) that none is up any more. */
export async function setLastKeyboard(q: Queries, chatKey: string, messageId: string | null): Promise<void> {
  if (messageId === null) await q.run("DELETE FROM telegram_keyboards WHERE chat_key = ?", [chatKey]);
  else await q.run("INSERT INTO telegram_keyboards (chat_key, message_id) VALUES (?, ?) ON CONFLICT (chat_key) DO UPDATE SET message_id = excluded.message_id", [chatKey, messageId]);
}

/** A Telegram user blocked the bot (a 403, or my_chat_member "kicked"): kept from the first time on. */
export async function markUnreachable(q: Queries, telegramUserId: string, since: string): Promise<void> {
  await q.run(
    `INSERT INTO telegram_unreachable (user_id, since)
     SELECT id, ? FROM users WHERE channel = 'telegram' AND channel_user_key = ?
     ON CONFLICT (user_id) DO NOTHING`,
    [since, telegramUserId],
  );
}

/** They wrote again or unblocked the bot: reachable. */
export async function markReachable(q: Queries, telegramUserId: string): Promise<void> {
  await q.run("DELETE FROM telegram_unreachable WHERE user_id = (SELECT id FROM users WHERE channel = 'telegram' AND channel_user_key = ?)", [telegramUserId]);
}

/** Since when the founder who filed `submissionId` cannot be reached on Telegram, or null. */
export async function founderUnreachableSince(q: Queries, submissionId: string): Promise<string | null> {
  const row = await q.get(
    "SELECT u.since FROM submissions s JOIN telegram_unreachable u ON u.user_id = s.founder_user_id WHERE s.id = ?",
    [submissionId],
  );
  return row === undefined ? null : parseRow(z.object({ since: z.string() }), row, "telegram_unreachable").since;
}

/** The question the compliance team escalated last about `submissionId` (the one /escalate just created). */
export async function latestTeamQuestionOf(q: Queries, submissionId: string): Promise<string | null> {
  const row = await q.get("SELECT id FROM questions WHERE submission_id = ? AND asked_by = 'team' ORDER BY rowid DESC LIMIT 1", [submissionId]);
  return row === undefined ? null : parseRow(z.object({ id: z.string() }), row, "questions").id;
}
