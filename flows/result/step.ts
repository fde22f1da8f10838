import { assess } from "../../knowledge/assess/assess.js";
import { explainAssessment, type ExplainedAssessment } from "../../knowledge/assess/explain.js";
import { changeAnswers } from "../assessment/step.js";
import { entryTitle } from "../assessment/texts.js";
import { newDraft, profileOf } from "../assessment/draft.js";
import type { Draft } from "../assessment/state.js";
import { startDossier } from "../dossier/step.js";
import type { ConversationState } from "../state.js";
import { ask, choice, forgetSlot, moveTo, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { FlowEnv, Notification, Utterance } from "../types.js";
import type { AssessmentChange } from "./changes.js";
import { RESULT_SECTIONS, resultSection, shortResult, sourcesText } from "./render.js";

/** The choices under the result: more detail, the dossier, or changing an answer. */
export function promptResult(): Utterance[] {
  return [
    ask("result.more.prompt", [
      ...RESULT_SECTIONS.map((s) => choice(`more:${s}`, `result.more.${s}`)),
      choice("result:dossier", "result.next.dossier"),
      choice("result:change", "result.next.change"),
    ]),
  ];
}

/**
 * The assessment is settled: assess the profile with today's date (for the dated timeline), keep it with the
 * answers that produced it, store it with its knowledge-base version, and show the short result.
 */
export function showResult(state: ConversationState, draft: Draft, env: FlowEnv, before: Utterance[] = []): Turn {
  const assessment = assess(profileOf(draft), { today: env.today });
  const shown = moveTo(remember(forgetSlot(state, "draft"), { result: { assessment, draft } }), { step: "result" });
  return turn(shown, [...before, ...shortResult(assessment, state.lang), ...promptResult()], [{ kind: "saveAssessment", assessment }]);
}

/** /result: the latest result again, as it was assessed. */
export function showResultAgain(state: ConversationState): Turn {
  const result = state.memory.result;
  if (result === undefined) return refuse(state, "errors.noAssessment");
  const shown = moveTo(state, { step: "result" });
  return turn(shown, [...shortResult(result.assessment, state.lang), ...promptResult()]);
}

/** Buttons under the result; null when the choice is not one of them. */
export function resultChoice(state: ConversationState, choiceId: string): Turn | null {
  const result = state.memory.result;
  if (result === undefined) return null;
  if (choiceId === "result:dossier") return startDossier(state);
  if (choiceId === "result:change") return changeAnswers(state);
  const section = RESULT_SECTIONS.find((s) => `more:${s}` === choiceId);
  if (section === undefined) return null;
  return turn(state, [...resultSection(result.assessment, section, state.lang), ...promptResult()]);
}

/** One change in words; `ex` is the new result explained, for the why and the sources of what was added. */
function changeLine(change: AssessmentChange, ex: ExplainedAssessment): Utterance {
  const lang = ex.lang;
  const title = (id: string): string => entryTitle(id, lang);
  switch (change.kind) {
    case "tier":
      return say("result.rulesChanged.tier", { from: title(`tier.${change.from}`), to: title(`tier.${change.to}`) });
    case "obligationAdded": {
      const o = ex.obligations.find((x) => x.code === change.code);
      return say("result.rulesChanged.obligationAdded", {
        title: o?.title ?? title(`obligation.${change.code}`),
        why: o?.whyText ?? "—",
        sources: o ? sourcesText(o.sources, lang) : "—",
      });
    }
    case "obligationRemoved":
      return say("result.rulesChanged.obligationRemoved", { title: title(`obligation.${change.code}`) });
    case "prohibitedAdded": {
      const p = ex.prohibited.find((x) => x.code === change.code);
      return say("result.rulesChanged.prohibitedAdded", {
        title: p?.title ?? title(`prohibited.${change.code}`),
        why: p?.why ?? "—",
        sources: p ? sourcesText(p.sources, lang) : "—",
      });
    }
    case "prohibitedRemoved":
      return say("result.rulesChanged.prohibitedRemoved", { title: title(`prohibited.${change.code}`) });
  }
}

/**
 * The knowledge base changed and this founder's result with it: say what changed and why, and keep the new
 * result (the answers stay as they were, so /change still works on them).
 */
export function onRulesChanged(state: ConversationState, n: Extract<Notification, { kind: "rulesChanged" }>): Turn {
  const draft = state.memory.result?.draft ?? newDraft(null, n.assessment.profile);
  const updated = remember(state, { result: { assessment: n.assessment, draft } });
  const ex = explainAssessment(n.assessment, state.lang);
  return turn(updated, [
    say("result.rulesChanged.header", { version: n.kbVersion }),
    ...n.changes.map((c) => changeLine(c, ex)),
    ask("result.rulesChanged.prompt", [choice("menu:result", "onboarding.menu.result")]),
  ]);
}
