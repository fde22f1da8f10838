import { Dossier } from "../../flows/dossier/dossier.js";
import type { SubmissionFacts } from "../../flows/queue/view.js";
import { SubmissionStatus } from "../../flows/queue/transitions.js";
import { IsoDate } from "../../knowledge/estimate/types.js";
import { ObligationCode, ProhibitedCapability, RiskTier } from "../../knowledge/law/codes.js";
import { z } from "zod";
import { astanaDate } from "../runtime/astana-time.js";
import type { Queries } from "./db.js";
import { eventsByStatus, eventsFor, getSubmission, type Submission, type SubmissionEvent } from "./submissions.js";
import { jsonColumn, parseRows } from "./rows.js";

/** What a submission's history says for the queue: who holds the claim, who reviewed it, and the days that count. */
function historyFacts(createdAt: string, history: readonly SubmissionEvent[]) {
  let assignee: number | null = null;
  const reviewers = new Set<number>();
  let firstClaimedOn: string | null = null;
  let decidedOn: string | null = null;
  let since = astanaDate(createdAt);
  for (const e of history) {
    if (e.action !== "answer") since = astanaDate(e.at);
    if (e.action === "claim") {
      assignee = e.actorUserId;
      firstClaimedOn ??= astanaDate(e.at);
    }
    if (e.action === "resubmit") assignee = null;
    if ((e.action === "approve" || e.action === "reject") && e.fromStatus !== null) decidedOn = astanaDate(e.at);
    if (e.actorRole === "reviewer" && e.actorUserId !== null) reviewers.add(e.actorUserId);
  }
  return { assigneeUserId: assignee, reviewerUserIds: [...reviewers], since, createdOn: astanaDate(createdAt), firstClaimedOn, decidedOn };
}

/**
 * A submission and its history as the queue's facts (flows/queue/view.ts): who holds the claim (the latest claim
 * since it last came back to the queue), who worked it as a reviewer, and the days that due dates and the time in
 * review count from.
 */
export function factsOf(s: Submission, history: readonly SubmissionEvent[]): SubmissionFacts {
  const dossier = s.anonymised ? null : Dossier.safeParse(s.dossier);
  const a = s.assessment;
  return {
    id: s.id,
    status: s.status,
    tier: s.tier,
    systemName: s.systemName,
    nameConfidential: dossier?.success === true && dossier.data.entries.systemName?.confidential === true,
    prohibited: a?.prohibited.map((p) => p.code) ?? [],
    obligations: a?.obligations.filter((o) => !o.voluntary).map((o) => o.code) ?? [],
    effortPersonDays: a ? { min: a.effort.personDays.low, max: a.effort.personDays.high } : null,
    timelineEnd: a?.timeline?.end ?? null,
    founderUserId: s.founderUserId,
    resubmissionDue: s.resubmissionDue,
    ...historyFacts(s.createdAt, history),
  };
}

/** One submission's facts, or null for an unknown id. */
export async function submissionFacts(q: Queries, id: string): Promise<SubmissionFacts | null> {
  const s = await getSubmission(q, id);
  return s === null ? null : factsOf(s, await eventsFor(q, id));
}

/**
 * The columns the queue's facts need, with the assessment's few fields picked out by SQLite (json_extract):
 * parsing every stored assessment whole took /triage queue to 0.9 s at 2,000 submissions, past Slack's 3 s ack
 * somewhere near 10,000. The same fields factsOf reads from a parsed submission.
 */
const FactsRow = z.object({
  id: z.string(),
  status: SubmissionStatus,
  system_name: z.string().nullable(),
  founder_user_id: z.number().int().nullable(),
  resubmission_due: IsoDate.nullable(),
  created_at: z.string(),
  name_confidential: z.number().int().nullable(),
  tier: RiskTier,
  prohibited_json: jsonColumn(z.array(ProhibitedCapability)),
  obligations_json: jsonColumn(z.array(ObligationCode)),
  effort_low: z.number().nullable(),
  effort_high: z.number().nullable(),
  timeline_end: IsoDate.nullable(),
});

/** Every submission's facts, optionally only those in `statuses`, oldest first: two queries, whatever the count. */
export async function allFacts(q: Queries, statuses?: readonly SubmissionStatus[]): Promise<SubmissionFacts[]> {
  const rows = await q.all(
    `SELECT s.id, s.status, s.system_name, s.founder_user_id, s.resubmission_due, s.created_at,
       json_extract(s.dossier_json, '$.entries.systemName.confidential') AS name_confidential,
       json_extract(s.assessment_json, '$.tier') AS tier,
       (SELECT json_group_array(json_extract(p.value, '$.code')) FROM json_each(s.assessment_json, '$.prohibited') p) AS prohibited_json,
       (SELECT json_group_array(json_extract(o.value, '$.code')) FROM json_each(s.assessment_json, '$.obligations') o
         WHERE COALESCE(json_extract(o.value, '$.voluntary'), 0) = 0) AS obligations_json,
       json_extract(s.assessment_json, '$.effort.personDays.low') AS effort_low,
       json_extract(s.assessment_json, '$.effort.personDays.high') AS effort_high,
       json_extract(s.assessment_json, '$.timeline.end') AS timeline_end
     FROM submissions s
     WHERE ?1 IS NULL OR s.status IN (SELECT value FROM json_each(?1))
     ORDER BY s.created_at, s.id`,
    [statuses === undefined ? null : JSON.stringify(statuses)],
  );
  const histories = await eventsByStatus(q, statuses);
  return parseRows(FactsRow, rows, "submissions").map((r): SubmissionFacts => ({
    id: r.id,
    status: r.status,
    tier: r.tier,
    systemName: r.system_name,
    nameConfidential: r.name_confidential === 1,
    prohibited: r.prohibited_json,
    obligations: r.obligations_json,
    effortPersonDays: r.effort_low === null || r.effort_high === null ? null : { min: r.effort_low, max: r.effort_high },
    timelineEnd: r.timeline_end,
    founderUserId: r.founder_user_id,
    resubmissionDue: r.resubmission_due,
    ...historyFacts(r.created_at, histories.get(r.id) ?? []),
  }));
}
