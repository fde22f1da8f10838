import { assess } from "../../knowledge/assess/assess.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { explainAssessment, type ExplainedAssessment } from "../../knowledge/assess/explain.js";
import { changeAnswers } from "../assessment/step.js";
import { entryTitle, optionText, questionSources, questionText } from "../assessment/texts.js";
import { newDraft, profileOf } from "../assessment/draft.js";
import type { Draft } from "../assessment/state.js";
import { reassessed } from "../dossier/reassess.js";
import { startDossier } from "../dossier/step.js";
import type { ConversationState } from "../state.js";
import { ask, choice, forgetSlot, moveTo, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { FlowEnv, Notification, Utterance } from "../types.js";
import type { AssessmentChange } from "./changes.js";
import { RESULT_SECTIONS, type ResultSection, fieldList, resultSection, shortResult, sourcesText } from "./render.js";
import { fieldHolds } from "../../knowledge/law/rules-condition.js";
import { questionForField } from "../../knowledge/profile/questions.js";
import { SystemProfile, fieldValues, type ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";

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
  // A re-assessment the dossier asked for goes back to the dossier.
  if (draft.reassessing !== undefined) return reassessed(state, draft, env, before);
  const settled = settle(forgetSlot(state, "draft"), draft, env);
  const shown = moveTo(settled.state, { step: "result" });
  return turn(shown, [...before, ...shortResult(settled.assessment, state.lang), ...promptResult()], [{ kind: "saveAssessment", assessment: settled.assessment }]);
}

/** The draft's profile assessed as of today, kept as the latest result with the answers that produced it. */
export function settle(state: ConversationState, draft: Draft, env: FlowEnv): { state: ConversationState; assessment: Assessment } {
  const assessment = assess(profileOf(draft), { today: env.today });
  return { state: remember(state, { result: { assessment, draft } }), assessment };
}

/** /result: the latest result again, as it was assessed. */
export function showResultAgain(state: ConversationState): Turn {
  const result = state.memory.result;
  if (result === undefined) return refuse(state, "errors.noAssessment");
  const shown = moveTo(state, { step: "result" });
  return turn(shown, [...shortResult(result.assessment, state.lang), ...promptResult()]);
}

/**
 * Facts no interview question asks, because they change neither the tier, a prohibited flag nor a duty: the
 * offender category narrows the fines (КоАП art. 641-1) and the EU market decides whether the EU map shows.
 * They are offered under the section they change, while still unknown.
 */
const CONTEXT = {
  entitySize: {
    section: "fines",
    prefix: "size:",
    prompt: "result.fines.sizePrompt",
    label: "result.fines.sizeChoice",
    values: ["individual", "small_or_nonprofit", "medium", "large"],
  },
  euMarket: { section: "eu", prefix: "eu:", prompt: "result.eu.marketPrompt", label: "result.eu.marketChoice", values: ["yes", "no"] },
} as const;
type ContextField = keyof typeof CONTEXT;
const CONTEXT_FIELDS = Object.keys(CONTEXT) as ContextField[];

function contextPrompts(profile: SystemProfile, section: ResultSection): Utterance[] {
  return CONTEXT_FIELDS.filter((f) => profile[f] === "unknown" && (section === CONTEXT[f].section || section === "all")).map((f) => {
    const c = CONTEXT[f];
    return ask(c.prompt, c.values.map((v) => choice(`${c.prefix}${v}`, `${c.label}.${v}`)));
  });
}

/** Choices that answer an open effort question: `effort:<field>:<value>`, at most 40 characters (ChoiceId). */
const EFFORT_PREFIX = "effort:";

/** The unknown answers behind the estimate's "answers not given yet" line (knowledge/estimate/effort.ts). */
const openEffortFields = (a: Assessment): ProfileField[] => a.effort.drivers.find((d) => d.code === "unknown_answers")?.fields ?? [];

/**
 * The open effort answers the result can ask itself: those no interview question was left open on (an answer to
 * them changes the estimate and nothing else, so showing the estimate again is the whole new result), whose
 * question may be asked now, or which are context facts such as the EU market.
 */
function askableHere(a: Assessment): ProfileField[] {
  const interviewOpen = new Set(a.openQuestions.map((q) => q.field));
  return openEffortFields(a).filter((f) => {
    if (interviewOpen.has(f)) return false;
    if (isContextField(f)) return true;
    const q = questionForField(f);
    return q !== undefined && (q.askWhen === undefined || fieldHolds(q.askWhen, a.profile));
  });
}

const isContextField = (f: ProfileField): f is ContextField => (CONTEXT_FIELDS as readonly ProfileField[]).includes(f);

/**
 * Under the effort section: how to settle each answer the estimate still counts as open. The interview's "not
 * sure" answers are changed like any answer; the others are asked here, each with its own question. In the full
 * section the context facts are already asked under their own sections, so they are not asked twice.
 */
function effortPrompts(a: Assessment, lang: Lang, section: "effort" | "all"): Utterance[] {
  const interviewOpen = new Set(a.openQuestions.map((q) => q.field));
  const toChange = openEffortFields(a).filter((f) => interviewOpen.has(f));
  const lines: Utterance[] = toChange.length > 0 ? [say("result.effort.openChange", { fields: fieldList(toChange, lang) })] : [];
  for (const f of askableHere(a)) {
    if (isContextField(f)) {
      if (section === "effort") {
        const c = CONTEXT[f];
        lines.push(ask(c.prompt, c.values.map((v) => choice(`${EFFORT_PREFIX}${f}:${v}`, `${c.label}.${v}`))));
      }
      continue;
    }
    const q = questionForField(f)!;
    const options = q.options.filter((o) => o.value !== "unknown");
    lines.push(
      ask(
        "result.effort.openPrompt",
        options.map((o) => choice(`${EFFORT_PREFIX}${f}:${o.id}`, "assessment.option", { label: optionText(q, o.id, lang) })),
        { prompt: questionText(q, lang, a.profile), article: questionSources(q, lang) },
      ),
    );
  }
  return lines;
}

/** What a section asks under itself: context facts where they narrow it, open effort answers under the estimate. */
function sectionPrompts(a: Assessment, section: ResultSection, lang: Lang): Utterance[] {
  const context = contextPrompts(a.profile, section);
  return section === "effort" || section === "all" ? [...context, ...effortPrompts(a, lang, section)] : context;
}

/** Buttons under the result; null when the choice is not one of them. */
export function resultChoice(state: ConversationState, choiceId: string, env: FlowEnv): Turn | null {
  const result = state.memory.result;
  if (result === undefined) return null;
  if (choiceId === "result:dossier") return startDossier(state);
  if (choiceId === "result:change") return changeAnswers(state);
  if (choiceId.startsWith(EFFORT_PREFIX)) return answerEffort(state, choiceId.slice(EFFORT_PREFIX.length), env);
  const context = CONTEXT_FIELDS.find((f) => choiceId.startsWith(CONTEXT[f].prefix));
  if (context !== undefined) return setContext(state, context, choiceId.slice(CONTEXT[context].prefix.length), env);
  const section = RESULT_SECTIONS.find((s) => `more:${s}` === choiceId);
  if (section === undefined) return null;
  return turn(state, [...resultSection(result.assessment, section, state.lang), ...sectionPrompts(result.assessment, section, state.lang), ...promptResult()]);
}

/**
 * The result assessed again with one more fact the founder gave from the result screen. A field with its own
 * question is recorded as that question's answer, after the others: a screening answered earlier then still
 * settles what it settled, and "Change an answer" lists it. A context fact no question asks goes into the base.
 */
function withFact(state: ConversationState, field: ProfileField, value: string, env: FlowEnv): { state: ConversationState; assessment: Assessment } | null {
  const result = state.memory.result;
  if (result === undefined) return null;
  const question = questionForField(field);
  const old = result.draft;
  const draft =
    question === undefined
      ? { ...old, base: SystemProfile.parse({ ...old.base, [field]: value }) }
      : { ...old, answers: [...old.answers.filter((a) => a.questionId !== question.id), { questionId: question.id, optionId: value }] };
  return settle(state, draft, env);
}

/** The founder told us a context fact: the result is assessed again with it, and the section it changes shown again. */
function setContext(state: ConversationState, field: ContextField, value: string, env: FlowEnv): Turn | null {
  if (!(CONTEXT[field].values as readonly string[]).includes(value)) return null;
  const settled = withFact(state, field, value, env);
  if (settled === null) return null;
  return turn(settled.state, [...resultSection(settled.assessment, CONTEXT[field].section, state.lang), ...promptResult()], [
    { kind: "saveAssessment", assessment: settled.assessment },
  ]);
}

/**
 * The founder answered an open effort question ("biometrics:yes"): only one the result offers now is taken, so a
 * stale or made-up choice changes nothing. The estimate is shown again with what is still open.
 */
function answerEffort(state: ConversationState, answer: string, env: FlowEnv): Turn | null {
  const result = state.memory.result;
  const colon = answer.indexOf(":");
  if (result === undefined || colon < 0) return null;
  const field = askableHere(result.assessment).find((f) => f === answer.slice(0, colon));
  const value = answer.slice(colon + 1);
  if (field === undefined) return refuse(state, "errors.staleButton");
  if (value === "unknown" || !fieldValues(field).includes(value)) return null;
  const settled = withFact(state, field, value, env);
  if (settled === null) return null;
  const lang = state.lang;
  return turn(
    settled.state,
    [...resultSection(settled.assessment, "effort", lang), ...effortPrompts(settled.assessment, lang, "effort"), ...promptResult()],
    [{ kind: "saveAssessment", assessment: settled.assessment }],
  );
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
