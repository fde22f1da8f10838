import { z } from "zod";
import type { Queries } from "./db.js";
import { jsonColumn, parseRow } from "./rows.js";

const SessionRow = z.object({
  user_id: z.number().int(),
  state_json: z.string(),
  updated_at: z.string(),
}).transform((r) => ({ userId: r.user_id, stateText: r.state_json, updatedAt: r.updated_at }));

/**
 * A chat's stored flow state as the text stored: the flow's own schema parses it (it may be an older version),
 * and a runtime that wrote this very text need not parse it again (bot/runtime/dispatch.ts).
 */
export type StoredSession = z.output<typeof SessionRow>;

/** The stored state, JSON-parsed; a column that holds no JSON means a damaged file, as for any row. */
export function storedState(session: StoredSession): unknown {
  return parseRow(jsonColumn(z.unknown()), session.stateText, "sessions");
}

export async function loadSession(q: Queries, chatKey: string): Promise<StoredSession | null> {
  const row = await q.get("SELECT user_id, state_json, updated_at FROM sessions WHERE chat_key = ?", [chatKey]);
  return row === undefined ? null : parseRow(SessionRow, row, "sessions");
}

/** Stores the chat's state; returns the text stored. */
export async function saveSession(q: Queries, chatKey: string, userId: number, state: unknown, now: string): Promise<string> {
  const text = JSON.stringify(state);
  await q.run(
    `INSERT INTO sessions (chat_key, user_id, state_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (chat_key) DO UPDATE SET user_id = excluded.user_id, state_json = excluded.state_json, updated_at = excluded.updated_at`,
    [chatKey, userId, text, now],
  );
  return text;
}

/**
 * Stores the chat's state only if the stored text is still `expected` (nothing wrote the session since it was
 * read); returns the text stored, or null when it had changed and nothing was written.
 */
export async function replaceSession(q: Queries, chatKey: string, expected: string, state: unknown, now: string): Promise<string | null> {
  const text = JSON.stringify(state);
  const { changes } = await q.run("UPDATE sessions SET state_json = ?, updated_at = ? WHERE chat_key = ? AND state_json = ?", [text, now, chatKey, expected]);
  return changes === 1 ? text : null;
}

export async function deleteSession(q: Queries, chatKey: string): Promise<void> {
  await q.run("DELETE FROM sessions WHERE chat_key = ?", [chatKey]);
}
