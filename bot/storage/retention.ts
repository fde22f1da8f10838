import { errorCode } from "../runtime/errors.js";
import type { Log } from "../runtime/log.js";
import type { Database } from "./db.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionSummary = { sessions: number; processedUpdates: number };

/**
 * RETENTION_DAYS: deletes the conversations nobody has touched for more than `days` before `now`, and the ids of
 * platform updates handled before then. A session records no "finished" mark, so a chat idle that long counts as
 * finished; its next message starts a new conversation, with the language the person chose kept on their account.
 * Platforms redeliver an update within hours, so an old id guards against nothing. Filed submissions, their events
 * and questions stay: the queue must still account for them. secure_delete zeroes what goes, and the WAL copy of
 * it is emptied after the commit, as for /forget.
 */
export async function sweepExpired(db: Database, now: Date, days: number): Promise<RetentionSummary> {
  // Both columns hold Date.toISOString() text, so comparing strings compares instants.
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.tx(async (q) => {
    const sessions = await q.run("DELETE FROM sessions WHERE updated_at < ?", [cutoff]);
    const updates = await q.run("DELETE FROM processed_updates WHERE at < ?", [cutoff]);
    if (sessions.changes + updates.changes > 0) await q.purgeWalAfterCommit();
    return { sessions: sessions.changes, processedUpdates: updates.changes };
  });
}

/**
 * Sweeps now and then once a day. Start-up need not wait: the returned promise (the first sweep) never rejects,
 * a failure is logged and the next day tries again. The timer is unref'd, so it never keeps a process alive that
 * has nothing else to do (the terminal chat exits when its input ends).
 */
export function scheduleRetention(db: Database, days: number, log: Log, clock: () => Date = () => new Date()): Promise<void> {
  const sweep = () =>
    sweepExpired(db, clock(), days).then(
      (s) => log("info", { event: "retention.swept", count: s.sessions + s.processedUpdates }),
      (error: unknown) => log("error", { event: "retention.failed", code: errorCode(error) }),
    );
  setInterval(sweep, DAY_MS).unref();
  return sweep();
}
