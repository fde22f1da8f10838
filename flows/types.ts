import { z } from "zod";
import { Lang } from "../knowledge/types.js";
import type { PersonAnswer } from "../knowledge/ask/people.js";
import { IsoDate } from "../knowledge/estimate/types.js";
import { Assessment } from "../knowledge/assess/assessment.js";
import { ProhibitedCapability, RiskTier } from "../knowledge/law/codes.js";
import { QueueAction, Role, SubmissionStatus } from "./queue/transitions.js";
import { Dossier } from "./dossier/dossier.js";
import { AssessmentChange } from "./result/changes.js";
import { Proposal } from "../knowledge/interview/proposals.js";

/** Roles a user can hold: the queue's own roles (flows/queue/transitions.ts). */
export const ActorRole = Role;
export type ActorRole = z.infer<typeof ActorRole>;

/** A choice id: stable across languages, short enough for Telegram's 64-byte callback data with its envelope. */
export const ChoiceId = z.string().min(1).max(40).regex(/^[a-z0-9_.:-]+$/i);
export type ChoiceId = z.infer<typeof ChoiceId>;

/** The commands the conversation knows; anything else is answered with errors.unknownCommand. */
export const CommandName = z.enum([
  "start", "help", "language", "privacy", "forget", "assess", "back", "change", "result", "status", "ask", "person",
  "dossier", "file", "resubmit", "cancel", "role", "queue", "claim", "changes", "approve", "reject", "escalate", "answer", "questions", "view",
]);
export type CommandName = z.infer<typeof CommandName>;

/** The longest text a founder or reviewer may send in one message; longer gets errors.textTooLong. */
export const MAX_TEXT = 4_000;

/** Ids the runtime makes: submissions read like KZ-AI-2026-0001; question ids are the runtime's own. */
export const SubmissionId = z.string().min(1).max(40);
export const QuestionId = z.string().min(1).max(40);

/** A change the queue made that a founder must hear about. Payloads come from storage, so they are parsed. */
export const Notification = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("submissionStatus"),
    submissionId: SubmissionId,
    status: SubmissionStatus,
    reason: z.string().max(MAX_TEXT).optional(),
    /**
     * When changes are requested, the date our review team asks for the corrected draft: our own target of 5
     * working days, borrowed from the re-review period reported for trusted-list filings; no law sets it.
     */
    resubmissionDue: IsoDate.optional(),
    /** The filed draft, so the founder can correct it even after starting another assessment. */
    dossier: Dossier.optional(),
  }),
  z.object({
    kind: z.literal("questionAnswered"),
    questionId: QuestionId,
    question: z.string().max(MAX_TEXT).optional(),
    answer: z.string().max(MAX_TEXT),
    byRole: ActorRole,
  }),
  /**
   * A regulator answered a question the compliance team escalated with a submission (/escalate ID question):
   * the founder of that submission hears it, and so does the team member who asked.
   */
  z.object({
    kind: z.literal("escalationAnswered"),
    audience: z.enum(["founder", "team"]),
    questionId: QuestionId,
    submissionId: SubmissionId,
    question: z.string().max(MAX_TEXT),
    answer: z.string().max(MAX_TEXT),
    byRole: ActorRole,
  }),
  z.object({
    kind: z.literal("rulesChanged"),
    kbVersion: z.string(),
    changes: z.array(AssessmentChange),
    /** The stored profile re-assessed under the new rules. */
    assessment: Assessment,
  }),
]);
export type Notification = z.infer<typeof Notification>;

