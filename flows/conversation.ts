import { Lang, assertNever, fail, ok, type Result } from "../knowledge/types.js";
import { assessmentChoice, assessmentText, onModelReading, promptAfterAnswer, startAssessment } from "./assessment/step.js";
import { command } from "./commands.js";
import { dossierChoice, dossierText, startDossier } from "./dossier/step.js";
import { fileDossier, onFiled, onSubmissionStatus, onTooManyFilings, resubmitOutcome, showStatus, startResubmit } from "./filing/step.js";
import { parseLanguage } from "./onboarding/language.js";
import { chooseLanguage, languagePrompt } from "./onboarding/step.js";
import { promptFor } from "./prompt.js";
import { answerKnowledgeQuestion, onEscalated, onModelAnswer, onQuestionAnswered, personChoice } from "./questions/step.js";
import {
  answerOutcome, onEscalationAnswered, onSubmissionLoaded, queueCommand, questionsCommand, reviewOutcome, showOwnQuestions, showQueue, showQuestions,
} from "./queue/review.js";
import { onRulesChanged, resultChoice, showResultAgain } from "./result/step.js";
import { ConversationState, STATE_VERSION } from "./state.js";
import { refuse, say, turn, type Turn } from "./turn.js";
import { MAX_TEXT, type FlowEnv, type FlowEvent, type Reply, type Step } from "./types.js";

/**
 * Reads a stored conversation. A state that no longer parses (an older shape, a damaged row) is a failure the
 * runtime answers by starting over with errors.flowRestarted, never a crash.
 */
export function parseConversation(raw: unknown): Result<ConversationState, "invalidState"> {
  const parsed = ConversationState.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail("invalidState", parsed.error.issues.map((i) => i.path.join(".")).join(", "));
}

/**
 * A new conversation: the language screen, in the platform's language where we speak it. `lang` lets the runtime
 * keep a known user's language when it restarts a conversation whose stored state no longer parses.
 */
export function startConversation(env: FlowEnv, lang: Lang = env.platformLocale ?? "kk"): Step<ConversationState> {
  const state: ConversationState = { v: STATE_VERSION, lang, stamp: 0, at: { step: "language" }, memory: {} };
  return finish(state, turn(state, languagePrompt(state)));
}

/**
 * One event in, the next state and what to say and do out. Pure: the runtime persists the state, sends the
 * replies and performs the effects, answering each effect with an event.
 */
export function step(state: ConversationState, event: FlowEvent, env: FlowEnv): Step<ConversationState> {
  return finish(state, route(state, event, env));
}

/** Every question leaves with the stamp of the step it belongs to; the stamp moves on when the step does. */
function finish(before: ConversationState, t: Turn): Step<ConversationState> {
  const moved = JSON.stringify(before.at) !== JSON.stringify(t.state.at);
  const stamp = moved ? before.stamp + 1 : before.stamp;
  const state = { ...t.state, stamp };
  const replies: Reply[] = t.say.map((u) => (u.kind === "ask" ? { ...u, stamp } : u));
  return { state, replies, effects: t.effects };
}

const COMMAND_TEXT = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i;

