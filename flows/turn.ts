import type { ConversationState, Memory, At } from "./state.js";
import type { Choice, Effect, Params, Utterance } from "./types.js";

/** What a sub-flow returns; flows/conversation.ts stamps its questions and hands it out as a `Step`. */
export type Turn = { state: ConversationState; say: Utterance[]; effects: Effect[] };

/** Small builders, so sub-flows read as what they say and where they go. */
export const turn = (state: ConversationState, say: Utterance[] = [], effects: Effect[] = []): Turn => ({ state, say, effects });

export const say = (key: string, params?: Params): Utterance => (params ? { kind: "say", key, params } : { kind: "say", key });

export const ask = (key: string, choices: Choice[], params?: Params): Utterance =>
  params ? { kind: "ask", key, params, choices } : { kind: "ask", key, choices };

export const choice = (id: string, key: string, params?: Params): Choice => (params ? { id, key, params } : { id, key });

/** A refusal: one error line, and nothing changes. */
export const refuse = (state: ConversationState, key: string, params?: Params): Turn => turn(state, [say(key, params)]);

export const moveTo = (state: ConversationState, at: At): ConversationState => ({ ...state, at });

export const remember = (state: ConversationState, patch: Partial<Memory>): ConversationState => ({
  ...state,
  memory: { ...state.memory, ...patch },
});

/** Drops a memory slot (an assessment in progress that was cancelled, a filing that completed). */
export function forgetSlot(state: ConversationState, slot: keyof Memory): ConversationState {
  const memory = { ...state.memory };
  delete memory[slot];
  return { ...state, memory };
}
