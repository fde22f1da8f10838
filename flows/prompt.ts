import { promptAssessment } from "./assessment/step.js";
import { promptDossier } from "./dossier/step.js";
import { homePrompt, languagePrompt } from "./onboarding/step.js";
import { promptResult } from "./result/step.js";
import type { ConversationState } from "./state.js";
import { assertNever } from "../knowledge/types.js";
import type { FlowEnv, Utterance } from "./types.js";

/**
 * What the current step asks, said again: after a restart (resume exactly where the founder was), after a
 * language switch, and after a detour such as a knowledge question in the middle of the assessment.
 */
export function promptFor(state: ConversationState, env: FlowEnv): Utterance[] {
  const at = state.at;
  switch (at.step) {
    case "language":
      return languagePrompt(state);
    case "home":
      return homePrompt(state, env);
    case "describe":
    case "confirm":
    case "confirmFix":
    case "screeningPick":
    case "question":
    case "changeAnswer":
      return promptAssessment(state);
    case "result":
      return promptResult();
    case "dossierField":
    case "dossierReview":
    case "dossierEdit":
      return promptDossier(state);
    default:
      return assertNever(at);
  }
}
