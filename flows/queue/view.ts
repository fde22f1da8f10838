import { z } from "zod";
import type { IsoDate } from "../../knowledge/estimate/types.js";
import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import { workingDaysAfter, workingDaysBetween } from "../../knowledge/estimate/working-days.js";
import type { ObligationCode, ProhibitedCapability, RiskTier } from "../../knowledge/law/codes.js";
import { fail, ok, type Result } from "../../knowledge/types.js";
import { allowedActions, queueMove, type QueueAction, type QueueMoveRefusal, type SubmissionStatus } from "./transitions.js";

/**
 * What the queue knows of one submission, read by the runtime from storage: the platform-neutral input of every
 * card, list and App Home entry. People are our user ids; a door maps them to its own handles.
 */
export type SubmissionFacts = {
  id: string;
  status: SubmissionStatus;
  tier: RiskTier;
  /** The founder's name for the system; null once anonymised by /forget. */
  systemName: string | null;
  /** The founder marked the name confidential: a regulator never reads it. */
  nameConfidential: boolean;
  prohibited: readonly ProhibitedCapability[];
  /** Required duties (voluntary ones left out), for the card's "main duties". */
  obligations: readonly ObligationCode[];
  effortPersonDays: { min: number; max: number } | null;
  /** The dated end of the main path and of one round of corrections, when the assessment was dated. */
  timelineEnd: IsoDate | null;
  founderUserId: number | null;
  /** Who holds the claim: the reviewer of the latest claim since the submission last came back to the queue. */
  assigneeUserId: number | null;
  /** Everyone who acted on it as a reviewer (claim, changes, escalate …), for separation of duties. */
  reviewerUserIds: readonly number[];
  /** The day of the latest move: due dates count from it. */
  since: IsoDate;
  resubmissionDue: IsoDate | null;
  createdOn: IsoDate;
  /** The day it was first claimed and the day it was decided, for the median time in review. */
  firstClaimedOn: IsoDate | null;
  decidedOn: IsoDate | null;
};

/** Who is looking: a staff member, by our user id and the role configuration gives them. */
export type Viewer = { userId: number; role: "reviewer" | "regulator" };

/**
 * Our own review targets in working days, counted from the latest move: claim within 2, decide within 10 of the
 * claim (the reported 10-day completeness check of trusted-list filings, secondary), and the regulator's answer
 * within the same 10. No law sets any of them. Changes requested use the re-submission date itself.
 */
export const REVIEW_TARGET_WORKING_DAYS: Partial<Record<SubmissionStatus, number>> = {
  submitted: 2,
  in_review: TIMELINE_DEFAULTS.authorityReviewWorkingDays,
  escalated: TIMELINE_DEFAULTS.authorityReviewWorkingDays,
};

/** One submission as a viewer sees it, for any door to render. */
export type SubmissionView = {
  id: string;
  /** Null when this viewer may not read it (a regulator and a confidential name) or it was anonymised. */
  name: string | null;
  status: SubmissionStatus;
  tier: RiskTier;
  prohibited: readonly ProhibitedCapability[];
  obligations: readonly ObligationCode[];
  effortPersonDays: { min: number; max: number } | null;
  timelineEnd: IsoDate | null;
  assigneeUserId: number | null;
  /** When the next step is due (the founder's re-submission, or the review target); null for decided ones. */
  due: IsoDate | null;
  overdue: boolean;
  /** What this viewer may do now, straight from the transition table. */
  actions: QueueAction[];
};

/** When the submission's next step is due, in Kazakh working days; null when decided or the calendar ends. */
export function dueDate(facts: Pick<SubmissionFacts, "status" | "since" | "resubmissionDue">): IsoDate | null {
  if (facts.status === "changes_requested") return facts.resubmissionDue;
  const target = REVIEW_TARGET_WORKING_DAYS[facts.status];
  if (target === undefined) return null;
  const due = workingDaysAfter(facts.since, target);
  return due.ok ? due.value : null;
}

/** The move `viewer` would make, checked against the one table with the people on the submission. */
export function checkMove(facts: SubmissionFacts, viewer: Viewer, action: QueueAction, reason?: string): Result<SubmissionStatus, QueueMoveRefusal> {
  return queueMove(facts.status, action, viewer.role, {
    reason,
    ownSubmission: facts.founderUserId === viewer.userId,
    assignedToOther: facts.assigneeUserId !== null && facts.assigneeUserId !== viewer.userId,
    reviewedByActor: facts.reviewerUserIds.includes(viewer.userId),
  });
}

