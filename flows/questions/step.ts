import { ask as askKnowledge } from "../../knowledge/ask/index.js";
import { detectLang } from "../../knowledge/text/detect-lang.js";
import type { ConversationState } from "../state.js";
import { ask, choice, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { Notification, Utterance } from "../types.js";

/**
 * A question for the knowledge base (/ask, or free text where no answer is expected): the answer, which
 * carries its own citations, secondary marks and disclaimer, then the offer of a person. It is searched and
 * answered in the language the question is written in: bilingual founders often ask in Russian from a
 * Kazakh chat, and a Kazakh index cannot find a Russian question. The offer under the answer is in that
 * language too, or the founder reads one reply in two languages. When the knowledge base is not sure, the
 * offer of a person is the point of the reply.
 */
export function answerKnowledgeQuestion(state: ConversationState, text: string): Turn {
  const lang = detectLang(text);
  const result = askKnowledge(text, lang);
  const asked = remember(state, { lastQuestion: text });
  const person = [choice(personChoiceId(text), "questions.person")];
  const key = result.escalate ? "questions.notSure" : "questions.followUp";
  const offer: Utterance = lang === state.lang ? ask(key, person) : { kind: "ask", key, choices: person, lang };
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
