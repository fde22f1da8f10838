import { z } from "zod";
import { Notification } from "../../flows/types.js";
import type { Queries } from "./db.js";
import { jsonColumn, parseRows } from "./rows.js";

/**
 * Notifications for other chats are written in the same transaction as the change that caused them and
 * sent only after it commits, so a rolled-back change never notifies anyone.
 */
const OutboxRow = z.object({
  id: z.number().int(),
  chat_key: z.string(),
  payload_json: jsonColumn(Notification),
  created_at: z.string(),
}).transform((r) => ({ id: r.id, chatKey: r.chat_key, notification: r.payload_json, createdAt: r.created_at }));
export type OutboxItem = z.output<typeof OutboxRow>;

/** Notifications `enqueue` wrote in this process: the runtime shows notifications after a turn that queued any. */
let queued = 0;
export const notificationsQueued = (): number => queued;

/** Queues `notification` for `chatKey`; returns the outbox id. */
export async function enqueue(q: Queries, chatKey: string, notification: Notification, now: string): Promise<number> {
  const { lastId } = await q.run(
    "INSERT INTO outbox (chat_key, payload_json, created_at) VALUES (?, ?, ?)",
    [chatKey, JSON.stringify(Notification.parse(notification)), now],
  );
  queued++;
  return lastId;
}

/** Undelivered notifications, oldest first; `after` skips those up to that id, so a caller can page through them. */
export async function pending(q: Queries, page: { after?: number; limit?: number } = {}): Promise<OutboxItem[]> {
  const rows = await q.all(
    "SELECT id, chat_key, payload_json, created_at FROM outbox WHERE delivered_at IS NULL AND id > ? ORDER BY id LIMIT ?",
    [page.after ?? 0, page.limit ?? 100],
  );
  return parseRows(OutboxRow, rows, "outbox");
}

/**
 * Marks a notification delivered; false when it no longer waits (already delivered, or erased by /forget),
 * so the caller does not deliver it (again).
 */
export async function markDelivered(q: Queries, id: number, now: string): Promise<boolean> {
  const { changes } = await q.run("UPDATE outbox SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL", [now, id]);
  return changes === 1;
}