/** One submission as a list shows it (the founder's /status, the reviewers' /queue). */
export const SubmissionSummary = z.object({
  id: SubmissionId,
  status: SubmissionStatus,
  tier: RiskTier.optional(),
  systemName: z.string().max(MAX_TEXT).nullable().optional(),
  updatedOn: IsoDate,
  reason: z.string().max(MAX_TEXT).optional(),
  resubmissionDue: IsoDate.optional(),
  /** Flags the filed assessment carries, so reviewers can take the gravest first. */
  prohibited: z.array(ProhibitedCapability).default([]),
  /** Back in the queue after the founder corrected it: it needs claiming again. */
  resubmitted: z.boolean().default(false),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** Who put a question to the queue: a founder (/person) or the compliance team (/escalate ID question). */
export const AskedBy = z.enum(["founder", "team"]);
export type AskedBy = z.infer<typeof AskedBy>;

/**
 * What a regulator may read of the submission a question is about: never a confidential field, only what the
 * queue itself shows.
 */
export const QuestionContext = z.object({
  systemName: z.string().max(MAX_TEXT).nullable(),
  status: SubmissionStatus,
  tier: RiskTier,
  prohibited: z.array(ProhibitedCapability),
});
export type QuestionContext = z.infer<typeof QuestionContext>;

/** An escalated question waiting for a regulator or the compliance team. */
export const PendingQuestion = z.object({
  id: QuestionId,
  text: z.string().max(MAX_TEXT),
  lang: Lang,
  submissionId: SubmissionId.optional(),
  askedOn: IsoDate,
  askedBy: AskedBy.default("founder"),
  context: QuestionContext.optional(),
});
export type PendingQuestion = z.infer<typeof PendingQuestion>;

/** One of a founder's own questions, with its answer once a person gave one (/questions for founders). */
export const OwnQuestion = z.object({
  id: QuestionId,
  text: z.string().max(MAX_TEXT),
  askedOn: IsoDate,
  /** Set when the compliance team asked it, about this founder's submission. */
  aboutSubmission: SubmissionId.optional(),
  answer: z.object({ text: z.string().max(MAX_TEXT), byRole: ActorRole, on: IsoDate }).optional(),
});
export type OwnQuestion = z.infer<typeof OwnQuestion>;

/** What /forget leaves of a submission for the team: where it stands and its history, nothing about a person. */
export const AnonymisedRecord = z.object({
  status: SubmissionStatus,
  tier: RiskTier,
  history: z.array(z.object({ on: IsoDate, action: z.string().max(40), role: ActorRole })),
});
export type AnonymisedRecord = z.infer<typeof AnonymisedRecord>;

/** Where a paged list stands: lists come 20 a page, so no message outgrows a platform's limit. */
export const ListPage = z.object({ page: z.number().int().min(1), pages: z.number().int().min(1), total: z.number().int().min(0) });
export type ListPage = z.infer<typeof ListPage>;
export const PAGE_SIZE = 20;

/** Why the runtime refused a queue action: the transitions' own reasons, or an id that names nothing. */
export const QueueRefusal = z.enum(["notAllowed", "wrongRole", "reasonRequired", "notFound", "claimFirst", "ownSubmission"]);
export type QueueRefusal = z.infer<typeof QueueRefusal>;

/**
 * Everything a flow can receive. Adapters build `text`, `choice`, `command` and `document` from platform
 * updates; the runtime builds the rest from effect outcomes and from other chats' actions.
 * A text starting with "/" is read as a command by the conversation itself, so adapters need not parse them.
 */
export const FlowEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().max(10_000) }),
  z.object({ type: z.literal("choice"), choiceId: ChoiceId, stamp: z.number().int().optional() }),
  z.object({ type: z.literal("command"), name: z.string().min(1).max(64), args: z.string().max(10_000).default("") }),
  z.object({ type: z.literal("document"), fileName: z.string().max(255), text: z.string().max(200_000) }),
  /** Answers `fileSubmission`. */
  z.object({ type: z.literal("filed"), submissionId: SubmissionId }),
  /** Answers `escalateQuestion`. */
  z.object({ type: z.literal("escalated"), questionId: QuestionId }),
  /**
   * Answers `fileSubmission` or `escalateQuestion` when the person already has `max` of them open (reliability
   * review D13: one founder filed 20, another asked 500 questions).
   */
  z.object({ type: z.literal("tooManyOpen"), what: z.enum(["submissions", "questions"]), max: z.number().int() }),
  z.object({ type: z.literal("notification"), notification: Notification }),
  /** Answers `queueAction` and `resubmit`. */
  z.object({
    type: z.literal("queueOutcome"),
    submissionId: SubmissionId,
    action: QueueAction,
    outcome: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), status: SubmissionStatus }),
      z.object({ ok: z.literal(false), reason: QueueRefusal }),
    ]),
  }),
  /** Answers `answerQuestion`. */
  z.object({
    type: z.literal("answerOutcome"),
    questionId: QuestionId,
    outcome: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), reason: z.enum(["notFound", "alreadyAnswered", "ownQuestion"]) }),
    ]),
  }),
  /** Answers `loadStatus`: the founder's own submissions, and the one a link asked for, if any. */
  z.object({ type: z.literal("statusLoaded"), submissions: z.array(SubmissionSummary), requested: SubmissionId.optional() }),
  /** Answers `loadQueue`: one page of the submissions the reader works on. */
  z.object({ type: z.literal("queueLoaded"), submissions: z.array(SubmissionSummary), page: ListPage.optional() }),
  /**
   * Answers `loadSubmission`: what was filed, what /forget left of it, or null when there is no such submission
   * (or the reader may not see it).
   */
  z.object({
    type: z.literal("submissionLoaded"),
    submissionId: SubmissionId,
    filed: z.object({ dossier: Dossier, assessment: Assessment }).nullable(),
    anonymised: AnonymisedRecord.optional(),
    /** Issue 10: the founder blocked the bot on this day, so they hear nothing of what the reviewer does next. */
    founderUnreachableSince: IsoDate.optional(),
  }),
  /** Answers `loadQuestions` for the team: one page of the escalated questions still unanswered. */
  z.object({ type: z.literal("questionsLoaded"), questions: z.array(PendingQuestion), page: ListPage.optional() }),
  /** Answers `loadQuestions` for a founder: their own questions, answered or not. */
  z.object({ type: z.literal("ownQuestionsLoaded"), questions: z.array(OwnQuestion) }),
  // --- Optional language model (issue 12): the runtime answers `readWithModel` and `answerWithModel` with these.
  /** Answers `readWithModel`: the model's validated proposals, or null when it gave none we could use (any failure). */
  z.object({ type: z.literal("modelReading"), proposals: z.array(Proposal).nullable() }),
  /**
   * Answers `answerWithModel`: the model's answer and the entries it rests on, already checked against what was
   * retrieved and against the articles list (bot/llm/answerer.ts), or null: the offline answer is given instead.
   */
  z.object({
    type: z.literal("modelAnswer"),
    question: z.string().max(MAX_TEXT),
    answer: z.object({ text: z.string().min(1).max(MAX_TEXT), entryIds: z.array(z.string().min(1)).min(1) }).nullable(),
  }),
  // --- end of the language model's events.
  /** Answers `setRole`: a channel may refuse role changes (only the terminal chat allows them freely). */
  z.object({
    type: z.literal("roleOutcome"),
    outcome: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), role: ActorRole }),
      z.object({ ok: z.literal(false), reason: z.literal("notAllowed") }),
    ]),
  }),
]);
export type FlowEvent = z.infer<typeof FlowEvent>;
export type FlowEventInput = z.input<typeof FlowEvent>;

