import { z } from "zod";
import type { Reply } from "../../flows/types.js";
import { Lang } from "../../knowledge/types.js";
import type { Queries } from "./db.js";
import { jsonColumn, parseRow, parseRows } from "./rows.js";

const Params = z.record(z.string(), z.union([z.string(), z.number()])).optional();
const StoredChoice = z.object({ id: z.string(), key: z.string(), params: Params, selected: z.boolean().optional() });

/** A reply as stored: a document's bytes as base64, everything else as the flow made it. */
const StoredReply = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("say"), key: z.string(), params: Params, lang: Lang.optional() }),
  z.object({ kind: z.literal("ask"), key: z.string(), params: Params, choices: z.array(StoredChoice), stamp: z.number().int(), lang: Lang.optional() }),
  z.object({
    kind: z.literal("document"),
    key: z.string(),
    params: Params,
    file: z.object({ name: z.string(), format: z.enum(["md", "docx"]), base64: z.string() }),
    inline: z.boolean().optional(),
  }),
  z.object({ kind: z.literal("typing") }),
]);
type StoredReply = z.infer<typeof StoredReply>;

/** Drops keys whose value is undefined, which `exactOptionalPropertyTypes` keeps apart from absent ones. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function store(reply: Reply): StoredReply {
  if (reply.kind !== "document") return reply;
  const { file, ...rest } = reply;
  return { ...rest, file: { name: file.name, format: file.format, base64: Buffer.from(file.content).toString("base64") } };
}

function restore(reply: StoredReply): Reply {
  if (reply.kind !== "document") return defined(reply) as Reply;
  const { file, ...rest } = reply;
  return defined({ ...rest, file: { name: file.name, format: file.format, content: new Uint8Array(Buffer.from(file.base64, "base64")) } }) as Reply;
}

const DeliveryRow = z.object({
  id: z.number().int(),
  chat_key: z.string(),
  lang: Lang,
  replies_json: jsonColumn(z.array(StoredReply)),
  sent_parts: z.number().int(),
  attempts: z.number().int(),
  next_attempt_at: z.string(),
}).transform((r) => ({
  id: r.id,
  chatKey: r.chat_key,
  lang: r.lang,
  replies: r.replies_json.map(restore),
  sentParts: r.sent_parts,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
}));
export type Delivery = z.output<typeof DeliveryRow>;

const OwedRow = z.object({ id: z.number().int(), older: z.number().int(), first_older: z.number().int().nullable() });
const ChatKeyRow = z.object({ chat_key: z.string() });
const RetryAtRow = z.object({ at: z.string().nullable() });
const COLUMNS = "id, chat_key, lang, replies_json, sent_parts, attempts, next_attempt_at";

/**
 * Rows `owe` wrote in this process, read by the runtime around a turn: a turn that also wrote for other chats
 * (the regulators' group, a Slack post) tells the courier to look for them.
 */
let written = 0;
export const deliveriesWritten = (): number => written;

/** The chat's rows older than a new one, when it was written: how many, and the oldest's id. */
export type Older = { count: number; first: number | null };

/**
 * Records what a turn owes `chatKey`, in the turn's own transaction; due at once. Returns the row as stored, and
 * what of the chat still waits before it, so the courier may send it after the commit without reading it back
 * (bot/runtime/courier.ts `hand`).
 */
export async function owe(q: Queries, chatKey: string, lang: Lang, replies: readonly Reply[], now: string): Promise<{ delivery: Delivery; older: Older } | null> {
  if (replies.length === 0) return null;
  const channel = chatKey.slice(0, chatKey.indexOf(":"));
  const row = await q.get(
    `INSERT INTO deliveries (chat_key, channel, lang, replies_json, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
     RETURNING id,
       (SELECT COUNT(*) FROM deliveries AS o WHERE o.chat_key = deliveries.chat_key AND o.id < deliveries.id) AS older,
       (SELECT MIN(o.id) FROM deliveries AS o WHERE o.chat_key = deliveries.chat_key AND o.id < deliveries.id) AS first_older`,
    [chatKey, channel, lang, JSON.stringify(replies.map(store)), now, now],
  );
  written++;
  const r = parseRow(OwedRow, row, "deliveries");
  return { delivery: { id: r.id, chatKey, lang, replies: [...replies], sentParts: 0, attempts: 0, nextAttemptAt: now }, older: { count: r.older, first: r.first_older } };
}

/**
 * Chats of `channels` whose oldest delivery is due by `now`, oldest first. Only a chat's oldest row counts:
 * a later one never overtakes an earlier one that waits for its retry.
 */
export async function dueChats(q: Queries, channels: readonly string[], now: string, limit = 100): Promise<string[]> {
  if (channels.length === 0) return [];
  const rows = await q.all(
    `SELECT d.chat_key FROM deliveries d
     WHERE d.channel IN (${channels.map(() => "?").join(", ")})
       AND d.id = (SELECT MIN(id) FROM deliveries WHERE chat_key = d.chat_key)
       AND d.next_attempt_at <= ?
     ORDER BY d.id LIMIT ?`,
    [...channels, now, limit],
  );
  return parseRows(ChatKeyRow, rows, "deliveries").map((r) => r.chat_key);
}

/** The chat's oldest delivery, if any. */
export async function oldestFor(q: Queries, chatKey: string): Promise<Delivery | null> {
  const row = await q.get(`SELECT ${COLUMNS} FROM deliveries WHERE chat_key = ? ORDER BY id LIMIT 1`, [chatKey]);
  return row === undefined ? null : parseRow(DeliveryRow, row, "deliveries");
}

/** When the next retry of any of `channels` is due, for the courier's timer. */
export async function nextRetryAt(q: Queries, channels: readonly string[]): Promise<string | null> {
  if (channels.length === 0) return null;
  const row = await q.get(
    `SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE channel IN (${channels.map(() => "?").join(", ")})`,
    [...channels],
  );
  return RetryAtRow.parse(row).at;
}

/** Message `index` of the delivery was accepted: a retry starts after it. */
export async function markPartSent(q: Queries, id: number, index: number, platformMessageId: string | undefined): Promise<void> {
  await q.run(
    `UPDATE deliveries SET sent_parts = MAX(sent_parts, ?),
       message_ids = CASE WHEN ? IS NULL THEN message_ids ELSE json_insert(message_ids, '$[#]', ?) END
     WHERE id = ?`,
    [index + 1, platformMessageId ?? null, platformMessageId ?? null, id],
  );
}

/** Everything was accepted: nothing of what was said stays stored. */
export async function markDelivered(q: Queries, id: number): Promise<void> {
  await q.run("DELETE FROM deliveries WHERE id = ?", [id]);
}

/** A refused try: the row waits until `retryAt`. */
export async function markRetry(q: Queries, id: number, retryAt: string, code: string): Promise<void> {
  await q.run("UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?", [retryAt, code, id]);
}
