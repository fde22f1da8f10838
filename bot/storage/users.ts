import { z } from "zod";
import { Lang } from "../../knowledge/types.js";
import { Role } from "../../flows/queue/transitions.js";
import type { Queries } from "./db.js";
import { parseRow } from "./rows.js";

const UserRow = z.object({
  id: z.number().int(),
  channel: z.string(),
  channel_user_key: z.string(),
  language: Lang.nullable(),
  role: Role,
  created_at: z.string(),
}).transform((r) => ({
  id: r.id,
  channel: r.channel,
  channelUserKey: r.channel_user_key,
  /** null until the user picks one; the runtime then negotiates from the platform's locale. */
  language: r.language,
  role: r.role,
  createdAt: r.created_at,
}));
export type User = z.output<typeof UserRow>;

const COLUMNS = "id, channel, channel_user_key, language, role, created_at";

const userOrNull = (row: unknown): User | null => (row === undefined ? null : parseRow(UserRow, row, "users"));

/** The user behind a platform account, created on first contact with `roleOnCreate` (a founder unless said). */
export async function upsertUser(q: Queries, channel: string, channelUserKey: string, now: string, roleOnCreate: Role = "founder"): Promise<User> {
  // Read first: on every turn but the first the account exists, and one statement is all it costs.
  const existing = await findUser(q, channel, channelUserKey);
  if (existing !== null) return existing;
  await q.run(
    `INSERT INTO users (channel, channel_user_key, role, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, channel_user_key) DO NOTHING`,
    [channel, channelUserKey, roleOnCreate, now],
  );
  const row = await q.get(`SELECT ${COLUMNS} FROM users WHERE channel = ? AND channel_user_key = ?`, [channel, channelUserKey]);
  return parseRow(UserRow, row, "users");
}

export async function getUser(q: Queries, userId: number): Promise<User | null> {
  return userOrNull(await q.get(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [userId]));
}

/** The person with this platform identity, if they have an account. */
export async function findUser(q: Queries, channel: string, channelUserKey: string): Promise<User | null> {
  return userOrNull(await q.get(`SELECT ${COLUMNS} FROM users WHERE channel = ? AND channel_user_key = ?`, [channel, channelUserKey]));
}

/** The user whose session lives in `chatKey` (for example the founder a notification goes to), if any. */
export async function findUserByChat(q: Queries, chatKey: string): Promise<User | null> {
  const row = await q.get(
    "SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.chat_key = ?",
    [chatKey],
  );
  return userOrNull(row);
}

/** Stores the language the user chose (null forgets the choice); null when there is no such user. */
export async function setLanguage(q: Queries, userId: number, language: Lang | null): Promise<User | null> {
  return userOrNull(await q.get(`UPDATE users SET language = ? WHERE id = ? RETURNING ${COLUMNS}`, [language, userId]));
}

/** Makes the user a founder, reviewer or regulator; null when there is no such user. */
export async function setRole(q: Queries, userId: number, role: Role): Promise<User | null> {
  return userOrNull(await q.get(`UPDATE users SET role = ? WHERE id = ? RETURNING ${COLUMNS}`, [role, userId]));
}
