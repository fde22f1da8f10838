import { entryById } from "../../knowledge/entries/index.js";
import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import type { ProhibitedCapability, RiskTier } from "../../knowledge/law/codes.js";
import type { Lang } from "../../knowledge/types.js";
import { workingDaysAfter } from "../../knowledge/estimate/working-days.js";
import { redactForRegulator } from "../dossier/dossier.js";
import type { ConversationState } from "../state.js";
import { refuse, say, turn, type Turn } from "../turn.js";
import type {
  AnonymisedRecord, FlowEnv, FlowEvent, ListPage, Notification, OwnQuestion, PendingQuestion, QuestionContext, SubmissionSummary, Utterance,
} from "../types.js";
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

/** "/queue 2": the page asked for; none means the first. */
function pageArg(args: string): number | null {
  const trimmed = args.trim();
  if (trimmed === "") return 1;
  return /^\d{1,6}$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : null;
}

/** /queue [page]: the list reviewers and regulators work from, 20 a page. */
export function queueCommand(state: ConversationState, args: string, env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  const page = pageArg(args);
  if (page === null) return refuse(state, "errors.missingArgument", { usage: "/queue [2, 3 …]" });
  return turn(state, [], [{ kind: "loadQueue", page }]);
}

/** /questions [page]: escalated questions waiting, for the team; a founder's own questions and their answers, for a founder. */
export function questionsCommand(state: ConversationState, args: string): Turn {
  const page = pageArg(args);
  if (page === null) return refuse(state, "errors.missingArgument", { usage: "/questions [2, 3 …]" });
  return turn(state, [], [{ kind: "loadQuestions", page }]);
}

/** Under a page that is not the last: how to see the next. */
const pageFooter = (list: "queue" | "questions", page: ListPage | undefined): Utterance[] =>
  page !== undefined && page.page < page.pages ? [say(`queue.page.${list}`, { page: page.page, pages: page.pages, next: page.page + 1, total: page.total })] : [];

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
  if (event.anonymised !== undefined) return showAnonymised(state, event.submissionId, event.anonymised);
  if (event.filed === null) return refuse(state, "errors.queue.notFound", { id: event.submissionId, command: "/view" });
  const { dossier, assessment } = event.filed;
  const shown = env.role === "regulator" ? redactForRegulator(dossier) : dossier;
  const effect = { kind: "exportDossier", format: "md", dossier: { ...shown, submissionId: event.submissionId }, assessment, lang: state.lang, audience: "team" } as const;
  const unreachable = event.founderUnreachableSince !== undefined ? [say("telegram.founderUnreachable", { since: event.founderUnreachableSince })] : [];
  return turn(state, [say("queue.viewing", { id: event.submissionId }), ...unreachable], [effect]);
}

/** After the founder's /forget: where the submission stands and who did what when; nothing anyone wrote. */
function showAnonymised(state: ConversationState, id: string, record: AnonymisedRecord): Turn {
  const lines: Utterance[] = [
    say(`queue.anonymised.${record.status}`, { id }),
    gravityLine(record.tier, [], state.lang),
    ...record.history.map((h) => say(`queue.history.${h.action}`, { on: h.on, role: h.role })),
  ];
  return turn(state, lines);
}

/** /answer QID text: answers an escalated question; the runtime brings the answer to the founder's chat. */
export function answerCommand(state: ConversationState, args: string, env: FlowEnv): Turn {
  const refused = staffOnly(state, env);
  if (refused) return refused;
  const { id, rest } = splitId(args);
  if (id === "" || rest === "") return refuse(state, "errors.missingArgument", { usage: "/answer ID …" });
  return turn(state, [], [{ kind: "answerQuestion", questionId: id, answer: rest }]);
}

/** The prohibited capabilities by their entries' titles, in the reader's language. */
const flagTitles = (codes: readonly ProhibitedCapability[], lang: Lang): string =>
  codes.map((code) => entryById(`prohibited.${code}`)?.title[lang] ?? code).join("; ");

