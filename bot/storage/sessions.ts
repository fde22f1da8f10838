import { z } from "zod";
import type { Queries } from "./db.js";
import { jsonColumn, parseRow } from "./rows.js";

const SessionRow = z.object({
  user_id: z.number().int(),
  state_json: jsonColumn(z.unknown()),
  updated_at: z.string(),
}).transform((r) => ({ userId: r.user_id, stateJson: r.state_json, updatedAt: r.updated_at }));

/** A chat's stored flow state, JSON-parsed only: the flow's own schema parses it (it may be an older version). */
export type StoredSession = z.output<typeof SessionRow>;

export async function loadSession(q: Queries, chatKey: string): Promise<StoredSession | null> {
  const row = await q.get("SELECT user_id, state_json, updated_at FROM sessions WHERE chat_key = ?", [chatKey]);
  return row === undefined ? null : parseRow(SessionRow, row, "sessions");
}

export async function saveSession(q: Queries, chatKey: string, userId: number, state: unknown, now: string): Promise<void> {
  await q.run(
    `INSERT INTO sessions (chat_key, user_id, state_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (chat_key) DO UPDATE SET user_id = excluded.user_id, state_json = excluded.state_json, updated_at = excluded.updated_at`,
    [chatKey, userId, JSON.stringify(state), now],
  );
}

export async function deleteSession(q: Queries, chatKey: string): Promise<void> {
  await q.run("DELETE FROM sessions WHERE chat_key = ?", [chatKey]);
}
