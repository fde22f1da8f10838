import { assessmentBack, changeAnswers, startAssessment } from "./assessment/step.js";
import { dossierBack, startDossier } from "./dossier/step.js";
import { fileDossier, startResubmit } from "./filing/step.js";
import { parseLanguage } from "./onboarding/language.js";
import { chooseLanguage, goHome, languagePrompt, privacyNotice } from "./onboarding/step.js";
import { promptFor } from "./prompt.js";
import { answerKnowledgeQuestion, escalate } from "./questions/step.js";
import { answerCommand, queueCommand, questionsCommand, reviewCommand, viewCommand } from "./queue/review.js";
import { showResultAgain } from "./result/step.js";
import type { ConversationState } from "./state.js";
import { ask, choice, forgetSlot, refuse, say, turn, type Turn } from "./turn.js";
import { ActorRole, CommandName, MAX_TEXT, type FlowEnv, type Utterance } from "./types.js";
import { assertNever } from "../knowledge/types.js";

/** The usage line shown when a command misses its argument; commands read the same in every language. */
const USAGE = {
  ask: "/ask …",
  person: "/person …",
  role: "/role founder | reviewer | regulator",
} as const;

const HELP: Record<ActorRole, string> = { founder: "onboarding.help", reviewer: "queue.help.reviewer", regulator: "queue.help.regulator" };

/** What the current role can do, and /role where this chat may switch (the terminal chat, Slack's team). */
function helpFor(env: FlowEnv): Utterance[] {
  const lines = [say(HELP[env.role])];
  const others = (env.switchableRoles ?? []).filter((r) => r !== env.role);
  return others.length === 0 ? lines : [...lines, say("queue.helpRole", { roles: others.join(" | ") })];
}

/** A submission id as a link carries it: `/start KZ-AI-2026-0001` (Telegram's deep links allow letters, digits and "-"). */
const LINKED_SUBMISSION = /^KZ-AI-\d{4}-\d{4,}$/i;

/**
 * /start, bare or with a deep link's payload: a language (`/start kk`) chooses it, a submission id opens that
 * submission's status. A payload we do not know is said so, and /start goes on as if bare.
 */
function start(state: ConversationState, payload: string, env: FlowEnv): Turn {
  const lang = payload === "" ? null : parseLanguage(payload);
  if (lang !== null) return chooseLanguage(state, lang, env);
  // Someone new picks a language before anything else; the link can be followed again afterwards.
  if (state.at.step === "language") return turn(state, languagePrompt(state));
  if (LINKED_SUBMISSION.test(payload)) return turn(state, [], [{ kind: "loadStatus", requested: payload.toUpperCase() }]);
  const unknown = payload === "" ? [] : [say("errors.unknownStartLink", { value: payload.slice(0, 64) })];
  return turn(state, [...unknown, say("onboarding.welcomeBack"), ...promptFor(state, env)]);
}

/**
 * Commands work at any time, whatever the current step: they either act and return to where the user was,
 * or move them on explicitly (/assess, /dossier, /cancel).
 */
export function command(state: ConversationState, rawName: string, args: string, env: FlowEnv): Turn {
  const parsed = CommandName.safeParse(rawName.toLowerCase());
  // The name is echoed so the person sees what was not understood, but a 10,000-character one is cut short.
  if (!parsed.success) return refuse(state, "errors.unknownCommand", { command: `/${rawName.length > 32 ? `${rawName.slice(0, 32)}…` : rawName}` });
  if (args.length > MAX_TEXT) return refuse(state, "errors.textTooLong", { max: MAX_TEXT });
  const name = parsed.data;
  switch (name) {
    case "start":
      return start(state, args, env);
    case "help":
      return turn(state, helpFor(env));
    case "language": {
      if (args === "") return turn(state, languagePrompt(state));
      const lang = parseLanguage(args);
      return lang === null ? refuse(state, "errors.unknownLanguage", { value: args }) : chooseLanguage(state, lang, env);
    }
    case "privacy":
      return turn(state, privacyNotice());
    case "forget":
      return turn(state, [ask("onboarding.forget.confirm", [choice("forget:yes", "onboarding.forget.yes"), choice("forget:no", "onboarding.forget.no")])]);
    case "assess":
      return startAssessment(state);
    case "back":
      if (["question", "confirm", "confirmFix", "screeningPick", "changeAnswer", "result"].includes(state.at.step)) return assessmentBack(state, env);
      if (state.at.step.startsWith("dossier")) return dossierBack(state);
      return refuse(state, "errors.nothingToGoBackTo");
    case "change":
      return changeAnswers(state);
    case "result":
      return showResultAgain(state);
    case "status":
      return turn(state, [], [{ kind: "loadStatus" }]);
    case "ask":
      if (args === "") return refuse(state, "errors.missingArgument", { usage: USAGE.ask });
      return answerKnowledgeQuestion(state, args, env);
    case "person": {
      const text = args !== "" ? args : state.memory.lastQuestion;
      if (text === undefined) return refuse(state, "errors.missingArgument", { usage: USAGE.person });
      return escalate(state, text);
    }
    case "dossier":
      return startDossier(state);
    case "file":
      return fileDossier(state);
    case "resubmit":
      return startResubmit(state);
    case "cancel":
      if (state.at.step === "home") return refuse(state, "errors.nothingToCancel");
      return goHome(forgetSlot(state, "draft"), env, [say("onboarding.cancelled")]);
    case "role": {
      if (args === "") return refuse(state, "errors.missingArgument", { usage: USAGE.role });
      const role = ActorRole.safeParse(args.toLowerCase());
      if (!role.success) return refuse(state, "errors.unknownRole", { value: args });
      return turn(state, [], [{ kind: "setRole", role: role.data }]);
    }
    case "queue":
      return queueCommand(state, args, env);
    case "questions":
      return questionsCommand(state, args);
    case "claim":
    case "changes":
    case "approve":
    case "reject":
    case "escalate":
      return reviewCommand(state, name, args, env);
    case "answer":
      return answerCommand(state, args, env);
    case "view":
      return viewCommand(state, args, env);
    default:
      return assertNever(name);
  }
}
