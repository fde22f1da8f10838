import { Dossier, redactForRegulator } from "../../flows/dossier/dossier.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import type { QueueAction, QueueMoveRefusal } from "../../flows/queue/transitions.js";
import { checkMove, queueStats, submissionView, type QueueStats, type SubmissionView, type Viewer } from "../../flows/queue/view.js";
import { FlowEvent, type QueueRefusal } from "../../flows/types.js";
import type { Lang } from "../../knowledge/types.js";
import type { Database, Queries } from "../storage/db.js";
import { isPublished, publishFaq } from "../storage/faq.js";
import { allFacts, submissionFacts } from "../storage/queue-facts.js";
import { getQuestion, type Question, teamQuestionIdsAbout } from "../storage/questions.js";
import { findPost, owePostRefresh, savePost, type PostKey, type SlackPost } from "../storage/slack-posts.js";
import { eventsFor, getSubmission, type SubmissionEvent } from "../storage/submissions.js";
import { markProcessed } from "../storage/updates.js";
import { getUser, upsertUser } from "../storage/users.js";
import { astanaDate } from "./astana-time.js";
import { performEffect } from "./effects.js";
import type { Translate } from "./i18n.js";
import { rolesFor, type Staff } from "./roles.js";

export type StaffRole = Viewer["role"];

/** Why a staff member's request changed nothing. */
export type DeskRefusal = QueueMoveRefusal | QueueRefusal | "notStaff" | "duplicate" | "notAnswered" | "ownQuestion" | "alreadyAnswered";

export type DeskResult<T = undefined> = { ok: true; value: T } | { ok: false; reason: DeskRefusal };

/** One history line of a card's thread: who (their Slack id, or their role) did what, when. */
export type HistoryLine = { id: number; action: SubmissionEvent["action"]; role: SubmissionEvent["actorRole"]; actorKey: string | null; on: string; reason: string | null };

/** What a shared-channel post shows now, read when the courier sends it. */
export type PostContent =
  | { kind: "card"; view: SubmissionView; assigneeKey: string | null; history: HistoryLine[]; post: SlackPost | null }
  | { kind: "question"; question: Question; view: SubmissionView | null; published: boolean; post: SlackPost | null };

/** App Home: the four lists issue 11 names, as the person sees them. */
export type Home = { role: StaffRole; mine: SubmissionView[]; unclaimed: SubmissionView[]; overdue: SubmissionView[]; escalated: SubmissionView[] };

/**
 * The queue's door for staff on a platform whose review work is not a conversation (Slack): buttons, modals and
 * a slash command act on a submission directly, for one person, never through a chat's state. Each request runs
 * in one transaction with the effects the conversations use (bot/runtime/effects.ts), so the founder is told,
 * the history written and the card refreshed exactly as from any other door, and a request id seen before
 * (Slack's retry of the same click or submission) changes nothing. Roles come from configuration only.
 */
