import { goHome } from "../onboarding/step.js";
import { contradictionLine, contradictions } from "../dossier/contradictions.js";
import { reviewPrompt } from "../dossier/step.js";
import { basisOf, missingFields } from "../dossier/dossier.js";
import type { ConversationState } from "../state.js";
import { ask, choice, forgetSlot, moveTo, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { FlowEnv, FlowEvent, Notification, SubmissionSummary, Utterance } from "../types.js";
import { ACTION_COMMAND } from "../queue/review.js";

/**
 * Before filing, a dossier whose text reads otherwise than the assessment (flows/dossier/contradictions.ts) is held
 * back with the choice to re-assess now or file as is; on the review screen, where those buttons answer. Not offered
 * again right after the founder re-assessed.
 */
function reassessOffer(state: ConversationState): Turn | null {
  const { result, dossier } = state.memory;
  if (result === undefined || dossier === undefined || (state.at.step === "dossierReview" && state.at.reassessed === true)) return null;
  const found = contradictions(dossier, result);
  if (found.length === 0) return null;
  const review = moveTo(state, { step: "dossierReview" });
  return turn(review, [
    ...found.map((c) => contradictionLine(c, state.lang)),
    ask("filing.reassess.prompt", [choice("d:reassess", "filing.reassess.now"), choice("d:fileAsIs", "filing.reassess.asIs")]),
  ]);
}

/**
 * Files the dossier and the assessment into the shared queue, or re-submits a corrected draft when changes
 * were requested. The runtime makes the id (KZ-AI-2026-0001) and answers with `filed` or `queueOutcome`.
 * `asIs`: the founder chose to file although the dossier and the assessment disagree.
 */
export function fileDossier(state: ConversationState, options: { asIs?: boolean } = {}): Turn {
  const { result, dossier, filing } = state.memory;
  if (result === undefined) return refuse(state, "errors.noAssessment");
  if (dossier === undefined) return refuse(state, "errors.noDossier");
  const missing = missingFields(dossier).length;
  if (missing > 0) return refuse(state, "errors.dossierIncomplete", { count: missing });
  if (filing?.stage === "sending") return refuse(state, "errors.filingInProgress");
  if (filing?.stage !== "resubmitting" && dossier.submissionId !== undefined) return refuse(state, "errors.alreadyFiled", { id: dossier.submissionId });
  const offer = options.asIs === true ? null : reassessOffer(state);
  if (offer !== null) return offer;
  if (filing?.stage === "resubmitting") {
    // A draft re-assessed while it was being corrected records the new result as its basis: that assessment
    // then replaces the filed one, so the queue reviews what the corrected dossier rests on.
    const reassessed = dossier.basis !== undefined && JSON.stringify(dossier.basis) === JSON.stringify(basisOf(result.assessment));
    const effect = { kind: "resubmit" as const, submissionId: filing.submissionId, dossier, ...(reassessed ? { assessment: result.assessment } : {}) };
    return turn(state, [say("filing.resubmitting", { id: filing.submissionId }), { kind: "typing" }], [effect]);
  }
  const sending = remember(state, { filing: { stage: "sending" } });
  const effect = { kind: "fileSubmission" as const, assessment: result.assessment, dossier, lang: state.lang };
  return turn(sending, [say("filing.sending"), { kind: "typing" }], [effect]);
}

/** The runtime refused a filing beyond the open-submission cap: the draft stays, and filing can be tried again later. */
export function onTooManyFilings(state: ConversationState, max: number): Turn {
  const kept = state.memory.filing?.stage === "sending" ? forgetSlot(state, "filing") : state;
  return refuse(kept, "errors.tooManySubmissions", { max });
}

/** The runtime filed it: tell the id and how to follow it. */
export function onFiled(state: ConversationState, submissionId: string, env: FlowEnv): Turn {
  const dossier = state.memory.dossier;
  const filed = remember(state, {
    filing: { stage: "filed", submissionId, status: "submitted" },
    ...(dossier ? { dossier: { ...dossier, submissionId } } : {}),
  });
  return goHome(filed, env, [say("filing.filed", { id: submissionId })]);
}

/** /resubmit or the button under a changes-requested notice: reopen the filed draft for correction. */
export function startResubmit(state: ConversationState): Turn {
  const filing = state.memory.filing;
  if (filing?.stage === "resubmitting") return turn(state, reviewPrompt(state));
  if (filing?.stage !== "changesRequested") return refuse(state, "errors.nothingToResubmit");
  const own = state.memory.dossier?.submissionId === filing.submissionId ? state.memory.dossier : undefined;
  const dossier = filing.dossier ?? own;
  if (dossier === undefined) return refuse(state, "errors.noDossierForSubmission", { id: filing.submissionId });
  const reopened = moveTo(
    remember(state, { dossier: { ...dossier, submissionId: filing.submissionId }, filing: { stage: "resubmitting", submissionId: filing.submissionId } }),
    { step: "dossierReview" },
  );
  return turn(reopened, [say("filing.resubmitIntro", { id: filing.submissionId }), ...reviewPrompt(reopened)]);
}

/** The founder's re-submission went through, or the queue refused it. */
export function resubmitOutcome(state: ConversationState, event: Extract<FlowEvent, { type: "queueOutcome" }>, env: FlowEnv): Turn {
  if (!event.outcome.ok) {
    return refuse(state, `errors.queue.${event.outcome.reason}`, { id: event.submissionId, command: ACTION_COMMAND.resubmit });
  }
  const done = remember(state, { filing: { stage: "filed", submissionId: event.submissionId, status: event.outcome.status } });
  return goHome(done, env, [say("filing.resubmitted", { id: event.submissionId })]);
}

/** A status change from the queue, told in the founder's language; changes requested offers the re-submission. */
export function onSubmissionStatus(state: ConversationState, n: Extract<Notification, { kind: "submissionStatus" }>): Turn {
  const params = { id: n.submissionId, reason: n.reason ?? "—", due: n.resubmissionDue ?? "—" };
  if (n.status === "changes_requested") {
    const next = remember(state, {
      filing: {
        stage: "changesRequested",
        submissionId: n.submissionId,
        ...(n.reason !== undefined ? { reason: n.reason } : {}),
        ...(n.resubmissionDue !== undefined ? { resubmissionDue: n.resubmissionDue } : {}),
        ...(n.dossier !== undefined ? { dossier: n.dossier } : {}),
      },
    });
    const lines: Utterance[] = [say("filing.notify.changes_requested", params)];
    if (n.resubmissionDue !== undefined) lines.push(say("filing.notify.dueSecondary", params));
    lines.push(ask("filing.notify.resubmitPrompt", [choice("filing:resubmit", "filing.notify.resubmit")]));
    return turn(next, lines);
  }
  const filing = state.memory.filing;
  const tracked = filing?.stage === "filed" && filing.submissionId === n.submissionId;
  const next = tracked ? remember(state, { filing: { ...filing, status: n.status } }) : state;
  return turn(next, [say(`filing.notify.${n.status}`, params)]);
}

/** /status: the founder's submissions as the runtime loaded them. */
export function showStatus(state: ConversationState, all: readonly SubmissionSummary[], requested?: string): Turn {
  // A link to one submission shows that one; a link to someone else's (or an erased one) says so and lists one's own.
  const one = requested === undefined ? [] : all.filter((s) => s.id === requested);
  const notOwn = requested !== undefined && one.length === 0 ? [say("filing.status.notYours", { id: requested })] : [];
  const submissions = one.length > 0 ? one : all;
  if (submissions.length === 0) return turn(state, [...notOwn, say("filing.status.none")]);
  return turn(state, [
    ...notOwn,
    say("filing.status.header", { count: submissions.length }),
    ...submissions.map((s) =>
      say(`filing.status.item.${s.status}`, {
        id: s.id,
        name: s.systemName ?? "—",
        updated: s.updatedOn,
        // The line goes on after the reason ("…: reason; re-submit by …"), so its own full stop would read ".;".
        reason: s.reason?.replace(/[.!?;:…\s]+$/u, "") ?? "—",
        due: s.resubmissionDue ?? "—",
      }),
    ),
  ]);
}
