import { BenchBotApi, type Button, type Sent } from "./bot-api.js";

/**
 * Simulated founders on the bench's fake Bot API. Each waits for its reply before sending its next update.
 *
 * "Reply" (as in the performance review's harness): the product now sends a turn's messages from its delivery
 * loop after the turn commits (bot/runtime/courier.ts), and a turn's reply is the message that carries the next
 * question's inline keyboard; a traced founder gets exactly one such message per turn. Where a turn sends no
 * keyboard at all, the reply is the first sendMessage after the update: the founder then waits `FALLBACK_MS` of
 * quiet to be sure, and the latency counts to that first message.
 */
const FALLBACK_MS = 400;

/** One update of a founder's conversation, replayable by the echo bot's founders. */
export type PlanStep = { kind: "text"; text: string } | { kind: "press" };

export type Turn = {
  /** The founder queued the update at the fake (ms, performance.now()). */
  queuedAt: number;
  /** A getUpdates answer first carried it. */
  servedAt: number;
  repliedAt: number;
  /** No keyboard came: the first sendMessage counted as the reply. */
  fallback: boolean;
};

export type FounderRun = { chatId: number; plan: PlanStep[]; turns: Turn[]; done: boolean; error?: string };

type Waiter = { first?: Sent; timer?: NodeJS.Timeout; resolve: (r: { message: Sent; fallback: boolean }) => void };

/** Routes the fake's messages to the founder waiting in that chat; messages nobody waits for are only counted. */
export class Inbox {
  private readonly waiters = new Map<string, Waiter>();
  /** Messages to chats no founder was waiting in (notifications to seeded chats, a flood's notices), per chat id. */
  readonly unclaimed = new Map<string, number>();

  constructor(readonly api: BenchBotApi) {
    api.onSent = (m) => this.deliver(m);
  }

  private deliver(m: Sent): void {
    if (m.method !== "sendMessage") return;
    const w = this.waiters.get(m.chatId);
    if (!w) {
      this.unclaimed.set(m.chatId, (this.unclaimed.get(m.chatId) ?? 0) + 1);
      return;
    }
    if (m.buttons.length > 0) {
      this.waiters.delete(m.chatId);
      clearTimeout(w.timer);
      w.resolve({ message: m, fallback: false });
      return;
    }
    if (w.first === undefined) {
      w.first = m;
      w.timer = setTimeout(() => {
        this.waiters.delete(m.chatId);
        w.resolve({ message: m, fallback: true });
      }, FALLBACK_MS);
    }
  }

  /** Pushes `update` from `chatId` and resolves with its reply and the turn's times; rejects after `timeoutMs`. */
  async turn(chatId: number, update: Record<string, unknown>, timeoutMs: number): Promise<{ message: Sent; turn: Turn }> {
    const key = String(chatId);
    if (this.waiters.has(key)) throw new Error(`chat ${chatId} already waits for a reply`);
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<{ message: Sent; fallback: boolean }>((resolve, reject) => {
      this.waiters.set(key, { resolve });
      timer = setTimeout(() => {
        const w = this.waiters.get(key);
        this.waiters.delete(key);
        clearTimeout(w?.timer);
        reject(new Error(`no reply in chat ${chatId} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    const [id] = this.api.push(update);
    try {
      const { message, fallback } = await replied;
      const queuedAt = this.api.queuedAt.get(id!) ?? Number.NaN;
      return { message, turn: { queuedAt, servedAt: this.api.servedAt.get(id!) ?? queuedAt, repliedAt: message.at, fallback } };
    } finally {
      clearTimeout(timer);
    }
  }
}

let messageSeq = 1;
const person = (chatId: number) => ({ id: chatId, is_bot: false, first_name: "Founder", language_code: "en" });

export function textUpdate(chatId: number, text: string): Record<string, unknown> {
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/, 1)[0]!.length }] : undefined;
  return { message: { message_id: messageSeq++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, from: person(chatId), text, ...(entities && { entities }) } };
}

/** A press of a button with `data` on message `messageId` (the message the bot sent it on). */
export function pressUpdate(chatId: number, data: string, messageId: number): Record<string, unknown> {
  return {
    callback_query: {
      id: `cb${messageSeq++}`,
      from: person(chatId),
      chat_instance: `ci${chatId}`,
      data,
      message: { message_id: messageId, date: 0, chat: { id: chatId, type: "private" }, text: "…" },
    },
  };
}

const find = (buttons: readonly Button[], label: RegExp) => buttons.find((b) => label.test(b.text));
const isResult = (m: Sent) => /Want more detail/.test(m.text) || find(m.buttons, /^(Everything|Draft the dossier)$/) !== undefined;

/**
 * A founder completing an assessment on the product: /start, English, the description, "Yes, all correct", then
 * "None of these" / "No" (else "I don't know") until the result menu.
 */
export async function productFounder(inbox: Inbox, chatId: number, description: string, timeoutMs: number): Promise<FounderRun> {
  const run: FounderRun = { chatId, plan: [], turns: [], done: false };
  const send = async (update: Record<string, unknown>, step: PlanStep) => {
    run.plan.push(step);
    const { message, turn } = await inbox.turn(chatId, update, timeoutMs);
    run.turns.push(turn);
    return message;
  };
  try {
    let reply = await send(textUpdate(chatId, "/start"), { kind: "text", text: "/start" });
    let described = false;
    for (let i = 0; i < 30; i++) {
      if (isResult(reply)) {
        run.done = true;
        return run;
      }
      const english = find(reply.buttons, /English/);
      if (english) {
        reply = await send(pressUpdate(chatId, english.callback_data, reply.messageId), { kind: "press" });
        continue;
      }
      if (!described) {
        described = true;
        reply = await send(textUpdate(chatId, description), { kind: "text", text: description });
        continue;
      }
      const pick = find(reply.buttons, /^(Yes, all correct|None of these|No)\b/) ?? find(reply.buttons, /I don't know/);
      if (!pick) throw new Error(`no answer among: ${reply.buttons.map((b) => b.text).join(" | ")}`);
      reply = await send(pressUpdate(chatId, pick.callback_data, reply.messageId), { kind: "press" });
    }
    throw new Error("no result after 30 updates");
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
    return run;
  }
}

/** A founder on the echo bot replaying a product founder's plan: the same updates, in the same order. */
export async function echoFounder(inbox: Inbox, chatId: number, plan: readonly PlanStep[], timeoutMs: number): Promise<FounderRun> {
  const run: FounderRun = { chatId, plan: [...plan], turns: [], done: false };
  try {
    let data = "ok";
    let on = 0;
    for (const step of plan) {
      const update = step.kind === "text" ? textUpdate(chatId, step.text) : pressUpdate(chatId, data, on);
      const { message, turn } = await inbox.turn(chatId, update, timeoutMs);
      data = message.buttons[0]?.callback_data ?? data;
      on = message.messageId;
      run.turns.push(turn);
    }
    run.done = true;
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  }
  return run;
}
