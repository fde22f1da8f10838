import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseConversation, startConversation, step } from "../../flows/conversation.js";
import type { ConversationState } from "../../flows/state.js";
import {
  Effect, FlowEvent, type ActorRole, type AskReply, type FlowEnv, type FlowEventInput, type Params, type Reply, type Step,
} from "../../flows/types.js";
import type { IsoDate } from "../../knowledge/estimate/types.js";
import { LANGS, type Lang } from "../../knowledge/types.js";
import { KB_VERSION } from "../../knowledge/version.js";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") into.set(`${prefix}.${key}`, value);
    else flatten(value, `${prefix}.${key}`, into);
  }
}

const LOCALES_DIR = resolve(import.meta.dirname, "..", "..", "locales");

/** Every locale text by "<file>.<path>" key, per language, read once. */
function loadLocale(lang: Lang): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith(".json"))) {
    flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), "utf8")) as Tree, file.slice(0, -5), all);
  }
  return all;
}

export const LOCALES: Record<Lang, ReadonlyMap<string, string>> = { kk: loadLocale("kk"), ru: loadLocale("ru"), en: loadLocale("en") };

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);

/** The text a user would read, the way i18next fills it (no escaping). */
export function render(lang: Lang, key: string, params: Params = {}): string {
  const text = LOCALES[lang].get(key);
  assert.ok(text !== undefined, `missing locale key ${lang}:${key}`);
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => String(params[name]));
}

/** A key the flows name must exist in all three languages, and every placeholder in it must be given. */
function checkKey(key: string, params: Params = {}): void {
  for (const lang of LANGS) {
    const text = LOCALES[lang].get(key);
    assert.ok(text !== undefined, `missing locale key ${lang}:${key}`);
    for (const name of placeholders(text)) assert.ok(name in params, `${lang}:${key} needs {{${name}}}, got ${JSON.stringify(params)}`);
  }
}

function checkReply(reply: Reply): void {
  if (reply.kind === "say" || reply.kind === "ask") checkKey(reply.key, reply.params);
  if (reply.kind === "ask") {
    assert.ok(reply.choices.length > 0, `${reply.key} asks with no choices`);
    for (const c of reply.choices) checkKey(c.key, c.params);
    assert.equal(new Set(reply.choices.map((c) => c.id)).size, reply.choices.length, `${reply.key} repeats a choice id`);
  }
}

export type ChatOptions = { platformLocale?: Lang; role?: ActorRole; today?: IsoDate; switchableRoles?: readonly ActorRole[] };

/**
 * A conversation driven event by event with no bot, database or network. Every turn the state goes through
 * JSON and `parseConversation`, as storage would hand it back; every reply key is checked in all three
 * languages, and every effect and event against its schema.
 */
export class Chat {
  state: ConversationState;
  env: FlowEnv;
  readonly turns: Step<ConversationState>[] = [];

  private constructor(state: ConversationState, env: FlowEnv) {
    this.state = state;
    this.env = env;
  }

  static env(options: ChatOptions = {}): FlowEnv {
    const today = options.today ?? "2026-03-02";
    return {
      now: new Date(`${today}T09:00:00+05:00`),
      today,
      kbVersion: KB_VERSION.id,
      role: options.role ?? "founder",
      ...(options.platformLocale ? { platformLocale: options.platformLocale } : {}),
      ...(options.switchableRoles ? { switchableRoles: options.switchableRoles } : {}),
    };
  }

  /** A first contact: the language screen. */
  static start(options: ChatOptions = {}): Chat {
    const env = Chat.env(options);
    const first = startConversation(env);
    const chat = new Chat(first.state, env);
    chat.record(first);
    return chat;
  }

  /** A conversation picked up from its stored JSON, as after a restart. */
  static resume(stored: string, options: ChatOptions = {}): Chat {
    const parsed = parseConversation(JSON.parse(stored));
    assert.ok(parsed.ok, "a stored state parses");
    return new Chat(parsed.value, Chat.env(options));
  }