/** Work the runtime does for a flow, answered (where noted) by an event. */
export const Effect = z.discriminatedUnion("kind", [
  /** → `filed`. */
  z.object({ kind: z.literal("fileSubmission"), assessment: Assessment, dossier: Dossier, lang: Lang }),
  /** → `queueOutcome` with action "resubmit". */
  z.object({ kind: z.literal("resubmit"), submissionId: SubmissionId, dossier: Dossier, assessment: Assessment.optional() }),
  /** → `escalated`; the answer later comes back as a `questionAnswered` notification. */
  z.object({ kind: z.literal("escalateQuestion"), text: z.string().max(MAX_TEXT), lang: Lang, submissionId: SubmissionId.optional() }),
  /** → `queueOutcome`. The runtime checks the move with `transition` from flows/queue/transitions.ts. */
  z.object({
    kind: z.literal("queueAction"),
    submissionId: SubmissionId,
    action: QueueAction,
    reason: z.string().max(MAX_TEXT).optional(),
    resubmissionDue: IsoDate.optional(),
  }),
  /** → `answerOutcome`; the runtime notifies the founder who asked. */
  z.object({ kind: z.literal("answerQuestion"), questionId: QuestionId, answer: z.string().max(MAX_TEXT) }),
  /** → `statusLoaded`; `requested` narrows it to one submission (a `/start KZ-AI-…` link). */
  z.object({ kind: z.literal("loadStatus"), requested: SubmissionId.optional() }),
  /** → `queueLoaded`. */
  z.object({ kind: z.literal("loadQueue"), page: z.number().int().min(1).optional() }),
  /** → `submissionLoaded`; only reviewers and regulators get the content. */
  z.object({ kind: z.literal("loadSubmission"), submissionId: SubmissionId }),
  /** → `questionsLoaded`. */
  z.object({ kind: z.literal("loadQuestions"), page: z.number().int().min(1).optional() }),
  z.object({ kind: z.literal("setLanguage"), lang: Lang }),
  /** → `roleOutcome`. */
  z.object({ kind: z.literal("setRole"), role: ActorRole }),
  /** Stores the result with its knowledge-base version, for re-assessment when the rules change. */
  z.object({ kind: z.literal("saveAssessment"), assessment: Assessment }),
  /** The runtime renders the dossier (flows/dossier/markdown.ts, or DOCX) and sends it as a document reply. */
  z.object({
    kind: z.literal("exportDossier"),
    format: z.enum(["md", "docx"]),
    dossier: Dossier,
    assessment: Assessment.optional(),
    lang: Lang,
    /** `team`: a reviewer's or regulator's /view, captioned for them and shown inline where a channel can. */
    audience: z.enum(["founder", "team"]).optional(),
  }),
  /** Erases the user's personal data and conversation; filed submissions stay as anonymised records. */
  z.object({ kind: z.literal("forget") }),
  // --- Optional language model (issue 12), emitted only when `FlowEnv.modelAssist` is set.
  /** → `modelReading`. The founder's description, for the model to read as data; its facts are only proposals. */
  z.object({ kind: z.literal("readWithModel"), text: z.string().max(MAX_TEXT), lang: Lang }),
  /** → `modelAnswer`. A question the offline retrieval is confident enough about, for the model to answer from its entries. */
  z.object({ kind: z.literal("answerWithModel"), question: z.string().max(MAX_TEXT), lang: Lang }),
  // --- end of the language model's effects.
]);
export type Effect = z.infer<typeof Effect>;

