import { Dossier } from "../../flows/dossier/dossier.js";
import type { SubmissionFacts } from "../../flows/queue/view.js";
import type { SubmissionStatus } from "../../flows/queue/transitions.js";
import { astanaDate } from "../runtime/astana-time.js";
import type { Queries } from "./db.js";
import { eventsFor, getSubmission, listSubmissions, type Submission, type SubmissionEvent } from "./submissions.js";

/**
 * A submission and its history as the queue's facts (flows/queue/view.ts): who holds the claim (the latest claim
 * since it last came back to the queue), who worked it as a reviewer, and the days that due dates and the time in
 * review count from. Read per submission: the team's open queue is tens, not thousands.
 */
export function factsOf(s: Submission, history: readonly SubmissionEvent[]): SubmissionFacts {
  let assignee: number | null = null;
  const reviewers = new Set<number>();
  let firstClaimedOn: string | null = null;
  let decidedOn: string | null = null;
  let since = astanaDate(s.createdAt);
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
    assigneeUserId: assignee,
    reviewerUserIds: [...reviewers],
    since,
    resubmissionDue: s.resubmissionDue,
    createdOn: astanaDate(s.createdAt),
    firstClaimedOn,
    decidedOn,
  };
}

/** One submission's facts, or null for an unknown id. */
export async function submissionFacts(q: Queries, id: string): Promise<SubmissionFacts | null> {
  const s = await getSubmission(q, id);
  return s === null ? null : factsOf(s, await eventsFor(q, id));
}

/** Every submission's facts, optionally only those in `statuses`, oldest first. */
export async function allFacts(q: Queries, statuses?: readonly SubmissionStatus[]): Promise<SubmissionFacts[]> {
  const all = await listSubmissions(q);
  const wanted = statuses === undefined ? all : all.filter((s) => statuses.includes(s.status));
  return Promise.all(wanted.map(async (s) => factsOf(s, await eventsFor(q, s.id))));
}
