import { z } from "zod";
import { fail, ok, type Result } from "../../knowledge/types.js";

/** Where a filed submission stands in the review queue. */
export const SubmissionStatus = z.enum(["submitted", "in_review", "changes_requested", "escalated", "approved", "rejected"]);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** What someone can do to a submission in the queue. */
export const QueueAction = z.enum(["claim", "request_changes", "approve", "reject", "escalate", "resubmit"]);
export type QueueAction = z.infer<typeof QueueAction>;

/** Who acts on the queue; flows/types.ts names the same enum `ActorRole` for the conversation. */
export const Role = z.enum(["founder", "reviewer", "regulator"]);
export type Role = z.infer<typeof Role>;

type Rule = {
  from: SubmissionStatus;
  action: QueueAction;
  role: Role;
  to: SubmissionStatus;
  /** The founder must hear why: a refusal, a request for changes or an escalation carries a reason. */
  needsReason: boolean;
  /** Only the founder who filed the submission may act, not any founder. */
  ownSubmissionOnly: boolean;
  /** Separation of duties: whoever filed the submission may not take this decision on it. */
  notOnOwn: boolean;
  /** Once claimed, only the assignee takes this step (issue 11: "only the assignee acts on a claimed submission"). */
  assigneeOnly?: boolean;
  /** Separation of duties: a regulator who worked this submission as a reviewer does not decide on it as regulator. */
  notByItsReviewer?: boolean;
};

/**
 * The whole status machine: every allowed move, and nothing else. Anything not listed is refused.
 * Storage checks moves only through `transition`, so this table is the one place to change them.
 */
const RULES: readonly Rule[] = [
  { from: "submitted", action: "claim", role: "reviewer", to: "in_review", needsReason: false, ownSubmissionOnly: false, notOnOwn: true },
  { from: "in_review", action: "request_changes", role: "reviewer", to: "changes_requested", needsReason: true, ownSubmissionOnly: false, notOnOwn: true, assigneeOnly: true },
  { from: "in_review", action: "approve", role: "reviewer", to: "approved", needsReason: false, ownSubmissionOnly: false, notOnOwn: true, assigneeOnly: true },
  { from: "in_review", action: "reject", role: "reviewer", to: "rejected", needsReason: true, ownSubmissionOnly: false, notOnOwn: true, assigneeOnly: true },
  { from: "in_review", action: "escalate", role: "reviewer", to: "escalated", needsReason: true, ownSubmissionOnly: false, notOnOwn: true, assigneeOnly: true },
  { from: "escalated", action: "request_changes", role: "regulator", to: "changes_requested", needsReason: true, ownSubmissionOnly: false, notOnOwn: true, notByItsReviewer: true },
  { from: "escalated", action: "approve", role: "regulator", to: "approved", needsReason: false, ownSubmissionOnly: false, notOnOwn: true, notByItsReviewer: true },
  { from: "escalated", action: "reject", role: "regulator", to: "rejected", needsReason: true, ownSubmissionOnly: false, notOnOwn: true, notByItsReviewer: true },
  { from: "changes_requested", action: "resubmit", role: "founder", to: "submitted", needsReason: false, ownSubmissionOnly: true, notOnOwn: false },
];

/** The particulars of one request: its reason, and whether the actor filed the submission. */
export type TransitionRequest = {
  reason?: string | undefined;
  ownSubmission?: boolean | undefined;
  /** The terminal chat: one person tries every role on their own filing, so separation of duties cannot apply. */
  oneActorPlaysAll?: boolean | undefined;
};

export type TransitionRefusal = "notAllowed" | "wrongRole" | "reasonRequired" | "ownSubmission";

/**
 * The status a submission moves to when `role` does `action` to it while it is `status`.
 * Refuses with `notAllowed` when no one may do that from this status, `wrongRole` when someone else may
 * (a founder acting on another founder's submission included), `reasonRequired` when a reason is due and blank,
 * `ownSubmission` when a reviewer or regulator would decide on a submission they filed themselves.
 */
export function transition(
  status: SubmissionStatus,
  action: QueueAction,
  role: Role,
  request: TransitionRequest = {},
): Result<SubmissionStatus, TransitionRefusal> {
  const candidates = RULES.filter((r) => r.from === status && r.action === action);
  if (candidates.length === 0) return fail("notAllowed");
  const rule = candidates.find((r) => r.role === role);
  if (rule === undefined) return fail("wrongRole");
  if (rule.ownSubmissionOnly && request.ownSubmission !== true) return fail("wrongRole");
  if (rule.notOnOwn && request.ownSubmission === true && request.oneActorPlaysAll !== true) return fail("ownSubmission");
  if (rule.needsReason && (request.reason ?? "").trim() === "") return fail("reasonRequired");
  return ok(rule.to);
}

/** What a Slack door knows beyond the status: who holds the claim, and who worked the submission as a reviewer. */
export type QueueMoveRequest = TransitionRequest & {
  /** The submission is claimed by someone other than the actor. */
  assignedToOther?: boolean | undefined;
  /** The actor claimed, escalated or otherwise acted on this submission as a reviewer. */
  reviewedByActor?: boolean | undefined;
};

export type QueueMoveRefusal = TransitionRefusal | "notAssignee" | "bothRoles";

/**
 * `transition` with the two rules that need to know the people on a submission, read from the same table:
 * `notAssignee` when someone else holds the claim, `bothRoles` when a reviewer of this submission would decide
 * on it as regulator. Test: test/flows/queue-view.test.ts.
 */
export function queueMove(status: SubmissionStatus, action: QueueAction, role: Role, request: QueueMoveRequest = {}): Result<SubmissionStatus, QueueMoveRefusal> {
  const moved = transition(status, action, role, request);
  if (!moved.ok) return moved;
  const rule = RULES.find((r) => r.from === status && r.action === action && r.role === role)!;
  if (rule.assigneeOnly === true && request.assignedToOther === true) return fail("notAssignee");
  if (rule.notByItsReviewer === true && request.reviewedByActor === true && request.oneActorPlaysAll !== true) return fail("bothRoles");
  return moved;
}

/** The actions `role` may take on a submission that is `status`, in the table's order (for buttons and menus). */
export function allowedActions(status: SubmissionStatus, role: Role, request: Pick<TransitionRequest, "ownSubmission"> = {}): QueueAction[] {
  return RULES.filter((r) => r.from === status && r.role === role && (!r.ownSubmissionOnly || request.ownSubmission === true))
    .map((r) => r.action);
}

/** Whether `action` asks for a reason, so a flow can ask for it before acting. */
export function needsReason(action: QueueAction): boolean {
  return RULES.some((r) => r.action === action && r.needsReason);
}