/** Parameters of a locale key; values already in the user's language or language-neutral. */
export type Params = Record<string, string | number>;

/** One button or numbered option. `selected` marks a pre-selected option (the platform's language). */
export type Choice = { id: ChoiceId; key: string; params?: Params; selected?: boolean };

export type SayReply = { kind: "say"; key: string; params?: Params };
/**
 * `stamp` identifies the prompt; a choice carrying another stamp is refused with errors.staleButton. `lang`, when
 * set, is the language the prompt is rendered in instead of the chat's: a question asked in Russian from a Kazakh
 * chat is answered in Russian, and the offer under that answer must follow it (flows/questions/step.ts).
 */
export type AskReply = { kind: "ask"; key: string; params?: Params; choices: Choice[]; stamp: number; lang?: Lang };
/**
 * Built by the runtime from an `exportDossier` effect; flows never make one. `inline`: a channel that can show
 * text (the terminal) also prints the Markdown content, so a reviewer reads the dossier where they work.
 */
export type DocumentReply = {
  kind: "document";
  key: string;
  params?: Params;
  file: { name: string; format: "md" | "docx"; content: Uint8Array };
  inline?: boolean;
};
export type TypingReply = { kind: "typing" };

/** Platform-neutral replies: adapters render them (inline keyboards, Block Kit, numbered lines, JSON). */
export type Reply = SayReply | AskReply | DocumentReply | TypingReply;

/** What a sub-flow says; the conversation stamps every question before it leaves (flows/conversation.ts). */
export type Utterance = SayReply | Omit<AskReply, "stamp"> | TypingReply;

/** One transition's output. */
export type Step<S> = { state: S; replies: Reply[]; effects: Effect[] };

/** The world, handed in: flows never read the clock or make ids. */
export type FlowEnv = {
  now: Date;
  today: IsoDate;
  kbVersion: string;
  platformLocale?: Lang;
  role: ActorRole;
  /** Answers people gave that the compliance team published for /ask (issue 11); /ask finds them first. */
  publishedAnswers?: readonly PersonAnswer[];
  /** The roles this chat may switch to with /role (the terminal chat: all; Slack: the team's); /help lists /role only then. */
  switchableRoles?: readonly ActorRole[];
  /**
   * A language model is configured and may be sent founder text (bot/llm/assist.ts): the describe step and the
   * knowledge questions then ask the runtime for its reading and answer. Unset, nothing changes (issue 12).
   */
  modelAssist?: boolean;
};
