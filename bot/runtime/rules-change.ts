import type { AssessOptions } from "../../knowledge/assess/assess.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import type { SystemProfile } from "../../knowledge/profile/schema.js";
import type { AssessmentChange } from "../../flows/result/changes.js";
import { listAssessments, markNotified, saveAssessment, type StoredAssessment } from "../storage/assessments.js";
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
};

export type RecheckSummary = { checked: number; notified: number };

/**
 * Of the assessments a chat holds for one and the same profile (a founder who changed an answer and saw the
 * result again), only the newest speaks for the system: one message per system, not one per re-run.
 */
function supersededIds(outdated: readonly StoredAssessment[]): Set<number> {
  const newest = new Map<string, StoredAssessment>();
  for (const stored of outdated) newest.set(`${stored.chatKey}\n${JSON.stringify(stored.profile)}`, stored);
  const kept = new Set([...newest.values()].map((s) => s.id));
  return new Set(outdated.filter((s) => !kept.has(s.id)).map((s) => s.id));
}

/**
 * Issue 3, "Rule changes": re-runs the engine on every stored profile assessed under another knowledge base
 * version, tells each founder whose result changed what changed (a `rulesChanged` notification in the outbox,
 * and the new result stored beside the old), and marks every one checked for this version so no one hears it twice. Each assessment is settled in its own
 * transaction, so a crash midway resumes where it stopped; once all are done, a restart costs one query.
 */
export async function recheckAssessments(db: Database, deps: RecheckDeps): Promise<RecheckSummary> {
  if ((await getMeta(db, RECHECKED_KB_VERSION)) === deps.kbVersion) return { checked: 0, notified: 0 };
  const outdated = await listAssessments(db, { outdatedFor: deps.kbVersion });
  const superseded = supersededIds(outdated);
  const now = deps.now.toISOString();
  // Dated from today, as a result the founder asks for is: the new result replaces theirs, timeline included.
  const options: AssessOptions = { today: astanaDate(deps.now) };
  let notified = 0;
  for (const stored of outdated) {
    const after = superseded.has(stored.id) ? null : deps.assess(stored.profile, options);
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
  await setMeta(db, RECHECKED_KB_VERSION, deps.kbVersion);
  return { checked: outdated.length, notified };
}
