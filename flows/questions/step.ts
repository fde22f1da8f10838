import { ask as askKnowledge } from "../../knowledge/ask/index.js";
import { detectLang } from "../../knowledge/text/detect-lang.js";
import type { ConversationState } from "../state.js";
import { ask, choice, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { FlowEnv, Notification, Utterance } from "../types.js";
import { entryById, type KnowledgeEntry } from "../../knowledge/entries/index.js";
import { formatCitation } from "../../knowledge/law/articles.js";
import { CONFIDENCE_MARK, DISCLAIMER, SOURCES } from "../../knowledge/ask/messages.js";
import type { Lang } from "../../knowledge/types.js";

/**
 * A question for the knowledge base (/ask, or free text where no answer is expected): the answer, which
 * carries its own citations, secondary marks and disclaimer, then the offer of a person. It is searched and
 * answered in the language the question is written in: bilingual founders often ask in Russian from a
 * Kazakh chat, and a Kazakh index cannot find a Russian question. The offer under the answer is in that
 * language too, or the founder reads one reply in two languages. When the knowledge base is not sure, the
 * offer of a person is the point of the reply.
 */
export function answerKnowledgeQuestion(state: ConversationState, text: string, env?: FlowEnv): Turn {
  const lang = detectLang(text);
  const result = askKnowledge(text, lang, env?.publishedAnswers ?? []);
  const asked = remember(state, { lastQuestion: text });
  // Issue 12: a model may word the answer, but only where retrieval is sure enough; otherwise a person is offered.
  if (env?.modelAssist === true && !result.escalate) return turn(asked, [{ kind: "typing" }], [{ kind: "answerWithModel", question: text, lang }]);
  return offlineAnswer(asked, text, result);
}

/** The knowledge base's own answer to `text` (asked already remembered), then the offer of a person. */
function offlineAnswer(asked: ConversationState, text: string, result = askKnowledge(text, detectLang(text))): Turn {
  const lang = detectLang(text);
  const person = [choice(personChoiceId(text), "questions.person")];
  const key = result.escalate ? "questions.notSure" : "questions.followUp";
  const offer: Utterance = lang === asked.lang ? ask(key, person) : { kind: "ask", key, choices: person, lang };
  return turn(asked, [say("questions.answer", { answer: result.answer }), offer]);
}

/**
 * The "talk to a person" button names the question it was offered under by a short fingerprint (FNV-1a):
 * every answer on a screen shares the screen's stamp, so without it a button under an earlier question
 * would escalate the latest one.
 */
function personChoiceId(question: string): string {
  let hash = 0x811c9dc5;
  for (const ch of question) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `q:person:${hash.toString(36)}`;
}

/** The "talk to a person" button: escalates the question it was offered under, if that is still the latest; null if there is none. */
export function personChoice(state: ConversationState, choiceId: string): Turn | null {
  const question = state.memory.lastQuestion;
  if (question === undefined) return null;
  return choiceId === personChoiceId(question) ? escalate(state, question) : refuse(state, "errors.staleButton");
}

/** Sends the question to the queue for a regulator or the compliance team; the runtime answers `escalated`. */
export function escalate(state: ConversationState, text: string): Turn {
  const filing = state.memory.filing;
  const submissionId = filing !== undefined && "submissionId" in filing ? filing.submissionId : undefined;
  const effect = { kind: "escalateQuestion" as const, text, lang: state.lang, ...(submissionId ? { submissionId } : {}) };
  return turn(state, [{ kind: "typing" }], [effect]);
}

/** The runtime queued the question: tell its id; the answer will come as a notification. */
export const onEscalated = (state: ConversationState, questionId: string): Turn =>
  turn(state, [say("questions.escalated", { id: questionId })]);

/** A person answered an escalated question: the answer comes into the founder's chat. */
export function onQuestionAnswered(state: ConversationState, n: Extract<Notification, { kind: "questionAnswered" }>): Turn {
  const lines: Utterance[] = [];
  if (n.question !== undefined) lines.push(say("questions.yourQuestion", { id: n.questionId, question: n.question }));
  lines.push(say(`questions.answered.${n.byRole}`, { id: n.questionId, answer: n.answer }));
  return turn(state, lines);
}

// --- Optional language model (issue 12).

/** Does this turn wait for the model's answer? Then whatever follows the answer is said with it (onModelAnswer). */
export const awaitsModelAnswer = (t: Turn): boolean => t.effects.some((e) => e.kind === "answerWithModel");

/** The entries an answer cites, each with its articles in `lang`, secondary ones marked as reported. */
function sourcesOf(entries: readonly KnowledgeEntry[], lang: Lang): string {
  const lines = entries.map((e) => {
    const mark = CONFIDENCE_MARK[e.confidence]?.[lang];
    return `${mark ? `${mark} ` : ""}${e.title[lang]}: ${e.citations.map((c) => formatCitation(c, lang)).join("; ")}`;
  });
  return `${SOURCES[lang]}:\n${lines.join("\n")}`;
}

/**
 * The model's answer to the question last asked, with the sources of the entries it cites, written by us from the
 * entries themselves and not by the model; a missing answer (the model failed, or its answer was discarded in
 * bot/llm/answerer.ts) or one naming an entry we do not have gets the offline answer. `then` follows the answer
 * (the assessment's open question, asked again).
 */
export function onModelAnswer(state: ConversationState, question: string, answer: { text: string; entryIds: string[] } | null, then: Utterance[]): Turn {
  const lang = detectLang(question);
  const entries = answer?.entryIds.map(entryById) ?? [];
  if (answer === null || entries.length === 0 || entries.some((e) => e === undefined)) {
    const offline = offlineAnswer(state, question);
    return { ...offline, say: [...offline.say, ...then] };
  }
  const person = [choice(personChoiceId(question), "questions.person")];
  const offer: Utterance = lang === state.lang ? ask("questions.followUp", person) : { kind: "ask", key: "questions.followUp", choices: person, lang };
  const params = { answer: answer.text, sources: sourcesOf(entries as KnowledgeEntry[], lang), disclaimer: DISCLAIMER[lang] };
  return turn(state, [say("llm.answer", params), offer, ...then]);
}
// --- end of the language model's answer.
