import { z } from "zod";
import type { Queries } from "./db.js";
import { parseRow } from "./rows.js";

const KeyboardRow = z.object({ message_id: z.string() });
const UnreachableRow = z.object({ since: z.string() });
const QuestionIdRow = z.object({ id: z.string() });

/**
 * What this process knows of the tables below without reading them, per database: every update and every
 * question would otherwise read the chat's keyboard row and rewrite the person's reachability. Only the
 * Telegram channel writes these tables, always through the functions here on the `Database` itself, so the
 * copy stays true; a process starts with none and reads what it has not seen. Bounded: past the cap the oldest
 * chats are read again from the database when they come back.
 */
type Known = {
  /** A chat's keyboard message, or null when none is up. */
  keyboards: Map<string, string | null>;
  /** The keyboard message taken off last per chat, so a second clear of the same message costs no Bot API call. */
  cleared: Map<string, string>;
  /** Telegram users with no telegram_unreachable row. */
  reachable: Set<string>;
  /** Counts markUnreachable calls, so a markReachable that raced one does not record the person as reachable. */
  unreachableMarks: number;
};
const KNOWN_CAP = 20_000;
const known = new WeakMap<Queries, Known>();
function knownOf(q: Queries): Known {
  let k = known.get(q);
  if (k === undefined) known.set(q, (k = { keyboards: new Map(), cleared: new Map(), reachable: new Set(), unreachableMarks: 0 }));
  return k;
}
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > KNOWN_CAP) map.delete(map.keys().next().value as string);
}

/** The Telegram message carrying `chatKey`'s latest inline keyboard, if one is still up. */
export async function lastKeyboard(q: Queries, chatKey: string): Promise<string | null> {
  const k = knownOf(q);
  if (k.keyboards.has(chatKey)) return k.keyboards.get(chatKey)!;
  const row = await q.get("SELECT message_id FROM telegram_keyboards WHERE chat_key = ?", [chatKey]);
  const id = row === undefined ? null : parseRow(KeyboardRow, row, "telegram_keyboards").message_id;
  // A write while this read was out wins.
  if (k.keyboards.has(chatKey)) return k.keyboards.get(chatKey)!;
  remember(k.keyboards, chatKey, id);
  return id;
}

/** Records the message that now carries the chat's keyboard, or (null) that none is up any more. */
export async function setLastKeyboard(q: Queries, chatKey: string, messageId: string | null): Promise<void> {
  remember(knownOf(q).keyboards, chatKey, messageId);
  if (messageId === null) await q.run("DELETE FROM telegram_keyboards WHERE chat_key = ?", [chatKey]);
  else await q.run("INSERT INTO telegram_keyboards (chat_key, message_id) VALUES (?, ?) ON CONFLICT (chat_key) DO UPDATE SET message_id = excluded.message_id", [chatKey, messageId]);
}

/**
 * Which message's buttons to take off: the chat's latest keyboard, or `tapped` (the message a press came from).
 * Null when there is none, or when that very message was taken off already (a press's own clear and the next
 * question's clear race for the same message). The latest keyboard is recorded as gone before this returns.
 */
export async function takeKeyboard(q: Queries, chatKey: string, tapped?: string): Promise<string | null> {
  const last = await lastKeyboard(q, chatKey);
  const k = knownOf(q);
  const target = tapped ?? last;
  if (target === null || k.cleared.get(chatKey) === target) return null;
  remember(k.cleared, chatKey, target);
  if (target === last) await setLastKeyboard(q, chatKey, null);
  return target;
}

/** A Telegram user blocked the bot (a 403, or my_chat_member "kicked"): kept from the first time on. */
export async function markUnreachable(q: Queries, telegramUserId: string, since: string): Promise<void> {
  const k = knownOf(q);
  k.reachable.delete(telegramUserId);
  k.unreachableMarks++;
  await q.run(
    `INSERT INTO telegram_unreachable (user_id, since)
     SELECT id, ? FROM users WHERE channel = 'telegram' AND channel_user_key = ?
     ON CONFLICT (user_id) DO NOTHING`,
    [since, telegramUserId],
  );
}

/** They wrote again or unblocked the bot: reachable. */
export async function markReachable(q: Queries, telegramUserId: string): Promise<void> {
  const k = knownOf(q);
  if (k.reachable.has(telegramUserId)) return;
  const marks = k.unreachableMarks;
  await q.run("DELETE FROM telegram_unreachable WHERE user_id = (SELECT id FROM users WHERE channel = 'telegram' AND channel_user_key = ?)", [telegramUserId]);
  // A block recorded meanwhile may be theirs: leave them to be looked at again.
  if (k.unreachableMarks !== marks) return;
  if (k.reachable.size >= KNOWN_CAP) k.reachable.clear();
  k.reachable.add(telegramUserId);
}

/** Since when the founder who filed `submissionId` cannot be reached on Telegram, or null. */
export async function founderUnreachableSince(q: Queries, submissionId: string): Promise<string | null> {
  const row = await q.get(
    "SELECT u.since FROM submissions s JOIN telegram_unreachable u ON u.user_id = s.founder_user_id WHERE s.id = ?",
    [submissionId],
  );
  return row === undefined ? null : parseRow(UnreachableRow, row, "telegram_unreachable").since;
}

/** The question the compliance team escalated last about `submissionId` (the one /escalate just created). */
export async function latestTeamQuestionOf(q: Queries, submissionId: string): Promise<string | null> {
  const row = await q.get("SELECT id FROM questions WHERE submission_id = ? AND asked_by = 'team' ORDER BY rowid DESC LIMIT 1", [submissionId]);
  return row === undefined ? null : parseRow(QuestionIdRow, row, "questions").id;
}
