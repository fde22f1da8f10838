import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import { workingDaysAfter } from "../../knowledge/estimate/working-days.js";
import { redactForRegulator } from "../dossier/dossier.js";
import type { ConversationState } from "../state.js";
import { refuse, say, turn, type Turn } from "../turn.js";
import type { FlowEnv, FlowEvent, PendingQuestion, SubmissionSummary, Utterance } from "../types.js";
import { needsReason, type QueueAction } from "./transitions.js";

/** The review commands and the queue action each one asks for. */
export const REVIEW_COMMANDS = {
  claim: "claim",
  changes: "request_changes",
  approve: "approve",
  reject: "reject",
  escalate: "escalate",
} as const satisfies Record<string, QueueAction>;
export type ReviewCommand = keyof typeof REVIEW_COMMANDS;

/** The command that performs each action, shown in messages so they read the same in every language. */
export const ACTION_COMMAND: Record<QueueAction, string> = {
  claim: "/claim",
  request_changes: "/changes",
  approve: "/approve",
  reject: "/reject",
  escalate: "/escalate",
  resubmit: "/resubmit",
};

/** "KZ-AI-2026-0001 needs a better risk section" → the id and the rest. */
export function splitId(args: string): { id: string; rest: string } {
  const trimmed = args.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return { id: trimmed.toUpperCase(), rest: "" };
  return { id: trimmed.slice(0, space).toUpperCase(), rest: trimmed.slice(space + 1).trim() };
}

/** Founders never review: the role is checked here first, and again by the transitions when the runtime acts. */
const staffOnly = (state: ConversationState, env: FlowEnv): Turn | null =>
  env.role === "founder" ? refuse(state, "errors.wrongRole") : null;

/** /claim, /changes, /approve, /reject, /escalate: a queue action on one submission. */
export function reviewCommand(state: ConversationState, command: ReviewCommand, args: string, env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  const action = REVIEW_COMMANDS[command];
  const { id, rest } = splitId(args);
  const usage = needsReason(action) ? `/${command} ID …` : `/${command} ID`;
  if (id === "" || (needsReason(action) && rest === "")) return refuse(state, "errors.missingArgument", { usage });
  if (action === "request_changes") {
    // The calendar may not cover the year yet; the runtime then computes or omits the date.
    // The re-review period reported for trusted-list filings (secondary), used as the founder's time to correct.
    const due = workingDaysAfter(env.today, TIMELINE_DEFAULTS.resubmissionWorkingDays);
    const effect = { kind: "queueAction" as const, submissionId: id, action, reason: rest, ...(due.ok ? { resubmissionDue: due.value } : {}) };
    return turn(state, [{ kind: "typing" }], [effect]);
  }
  const effect = { kind: "queueAction" as const, submissionId: id, action, ...(rest !== "" ? { reason: rest } : {}) };
  return turn(state, [{ kind: "typing" }], [effect]);
}

/** /queue and /questions: the lists reviewers and regulators work from. */
export function listCommand(state: ConversationState, list: "queue" | "questions", env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  return turn(state, [], [{ kind: list === "queue" ? "loadQueue" : "loadQuestions" }]);
}

/** /view ID: the filed dossier for reviewers and regulators, as a document. */
export function viewCommand(state: ConversationState, args: string, env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  const { id } = splitId(args);
  if (id === "") return refuse(state, "errors.missingArgument", { usage: "/view ID" });
  return turn(state, [{ kind: "typing" }], [{ kind: "loadSubmission", submissionId: id }]);
}

/**
 * The filed dossier, exported in the reader's language. Fields the founder marked confidential (trade secrets)
 * reach a regulator redacted; the compliance team, working with the founder, sees them.
 */
export function onSubmissionLoaded(state: ConversationState, event: Extract<FlowEvent, { type: "submissionLoaded" }>, env: FlowEnv): Turn {
  if (event.filed === null) return refuse(state, "errors.queue.notFound", { id: event.submissionId, command: "/view" });
  const { dossier, assessment } = event.filed;
  const shown = env.role === "regulator" ? redactForRegulator(dossier) : dossier;
  return turn(state, [say("queue.viewing", { id: event.submissionId })], [{ kind: "exportDossier", format: "md", dossier: shown, assessment, lang: state.lang }]);
}

/** /answer QID text: answers an escalated question; the runtime brings the answer to the founder's chat. */
export function answerCommand(state: ConversationState, args: string, env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  const { id, rest } = splitId(args);
  if (id === "" || rest === "") return refuse(state, "errors.missingArgument", { usage: "/answer ID …" });
  return turn(state, [], [{ kind: "answerQuestion", questionId: id, answer: rest }]);
}

const submissionLine = (s: SubmissionSummary): Utterance =>
  say(`queue.item.${s.status}`, { id: s.id, name: s.systemName ?? "—", updated: s.updatedOn });

/** The queue, one line per submission. */
export function showQueue(state: ConversationState, submissions: readonly SubmissionSummary[]): Turn {
  if (submissions.length === 0) return turn(state, [say("queue.empty")]);
  return turn(state, [say("queue.header", { count: submissions.length }), ...submissions.map(submissionLine)]);
}

const questionLine = (q: PendingQuestion): Utterance =>
  say("queue.questions.item", { id: q.id, text: q.text, lang: q.lang, asked: q.askedOn, submission: q.submissionId ?? "—" });

/** Escalated questions waiting for an answer. */
export function showQuestions(state: ConversationState, questions: readonly PendingQuestion[]): Turn {
  if (questions.length === 0) return turn(state, [say("queue.questions.empty")]);
  return turn(state, [say("queue.questions.header", { count: questions.length }), ...questions.map(questionLine)]);
}

/** What happened to a reviewer's queue action. */
export function reviewOutcome(state: ConversationState, event: Extract<FlowEvent, { type: "queueOutcome" }>): Turn {
  const params = { id: event.submissionId, command: ACTION_COMMAND[event.action] };
  if (!event.outcome.ok) return refuse(state, `errors.queue.${event.outcome.reason}`, params);
  return turn(state, [say(`queue.done.${event.action}`, params)]);
}

/** What happened to an answer given with /answer. */
export function answerOutcome(state: ConversationState, event: Extract<FlowEvent, { type: "answerOutcome" }>): Turn {
  if (!event.outcome.ok) return refuse(state, `errors.question.${event.outcome.reason}`, { id: event.questionId });
  return turn(state, [say("queue.answered", { id: event.questionId })]);
}
