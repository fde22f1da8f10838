import { test } from "node:test";
import assert from "node:assert/strict";
import { checkMove, parseTriage, queueStats, submissionView, type SubmissionFacts } from "../../flows/queue/view.js";

const facts = (over: Partial<SubmissionFacts> = {}): SubmissionFacts => ({
  id: "KZ-AI-2026-0001", status: "submitted", tier: "high", systemName: "LoanBot", nameConfidential: false, prohibited: [], obligations: [],
  effortPersonDays: null, timelineEnd: null, founderUserId: 1, assigneeUserId: null, reviewerUserIds: [], since: "2026-03-19",
  resubmissionDue: null, createdOn: "2026-03-19", firstClaimedOn: null, decidedOn: null, ...over,
});

test("a new submission is due for a claim 2 Kazakh working days on, across Nauryz, and overdue after", () => {
  const view = submissionView(facts(), { userId: 2, role: "reviewer" }, "2026-03-20");
  // 20 March is a working day; 21–25 March are Nauryz days off and a weekend.
  assert.equal(view.due, "2026-03-26");
  assert.equal(view.overdue, false);
  assert.equal(submissionView(facts(), { userId: 2, role: "reviewer" }, "2026-03-27").overdue, true);
  assert.deepEqual(view.actions, ["claim"]);
});

test("whoever filed it is offered nothing, and a claim held by another reviewer leaves the rest nothing either", () => {
  assert.deepEqual(submissionView(facts(), { userId: 1, role: "reviewer" }, "2026-03-19").actions, []);
  const claimed = facts({ status: "in_review", assigneeUserId: 2, reviewerUserIds: [2] });
  assert.deepEqual(submissionView(claimed, { userId: 2, role: "reviewer" }, "2026-03-19").actions, ["request_changes", "approve", "reject", "escalate"]);
  assert.deepEqual(submissionView(claimed, { userId: 3, role: "reviewer" }, "2026-03-19").actions, []);
  assert.deepEqual(checkMove(claimed, { userId: 3, role: "reviewer" }, "approve"), { ok: false, reason: "notAssignee" });
  assert.deepEqual(checkMove(facts(), { userId: 1, role: "reviewer" }, "claim"), { ok: false, reason: "ownSubmission" });
});

test("a regulator never reads a confidential name, and does not decide on what they reviewed", () => {
  const escalated = facts({ status: "escalated", nameConfidential: true, reviewerUserIds: [5] });
  assert.equal(submissionView(escalated, { userId: 6, role: "regulator" }, "2026-03-19").name, null);
  assert.equal(submissionView(escalated, { userId: 6, role: "reviewer" }, "2026-03-19").name, "LoanBot");
  assert.deepEqual(checkMove(escalated, { userId: 5, role: "regulator" }, "approve"), { ok: false, reason: "bothRoles" });
  assert.equal(checkMove(escalated, { userId: 6, role: "regulator" }, "approve").ok, true);
});

test("/triage reads queue filters, show and stats; anything else is the help", () => {
  assert.deepEqual(parseTriage("queue"), { kind: "queue", filter: { kind: "all" } });
  assert.deepEqual(parseTriage("queue high"), { kind: "queue", filter: { kind: "tier", tier: "high" } });
  assert.deepEqual(parseTriage("queue in_review"), { kind: "queue", filter: { kind: "status", status: "in_review" } });
  assert.deepEqual(parseTriage("queue mine"), { kind: "queue", filter: { kind: "mine" } });
  assert.deepEqual(parseTriage("show kz-ai-2026-0001"), { kind: "show", id: "KZ-AI-2026-0001" });
  assert.deepEqual(parseTriage("stats"), { kind: "stats" });
  assert.deepEqual(parseTriage("queue purple"), { kind: "help" });
  assert.deepEqual(parseTriage("drop table"), { kind: "help" });
});

test("stats count by status and tier, with the median time in review in working days", () => {
  const stats = queueStats([
    facts({ status: "approved", firstClaimedOn: "2026-03-02", decidedOn: "2026-03-04" }),
    facts({ status: "rejected", tier: "minimal", firstClaimedOn: "2026-03-02", decidedOn: "2026-03-06" }),
    facts({ status: "approved", firstClaimedOn: "2026-03-02", decidedOn: "2026-03-12" }),
    facts(),
  ]);
  assert.deepEqual(stats.byStatus, { approved: 2, rejected: 1, submitted: 1 });
  assert.deepEqual(stats.byTier, { high: 3, minimal: 1 });
  assert.equal(stats.medianWorkingDaysInReview, 4);
});