export function createQueueDesk(deps: { db: Database; translate: Translate; staff: Staff; clock: () => Date; wake: () => void }) {
  const { db, translate, staff, clock } = deps;
  const rolesOf = (userKey: string): StaffRole[] =>
    rolesFor("slack", userKey, staff).filter((r): r is StaffRole => r === "reviewer" || r === "regulator");

  async function viewerIn(q: Queries, userKey: string, as: StaffRole, now: string): Promise<Viewer> {
    const user = await upsertUser(q, "slack", userKey, now, as);
    return { userId: user.id, role: as };
  }

  /** Runs `fn` as `userKey` in role `as`, once per request id; then wakes the courier for what it owes. */
  async function once<T>(userKey: string, as: StaffRole, requestId: string | undefined, fn: (q: Queries, viewer: Viewer, now: Date) => Promise<DeskResult<T>>): Promise<DeskResult<T>> {
    if (!rolesOf(userKey).includes(as)) return { ok: false, reason: "notStaff" };
    const now = clock();
    const result = await db.tx(async (q): Promise<DeskResult<T>> => {
      if (requestId !== undefined && !(await markProcessed(q, "slack", requestId, now.toISOString()))) return { ok: false, reason: "duplicate" };
      return fn(q, await viewerIn(q, userKey, as, now.toISOString()), now);
    });
    deps.wake();
    return result;
  }

  const context = (viewer: Viewer, userKey: string, lang: Lang, now: Date) => ({
    userId: viewer.userId, chatKey: `slack:${userKey}`, channel: "slack" as const, role: viewer.role, lang, now, today: astanaDate(now), translate,
    allowedRoles: rolesOf(userKey),
  });

  return {
    rolesOf,

    /** A queue move from a button or a modal. */
    act(req: { userKey: string; as: StaffRole; requestId?: string; submissionId: string; action: QueueAction; reason?: string; lang: Lang }) {
      return once(req.userKey, req.as, req.requestId, async (q, viewer, now) => {
        const facts = await submissionFacts(q, req.submissionId);
        if (facts === null || (viewer.role === "regulator" && facts.status !== "escalated")) return { ok: false, reason: "notFound" };
        const move = checkMove(facts, viewer, req.action, req.reason);
        if (!move.ok) return { ok: false, reason: move.reason };
        const effect = { kind: "queueAction" as const, submissionId: req.submissionId, action: req.action, ...(req.reason !== undefined && { reason: req.reason }) };
        const [event] = (await performEffect(q, effect, context(viewer, req.userKey, req.lang, now))).events;
        const outcome = FlowEvent.parse(event);
        if (outcome.type !== "queueOutcome") throw new Error("queueAction answered with another event");
        if (!outcome.outcome.ok) return { ok: false, reason: outcome.outcome.reason };
        // A decided escalation's posts in the regulators' channel lose their decision buttons.
        if (facts.status === "escalated") {
          for (const id of await teamQuestionIdsAbout(q, req.submissionId)) await owePostRefresh(q, { kind: "question", id }, now.toISOString());
        }
        return { ok: true, value: undefined };
      });
    },

    /** A regulator's answer to an escalated question, from the Answer modal. */
    answer(req: { userKey: string; requestId?: string; questionId: string; text: string; lang: Lang }) {
      return once(req.userKey, "regulator", req.requestId, async (q, viewer, now) => {
        const effect = { kind: "answerQuestion" as const, questionId: req.questionId, answer: req.text };
        const [event] = (await performEffect(q, effect, context(viewer, req.userKey, req.lang, now))).events;
        const outcome = FlowEvent.parse(event);
        if (outcome.type !== "answerOutcome") throw new Error("answerQuestion answered with another event");
        return outcome.outcome.ok ? { ok: true, value: undefined } : { ok: false, reason: outcome.outcome.reason };
      });
    },

    /** The compliance team publishes an answered question to the FAQ that /ask searches. */
    publish(req: { userKey: string; requestId?: string; questionId: string }) {
      return once(req.userKey, "reviewer", req.requestId, async (q, viewer, now) => {
        const question = await getQuestion(q, req.questionId);
        if (question === null || question.text === null) return { ok: false, reason: "notFound" };
        if (question.status !== "answered" || question.answer === null || question.answeredByRole === "founder") return { ok: false, reason: "notAnswered" };
        const entry = {
          questionId: question.id, lang: question.lang, question: question.text, answer: question.answer, byRole: question.answeredByRole, answeredOn: astanaDate(question.answeredAt),
        };
        if (!(await publishFaq(q, entry, viewer.userId, now.toISOString()))) return { ok: false, reason: "duplicate" };
        await owePostRefresh(q, { kind: "question", id: question.id }, now.toISOString());
        return { ok: true, value: undefined };
      });
    },

    /** Submissions as this person sees them: the whole queue for a reviewer, the escalated ones for a regulator. */
    async list(userKey: string, as: StaffRole): Promise<{ viewer: Viewer; views: SubmissionView[] } | null> {
      if (!rolesOf(userKey).includes(as)) return null;
      const now = clock();
      return db.tx(async (q) => {
        const viewer = await viewerIn(q, userKey, as, now.toISOString());
        const facts = await allFacts(q, as === "regulator" ? ["escalated"] : undefined);
        return { viewer, views: facts.map((f) => submissionView(f, viewer, astanaDate(now))) };
      });
    },

    async home(userKey: string): Promise<Home | null> {
      const as = rolesOf(userKey)[0];
      if (as === undefined) return null;
      const listed = await this.list(userKey, as);
      if (listed === null) return null;
      const open = listed.views.filter((v) => v.status !== "approved" && v.status !== "rejected");
      return {
        role: as,
        mine: open.filter((v) => v.assigneeUserId === listed.viewer.userId && v.status === "in_review"),
        unclaimed: open.filter((v) => v.status === "submitted"),
        overdue: open.filter((v) => v.overdue),
        escalated: open.filter((v) => v.status === "escalated"),
      };
    },

    /** `/triage show ID`: the view and the filed dossier as Markdown, redacted for a regulator. */
    async show(userKey: string, as: StaffRole, id: string, lang: Lang): Promise<{ view: SubmissionView; dossier: string | null } | null> {
      if (!rolesOf(userKey).includes(as)) return null;
      const now = clock();
      // One submission read, not the whole queue: what a regulator may see is the same as in `list`.
      const view = await db.tx(async (q) => {
        const viewer = await viewerIn(q, userKey, as, now.toISOString());
        const facts = await submissionFacts(q, id);
        return facts === null || (as === "regulator" && facts.status !== "escalated") ? null : submissionView(facts, viewer, astanaDate(now));
      });
      if (view === null) return null;
      const s = await getSubmission(db, id);
      const dossier = s === null || s.anonymised ? null : Dossier.safeParse(s.dossier);
      if (dossier?.success !== true || s === null || s.anonymised) return { view, dossier: null };
      const shown = as === "regulator" ? redactForRegulator(dossier.data) : dossier.data;
      return { view, dossier: renderDossierMarkdown({ ...shown, submissionId: id }, s.assessment, lang, translate) };
    },

    async stats(userKey: string, as: StaffRole): Promise<QueueStats | null> {
      if (!rolesOf(userKey).includes(as)) return null;
      return queueStats(await allFacts(db, as === "regulator" ? ["escalated"] : undefined));
    },

    /**
     * What a shared-channel post shows now. Cards are drawn for the compliance team (anyone who may click; each
     * click is checked for its person), questions for the regulators, with the submission's name redacted.
     */
    async post(key: PostKey): Promise<PostContent | null> {
      const today = astanaDate(clock());
      const generic = (role: StaffRole): Viewer => ({ userId: -1, role });
      return db.tx(async (q): Promise<PostContent | null> => {
        const post = await findPost(q, key);
        if (key.kind === "card") {
          const facts = await submissionFacts(q, key.id);
          if (facts === null) return null;
          // The buttons the person holding the claim would have (anyone's, while unclaimed); each click is checked again.
          const view = submissionView(facts, { userId: facts.assigneeUserId ?? -1, role: "reviewer" }, today);
          const assignee = facts.assigneeUserId === null ? null : await getUser(q, facts.assigneeUserId);
          const history = await Promise.all((await eventsFor(q, key.id)).filter((e) => e.id > (post?.historyPosted ?? 0)).map(async (e): Promise<HistoryLine> => {
            const actor = e.actorUserId === null ? null : await getUser(q, e.actorUserId);
            // A founder's reasons and a regulator's answers are for the founder and the card's readers alike; a
            // founder is never named by their platform id.
            return { id: e.id, action: e.action, role: e.actorRole, actorKey: actor?.channel === "slack" && e.actorRole !== "founder" ? actor.channelUserKey : null, on: astanaDate(e.at), reason: e.reason };
          }));
          return { kind: "card", view, assigneeKey: assignee?.channel === "slack" ? assignee.channelUserKey : null, history, post };
        }
        const question = await getQuestion(q, key.id);
        if (question === null) return null;
        const facts = question.submissionId === null ? null : await submissionFacts(q, question.submissionId);
        const view = facts === null ? null : submissionView(facts, generic("regulator"), today);
        return { kind: "question", question, view, published: await isPublished(q, question.id), post };
      });
    },

    savePost: (key: PostKey, post: SlackPost) => db.tx((q) => savePost(q, key, post)),
  };
}

export type QueueDesk = ReturnType<typeof createQueueDesk>;
