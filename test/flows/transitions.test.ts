import { test } from "node:test";
import assert from "node:assert/strict";
import { ActorRole } from "../../flows/types.js";
import {
  allowedActions, needsReason, QueueAction, Role, SubmissionStatus, transition,
  type TransitionRefusal,
} from "../../flows/queue/transitions.js";

/** The status machine, written out independently of the table it checks. */
const ALLOWED: readonly { from: SubmissionStatus; action: QueueAction; role: Role; to: SubmissionStatus }[] = [
  { from: "submitted", action: "claim", role: "reviewer", to: "in_review" },
  { from: "in_review", action: "request_changes", role: "reviewer", to: "changes_requested" },
  { from: "in_review", action: "approve", role: "reviewer", to: "approved" },
  { from: "in_review", action: "reject", role: "reviewer", to: "rejected" },
  { from: "in_review", action: "escalate", role: "reviewer", to: "escalated" },
  { from: "escalated", action: "request_changes", role: "regulator", to: "changes_requested" },
  { from: "escalated", action: "approve", role: "regulator", to: "approved" },
  { from: "escalated", action: "reject", role: "regulator", to: "rejected" },
  { from: "changes_requested", action: "resubmit", role: "founder", to: "submitted" },
];
const REASONED: readonly QueueAction[] = ["request_changes", "reject", "escalate"];

const allowedMove = (from: SubmissionStatus, action: QueueAction, role: Role) =>
  ALLOWED.find((m) => m.from === from && m.action === action && m.role === role);

function expectedRefusal(from: SubmissionStatus, action: QueueAction): TransitionRefusal {
  return ALLOWED.some((m) => m.from === from && m.action === action) ? "wrongRole" : "notAllowed";
}

for (const from of SubmissionStatus.options) {
  for (const action of QueueAction.options) {
    for (const role of Role.options) {
      const move = allowedMove(from, action, role);
      // A founder resubmits only their own filing; staff decide only on others' (separation of duties).
      const request = { reason: "the risk section is missing", ownSubmission: role === "founder" };
      if (move !== undefined) {
        test(`a ${role} may ${action} a submission that is ${from}, which makes it ${move.to}`, () => {
          assert.deepEqual(transition(from, action, role, request), { ok: true, value: move.to });
        });
      } else {
        const refusal = expectedRefusal(from, action);
        test(`a ${role} may not ${action} a submission that is ${from} (${refusal})`, () => {
          assert.deepEqual(transition(from, action, role, request), { ok: false, reason: refusal });
        });
      }
    }
  }
}

for (const move of ALLOWED.filter((m) => REASONED.includes(m.action))) {
  test(`a ${move.role} who ${move.action}s a ${move.from} submission without a reason is asked for one`, () => {
    assert.deepEqual(transition(move.from, move.action, move.role), { ok: false, reason: "reasonRequired" });
    assert.deepEqual(transition(move.from, move.action, move.role, { reason: "   " }), { ok: false, reason: "reasonRequired" });
  });
}

test("claiming and approving need no reason", () => {
  assert.deepEqual(transition("submitted", "claim", "reviewer"), { ok: true, value: "in_review" });
  assert.deepEqual(transition("in_review", "approve", "reviewer"), { ok: true, value: "approved" });
  assert.deepEqual(transition("escalated", "approve", "regulator"), { ok: true, value: "approved" });
});

test("a founder cannot resubmit another founder's submission", () => {
  assert.deepEqual(transition("changes_requested", "resubmit", "founder", { ownSubmission: false }), { ok: false, reason: "wrongRole" });
  assert.deepEqual(transition("changes_requested", "resubmit", "founder"), { ok: false, reason: "wrongRole" });
});

test("a wrong role is told so before being asked for a reason", () => {
  assert.deepEqual(transition("in_review", "reject", "founder"), { ok: false, reason: "wrongRole" });
});

for (const from of SubmissionStatus.options) {
  for (const role of Role.options) {
    const expected = ALLOWED.filter((m) => m.from === from && m.role === role).map((m) => m.action);
    test(`a ${role} looking at a ${from} submission is offered ${expected.join(", ") || "nothing"}`, () => {
      assert.deepEqual(allowedActions(from, role, { ownSubmission: true }), expected);
    });
  }
}

test("a founder is offered resubmission only on their own submission", () => {
  assert.deepEqual(allowedActions("changes_requested", "founder", { ownSubmission: true }), ["resubmit"]);
  assert.deepEqual(allowedActions("changes_requested", "founder"), []);
});

test("approved and rejected submissions are final for everyone", () => {
  for (const role of Role.options) {
    assert.deepEqual(allowedActions("approved", role, { ownSubmission: true }), []);
    assert.deepEqual(allowedActions("rejected", role, { ownSubmission: true }), []);
  }
});

test("a flow knows which actions ask for a reason", () => {
  for (const action of QueueAction.options) assert.equal(needsReason(action), REASONED.includes(action), action);
});

test("queue roles are the same as the roles flows hand in", () => {
  assert.deepEqual(Role.options, ActorRole.options);
});

test("separation of duties: whoever filed a submission never claims, decides on or escalates it, except in the one-person terminal chat", () => {
  for (const move of ALLOWED.filter((m) => m.role !== "founder")) {
    const own = { reason: "a reason", ownSubmission: true };
    assert.deepEqual(transition(move.from, move.action, move.role, own), { ok: false, reason: "ownSubmission" }, `${move.role} ${move.action}`);
    assert.deepEqual(transition(move.from, move.action, move.role, { ...own, oneActorPlaysAll: true }), { ok: true, value: move.to });
  }
});
