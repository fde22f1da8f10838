import { astanaDate } from "./astana-time.js";
import { Dossier } from "../../flows/dossier/dossier.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import { transition, type SubmissionStatus } from "../../flows/queue/transitions.js";
import {
  FlowEvent, type ActorRole, type DocumentReply, type Effect, type FlowEventInput, type PendingQuestion, type SubmissionSummary,
} from "../../flows/types.js";
import type { IsoDate } from "../../knowledge/estimate/types.js";
import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import { workingDaysAfter } from "../../knowledge/estimate/working-days.js";
import { assertNever, type Lang } from "../../knowledge/types.js";
import { saveAssessment } from "../storage/assessments.js";
import type { Queries } from "../storage/db.js";
import { forgetUser } from "../storage/forget.js";
import { enqueue } from "../storage/outbox.js";
import { answerQuestion, createQuestion, listOpenQuestions } from "../storage/questions.js";
import {
  applyStatusChange, createSubmission, eventsFor, getSubmission, listSubmissions, replaceSubmissionContent, type Submission,
} from "../storage/submissions.js";
import { setLanguage, setRole } from "../storage/users.js";
import type { ChannelName } from "./channel.js";
import { dossierFileName, renderDossierDocx } from "./dossier-docx.js";
import type { Translate } from "./i18n.js";

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
};

/** `events` go back into the same chat's flow, in order; `documents` are sent to that chat. */
export type EffectOutcome = { events: FlowEvent[]; documents: DocumentReply[] };

/** Statuses still waiting for someone in the queue. */
const OPEN_STATUSES = new Set<SubmissionStatus>(["submitted", "in_review", "changes_requested", "escalated"]);

const nothing = (): EffectOutcome => ({ events: [], documents: [] });
const answer = (event: FlowEventInput): EffectOutcome => ({ events: [FlowEvent.parse(event)], documents: [] });

const isQueueRole = (role: ActorRole): boolean => role === "reviewer" || role === "regulator";

/**
 * Who may change their own role where: the terminal chat is one person trying every part, so any role; Slack
 * is the compliance team's workspace, so its members may take the team's roles; a Telegram founder never
 * makes themself a reviewer.
 */
function mayTakeRole(channel: ChannelName, role: ActorRole): boolean {
  switch (channel) {
    case "console":
      return true;
    case "slack":
      return isQueueRole(role);
    case "telegram":
      return false;
    default:
      return assertNever(channel);
  }
}

/** Reasons written for the founder; an escalation's reason is a note to the regulator and stays in the queue. */
const FOUNDER_FACING_REASONS = new Set<SubmissionStatus>(["changes_requested", "rejected"]);

const systemNameOf = (dossier: Dossier): string | null => dossier.entries.systemName?.value?.trim() || null;