  private record(s: Step<ConversationState>): void {
    s.replies.forEach(checkReply);
    for (const e of s.effects) {
      const stored: unknown = JSON.parse(JSON.stringify(e));
      assert.deepEqual(Effect.parse(stored), stored, `effect ${e.kind} survives JSON and its schema`);
    }
    this.turns.push(s);
  }

  send(event: FlowEventInput): this {
    const parsedEvent = FlowEvent.parse(event);
    const stored = parseConversation(JSON.parse(JSON.stringify(this.state)));
    assert.ok(stored.ok, `state parses before ${parsedEvent.type}: ${stored.ok ? "" : stored.detail}`);
    const s = step(stored.value, parsedEvent, this.env);
    this.record(s);
    this.state = s.state;
    return this;
  }

  text(text: string): this {
    return this.send({ type: "text", text });
  }

  command(name: string, args = ""): this {
    return this.send({ type: "command", name, args });
  }

  /** Presses a button the user can see: the latest question offering it, with that question's stamp. */
  choose(choiceId: string): this {
    for (const t of [...this.turns].reverse()) {
      const asking = t.replies.filter((r): r is AskReply => r.kind === "ask" && r.choices.some((c) => c.id === choiceId)).at(-1);
      if (asking) return this.send({ type: "choice", choiceId, stamp: asking.stamp });
    }
    assert.fail(`no question offers ${choiceId}; last replies: ${this.keys().join(", ")}`);
  }

  as(role: ActorRole): this {
    this.env = { ...this.env, role };
    return this;
  }

  get last(): Step<ConversationState> {
    const last = this.turns.at(-1);
    assert.ok(last, "nothing happened yet");
    return last;
  }

  keys(): string[] {
    return this.last.replies.flatMap((r) => (r.kind === "say" || r.kind === "ask" ? [r.key] : []));
  }

  reply(key: string): Extract<Reply, { kind: "say" | "ask" }> | undefined {
    return this.last.replies.find((r): r is Extract<Reply, { kind: "say" | "ask" }> => (r.kind === "say" || r.kind === "ask") && r.key === key);
  }

  /** The last turn said `key` (with at least these params, when given). */
  expect(key: string, params?: Params): this {
    const found = this.last.replies.filter((r) => (r.kind === "say" || r.kind === "ask") && r.key === key);
    assert.ok(found.length > 0, `expected ${key}; got ${this.keys().join(", ")}`);
    if (params) {
      const matches = found.some((r) => r.kind !== "typing" && r.kind !== "document" && Object.entries(params).every(([k, v]) => r.params?.[k] === v));
      assert.ok(matches, `expected ${key} with ${JSON.stringify(params)}; got ${JSON.stringify(found)}`);
    }
    return this;
  }

  expectNot(key: string): this {
    assert.ok(!this.keys().includes(key), `did not expect ${key}`);
    return this;
  }

  /** The last turn's effects of one kind. */
  effects<K extends Effect["kind"]>(kind: K): Extract<Effect, { kind: K }>[] {
    return this.last.effects.filter((e): e is Extract<Effect, { kind: K }> => e.kind === kind);
  }

  /** The current question's options, as choice ids (a:<option>), when a question is open. */
  offered(): string[] {
    const ask = this.last.replies.filter((r): r is AskReply => r.kind === "ask").at(-1);
    return ask ? ask.choices.map((c) => c.id) : [];
  }

  /** The last turn as the user reads it, in the conversation's language. */
  read(): string[] {
    return this.last.replies.flatMap((r) => {
      if (r.kind === "say") return [render(this.state.lang, r.key, r.params)];
      if (r.kind === "ask") return [render(this.state.lang, r.key, r.params), ...r.choices.map((c) => `  [${render(this.state.lang, c.key, c.params)}]`)];
      return [];
    });
  }
}