/** The risk degree and any prohibited flag, the line under each item that lets a reviewer take the gravest first. */
function gravityLine(tier: RiskTier, prohibited: readonly ProhibitedCapability[], lang: Lang): Utterance {
  return prohibited.length === 0 ? say(`queue.gravity.${tier}`) : say(`queue.gravityFlagged.${tier}`, { flags: flagTitles(prohibited, lang) });
}

function submissionLines(s: SubmissionSummary, lang: Lang): Utterance[] {
  // A resubmission is back at "submitted": it must be claimed again, and the line says so.
  const key = s.resubmitted && s.status === "submitted" ? "queue.item.resubmitted" : `queue.item.${s.status}`;
  const line = say(key, { id: s.id, name: s.systemName ?? "—", updated: s.updatedOn });
  return s.tier === undefined ? [line] : [line, gravityLine(s.tier, s.prohibited, lang)];
}

/** The queue, one item per submission with its gravity. */
export function showQueue(state: ConversationState, submissions: readonly SubmissionSummary[], page?: ListPage): Turn {
  if (submissions.length === 0) return turn(state, [say("queue.empty")]);
  const count = page?.total ?? submissions.length;
  return turn(state, [say("queue.header", { count }), ...submissions.flatMap((s) => submissionLines(s, state.lang)), ...pageFooter("queue", page)]);
}

const contextLine = (submissionId: string, c: QuestionContext, lang: Lang): Utterance[] => [
  say("queue.questions.about", { submission: submissionId, name: c.systemName ?? "—", status: c.status }),
  gravityLine(c.tier, c.prohibited, lang),
];

function questionLines(q: PendingQuestion, lang: Lang): Utterance[] {
  const params = { id: q.id, text: q.text, lang: q.lang, asked: q.askedOn, submission: q.submissionId ?? "—" };
  const line = say(q.askedBy === "team" ? "queue.questions.itemTeam" : "queue.questions.item", params);
  return q.context !== undefined && q.submissionId !== undefined ? [line, ...contextLine(q.submissionId, q.context, lang)] : [line];
}

/** Escalated questions waiting for an answer, each with what the queue shows of its submission. */
export function showQuestions(state: ConversationState, questions: readonly PendingQuestion[], page?: ListPage): Turn {
  if (questions.length === 0) return turn(state, [say("queue.questions.empty")]);
  const count = page?.total ?? questions.length;
  return turn(state, [say("queue.questions.header", { count }), ...questions.flatMap((q) => questionLines(q, state.lang)), ...pageFooter("questions", page)]);
}

/** A founder's questions to a person (and the team's about their filings), newest first, each with its answer or "still waiting". */
export function showOwnQuestions(state: ConversationState, questions: readonly OwnQuestion[]): Turn {
  if (questions.length === 0) return turn(state, [say("queue.own.none")]);
  return turn(state, [
    say("queue.own.header", { count: questions.length }),
    ...questions.flatMap((q) => [
      q.aboutSubmission === undefined
        ? say("queue.own.item", { id: q.id, asked: q.askedOn, text: q.text })
        : say("queue.own.itemTeam", { id: q.id, asked: q.askedOn, text: q.text, submission: q.aboutSubmission }),
      q.answer === undefined ? say("queue.own.waiting") : say(`queue.own.answer.${q.answer.byRole}`, { on: q.answer.on, answer: q.answer.text }),
    ]),
  ]);
}

/** The regulator answered the team's question on a submission: the founder and the team member who asked each hear it. */
export function onEscalationAnswered(state: ConversationState, n: Extract<Notification, { kind: "escalationAnswered" }>): Turn {
  const params = { id: n.questionId, submission: n.submissionId, question: n.question, answer: n.answer };
  return turn(state, [say(`queue.escalationAnswered.${n.audience}`, params)]);
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