/** One line of /status (`founder`: only the reasons written for them) or of the team's /queue. */
async function summarise(q: Queries, s: Submission, audience: "founder" | "team"): Promise<SubmissionSummary> {
  const last = (await eventsFor(q, s.id)).at(-1);
  const reason = audience === "team" || FOUNDER_FACING_REASONS.has(s.status) ? last?.reason : null;
  return {
    id: s.id,
    status: s.status,
    tier: s.tier,
    systemName: s.systemName,
    updatedOn: astanaDate(s.updatedAt),
    ...(reason ? { reason } : {}),
    ...(s.resubmissionDue !== null ? { resubmissionDue: s.resubmissionDue } : {}),
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

async function queueAction(q: Queries, effect: Extract<Effect, { kind: "queueAction" }>, ctx: EffectContext): Promise<EffectOutcome> {
  const now = ctx.now.toISOString();
  const actor = { userId: ctx.userId, role: ctx.role };
  const moved = await applyStatusChange(q, effect.submissionId, effect.action, actor, effect.reason, now, dueDate(effect, ctx.today));
  const base = { type: "queueOutcome", submissionId: effect.submissionId, action: effect.action } as const;
  if (!moved.ok) return answer({ ...base, outcome: { ok: false, reason: moved.reason } });
  await notifyFounder(q, moved.value, effect.reason, now);
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
  const replaced = await replaceSubmissionContent(q, effect.submissionId, { dossier, systemName: systemNameOf(dossier) }, now);
  if (!replaced.ok) return answer({ ...base, outcome: { ok: false, reason: replaced.reason } });
  const moved = await applyStatusChange(q, effect.submissionId, "resubmit", { userId: ctx.userId, role: ctx.role }, undefined, now);
  if (!moved.ok) return answer({ ...base, outcome: { ok: false, reason: moved.reason } });
  return answer({ ...base, outcome: { ok: true, status: moved.value.status } });
}

/**
 * Answers from the queue go only from reviewers and regulators. A founder is told the question does not
 * exist, which is true of every question they can see.
 */
async function answerEscalated(q: Queries, effect: Extract<Effect, { kind: "answerQuestion" }>, ctx: EffectContext): Promise<EffectOutcome> {
  const base = { type: "answerOutcome", questionId: effect.questionId } as const;
  if (!isQueueRole(ctx.role)) return answer({ ...base, outcome: { ok: false, reason: "notFound" } });
  const now = ctx.now.toISOString();
  const answered = await answerQuestion(q, effect.questionId, effect.answer, ctx.role, now);
  if (!answered.ok) return answer({ ...base, outcome: { ok: false, reason: answered.reason } });
  const question = answered.value;
  if (question.chatKey !== null) {
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

/** The founder's own copy: confidential fields keep their values and are marked as such. */
async function exportDossier(effect: Extract<Effect, { kind: "exportDossier" }>, translate: Translate): Promise<EffectOutcome> {
  const { dossier, assessment, lang, format } = effect;
  const content = format === "md"
    ? new TextEncoder().encode(renderDossierMarkdown(dossier, assessment, lang, translate))
    : await renderDossierDocx(dossier, assessment, lang, translate);
  return { events: [], documents: [{ kind: "document", key: "dossier.exported", file: { name: dossierFileName(dossier, format), format, content } }] };
}

async function pendingQuestions(q: Queries): Promise<PendingQuestion[]> {
  return (await listOpenQuestions(q)).flatMap((question) =>
    question.text === null ? [] : [{
      id: question.id,
      text: question.text,
      lang: question.lang,
      ...(question.submissionId !== null ? { submissionId: question.submissionId } : {}),
      askedOn: astanaDate(question.createdAt),
    }]);
}

/** What a founder filed, for the team to read; null when nothing readable is left (unknown id, or forgotten). */
async function filedContent(q: Queries, id: string): Promise<{ dossier: Dossier; assessment: Assessment } | null> {
  const submission = await getSubmission(q, id);
  if (submission === null || submission.anonymised) return null;
  const dossier = Dossier.safeParse(submission.dossier);
  return dossier.success ? { dossier: dossier.data, assessment: submission.assessment } : null;
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
      const filed = await createSubmission(q, {
        founderUserId: ctx.userId,
        founderChatKey: ctx.chatKey,
        systemName: systemNameOf(effect.dossier),
        assessment: effect.assessment,
        dossier: effect.dossier,
        lang: effect.lang,
      }, now);
      return answer({ type: "filed", submissionId: filed.id });
    }
    case "resubmit":
      return resubmit(q, effect, ctx);
    case "escalateQuestion": {
      // A question about a submission that no longer exists is still worth asking, without the link.
      const linked = effect.submissionId !== undefined && (await getSubmission(q, effect.submissionId)) !== null;
      const question = await createQuestion(q, {
        userId: ctx.userId,
        chatKey: ctx.chatKey,
        lang: effect.lang,
        text: effect.text,
        ...(linked ? { submissionId: effect.submissionId } : {}),
      }, now);
      return answer({ type: "escalated", questionId: question.id });
    }
    case "queueAction":
      return queueAction(q, effect, ctx);
    case "answerQuestion":
      return answerEscalated(q, effect, ctx);
    case "loadStatus": {
      const own = await listSubmissions(q, { founderUserId: ctx.userId });
      return answer({ type: "statusLoaded", submissions: await Promise.all(own.map((s) => summarise(q, s, "founder"))) });
    }
    case "loadQueue": {
      // The queue is the team's: a founder who got here past the flow sees an empty one, not other founders' filings.
      const open = isQueueRole(ctx.role) ? (await listSubmissions(q)).filter((s) => OPEN_STATUSES.has(s.status)) : [];
      return answer({ type: "queueLoaded", submissions: await Promise.all(open.map((s) => summarise(q, s, "team"))) });
    }
    case "loadSubmission":
      return answer({ type: "submissionLoaded", submissionId: effect.submissionId, filed: isQueueRole(ctx.role) ? await filedContent(q, effect.submissionId) : null });
    case "loadQuestions":
      return answer({ type: "questionsLoaded", questions: isQueueRole(ctx.role) ? await pendingQuestions(q) : [] });
    case "setLanguage":
      await setLanguage(q, ctx.userId, effect.lang);
      return nothing();
    case "setRole": {
      if (!mayTakeRole(ctx.channel, effect.role)) return answer({ type: "roleOutcome", outcome: { ok: false, reason: "notAllowed" } });
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
    default:
      return assertNever(effect);
  }
}
