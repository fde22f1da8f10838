import type { Queries } from "./db.js";

/**
 * Records that a platform update was handled. Returns false when it was already recorded: platforms
 * redeliver updates after timeouts and restarts, and a redelivered update must change nothing.
 */
export async function markProcessed(q: Queries, channel: string, updateId: string | number, now: string): Promise<boolean> {
  const { changes } = await q.run(
    "INSERT INTO processed_updates (channel, update_id, at) VALUES (?, ?, ?) ON CONFLICT (channel, update_id) DO NOTHING",
    [channel, String(updateId), now],
  );
  return changes === 1;
}
