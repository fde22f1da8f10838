import { astanaDate } from "./astana-time.js";
import { Dossier } from "../../flows/dossier/dossier.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import { transition, type SubmissionStatus } from "../../flows/queue/transitions.js";
import {
  FlowEvent, PAGE_SIZE, type ActorRole, type AnonymisedRecord, type ListPage, type DocumentReply, type Effect, type FlowEventInput, type OwnQuestion,
  type PendingQuestion, type QuestionContext, type QueueRefusal, type SubmissionSummary,
} from "../../flows/types.js";
import type { IsoDate } from "../../knowledge/estimate/types.js";
import { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import { workingDaysAfter } from "../../knowledge/estimate/working-days.js";
import { assertNever, type Lang } from "../../knowledge/types.js";
import { saveAssessment } from "../storage/assessments.js";
import type { Queries } from "../storage/db.js";
import { forgetUser } from "../storage/forget.js";
import { founderUnreachableSince } from "../storage/telegram.js";
import { postToRegulators, type RegulatorChat } from "./regulators-group.js";
import { enqueue } from "../storage/outbox.js";
import { answerQuestion, countOpenQuestions, createQuestion, getQuestion, listQuestionsOf, openQuestionsPage, type Question } from "../storage/questions.js";
import {
  applyStatusChange, countOpenSubmissions, createSubmission, eventsFor, queuePage, getSubmission, listSubmissions, recordAnswer, replaceSubmissionContent, type Submission,
} from "../storage/submissions.js";
import { setLanguage, setRole } from "../storage/users.js";
import { owePostRefresh } from "../storage/slack-posts.js";
import type { ChannelName } from "./channel.js";
import { dossierFileName, renderDossierDocx } from "./dossier-docx.js";
import type { Translate } from "./i18n.js";
import type { ModelAssist } from "../llm/assist.js";

/** Who caused the effect, from which chat, and when (the dispatcher reads the clock once per event). */
export type EffectContext = {
  userId: number;
  chatKey: string;
  channel: ChannelName;
  role: ActorRole;
  lang: Lang;
  now: Date;
  today: IsoDate;
  /** For documents rendered in the founder's language. */
  translate: Translate;
  /** The roles this person may hold (bot/runtime/roles.ts); /role picks among them. */
  allowedRoles: readonly ActorRole[];
  /** Issue 10: the regulators' Telegram group, where escalated questions are posted; none when not configured. */
  regulatorChat?: RegulatorChat;
  /** The optional language model (bot/llm/assist.ts), when configured and allowed founder text. */
  model?: ModelAssist;
};

/** `events` go back into the same chat's flow, in order; `documents` are sent to that chat. */
export type EffectOutcome = { events: FlowEvent[]; documents: DocumentReply[] };

/**
 * How much one person may have open at once: enough for any real founder, few enough that one person cannot
 * flood the team's queue (reliability review D13).
 */
export const OPEN_LIMITS = { submissions: 5, questions: 10 } as const;

/** Statuses still waiting for someone in the queue. */
const OPEN_STATUSES = new Set<SubmissionStatus>(["submitted", "in_review", "changes_requested", "escalated"]);

const nothing = (): EffectOutcome => ({ events: [], documents: [] });
const answer = (event: FlowEventInput): EffectOutcome => ({ events: [FlowEvent.parse(event)], documents: [] });

const isQueueRole = (role: ActorRole): boolean => role === "reviewer" || role === "regulator";

/** Reasons written for the founder; an escalation's reason is a note to the regulator and stays in the queue. */
const FOUNDER_FACING_REASONS = new Set<SubmissionStatus>(["changes_requested", "rejected"]);

const systemNameOf = (dossier: Dossier): string | null => dossier.entries.systemName?.value?.trim() || null;

const prohibitedOf = (s: Submission): SubmissionSummary["prohibited"] => s.assessment?.prohibited.map((p) => p.code) ?? [];

/**
 * One line of /status (`founder`: only the reasons written for them) or of the team's /queue. The reason is the
 * latest move's; a regulator's answer in the history is not a move.
 */
async function summarise(q: Queries, s: Submission, audience: "founder" | "team"): Promise<SubmissionSummary> {
  const last = (await eventsFor(q, s.id)).filter((e) => e.action !== "answer").at(-1);
  const reason = audience === "team" || FOUNDER_FACING_REASONS.has(s.status) ? last?.reason : null;
  return {
    id: s.id,
    status: s.status,
    tier: s.tier,
    systemName: s.systemName,
    updatedOn: astanaDate(s.updatedAt),
    ...(reason ? { reason } : {}),
    ...(s.resubmissionDue !== null ? { resubmissionDue: s.resubmissionDue } : {}),
    prohibited: prohibitedOf(s),
    resubmitted: last?.action === "resubmit",
  };
}

/** Tells the founder what the queue decided; a submission anonymised by /forget has no one left to tell. */
async function notifyFounder(q: Queries, s: Submission, reason: string | undefined, now: string): Promise<void> {
  if (s.anonymised) return;
  const filed = s.status === "changes_requested" ? Dossier.safeParse(s.dossier) : undefined;
  const told = FOUNDER_FACING_REASONS.has(s.status) ? reason?.trim() : undefined;
  await enqueue(q, s.founderChatKey, {
    kind: "submissionStatus",
    submissionId: s.id,
    status: s.status,
    ...(told ? { reason: told } : {}),
    ...(s.resubmissionDue !== null ? { resubmissionDue: s.resubmissionDue } : {}),
    ...(filed?.success ? { dossier: filed.data } : {}),
  }, now);
}

function dueDate(effect: Extract<Effect, { kind: "queueAction" }>, today: IsoDate): IsoDate | undefined {
  if (effect.resubmissionDue !== undefined || effect.action !== "request_changes") return effect.resubmissionDue;
  // The flow dates it; this covers a queue action that came without one, with the same reported 5 days.
  const due = workingDaysAfter(today, TIMELINE_DEFAULTS.resubmissionWorkingDays);
  return due.ok ? due.value : undefined;
}

/**
 * A refused move, told as helpfully as we can: an item waiting in the queue (filed, or resubmitted after changes)
 * has to be claimed before a reviewer decides on it.
 */
async function refusalOf(q: Queries, effect: Extract<Effect, { kind: "queueAction" }>, role: ActorRole, reason: QueueRefusal): Promise<QueueRefusal> {
  if (reason !== "notAllowed" || role !== "reviewer" || effect.action === "claim") return reason;
  return (await getSubmission(q, effect.submissionId))?.status === "submitted" ? "claimFirst" : reason;
}

async function queueAction(q: Queries, effect: Extract<Effect, { kind: "queueAction" }>, ctx: EffectContext): Promise<EffectOutcome> {
  const now = ctx.now.toISOString();
  const actor = { userId: ctx.userId, role: ctx.role, oneActorPlaysAll: ctx.channel === "console" };
  const moved = await applyStatusChange(q, effect.submissionId, effect.action, actor, effect.reason, now, dueDate(effect, ctx.today));
  const base = { type: "queueOutcome", submissionId: effect.submissionId, action: effect.action } as const;
  if (!moved.ok) return answer({ ...base, outcome: { ok: false, reason: await refusalOf(q, effect, ctx.role, moved.reason) } });
  let escalatedQuestion: string | undefined;
  if (effect.action === "escalate" && effect.reason !== undefined) {
    // The reviewer's question waits for the regulator under /questions, with the submission it is about.
    escalatedQuestion = (await createQuestion(q, {
      userId: ctx.userId, chatKey: ctx.chatKey, lang: ctx.lang, text: effect.reason.trim(), submissionId: effect.submissionId, askedBy: "team",
    }, now)).id;
  }
  if (effect.action === "escalate" && ctx.regulatorChat) await postToRegulators(q, ctx.regulatorChat, ctx.translate, { submissionId: effect.submissionId }, now);
  await notifyFounder(q, moved.value, effect.reason, now);
  // Slack door (issue 11): the card follows every move, and an escalation's question is posted to the regulators.
  await owePostRefresh(q, { kind: "card", id: effect.submissionId }, now);
  if (escalatedQuestion !== undefined) await owePostRefresh(q, { kind: "question", id: escalatedQuestion }, now);
  return answer({ ...base, outcome: { ok: true, status: moved.value.status } });
}

/** Only the founder who filed it may correct a submission; the check runs before the content is touched. */
async function resubmit(q: Queries, effect: Extract<Effect, { kind: "resubmit" }>, ctx: EffectContext): Promise<EffectOutcome> {
  const base = { type: "queueOutcome", submissionId: effect.submissionId, action: "resubmit" } as const;
  const submission = await getSubmission(q, effect.submissionId);
  if (submission === null || submission.anonymised) return answer({ ...base, outcome: { ok: false, reason: "notFound" } });
  const allowed = transition(submission.status, "resubmit", ctx.role, { ownSubmission: submission.founderUserId === ctx.userId });
  if (!allowed.ok) return answer({ ...base, outcome: { ok: false, reason: allowed.reason } });
  const now = ctx.now.toISOString();
  const dossier = { ...effect.dossier, submissionId: effect.submissionId };
  const content = { dossier, systemName: systemNameOf(dossier), ...(effect.assessment !== undefined ? { assessment: effect.assessment } : {}) };
  const replaced = await replaceSubmissionContent(q, effect.submissionId, content, now);
  if (!replaced.ok) return answer({ ...base, outcome: { ok: false, reason: replaced.reason } });
  const moved = await applyStatusChange(q, effect.submissionId, "resubmit", { userId: ctx.userId, role: ctx.role }, undefined, now);
  if (!moved.ok) return answer({ ...base, outcome: { ok: false, reason: moved.reason } });
  await owePostRefresh(q, { kind: "card", id: effect.submissionId }, now); // Slack door: the card shows it is back
  return answer({ ...base, outcome: { ok: true, status: moved.value.status } });
}

/**
 * Answers from the queue go only from reviewers and regulators. A founder is told the question does not
 * exist, which is true of every question they can see.
 */
async function answerEscalated(q: Queries, effect: Extract<Effect, { kind: "answerQuestion" }>, ctx: EffectContext): Promise<EffectOutcome> {
  const base = { type: "answerOutcome", questionId: effect.questionId } as const;
  if (!isQueueRole(ctx.role)) return answer({ ...base, outcome: { ok: false, reason: "notFound" } });
  const asked = await getQuestion(q, effect.questionId);
  // Separation of duties: the team member who raised an escalation does not answer it as the regulator.
  if (asked?.askedBy === "team" && asked.userId === ctx.userId && ctx.channel !== "console") {
    return answer({ ...base, outcome: { ok: false, reason: "ownQuestion" } });
  }
  const now = ctx.now.toISOString();
  const answered = await answerQuestion(q, effect.questionId, effect.answer, ctx.role, now);
  if (!answered.ok) return answer({ ...base, outcome: { ok: false, reason: answered.reason } });
  const question = answered.value;
  const submission = question.submissionId === null ? null : await getSubmission(q, question.submissionId);
  if (submission !== null) await recordAnswer(q, submission, { userId: ctx.userId, role: ctx.role }, effect.answer, now);
  // Slack door: an answer given at any door closes the question in the regulators' channel and joins the card's thread.
  if (question.askedBy === "team") await owePostRefresh(q, { kind: "question", id: question.id }, now);
  if (submission !== null) await owePostRefresh(q, { kind: "card", id: submission.id }, now);
  if (question.askedBy === "team") await tellEscalationAnswer(q, question, submission, effect.answer, ctx.role, now);
  else if (question.chatKey !== null) {
    await enqueue(q, question.chatKey, {
      kind: "questionAnswered",
      questionId: question.id,
      ...(question.text !== null ? { question: question.text } : {}),
      answer: effect.answer,
      byRole: ctx.role,
    }, now);
  }
  return answer({ ...base, outcome: { ok: true } });
}

/** The team's question and its answer go to the founder of the submission (unless forgotten) and to whoever asked. */
async function tellEscalationAnswer(
  q: Queries, question: Question, submission: Submission | null, text: string, byRole: ActorRole, now: string,
): Promise<void> {
  if (submission === null || question.text === null) return;
  const told = { kind: "escalationAnswered", questionId: question.id, submissionId: submission.id, question: question.text, answer: text, byRole } as const;
  if (!submission.anonymised) await enqueue(q, submission.founderChatKey, { ...told, audience: "founder" }, now);
  if (question.chatKey !== null) await enqueue(q, question.chatKey, { ...told, audience: "team" }, now);
}

/**
 * The founder's own copy (confidential fields keep their values and are marked as such), or the team's /view
 * (the flow has already redacted it for a regulator), captioned for whoever reads it.
 */
async function exportDossier(effect: Extract<Effect, { kind: "exportDossier" }>, translate: Translate): Promise<EffectOutcome> {
  const { dossier, assessment, lang, format } = effect;
  const content = format === "md"
    ? new TextEncoder().encode(renderDossierMarkdown(dossier, assessment, lang, translate))
    : await renderDossierDocx(dossier, assessment, lang, translate);
  // The team's copy is named by its submission, so views of two filings never overwrite each other.
  const name = effect.audience === "team" && dossier.submissionId ? `${dossier.submissionId}-${dossierFileName(dossier, format)}` : dossierFileName(dossier, format);
  const file = { name, format, content };
  const document: DocumentReply = effect.audience === "team"
    ? { kind: "document", key: "queue.viewDocument", params: { id: dossier.submissionId ?? "" }, file, inline: true }
    : { kind: "document", key: "dossier.exported", file };
  return { events: [], documents: [document] };
}

/** A regulator works the escalated submissions only; the compliance team the whole open queue. */
const STATUSES_FOR: Record<"reviewer" | "regulator", readonly SubmissionStatus[]> = {
  reviewer: [...OPEN_STATUSES],
  regulator: ["escalated"],
};

const pageOf = (page: number, total: number): ListPage => ({ page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total });

/** One page of the queue, in one query; a regulator reads nothing the founder marked confidential, the name included. */
async function queueFor(q: Queries, role: ActorRole, page: number): Promise<{ submissions: SubmissionSummary[]; page: ListPage }> {
  const { total, lines } = await queuePage(q, STATUSES_FOR[role === "regulator" ? "regulator" : "reviewer"], { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const submissions = lines.map((l): SubmissionSummary => ({
    id: l.id,
    status: l.status,
    tier: l.tier,
    systemName: role === "regulator" && l.nameConfidential ? null : l.systemName,
    updatedOn: astanaDate(l.updatedAt),
    ...(l.lastReason ? { reason: l.lastReason } : {}),
    ...(l.resubmissionDue !== null ? { resubmissionDue: l.resubmissionDue } : {}),
    prohibited: l.prohibited.filter((c): c is SubmissionSummary["prohibited"][number] => ProhibitedCapability.safeParse(c).success),
    resubmitted: l.lastAction === "resubmit",
  }));
  return { submissions, page: pageOf(page, total) };
}
function nameFor(role: ActorRole, s: Submission): string | null {
  if (role !== "regulator") return s.systemName;
  const dossier = Dossier.safeParse(s.dossier);
  return dossier.success && dossier.data.entries.systemName?.confidential !== true ? s.systemName : null;
}

/** What a regulator may read of the submission a question is about: the queue's own line, never a dossier field. */
const contextOf = (s: Submission, role: ActorRole): QuestionContext => ({ systemName: nameFor(role, s), status: s.status, tier: s.tier, prohibited: prohibitedOf(s) });

async function pendingQuestions(q: Queries, role: ActorRole, page: number): Promise<{ questions: PendingQuestion[]; page: ListPage }> {
  const { total, questions: open } = await openQuestionsPage(q, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const questions = await Promise.all(open.map(async (question) => {
    const submission = question.submissionId === null ? null : await getSubmission(q, question.submissionId);
    return {
      id: question.id,
      text: question.text ?? "",
      lang: question.lang,
      ...(question.submissionId !== null ? { submissionId: question.submissionId } : {}),
      askedOn: astanaDate(question.createdAt),
      askedBy: question.askedBy,
      ...(submission !== null ? { context: contextOf(submission, role) } : {}),
    };
  }));
  return { questions, page: pageOf(page, total) };
}

/** A founder's own questions with the answers they got, so an answer can be read again later. */
async function ownQuestions(q: Queries, userId: number): Promise<OwnQuestion[]> {
  return (await listQuestionsOf(q, userId)).flatMap((question) =>
    question.text === null ? [] : [{
      id: question.id,
      text: question.text,
      askedOn: astanaDate(question.createdAt),
      ...(question.askedBy === "team" && question.submissionId !== null ? { aboutSubmission: question.submissionId } : {}),
      ...(question.status === "answered" && question.answer !== null
        ? { answer: { text: question.answer, byRole: question.answeredByRole, on: astanaDate(question.answeredAt) } }
        : {}),
    }]);
}

type Loaded = Pick<Extract<FlowEvent, { type: "submissionLoaded" }>, "filed" | "anonymised">;

/** What a founder filed, for the team to read; what /forget left of it; or nothing for an unknown id. */
async function filedContent(q: Queries, id: string, role: ActorRole): Promise<Loaded> {
  const submission = await getSubmission(q, id);
  if (submission === null) return { filed: null };
  // A regulator opens what was escalated to them, and (the flow redacts it) never a confidential field.
  if (role === "regulator" && submission.status !== "escalated") return { filed: null };
  if (submission.anonymised) {
    const history = (await eventsFor(q, id)).map((e) => ({ on: astanaDate(e.at), action: e.action, role: e.actorRole }));
    const record: AnonymisedRecord = { status: submission.status, tier: submission.tier, history };
    return { filed: null, anonymised: record };
  }
  const dossier = Dossier.safeParse(submission.dossier);
  return { filed: dossier.success ? { dossier: dossier.data, assessment: submission.assessment } : null };
}

/** Effects that wait on a language model: the runtime performs them outside the turn's transaction. */
export type ModelEffect = Extract<Effect, { kind: "readWithModel" | "answerWithModel" }>;
export const isModelEffect = (effect: Effect): effect is ModelEffect => effect.kind === "readWithModel" || effect.kind === "answerWithModel";

/** Issue 12: the optional model; without one (or on any failure) the flow gets null and answers offline. Touches no storage. */
export async function askModel(effect: ModelEffect, model: ModelAssist | undefined): Promise<EffectOutcome> {
  return effect.kind === "readWithModel"
    ? answer({ type: "modelReading", proposals: (await model?.read(effect.text, effect.lang)) ?? null })
    : answer({ type: "modelAnswer", question: effect.question, answer: (await model?.answer(effect.question, effect.lang)) ?? null });
}

/**
 * Carries out one effect of a flow step inside the dispatcher's transaction `q`, and says what comes back
 * to the chat. Refusals (wrong role, not allowed, not found) are outcome events, never exceptions; every event
 * is parsed with `FlowEvent` before it leaves.
 */
export async function performEffect(q: Queries, effect: Effect, ctx: EffectContext): Promise<EffectOutcome> {
  const now = ctx.now.toISOString();
  switch (effect.kind) {
    case "fileSubmission": {
      if ((await countOpenSubmissions(q, ctx.userId)) >= OPEN_LIMITS.submissions) {
        return answer({ type: "tooManyOpen", what: "submissions", max: OPEN_LIMITS.submissions });
      }
      const filed = await createSubmission(q, {
        founderUserId: ctx.userId,
        founderChatKey: ctx.chatKey,
        systemName: systemNameOf(effect.dossier),
        assessment: effect.assessment,
        dossier: effect.dossier,
        lang: effect.lang,
      }, now);
      await owePostRefresh(q, { kind: "card", id: filed.id }, now); // Slack door: the review channel gets its card
      return answer({ type: "filed", submissionId: filed.id });
    }
    case "resubmit":
      return resubmit(q, effect, ctx);
    case "escalateQuestion": {
      if ((await countOpenQuestions(q, ctx.userId)) >= OPEN_LIMITS.questions) {
        return answer({ type: "tooManyOpen", what: "questions", max: OPEN_LIMITS.questions });
      }
      // A question about a submission that no longer exists is still worth asking, without the link.
      const linked = effect.submissionId !== undefined && (await getSubmission(q, effect.submissionId)) !== null;
      const question = await createQuestion(q, {
        userId: ctx.userId,
        chatKey: ctx.chatKey,
        lang: effect.lang,
        text: effect.text,
        ...(linked ? { submissionId: effect.submissionId } : {}),
      }, now);
      if (ctx.regulatorChat) await postToRegulators(q, ctx.regulatorChat, ctx.translate, { questionId: question.id }, now);
      return answer({ type: "escalated", questionId: question.id });
    }
    case "queueAction":
      return queueAction(q, effect, ctx);
    case "answerQuestion":
      return answerEscalated(q, effect, ctx);
    case "loadStatus": {
      const own = await listSubmissions(q, { founderUserId: ctx.userId });
      return answer({
        type: "statusLoaded",
        submissions: await Promise.all(own.map((s) => summarise(q, s, "founder"))),
        ...(effect.requested !== undefined && { requested: effect.requested }),
      });
    }
    case "loadQueue":
      // The queue is the team's: a founder who got here past the flow sees an empty one, not other founders' filings.
      if (!isQueueRole(ctx.role)) return answer({ type: "queueLoaded", submissions: [] });
      return answer({ type: "queueLoaded", ...(await queueFor(q, ctx.role, effect.page ?? 1)) });
    case "loadSubmission": {
      const loaded = isQueueRole(ctx.role) ? await filedContent(q, effect.submissionId, ctx.role) : { filed: null };
      // Issue 10: the reviewer sees when the founder blocked the bot and will not hear of the next move.
      const unreachable = loaded.filed === null ? null : await founderUnreachableSince(q, effect.submissionId);
      return answer({ type: "submissionLoaded", submissionId: effect.submissionId, ...loaded, ...(unreachable !== null && { founderUnreachableSince: astanaDate(unreachable) }) });
    }
    case "loadQuestions":
      return isQueueRole(ctx.role)
        ? answer({ type: "questionsLoaded", ...(await pendingQuestions(q, ctx.role, effect.page ?? 1)) })
        : answer({ type: "ownQuestionsLoaded", questions: await ownQuestions(q, ctx.userId) });
    case "setLanguage":
      await setLanguage(q, ctx.userId, effect.lang);
      return nothing();
    case "setRole": {
      if (!ctx.allowedRoles.includes(effect.role)) return answer({ type: "roleOutcome", outcome: { ok: false, reason: "notAllowed" } });
      await setRole(q, ctx.userId, effect.role);
      return answer({ type: "roleOutcome", outcome: { ok: true, role: effect.role } });
    }
    case "saveAssessment":
      await saveAssessment(q, { userId: ctx.userId, chatKey: ctx.chatKey, assessment: effect.assessment }, now);
      return nothing();
    case "exportDossier":
      return exportDossier(effect, ctx.translate);
    case "forget":
      await forgetUser(q, ctx.userId);
      return nothing();
    case "readWithModel":
    case "answerWithModel":
      return askModel(effect, ctx.model);
    default:
      return assertNever(effect);
  }
}
