import { detectLang } from "../../knowledge/text/detect-lang.js";
import { describe } from "../../knowledge/describe/index.js";
import { findProhibited } from "../../knowledge/assess/prohibited.js";
import { formatCitation } from "../../knowledge/law/articles.js";
import { estimateRemaining } from "../../knowledge/profile/next-question.js";
import { CONFIRM_OPTIONS, confirmationText, statement } from "../../knowledge/interview/confirmation.js";
import { CONFIRM_ID, nextStep } from "../../knowledge/interview/next.js";
import { proposalsFrom, proposedFlags, toConfirm } from "../../knowledge/interview/proposals.js";
import { interviewQuestionById, isGroup, questionForField, someOption, unsettledFields, type InterviewQuestion } from "../../knowledge/profile/questions.js";
import { screeningItem } from "../../knowledge/profile/question-texts.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import { PROFILE_FIELDS } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { answerKnowledgeQuestion, awaitsModelAnswer } from "../questions/step.js";
import { ACT_ON_PROHIBITED } from "../result/render.js";
import { showResult } from "../result/step.js";
import type { ConversationState } from "../state.js";
import { ask, choice, forgetSlot, moveTo, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { Choice, FlowEnv, Utterance } from "../types.js";
import { matchOption } from "./answer-text.js";
import { askedOf, CONFIRM_ALL, CONFIRM_UNSURE, newDraft, profileBefore, profileOf } from "./draft.js";
import type { Draft } from "./state.js";
import { optionText, prohibitedTitle, questionSources, questionText } from "./texts.js";
import { mergeReadings } from "./model-reading.js";
import type { Proposal } from "../../knowledge/interview/proposals.js";

type QuestionAt = Extract<ConversationState["at"], { step: "question" }>;
type PickAt = Extract<ConversationState["at"], { step: "screeningPick" }>;

/** Describe first: the founder writes a paragraph and the engine fills in what it can. */
export function startAssessment(state: ConversationState): Turn {
  const fresh = moveTo(forgetSlot(state, "draft"), { step: "describe" });
  return turn(fresh, describePrompt());
}

const describePrompt = (): Utterance[] => [ask("assessment.describe.prompt", [choice("nav:skip", "assessment.describe.skip")])];

/** The draft of the assessment under way; the conversation schema guarantees it on the question steps. */
const draftOf = (state: ConversationState): Draft => state.memory.draft ?? newDraft(null);

function questionPrompt(state: ConversationState, at: QuestionAt): Utterance[] {
  const question = interviewQuestionById(at.questionId);
  if (question === undefined) return [];
  const draft = draftOf(state);
  const lang = state.lang;
  const choices: Choice[] = question.options.map((o) => choice(`a:${o.id}`, "assessment.option", { label: optionText(question, o.id, lang) }));
  if (draft.answers.length > 0 || at.changing) choices.push(choice("nav:back", "assessment.nav.back"));
  if (!at.changing && changeable(draft).length > 0) choices.push(choice("nav:change", "assessment.nav.change"));
  const params = { prompt: questionText(question, lang, profileBefore(draft, question.id)), article: questionSources(question, lang) };
  if (at.changing) return [ask("assessment.questionChanging", choices, params)];
  const n = draft.answers.length + 1;
  const total = Math.max(n, draft.answers.length + estimateRemaining(profileOf(draft), askedOf(draft)));
  return [ask("assessment.question", choices, { ...params, n, total })];
}

/**
 * What the founder can change: what they confirmed or a draft of an older version held as given (a field with its
 * own question), and every answer, each with the option that now holds.
 */
function changeable(draft: Draft): { question: InterviewQuestion; optionId: string }[] {
  const answered = new Set(draft.answers.map((a) => a.questionId));
  const confirmed = answered.has(CONFIRM_ID) ? profileOf({ ...draft, answers: draft.answers.filter((a) => a.questionId === CONFIRM_ID) }) : draft.base;
  const inferred = PROFILE_FIELDS.flatMap((field) => {
    const question = questionForField(field);
    const option = question?.options.find((o) => o.value === confirmed[field]);
    if (question === undefined || option === undefined || confirmed[field] === "unknown") return [];
    return answered.has(question.id) ? [] : [{ question, optionId: option.id }];
  });
  const given = draft.answers.flatMap((a) => {
    const question = interviewQuestionById(a.questionId);
    return question ? [{ question, optionId: a.optionId }] : [];
  });
  return [...inferred, ...given];
}

/**
 * What the description suggested that matters, in plain words with the founder's own, what of it looks prohibited
 * (raised at once, flagged only once confirmed), and three ways on: all correct, correct one, not sure.
 */
function confirmPrompt(state: ConversationState): Utterance[] {
  const draft = draftOf(state);
  const lang = state.lang;
  const settled = profileOf(draft);
  const text = confirmationText(toConfirm(settled, draft.proposals), proposedFlags(settled, draft.proposals), lang);
  const choices: Choice[] = [
    choice("c:all", "assessment.option", { label: CONFIRM_OPTIONS.confirm[lang] }),
    choice("c:fix", "assessment.confirm.fix"),
    choice("c:unsure", "assessment.option", { label: CONFIRM_OPTIONS.unknown[lang] }),
  ];
  if (draft.answers.length > 0) choices.push(choice("nav:back", "assessment.nav.back"));
  return [ask("assessment.confirm.prompt", choices, { text })];
}

/** A screening's items to tick, each marked as ticked or not, then done (or back to the screening). */
function pickPrompt(state: ConversationState, at: PickAt): Utterance[] {
  const question = interviewQuestionById(at.questionId);
  if (question === undefined || !isGroup(question)) return [];
  const items = unsettledFields(question, profileBefore(draftOf(state), question.id)).map((f) =>
    choice(`tick:${f}`, "assessment.option", { label: `${at.ticked.includes(f) ? "☑" : "☐"} ${screeningItem(question, f, state.lang)}` }),
  );
  const choices = [...items, choice("tick:done", "assessment.pick.done"), choice("nav:back", "assessment.nav.back")];
  return [ask("assessment.pick.prompt", choices, { article: questionSources(question, state.lang) })];
}

/** The items of the confirmation, one button each, to pick the one to correct. */
function confirmFixPrompt(state: ConversationState): Utterance[] {
  const draft = draftOf(state);
  const items = toConfirm(profileOf(draft), draft.proposals).map((p) =>
    choice(`fix:${p.field}`, "assessment.option", { label: statement(p.field, p.value, state.lang) }),
  );
  return [ask("assessment.confirm.which", [...items, choice("nav:cancel", "assessment.nav.cancel")])];
}

function changePrompt(state: ConversationState): Utterance[] {
  const lang = state.lang;
  const choices = changeable(draftOf(state)).map(({ question, optionId }) =>
    choice(`change:${question.id}`, isGroup(question) ? `assessment.answerGroup.${question.id}` : `assessment.answer.${question.field}`, {
      value: optionText(question, optionId, lang),
    }),
  );
  return [ask("assessment.change.prompt", [...choices, choice("nav:cancel", "assessment.nav.cancel")])];
}

/** The current assessment screen, for resuming and after a language switch. */
export function promptAssessment(state: ConversationState): Utterance[] {
  const at = state.at;
  switch (at.step) {
    case "describe":
      return describePrompt();
    case "confirm":
      return confirmPrompt(state);
    case "confirmFix":
      return confirmFixPrompt(state);
    case "screeningPick":
      return pickPrompt(state, at);
    case "question":
      return questionPrompt(state, at);
    case "changeAnswer":
      return changePrompt(state);
    default:
      return [];
  }
}

/** Each prohibited capability the profile now shows and the founder has not yet been told of. */
function newFlags(draft: Draft, lang: Lang): { draft: Draft; say: Utterance[] } {
  const flags = findProhibited(profileOf(draft));
  const lines = flags
    .filter((f) => !draft.flagged.includes(f.code))
    .map((f) =>
      say("assessment.prohibited", {
        capability: prohibitedTitle(f.code, lang),
        article: formatCitation(f.article, lang),
        action: formatCitation(ACT_ON_PROHIBITED, lang),
      }),
    );
  // A flag that went away (an answer undone) is forgotten, so it is told again if it comes back.
  return { draft: { ...draft, flagged: flags.map((f) => f.code) }, say: lines };
}

/**
 * After the description or any answer: flag what is prohibited at once (Art. 17(3), 18(2)), then ask the next
 * question that could still change the result, or show the result when none is left.
 */
function advance(state: ConversationState, draft: Draft, env: FlowEnv, before: Utterance[] = []): Turn {
  const flagged = newFlags(draft, state.lang);
  const next = nextStep(profileOf(flagged.draft), flagged.draft.proposals, askedOf(flagged.draft));
  const said = [...before, ...flagged.say];
  const kept = remember(state, { draft: flagged.draft });
  if (next === null) return showResult(kept, flagged.draft, env, said);
  if (next.kind === "confirm") {
    const confirming = moveTo(kept, { step: "confirm" });
    return turn(confirming, [...said, ...confirmPrompt(confirming)]);
  }
  const at = { step: "question", questionId: next.question.id, changing: false } as const;
  const asking = moveTo(kept, at);
  return turn(asking, [...said, ...questionPrompt(asking, at)]);
}

/**
 * What the description suggests, as proposals for the founder to confirm. The text is read in the language it is
 * written in (a founder may describe in Russian from a Kazakh chat); the confirmation is said in the chat's language.
 */
function readDescription(text: string): { draft: Draft; say: Utterance[] } {
  const proposals = proposalsFrom(describe(text, detectLang(text)));
  return { draft: newDraft(text, {}, proposals), say: proposals.length === 0 ? [say("assessment.inferred.none")] : [] };
}

/** The confirmation answered as a whole: what it listed becomes the founder's answers, or each is asked on its own. */
function answerConfirmation(state: ConversationState, optionId: typeof CONFIRM_ALL | typeof CONFIRM_UNSURE, env: FlowEnv): Turn {
  const draft = draftOf(state);
  return advance(state, { ...draft, answers: [...draft.answers, { questionId: CONFIRM_ID, optionId }] }, env);
}

function answer(state: ConversationState, at: QuestionAt, question: InterviewQuestion, optionId: string, env: FlowEnv): Turn {
  const draft = draftOf(state);
  const given = { questionId: question.id, optionId };
  const replaced = at.changing && draft.answers.some((a) => a.questionId === question.id);
  const answers = replaced ? draft.answers.map((a) => (a.questionId === question.id ? given : a)) : [...draft.answers, given];
  return advance(state, { ...draft, answers }, env);
}

/** Free text in the assessment: the description, an option typed out, or else a question for the knowledge base. */
export function assessmentText(state: ConversationState, text: string, env: FlowEnv): Turn {
  const at = state.at;
  if (at.step === "describe") {
    const read = readDescription(text);
    // Issue 12: with a model configured, the offline reading waits in the draft for the model's (onModelReading).
    if (env.modelAssist === true) return turn(remember(state, { draft: read.draft }), [{ kind: "typing" }], [{ kind: "readWithModel", text, lang: detectLang(text) }]);
    return advance(state, read.draft, env, read.say);
  }
  if (at.step === "confirm" || at.step === "screeningPick") {
    const answered = answerKnowledgeQuestion(state, text, env);
    // A model's answer brings the prompt with it (promptAfterAnswer), so the question stays below the answer.
    return awaitsModelAnswer(answered) ? answered : { ...answered, say: [...answered.say, ...promptAssessment(answered.state)] };
  }
  if (at.step !== "question") return answerKnowledgeQuestion(state, text, env);
  const question = interviewQuestionById(at.questionId);
  const optionId = question ? matchOption(question, text, state.lang) : null;
  if (question && optionId !== null) return answer(state, at, question, optionId, env);
  const answered = answerKnowledgeQuestion(state, text, env);
  return awaitsModelAnswer(answered) ? answered : { ...answered, say: [...answered.say, ...questionPrompt(answered.state, at)] };
}

/**
 * Undo: from a question, the last answer is taken back and its question asked again; from the result, the same;
 * from the first question, back to the description. While changing an answer, back returns to the list.
 */
export function assessmentBack(state: ConversationState, env: FlowEnv): Turn {
  const at = state.at;
  if (at.step === "changeAnswer" || at.step === "confirmFix") return advance(state, draftOf(state), env);
  if (at.step === "screeningPick") {
    const asked: QuestionAt = { step: "question", questionId: at.questionId, changing: at.changing };
    const asking = moveTo(state, asked);
    return turn(asking, questionPrompt(asking, asked));
  }
  if (at.step === "question" && at.changing) return changeAnswers(state);
  const draft = at.step === "result" ? state.memory.result?.draft : state.memory.draft;
  if (draft === undefined) return refuse(state, "errors.nothingToGoBackTo");
  const last = draft.answers.at(-1);
  if (last === undefined) return at.step === "question" || at.step === "confirm" ? startAssessment(state) : refuse(state, "errors.nothingToGoBackTo");
  const undone = { ...draft, answers: draft.answers.slice(0, -1) };
  const flagged = newFlags(undone, state.lang).draft;
  if (last.questionId === CONFIRM_ID) {
    const confirming = moveTo(remember(state, { draft: flagged }), { step: "confirm" });
    return turn(confirming, [say("assessment.undone"), ...confirmPrompt(confirming)]);
  }
  const asking = moveTo(remember(state, { draft: flagged }), { step: "question", questionId: last.questionId, changing: false });
  return turn(asking, [say("assessment.undone"), ...questionPrompt(asking, { step: "question", questionId: last.questionId, changing: false })]);
}

/** Lists the answers given so far, to pick one to change (from a question or from the result). */
export function changeAnswers(state: ConversationState): Turn {
  const inAssessment = ["question", "confirm", "confirmFix", "changeAnswer"].includes(state.at.step);
  const draft = inAssessment ? state.memory.draft : state.memory.result?.draft;
  if (draft === undefined || changeable(draft).length === 0) return refuse(state, "errors.nothingToChange");
  const listing = moveTo(remember(state, { draft }), { step: "changeAnswer" });
  return turn(listing, changePrompt(listing));
}

/**
 * Asks an earlier question again with `draft` under way, as /change does: the new answer replaces the old one (or
 * overrides what the confirmation or a combined question set), then the interview goes on to whatever is still
 * open. `before` says why it is asked again.
 */
export function reask(state: ConversationState, draft: Draft, questionId: string, before: Utterance[] = []): Turn {
  const at: QuestionAt = { step: "question", questionId, changing: true };
  const asking = moveTo(remember(state, { draft }), at);
  return turn(asking, [...before, ...questionPrompt(asking, at)]);
}

/** Buttons of the assessment screens; null when the choice is not one of them. */
export function assessmentChoice(state: ConversationState, choiceId: string, env: FlowEnv): Turn | null {
  const at = state.at;
  if (at.step === "describe") return choiceId === "nav:skip" ? advance(state, newDraft(null), env) : null;
  if (at.step === "confirm") {
    if (choiceId === "c:all") return answerConfirmation(state, CONFIRM_ALL, env);
    if (choiceId === "c:unsure") return answerConfirmation(state, CONFIRM_UNSURE, env);
    if (choiceId === "c:fix") return turn(moveTo(state, { step: "confirmFix" }), confirmFixPrompt(moveTo(state, { step: "confirmFix" })));
    if (choiceId === "nav:back") return assessmentBack(state, env);
    return null;
  }
  if (at.step === "screeningPick") return pickChoice(state, at, choiceId, env);
  if (at.step === "confirmFix") {
    if (choiceId === "nav:cancel") return advance(state, draftOf(state), env);
    const item = toConfirm(profileOf(draftOf(state)), draftOf(state).proposals).find((p) => choiceId === `fix:${p.field}`);
    const question = item ? questionForField(item.field) : undefined;
    if (question === undefined) return null;
    const at = { step: "question", questionId: question.id, changing: false } as const;
    const asking = moveTo(state, at);
    return turn(asking, questionPrompt(asking, at));
  }
  if (at.step === "changeAnswer") {
    if (choiceId === "nav:cancel") return advance(state, draftOf(state), env);
    const picked = choiceId.startsWith("change:") ? interviewQuestionById(choiceId.slice("change:".length)) : undefined;
    if (picked === undefined || !changeable(draftOf(state)).some((c) => c.question.id === picked.id)) return null;
    return reask(state, draftOf(state), picked.id);
  }
  if (at.step !== "question") return null;
  if (choiceId === "nav:back") return assessmentBack(state, env);
  if (choiceId === "nav:change") return changeAnswers(state);
  const question = interviewQuestionById(at.questionId);
  const option = question?.options.find((o) => `a:${o.id}` === choiceId);
  if (question === undefined || option === undefined) return null;
  // "Yes, at least one" on a screening asks which, in one list, rather than each practice in a question of its own.
  if (isGroup(question) && question.kind === "screening" && option.id === "yes") {
    const picking: PickAt = { step: "screeningPick", questionId: question.id, ticked: [], changing: at.changing };
    return turn(moveTo(state, picking), pickPrompt(moveTo(state, picking), picking));
  }
  return answer(state, at, question, option.id, env);
}

/** Ticking and unticking a screening's items; done records them as one answer (none ticked: each is asked on its own). */
function pickChoice(state: ConversationState, at: PickAt, choiceId: string, env: FlowEnv): Turn | null {
  if (choiceId === "nav:back") return assessmentBack(state, env);
  const question = interviewQuestionById(at.questionId);
  if (question === undefined) return null;
  if (choiceId === "tick:done") {
    const asked: QuestionAt = { step: "question", questionId: at.questionId, changing: at.changing };
    return answer(state, asked, question, at.ticked.length === 0 ? "yes" : someOption(at.ticked), env);
  }
  const field = choiceId.startsWith("tick:") ? (choiceId.slice("tick:".length) as ProfileField) : null;
  if (field === null || !isGroup(question) || !unsettledFields(question, profileBefore(draftOf(state), question.id)).includes(field)) return null;
  const ticked = at.ticked.includes(field) ? at.ticked.filter((f) => f !== field) : [...at.ticked, field];
  const next = { ...at, ticked };
  return turn(moveTo(state, next), pickPrompt(moveTo(state, next), next));
}

// --- Optional language model (issue 12).

/**
 * The model's reading of the description that waits in the draft: merged with the offline reading (flows/assessment/
 * model-reading.ts), what the two read differently shown as uncertain, then the interview goes on as offline: every
 * fact still goes through the founder's confirmation. Null (the model failed) is the offline reading alone. A
 * reading that arrives when no description waits changes nothing.
 */
export function onModelReading(state: ConversationState, proposals: readonly Proposal[] | null, env: FlowEnv): Turn {
  const draft = state.memory.draft;
  if (state.at.step !== "describe" || draft === undefined || draft.description === null) return turn(state);
  const merged = mergeReadings(draft.proposals, proposals ?? []);
  const said: Utterance[] = [];
  if (merged.disagreements.length > 0) {
    const facts = merged.disagreements.map((d) => `• ${d.values.map((v) => statement(d.field, v, state.lang)).join(" / ")}`).join("\n");
    said.push(say("llm.uncertain", { facts }));
  } else if (merged.proposals.length === 0) said.push(say("assessment.inferred.none"));
  return advance(state, { ...draft, proposals: merged.proposals }, env, said);
}

/** What follows a model's answer on the current screen: the assessment's open question again, as offline. */
export function promptAfterAnswer(state: ConversationState): Utterance[] {
  return ["confirm", "screeningPick", "question"].includes(state.at.step) ? promptAssessment(state) : [];
}
// --- end of the language model's reading.
