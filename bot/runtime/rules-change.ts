import type { AssessOptions } from "../../knowledge/assess/assess.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import type { SystemProfile } from "../../knowledge/profile/schema.js";
import type { AssessmentChange } from "../../flows/result/changes.js";
import { markNotified, outdatedPage, saveAssessment } from "../storage/assessments.js";
import type { Database } from "../storage/db.js";
import { getMeta, setMeta } from "../storage/meta.js";
import { enqueue } from "../storage/outbox.js";
import { astanaDate } from "./astana-time.js";

/** The knowledge base version whose re-check last ran to the end; equal to the current one on a normal restart. */
export const RECHECKED_KB_VERSION = "rulesRecheckedFor";

export type RecheckDeps = {
  assess: (profile: SystemProfile, options?: AssessOptions) => Assessment;
  kbVersion: string;
  now: Date;
  diff: (before: Assessment, after: Assessment) => AssessmentChange[];
  /** Assessments re-checked per batch (default 50). */
  batchSize?: number;
  /** Awaited between batches: the caller yields to live turns and sends the batch's notifications there. */
  betweenBatches?: () => Promise<void>;
  /** True once the process is shutting down: the re-check stops after the assessment in hand and resumes on the next start. */
  stopping?: () => boolean;
};

export type RecheckSummary = { checked: number; notified: number };

/**
 * Issue 3, "Rule changes": re-runs the engine on every stored profile assessed under another knowledge base
 * version, tells each founder whose result changed what changed (a `rulesChanged` notification in the outbox,
 * and the new result stored beside the old), and marks every one checked for this version so no one hears it twice.
 * It reads a batch at a time and yields between batches, so it runs in the background while the chats are open.
 * Each assessment is settled in its own transaction, so a crash midway resumes where it stopped; once all are
 * done, a restart costs one query.
 */
export async function recheckAssessments(db: Database, deps: RecheckDeps): Promise<RecheckSummary> {
  if ((await getMeta(db, RECHECKED_KB_VERSION)) === deps.kbVersion) return { checked: 0, notified: 0 };
  const now = deps.now.toISOString();
  // Dated from today, as a result the founder asks for is: the new result replaces theirs, timeline included.
  const options: AssessOptions = { today: astanaDate(deps.now) };
  let checked = 0;
  let notified = 0;
  for (let after = 0; ; ) {
    const page = await outdatedPage(db, deps.kbVersion, { after, limit: deps.batchSize ?? 50 });
    if (page.length === 0) break;
    for (const stored of page) {
      if (deps.stopping?.()) return { checked, notified };
      const after = stored.superseded ? null : deps.assess(stored.profile, options);
      const changes = after === null ? [] : deps.diff(stored.result, after);
      await db.tx(async (q) => {
        if (after !== null && changes.length > 0) {
          await enqueue(q, stored.chatKey, { kind: "rulesChanged", kbVersion: deps.kbVersion, changes, assessment: after }, now);
          // The result the founder now knows; a later version is compared with it, not with what they were first told.
          await saveAssessment(q, { userId: stored.userId, chatKey: stored.chatKey, assessment: after }, now);
        }
        await markNotified(q, stored.id, deps.kbVersion);
      });
      if (changes.length > 0) notified += 1;
    }
    checked += page.length;
    after = page.at(-1)!.id;
    // Between batches the live turns go first, and the notifications of this batch go out, paced by batch.
    await deps.betweenBatches?.();
  }
  await setMeta(db, RECHECKED_KB_VERSION, deps.kbVersion);
  return { checked, notified };
}