/**
 * A submission as `viewer` sees it on `today`. A regulator sees only escalated submissions (the runtime asks for no
 * others) and never a name the founder marked confidential. Buttons offered are the moves the table allows
 * this viewer; a reason is asked for afterwards, so it is not checked here.
 */
export function submissionView(facts: SubmissionFacts, viewer: Viewer, today: IsoDate): SubmissionView {
  const due = dueDate(facts);
  const hidden = viewer.role === "regulator" && facts.nameConfidential;
  // A placeholder reason: the modal asks for the real one, so only who may act is checked here.
  const actions = allowedActions(facts.status, viewer.role).filter((action) => checkMove(facts, viewer, action, "·").ok);
  return {
    id: facts.id,
    name: hidden ? null : facts.systemName,
    status: facts.status,
    tier: facts.tier,
    prohibited: facts.prohibited,
    obligations: facts.obligations,
    effortPersonDays: facts.effortPersonDays,
    timelineEnd: facts.timelineEnd,
    assigneeUserId: facts.assigneeUserId,
    due,
    overdue: due !== null && today > due,
    actions,
  };
}

/** `/triage queue` filters: a status, a tier, mine, unclaimed or overdue. */
export const QueueFilter = z.union([
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("status"), status: z.enum(["submitted", "in_review", "changes_requested", "escalated", "approved", "rejected"]) }),
  z.object({ kind: z.literal("tier"), tier: z.enum(["minimal", "medium", "high"]) }),
  z.object({ kind: z.enum(["mine", "unclaimed", "overdue"]) }),
]);
export type QueueFilter = z.infer<typeof QueueFilter>;

/** What `/triage …` asks for. */
export type TriageCommand =
  | { kind: "queue"; filter: QueueFilter }
  | { kind: "show"; id: string }
  | { kind: "stats" }
  | { kind: "help" };

/** Parses the text after `/triage`; anything unknown is the help, never an error thrown inward. */
export function parseTriage(text: string): TriageCommand {
  const [word = "", arg = "", ...rest] = text.trim().split(/\s+/);
  if (rest.length > 0) return { kind: "help" };
  switch (word.toLowerCase()) {
    case "queue": {
      const a = arg.toLowerCase();
      if (a === "") return { kind: "queue", filter: { kind: "all" } };
      const parsed = [{ kind: a }, { kind: "status", status: a }, { kind: "tier", tier: a }]
        .map((candidate) => QueueFilter.safeParse(candidate))
        .find((p) => p.success);
      return parsed?.success ? { kind: "queue", filter: parsed.data } : { kind: "help" };
    }
    case "show": {
      const id = submissionIdArg(arg.toUpperCase());
      return id.ok ? { kind: "show", id: id.value } : { kind: "help" };
    }
    case "stats":
      return arg === "" ? { kind: "stats" } : { kind: "help" };
    default:
      return { kind: "help" };
  }
}

/** Whether a view passes a filter for `viewer`. */
export function matches(view: SubmissionView, filter: QueueFilter, viewer: Viewer): boolean {
  switch (filter.kind) {
    case "all":
      return true;
    case "status":
      return view.status === filter.status;
    case "tier":
      return view.tier === filter.tier;
    case "mine":
      return view.assigneeUserId === viewer.userId;
    case "unclaimed":
      return view.status === "submitted";
    case "overdue":
      return view.overdue;
  }
}

export type QueueStats = {
  byStatus: Partial<Record<SubmissionStatus, number>>;
  byTier: Partial<Record<RiskTier, number>>;
  /** Median working days from first claim to decision over decided submissions; null when none was decided. */
  medianWorkingDaysInReview: number | null;
};

/** `/triage stats`: counts by status and by tier, and the median time in review in Kazakh working days. */
export function queueStats(all: readonly SubmissionFacts[]): QueueStats {
  const byStatus: QueueStats["byStatus"] = {};
  const byTier: QueueStats["byTier"] = {};
  const spans: number[] = [];
  for (const f of all) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    byTier[f.tier] = (byTier[f.tier] ?? 0) + 1;
    if (f.firstClaimedOn !== null && f.decidedOn !== null) {
      const span = workingDaysBetween(f.firstClaimedOn, f.decidedOn);
      if (span.ok) spans.push(span.value);
    }
  }
  return { byStatus, byTier, medianWorkingDaysInReview: median(spans) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A submission id as typed or carried in a button: checked before anything is looked up. */
export function submissionIdArg(raw: string): Result<string, "badId"> {
  return /^[A-Z]{1,8}(-[A-Z0-9]{1,8}){1,4}$/.test(raw) ? ok(raw) : fail("badId");
}