function route(state: ConversationState, event: FlowEvent, env: FlowEnv): Turn {
  switch (event.type) {
    case "text": {
      const text = event.text.trim();
      if (text.startsWith("/")) {
        const m = COMMAND_TEXT.exec(text);
        if (m === null) return refuse(state, "errors.unknownCommand", { command: text.split(/\s/)[0]! });
        return command(state, m[1]!, (m[2] ?? "").trim(), env);
      }
      if (text.length > MAX_TEXT) return refuse(state, "errors.textTooLong", { max: MAX_TEXT });
      if (text === "") return refuse(state, "errors.emptyText");
      return onText(state, text, env);
    }
    case "command":
      return command(state, event.name, event.args.trim(), env);
    case "choice":
      if (event.stamp !== undefined && event.stamp !== state.stamp) return refuse(state, "errors.staleButton");
      return onChoice(state, event.choiceId, env) ?? refuse(state, "errors.unknownChoice");
    case "document": {
      if (state.at.step !== "describe") return refuse(state, "errors.documentNotExpected");
      const text = event.text.trim();
      if (text.length > MAX_TEXT) return refuse(state, "errors.textTooLong", { max: MAX_TEXT });
      if (text === "") return refuse(state, "errors.emptyText");
      return onText(state, text, env);
    }
    case "filed":
      return onFiled(state, event.submissionId, env);
    case "tooManyOpen":
      return event.what === "submissions" ? onTooManyFilings(state, event.max) : refuse(state, "errors.tooManyQuestions", { max: event.max });
    case "escalated":
      return onEscalated(state, event.questionId);
    case "notification": {
      const n = event.notification;
      switch (n.kind) {
        case "submissionStatus":
          return onSubmissionStatus(state, n);
        case "questionAnswered":
          return onQuestionAnswered(state, n);
        case "escalationAnswered":
          return onEscalationAnswered(state, n);
        case "rulesChanged":
          return onRulesChanged(state, n);
        default:
          return assertNever(n);
      }
    }
    case "queueOutcome":
      return event.action === "resubmit" ? resubmitOutcome(state, event, env) : reviewOutcome(state, event);
    case "answerOutcome":
      return answerOutcome(state, event);
    case "statusLoaded":
      return showStatus(state, event.submissions, event.requested);
    case "queueLoaded":
      return showQueue(state, event.submissions, event.page);
    case "questionsLoaded":
      return showQuestions(state, event.questions, event.page);
    case "ownQuestionsLoaded":
      return showOwnQuestions(state, event.questions);
    case "submissionLoaded":
      return onSubmissionLoaded(state, event, env);
    // Issue 12: the optional language model's reading and answer.
    case "modelReading":
      return onModelReading(state, event.proposals, env);
    case "modelAnswer":
      return onModelAnswer(state, event.question, event.answer, promptAfterAnswer(state));
    case "roleOutcome":
      return event.outcome.ok
        ? turn(state, [say(`queue.roleSet.${event.outcome.role}`)])
        : refuse(state, "errors.roleNotAllowed");
    default:
      return assertNever(event);
  }
}

/** Free text: its meaning depends on the step; where no text is expected it is a question for the knowledge base. */
function onText(state: ConversationState, text: string, env: FlowEnv): Turn {
  const at = state.at;
  switch (at.step) {
    case "language": {
      const lang = parseLanguage(text);
      return lang === null ? turn(state, [say("errors.chooseLanguage"), ...languagePrompt(state)]) : chooseLanguage(state, lang, env);
    }
    case "describe":
    case "confirm":
    case "question":
    case "screeningPick":
      return assessmentText(state, text, env);
    case "dossierField":
      return dossierText(state, at, text);
    case "home":
    case "confirmFix":
    case "changeAnswer":
    case "result":
    case "dossierReview":
    case "dossierEdit":
      return answerKnowledgeQuestion(state, text, env);
    default:
      return assertNever(at);
  }
}

/** Buttons valid on any screen, then the current step's own; null when the choice means nothing here. */
function onChoice(state: ConversationState, choiceId: string, env: FlowEnv): Turn | null {
  if (choiceId.startsWith("lang:")) {
    const lang = Lang.safeParse(choiceId.slice("lang:".length));
    return lang.success ? chooseLanguage(state, lang.data, env) : null;
  }
  if (choiceId.startsWith("q:person")) return personChoice(state, choiceId);
  switch (choiceId) {
    case "forget:yes":
      return forget(state);
    case "forget:no":
      return turn(state, [say("onboarding.forget.kept"), ...promptFor(state, env)]);
    case "filing:resubmit":
      return startResubmit(state);
    case "menu:assess":
      return startAssessment(state);
    case "menu:result":
      return showResultAgain(state);
    case "menu:dossier":
      return startDossier(state);
    case "menu:status":
      return turn(state, [], [{ kind: "loadStatus" }]);
    case "menu:queue":
      return queueCommand(state, "", env);
    case "menu:questions":
      return questionsCommand(state, "");
    case "d:file":
      return state.at.step === "dossierReview" ? fileDossier(state) : null;
  }
  switch (state.at.step) {
    case "question":
    case "confirm":
    case "confirmFix":
    case "screeningPick":
    case "changeAnswer":
    case "describe":
      return assessmentChoice(state, choiceId, env);
    case "result":
      return resultChoice(state, choiceId, env);
    case "dossierField":
    case "dossierReview":
    case "dossierEdit":
      return dossierChoice(state, choiceId);
    case "language":
    case "home":
      return null;
    default:
      return assertNever(state.at);
  }
}

/** /forget confirmed: the runtime erases the person's data; the conversation starts again from the language screen. */
function forget(state: ConversationState): Turn {
  const fresh: ConversationState = { v: STATE_VERSION, lang: state.lang, stamp: state.stamp, at: { step: "language" }, memory: {} };
  return turn(fresh, [say("onboarding.forget.done"), ...languagePrompt(fresh)], [{ kind: "forget" }]);
}
