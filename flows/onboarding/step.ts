import { LANGS, type Lang } from "../../knowledge/types.js";
import { promptFor } from "../prompt.js";
import { startAssessment } from "../assessment/step.js";
import type { ConversationState } from "../state.js";
import { ask, choice, moveTo, say, turn, type Turn } from "../turn.js";
import type { Choice, FlowEnv, Utterance } from "../types.js";

/** The language question; the current language (the platform's, on first contact) is pre-selected. */
export function languagePrompt(state: ConversationState): Utterance[] {
  const choices: Choice[] = LANGS.map((lang) => ({
    ...choice(`lang:${lang}`, `onboarding.language.${lang}`),
    ...(lang === state.lang ? { selected: true } : {}),
  }));
  return [ask("onboarding.language.prompt", choices)];
}

/** What we store, where, for how long, and how to erase it; then the "triage aid, not legal advice" line. */
export const privacyNotice = (): Utterance[] => [say("onboarding.privacy"), say("common.disclaimer")];

const isStaff = (env: FlowEnv): boolean => env.role !== "founder";

/** The menu between tasks: founders assess, see their result, draft the dossier, check status; staff review. */
export function homePrompt(state: ConversationState, env: FlowEnv): Utterance[] {
  const choices: Choice[] = [];
  if (isStaff(env)) {
    choices.push(choice("menu:queue", "onboarding.menu.queue"), choice("menu:questions", "onboarding.menu.questions"));
  }
  choices.push(choice("menu:assess", "onboarding.menu.assess"));
  if (state.memory.result !== undefined) {
    choices.push(choice("menu:result", "onboarding.menu.result"), choice("menu:dossier", "onboarding.menu.dossier"));
  }
  if (!isStaff(env)) choices.push(choice("menu:status", "onboarding.menu.status"));
  return [ask("onboarding.menu.prompt", choices)];
}

/** Back to the menu, after whatever was said before. */
export const goHome = (state: ConversationState, env: FlowEnv, before: Utterance[] = []): Turn => {
  const home = moveTo(state, { step: "home" });
  return turn(home, [...before, ...homePrompt(home, env)]);
};

/**
 * A language picked on the first screen starts the product (privacy notice, then the description for founders
 * or the queue help for staff); picked later with /language, it only switches and repeats the current prompt,
 * so everything already said and answered stays valid.
 */
export function chooseLanguage(state: ConversationState, lang: Lang, env: FlowEnv): Turn {
  const switched: ConversationState = { ...state, lang };
  const effects = [{ kind: "setLanguage" as const, lang }];
  if (state.at.step !== "language") {
    return turn(switched, [say("onboarding.language.switched"), ...promptFor(switched, env)], effects);
  }
  const intro = privacyNotice();
  if (isStaff(env)) {
    const next = goHome(switched, env, [...intro, say(`queue.help.${env.role === "regulator" ? "regulator" : "reviewer"}`)]);
    return { ...next, effects };
  }
  const next = startAssessment(switched);
  return { ...next, say: [...intro, ...next.say], effects };
}
