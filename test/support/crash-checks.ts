import sqlite3 from "sqlite3";
import { textOf } from "./crash-people.js";

/** A call a fake recorded: the Bot API's or Slack's Web API's. */
type Call = { method: string; params: Record<string, unknown>; root?: string };

/** The process a call came from: the crash test gives process n the API roots "/p<n>". */
export const processOf = (call: Call): number => Number(/^\/p(\d+)$/.exec(call.root ?? "")?.[1] ?? Number.NaN);

/**
 * How many times a person saw one message, counting as one the copies that a kill explains. The courier records
 * each message the platform accepted before it sends the next (bot/runtime/courier.ts), so the only message it may
 * send again is the one in flight when the process died: its repeat is the very next message that chat is sent,
 * by a later process. Copies next to each other in the chat and made by different processes are therefore one
 * sighting; any other copy (from the same process, or with another message between them) is a duplicate the person
 * noticed. Only what `shows` something counts (on Telegram, `send*`): calls that show nothing new, such as taking the
 * buttons off an older message (which the tap handler does outside the courier), may come between.
 */
export function sightings(
  chat: readonly Call[],
  matches: (text: string) => boolean,
  { message = "sendMessage", shows = (method: string) => method.startsWith("send") }: { message?: string; shows?: (method: string) => boolean } = {},
): { seen: number; repeatsAcrossKills: number; otherCallsBetween: string[]; evidence: string[] } {
  let seen = 0;
  let repeatsAcrossKills = 0;
  /** Repeats with other calls to the chat between the two copies, shown, so that a run can tell what they were. */
  const otherCallsBetween: string[] = [];
  const evidence: string[] = [];
  const copies: number[] = [];
  let before: { call: Call; i: number } | undefined;
  chat.forEach((call, i) => {
    if (!shows(call.method)) return;
    const previous = before?.call;
    const previousIndex = before?.i ?? -1;
    before = { call, i };
    if (call.method !== message || !matches(textOf(call))) return;
    const text = String(call.params.text ?? "");
    const straddlesKill = previous !== undefined && previous.method === message && String(previous.params.text ?? "") === text && processOf(previous) < processOf(call);
    if (straddlesKill) repeatsAcrossKills++;
    else seen++;
    if (straddlesKill && previousIndex !== i - 1) otherCallsBetween.push(around(chat, [previousIndex, i]));
    evidence.push(`#${i} from process ${processOf(call)}${straddlesKill ? " (repeat of the message in flight at a kill)" : ""}`);
    copies.push(i);
  });
  return { seen, repeatsAcrossKills, otherCallsBetween, evidence: copies.length > 1 ? [...evidence, `the chat around them:\n${around(chat, copies)}`] : evidence };
}

/** The chat's calls from just before the first of `indexes` to just after the last: number, process, method, text. */
export function around(chat: readonly Call[], indexes: readonly number[]): string {
  const from = Math.max(0, Math.min(...indexes) - 2);
  const to = Math.min(chat.length, Math.max(...indexes) + 3);
  return chat.slice(from, to).map((c, k) => `  #${from + k} process ${processOf(c)} ${c.method} ${textOf(c).replace(/\n/g, " / ").slice(0, 90)}`).join("\n");
}

/** Runs one query on the database file with a read-only connection of its own, beside the bot's. */
export async function readOnly(path: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const conn = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(conn)));
  });
  try {
    return await new Promise((resolve, reject) => db.all(sql, (err: Error | null, rows: Record<string, unknown>[]) => (err ? reject(err) : resolve(rows))));
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/**
 * Waits until the bot owes nothing: no reply waiting in `deliveries`, no notification waiting in `outbox`. Resolves
 * with what is still owed when `ms` ran out (an empty list once everything went out).
 */
export async function untilNothingOwed(path: string, ms: number): Promise<Record<string, unknown>[]> {
  const until = Date.now() + ms;
  for (;;) {
    const owed = [
      ...(await readOnly(path, "SELECT 'delivery' AS what, chat_key, replies_json, sent_parts, attempts, last_error FROM deliveries")),
      ...(await readOnly(path, "SELECT 'notification' AS what, chat_key, payload_json FROM outbox WHERE delivered_at IS NULL")),
    ];
    if (owed.length === 0 || Date.now() > until) return owed;
    await new Promise((done) => setTimeout(done, 100));
  }
}
