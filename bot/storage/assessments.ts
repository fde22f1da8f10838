import { z } from "zod";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import type { Queries } from "./db.js";
import { jsonColumn, parseRow, parseRows } from "./rows.js";

/**
 * The profile is stored apart from the result: when the knowledge base changes, the profile is what gets
 * re-assessed, and the old result is what the new one is compared with.
 */
const AssessmentRow = z.object({
  id: z.number().int(),
  user_id: z.number().int(),
  chat_key: z.string(),
  kb_version: z.string(),
  profile_json: jsonColumn(SystemProfile),
  result_json: jsonColumn(Assessment),
  created_at: z.string(),
  notified_version: z.string().nullable(),
}).transform((r) => ({
  id: r.id,
  userId: r.user_id,
  chatKey: r.chat_key,
  kbVersion: r.kb_version,
  profile: r.profile_json,
  result: r.result_json,
  createdAt: r.created_at,
  /** The knowledge base version the user was last told about, if a later one changed their result. */
  notifiedVersion: r.notified_version,
}));
export type StoredAssessment = z.output<typeof AssessmentRow>;

const SupersededRows = z.array(z.object({ superseded: z.number().int() }));
const COLUMNS = "id, user_id, chat_key, kb_version, profile_json, result_json, created_at, notified_version";

export async function saveAssessment(
  q: Queries,
  input: { userId: number; chatKey: string; assessment: Assessment },
  now: string,
): Promise<StoredAssessment> {
  const row = await q.get(
    `INSERT INTO assessments (user_id, chat_key, kb_version, profile_json, result_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    [input.userId, input.chatKey, input.assessment.kbVersion, JSON.stringify(input.assessment.profile), JSON.stringify(input.assessment), now],
  );
  return parseRow(AssessmentRow, row, "assessments");
}

/**
 * Stored assessments oldest first. `outdatedFor: kbVersion` keeps those made under another version whose
 * user has not yet been told about that version: the ones to re-run after a knowledge base update.
 */
export async function listAssessments(
  q: Queries,
  filter: { userId?: number; outdatedFor?: string } = {},
): Promise<StoredAssessment[]> {
  const rows = await q.all(
    `SELECT ${COLUMNS} FROM assessments
     WHERE (?1 IS NULL OR user_id = ?1)
       AND (?2 IS NULL OR (kb_version <> ?2 AND (notified_version IS NULL OR notified_version <> ?2)))
     ORDER BY created_at, id`,
    [filter.userId ?? null, filter.outdatedFor ?? null],
  );
  return parseRows(AssessmentRow, rows, "assessments");
}

/**
 * The next `limit` assessments after id `after` that `kbVersion` has not re-checked yet, each marked superseded
 * when the same chat holds a newer one for the same profile (only the newest speaks for the system). A page
 * at a time, so the re-check never holds thousands of results in memory or the connection for long.
 */
export async function outdatedPage(
  q: Queries,
  kbVersion: string,
  page: { after: number; limit: number },
): Promise<(StoredAssessment & { superseded: boolean })[]> {
  const rows = await q.all(
    `SELECT ${COLUMNS.split(", ").map((c) => `a.${c}`).join(", ")},
       EXISTS (SELECT 1 FROM assessments b WHERE b.chat_key = a.chat_key AND b.profile_json = a.profile_json AND b.id > a.id) AS superseded
     FROM assessments a
     WHERE a.id > ? AND a.kb_version <> ? AND (a.notified_version IS NULL OR a.notified_version <> ?)
     ORDER BY a.id LIMIT ?`,
    [page.after, kbVersion, kbVersion, page.limit],
  );
  const flags = SupersededRows.parse(rows);
  return parseRows(AssessmentRow, rows, "assessments").map((a, i) => ({ ...a, superseded: flags[i]!.superseded === 1 }));
}

/** Records that the user has been told what `kbVersion` changed for this assessment. */
export async function markNotified(q: Queries, assessmentId: number, kbVersion: string): Promise<void> {
  await q.run("UPDATE assessments SET notified_version = ? WHERE id = ?", [kbVersion, assessmentId]);
}
