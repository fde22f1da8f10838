import { z } from "zod";
import type { Queries } from "./db.js";
import { owe } from "./deliveries.js";
import { CountRow, parseRow } from "./rows.js";

/**
 * What the Slack door posts in its shared channels: a submission's card in the review channel, an escalated
 * question in the regulators' channel. Each is a chat of its own for the courier ("slack:#card:<id>",
 * "slack:#question:<id>"; Slack channel ids never hold "#"), so one post's updates go out in order, are retried
 * like any reply, and the Slack sender renders the post from what is stored when it sends (bot/channels/slack/).
 */
export type PostKey = { kind: "card"; id: string } | { kind: "question"; id: string };

const PREFIX = "slack:#";

export const postChatKey = (key: PostKey): string => `${PREFIX}${key.kind}:${key.id}`;

/** The post a courier chat key stands for, or null for a person's or a channel's own chat. */
export function postKeyOf(chatKey: string): PostKey | null {
  if (!chatKey.startsWith(PREFIX)) return null;
  const [kind, id] = chatKey.slice(PREFIX.length).split(":", 2);
  return (kind === "card" || kind === "question") && id ? { kind, id } : null;
}

/**
 * Asks for the post to be brought up to date, in the transaction of the change. The delivery's one reply is a
 * placeholder the Slack sender never renders: what it posts is read from storage at send time, so several
 * changes in a row end in the latest state.
 */
export async function owePostRefresh(q: Queries, key: PostKey, now: string): Promise<void> {
  // Two waiting refreshes per post are enough: one may be in flight with the state before this change, the other
  // draws the latest. It also keeps a process that runs no Slack from piling up a row per change.
  const waiting = await q.get("SELECT COUNT(*) AS n FROM deliveries WHERE chat_key = ?", [postChatKey(key)]);
  if (CountRow.parse(waiting).n >= 2) return;
  await owe(q, postChatKey(key), "en", [{ kind: "typing" }], now);
}

const PostRow = z.object({ channel_id: z.string(), ts: z.string(), history_posted: z.number().int() })
  .transform((r) => ({ channelId: r.channel_id, ts: r.ts, historyPosted: r.history_posted }));
export type SlackPost = z.output<typeof PostRow>;

export async function findPost(q: Queries, key: PostKey): Promise<SlackPost | null> {
  const row = await q.get("SELECT channel_id, ts, history_posted FROM slack_posts WHERE post_key = ?", [postChatKey(key)]);
  return row === undefined ? null : parseRow(PostRow, row, "slack_posts");
}

/** Records where a post went (first send) and how much of the history its thread holds. */
export async function savePost(q: Queries, key: PostKey, post: SlackPost): Promise<void> {
  await q.run(
    `INSERT INTO slack_posts (post_key, channel_id, ts, history_posted) VALUES (?, ?, ?, ?)
     ON CONFLICT (post_key) DO UPDATE SET history_posted = MAX(history_posted, excluded.history_posted)`,
    [postChatKey(key), post.channelId, post.ts, post.historyPosted],
  );
}
