import { z } from "zod";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { IsoDate } from "../../knowledge/estimate/types.js";
import { RiskTier } from "../../knowledge/law/codes.js";
import { fail, ok, Lang, type Result } from "../../knowledge/types.js";
import {
  QueueAction, Role, SubmissionStatus, transition, type TransitionRefusal,
} from "../../flows/queue/transitions.js";
import type { Queries } from "./db.js";
import { CountRow, jsonColumn, parseRow, parseRows } from "./rows.js";
import { nextReadableId } from "./readable-id.js";

const common = {
  id: z.string(),
  status: SubmissionStatus,
  kb_version: z.string(),
  lang: Lang,
  resubmission_due: IsoDate.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
};

const base = (r: z.infer<z.ZodObject<typeof common>>) => ({
  id: r.id,
  status: r.status,
  kbVersion: r.kb_version,
  lang: r.lang,
  /** Set while changes are requested: the date the founder should resubmit by. */
  resubmissionDue: r.resubmission_due,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const FiledRow = z.object({
  ...common,
  anonymised: z.literal(0),
  founder_user_id: z.number().int(),
  founder_chat_key: z.string(),
  system_name: z.string().nullable(),
  assessment_json: jsonColumn(Assessment),
  dossier_json: jsonColumn(z.unknown()),
}).transform((r) => ({
  ...base(r),
  anonymised: false as const,
  founderUserId: r.founder_user_id,
  founderChatKey: r.founder_chat_key,
  systemName: r.system_name,
  tier: r.assessment_json.tier,
  assessment: r.assessment_json,
  /** The dossier flow owns its shape and parses it. */
  dossier: r.dossier_json,
}));

/** What /forget leaves of a submission: its status history and its tier, nothing that points at a person. */
const AnonymisedRow = z.object({
  ...common,
  anonymised: z.literal(1),
  founder_user_id: z.null(),
  founder_chat_key: z.null(),
  system_name: z.null(),
  assessment_json: jsonColumn(z.object({ tier: RiskTier })),
  dossier_json: jsonColumn(z.object({ anonymised: z.literal(true) })),
}).transform((r) => ({
  ...base(r),
  anonymised: true as const,
  founderUserId: null,
  founderChatKey: null,
  systemName: null,
  tier: r.assessment_json.tier,
  assessment: null,
  dossier: null,
}));

const SubmissionRow = z.union([FiledRow, AnonymisedRow]);
export type Submission = z.output<typeof SubmissionRow>;

/** Filing is the first event of every submission; the queue actions follow it. */
export const EventAction = z.enum(["file", ...QueueAction.options, "answer"]);
export type EventAction = z.infer<typeof EventAction>;

const EventRow = z.object({
  id: z.number().int(),
  submission_id: z.string(),
  at: z.string(),
  actor_user_id: z.number().int().nullable(),
  actor_role: Role,
  action: EventAction,
  from_status: SubmissionStatus.nullable(),
  to_status: SubmissionStatus,
  reason: z.string().nullable(),
}).transform((r) => ({
  id: r.id,
  submissionId: r.submission_id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorRole: r.actor_role,
  action: r.action,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  reason: r.reason,
}));
export type SubmissionEvent = z.output<typeof EventRow>;

const COLUMNS = `id, founder_user_id, founder_chat_key, status, system_name, assessment_json, dossier_json,
  kb_version, lang, resubmission_due, created_at, updated_at, anonymised`;

export type NewSubmission = {
  founderUserId: number;
  founderChatKey: string;
  systemName?: string | null;
  assessment: Assessment;
  dossier: unknown;
  lang: Lang;
};

/** `oneActorPlaysAll`: the terminal chat, where one person files and reviews (flows/queue/transitions.ts). */
export type Actor = { userId?: number; role: Role; oneActorPlaysAll?: boolean };

async function appendEvent(
  q: Queries,
  e: { submissionId: string; at: string; actor: Actor; action: EventAction; from: SubmissionStatus | null; to: SubmissionStatus; reason: string | null },
): Promise<void> {
  await q.run(
    `INSERT INTO submission_events (submission_id, at, actor_user_id, actor_role, action, from_status, to_status, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [e.submissionId, e.at, e.actor.userId ?? null, e.actor.role, e.action, e.from, e.to, e.reason],
  );
}

export async function getSubmission(q: Queries, id: string): Promise<Submission | null> {
  const row = await q.get(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`, [id]);
  return row === undefined ? null : parseRow(SubmissionRow, row, "submissions");
}

async function mustGet(q: Queries, id: string): Promise<Submission> {
  return parseRow(SubmissionRow, await q.get(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`, [id]), "submissions");
}

/** Files a submission under the next readable id (KZ-AI-2026-0001, numbered afresh each year) and records the filing. */
export async function createSubmission(q: Queries, input: NewSubmission, now: string): Promise<Submission> {
  const id = await nextReadableId(q, "KZ-AI", now);
  await q.run(
    `INSERT INTO submissions (id, founder_user_id, founder_chat_key, status, system_name, assessment_json, dossier_json,
       kb_version, lang, resubmission_due, created_at, updated_at, anonymised)
     VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, NULL, ?, ?, 0)`,
    [
      id, input.founderUserId, input.founderChatKey, input.systemName ?? null, JSON.stringify(input.assessment),
      JSON.stringify(input.dossier), input.assessment.kbVersion, input.lang, now, now,
    ],
  );
  await appendEvent(q, {
    submissionId: id, at: now, actor: { userId: input.founderUserId, role: "founder" }, action: "file", from: null, to: "submitted", reason: null,
  });
  // What was just written, as it was given: reading the row back would parse the whole assessment again.
  return {
    id, status: "submitted", kbVersion: input.assessment.kbVersion, lang: input.lang, resubmissionDue: null, createdAt: now, updatedAt: now,
    anonymised: false, founderUserId: input.founderUserId, founderChatKey: input.founderChatKey, systemName: input.systemName ?? null,
    tier: input.assessment.tier, assessment: input.assessment, dossier: input.dossier,
  };
}

/** Submissions oldest first, optionally only those in one status or of one founder. */
export async function listSubmissions(
  q: Queries,
  filter: { status?: SubmissionStatus; founderUserId?: number } = {},
): Promise<Submission[]> {
  const rows = await q.all(
    `SELECT ${COLUMNS} FROM submissions
     WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR founder_user_id = ?2)
     ORDER BY created_at, id`,
    [filter.status ?? null, filter.founderUserId ?? null],
  );
  return parseRows(SubmissionRow, rows, "submissions");
}

/** A founder's submissions the queue has not decided yet. */
export async function countOpenSubmissions(q: Queries, founderUserId: number): Promise<number> {
  const row = await q.get(
    "SELECT COUNT(*) AS n FROM submissions WHERE founder_user_id = ? AND status IN ('submitted', 'in_review', 'changes_requested', 'escalated')",
    [founderUserId],
  );
  return CountRow.parse(row).n;
}

/**
 * Moves a submission through the queue if flows/queue/transitions.ts allows it, and appends the event in the
 * same transaction. `resubmissionDue` is kept only when changes are requested. Call inside `db.tx`.
 */
export async function applyStatusChange(
  q: Queries,
  id: string,
  action: QueueAction,
  actor: Actor,
  reason: string | undefined,
  now: string,
  resubmissionDue?: IsoDate,
): Promise<Result<Submission, "notFound" | TransitionRefusal>> {
  const submission = await getSubmission(q, id);
  if (submission === null) return fail("notFound");
  const ownSubmission = actor.userId !== undefined && submission.founderUserId === actor.userId;
  const moved = transition(submission.status, action, actor.role, { reason, ownSubmission, oneActorPlaysAll: actor.oneActorPlaysAll });
  if (!moved.ok) return fail(moved.reason);
  const to = moved.value;
  const due = to === "changes_requested" ? resubmissionDue ?? null : null;
  await q.run("UPDATE submissions SET status = ?, resubmission_due = ?, updated_at = ? WHERE id = ?", [to, due, now, id]);
  await appendEvent(q, {
    submissionId: id, at: now, actor, action, from: submission.status, to, reason: reason?.trim() || null,
  });
  return ok(await mustGet(q, id));
}

/**
 * Puts a corrected draft (and, when given, a fresh assessment) in place of the filed one, before the founder's
 * "resubmit" moves it back into the queue. The status history is untouched: the move itself is the event.
 * A submission anonymised by /forget has no content to correct and counts as not found.
 */
export async function replaceSubmissionContent(
  q: Queries,
  id: string,
  content: { dossier: unknown; systemName?: string | null; assessment?: Assessment },
  now: string,
): Promise<Result<Submission, "notFound">> {
  const { assessment } = content;
  const { changes } = await q.run(
    `UPDATE submissions SET
       dossier_json = ?, system_name = CASE WHEN ? THEN ? ELSE system_name END,
       assessment_json = COALESCE(?, assessment_json), kb_version = COALESCE(?, kb_version), updated_at = ?
     WHERE id = ? AND anonymised = 0`,
    [
      JSON.stringify(content.dossier), content.systemName === undefined ? 0 : 1, content.systemName ?? null,
      assessment === undefined ? null : JSON.stringify(assessment), assessment?.kbVersion ?? null, now, id,
    ],
  );
  return changes === 0 ? fail("notFound") : ok(await mustGet(q, id));
}

/**
 * A regulator's answer to the team's question about a submission joins its history; the status stays where it
 * is, for the regulator decides with /approve, /reject or /changes.
 */
export async function recordAnswer(q: Queries, submission: Submission, actor: Actor, answer: string, now: string): Promise<void> {
  await appendEvent(q, { submissionId: submission.id, at: now, actor, action: "answer", from: submission.status, to: submission.status, reason: answer });
}

/** A submission's history, oldest first. */
export async function eventsFor(q: Queries, submissionId: string): Promise<SubmissionEvent[]> {
  const rows = await q.all(
    `SELECT id, submission_id, at, actor_user_id, actor_role, action, from_status, to_status, reason
     FROM submission_events WHERE submission_id = ? ORDER BY id`,
    [submissionId],
  );
  return parseRows(EventRow, rows, "submission_events");
}

/** The histories of every submission in `statuses` (all when absent), in one query, each oldest first. */
export async function eventsByStatus(q: Queries, statuses?: readonly SubmissionStatus[]): Promise<Map<string, SubmissionEvent[]>> {
  const rows = await q.all(
    `SELECT e.id, e.submission_id, e.at, e.actor_user_id, e.actor_role, e.action, e.from_status, e.to_status, e.reason
     FROM submission_events e JOIN submissions s ON s.id = e.submission_id
     WHERE ?1 IS NULL OR s.status IN (SELECT value FROM json_each(?1))
     ORDER BY e.id`,
    [statuses === undefined ? null : JSON.stringify(statuses)],
  );
  const bySubmission = new Map<string, SubmissionEvent[]>();
  for (const event of parseRows(EventRow, rows, "submission_events")) {
    const list = bySubmission.get(event.submissionId);
    if (list) list.push(event);
    else bySubmission.set(event.submissionId, [event]);
  }
  return bySubmission;
}

/** One line of the team's queue, read in one query: only the columns it shows, and the latest move's action and reason. */
const TotalRow = z.object({ total: z.number().int() });
const QueueLineRow = z.object({
  id: z.string(),
  status: SubmissionStatus,
  system_name: z.string().nullable(),
  name_confidential: z.number().int().nullable(),
  tier: RiskTier,
  prohibited_json: jsonColumn(z.array(z.object({ code: z.string() }))),
  updated_at: z.string(),
  resubmission_due: IsoDate.nullable(),
  last_action: EventAction.nullable(),
  last_reason: z.string().nullable(),
}).transform((r) => ({
  id: r.id,
  status: r.status,
  systemName: r.system_name,
  nameConfidential: r.name_confidential === 1,
  tier: r.tier,
  prohibited: r.prohibited_json.map((p) => p.code),
  updatedAt: r.updated_at,
  resubmissionDue: r.resubmission_due,
  lastAction: r.last_action,
  lastReason: r.last_reason,
}));
export type QueueLine = z.output<typeof QueueLineRow>;

/**
 * A page of the queue in `statuses`, oldest first, and how many there are in all. Each status walks its own
 * slice of the (status, created_at, id) index in order and stops at the page's end; the slices are merged with
 * UNION ALL. One `status IN (…)` over several values would read every open row and sort them all for 20 (53×
 * the plain query at 10,000). The columns shown, JSON included, are read for the page's rows only, so a page
 * costs about the same with ten submissions or ten thousand.
 */
export async function queuePage(
  q: Queries,
  statuses: readonly SubmissionStatus[],
  page: { offset: number; limit: number },
): Promise<{ total: number; lines: QueueLine[] }> {
  if (statuses.length === 0) return { total: 0, lines: [] };
  const reach = page.offset + page.limit;
  const slices = statuses
    .map(() => "SELECT * FROM (SELECT rowid AS r, created_at, id FROM submissions WHERE status = ? ORDER BY created_at, id LIMIT ?)")
    .join(" UNION ALL ");
  const counts = statuses.map(() => "(SELECT COUNT(*) FROM submissions WHERE status = ?)").join(" + ");
  // One statement, the count included: a page past the end still gives one row, with the total and no line.
  const rows = await q.all(
    `WITH lines AS (
       SELECT s.id, s.status, s.system_name, s.updated_at, s.resubmission_due,
         json_extract(s.dossier_json, '$.entries.systemName.confidential') AS name_confidential,
         json_extract(s.assessment_json, '$.tier') AS tier,
         COALESCE(json_extract(s.assessment_json, '$.prohibited'), '[]') AS prohibited_json,
         e.action AS last_action, e.reason AS last_reason, page.created_at AS sort_at
       FROM (SELECT r, created_at, id FROM (${slices}) ORDER BY created_at, id LIMIT ? OFFSET ?) page
       JOIN submissions s ON s.rowid = page.r
       LEFT JOIN submission_events e ON e.id = (
         SELECT MAX(id) FROM submission_events WHERE submission_id = s.id AND action != 'answer')
     )
     SELECT (${counts}) AS total, lines.* FROM (SELECT 1) LEFT JOIN lines ON 1
     ORDER BY lines.sort_at, lines.id`,
    [...statuses.flatMap((status) => [status, reach]), page.limit, page.offset, ...statuses],
  );
  const total = TotalRow.parse(rows[0]).total;
  const lines = rows.filter((r) => (r as { id: unknown }).id !== null);
  return { total, lines: parseRows(QueueLineRow, lines, "submissions") };
}
