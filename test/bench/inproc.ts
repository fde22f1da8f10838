import { performance } from "node:perf_hooks";
import type { Inbound, Outbound } from "../../bot/runtime/channel.js";
import { createRuntime, type Runtime } from "../../bot/runtime/dispatch.js";
import { createTranslator, type Translate } from "../../bot/runtime/i18n.js";
import type { Log } from "../../bot/runtime/log.js";
import { choiceLabel } from "../../bot/runtime/render-text.js";
import type { Database } from "../../bot/storage/db.js";
import type { Choice } from "../../flows/types.js";

/** How long a turn with no question in it waits for more before its first message counts as the reply. */
const FALLBACK_MS = 300;

export type InProcTurn = { out: Outbound; ms: number };

/**
 * The product's terminal-independent runtime (bot/runtime/dispatch.ts) in this process, on a real file, with a
 * recording sender for every channel. A turn's reply is defined as on Telegram (test/bench/founders.ts): the
 * outbound that carries a question (the next keyboard), else the first outbound after the event; its latency
 * runs from the dispatch call to the moment the delivery loop hands it to the sender.
 */
export class InProc {
  readonly runtime: Runtime;
  readonly t: Translate = createTranslator();
  errors = 0;
  private readonly waiters = new Map<string, { first?: Outbound; timer?: NodeJS.Timeout; resolve: (o: Outbound, at: number) => void; anyReply: boolean }>();
  private update = 0;

  constructor(readonly db: Database, staff?: { reviewers: readonly string[]; regulators: readonly string[] }) {
    const log: Log = (level) => {
      if (level === "error") this.errors++;
    };
    this.runtime = createRuntime({ db, log, translate: this.t, defaultLanguage: "en", ...(staff && { staff }) });
    for (const channel of ["telegram", "slack", "console"] as const) this.runtime.setSender(channel, async (out) => this.received(out));
  }

  private received(out: Outbound): void {
    const at = performance.now();
    const w = this.waiters.get(out.chatKey);
    if (!w) return;
    if (w.anyReply || out.replies.some((r) => r.kind === "ask")) {
      this.waiters.delete(out.chatKey);
      clearTimeout(w.timer);
      w.resolve(out, at);
    } else if (w.first === undefined) {
      w.first = out;
      w.timer = setTimeout(() => {
        this.waiters.delete(out.chatKey);
        w.resolve(out, at);
      }, FALLBACK_MS);
    }
  }

  /**
   * Dispatches one event from `chatKey` and resolves with its reply; rejects after `timeoutMs`. `anyReply`: the
   * first outbound is the reply, with no wait for a question (a reviewer's /queue, run back to back).
   */
  async turn(chatKey: string, userKey: string, event: Inbound["event"], options: { timeoutMs?: number; anyReply?: boolean } = {}): Promise<InProcTurn> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<{ out: Outbound; at: number }>((resolve, reject) => {
      this.waiters.set(chatKey, { resolve: (out, at) => resolve({ out, at }), anyReply: options.anyReply === true });
      timer = setTimeout(() => {
        this.waiters.delete(chatKey);
        reject(new Error(`no reply in ${chatKey} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    const channel = chatKey.slice(0, chatKey.indexOf(":")) as Inbound["channel"];
    try {
      await this.runtime.dispatch({ channel, chatKey, userKey, platformLocale: "en", updateId: `bench-${++this.update}`, event });
      const { out, at } = await replied;
      return { out, ms: at - start };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The choices of the outbound's questions with their labels as a person reads them. */
  choices(out: Outbound): { choice: Choice; stamp: number; label: string }[] {
    return out.replies.flatMap((r) => (r.kind === "ask" ? r.choices.map((choice) => ({ choice, stamp: r.stamp, label: choiceLabel(this.t, r.lang ?? out.lang, choice) })) : []));
  }

  text(out: Outbound): string {
    return out.replies.map((r) => (r.kind === "ask" ? this.t(r.lang ?? out.lang, r.key, r.params) : r.kind === "say" ? this.t(out.lang, r.key, r.params) : "")).join("\n");
  }

  /** Presses the first choice whose label matches one of `labels` (in order of preference). */
  async press(chatKey: string, userKey: string, out: Outbound, labels: readonly RegExp[]): Promise<InProcTurn | null> {
    const choices = this.choices(out);
    for (const label of labels) {
      const hit = choices.find((c) => label.test(c.label));
      if (hit) return this.turn(chatKey, userKey, { type: "choice", choiceId: hit.choice.id, stamp: hit.stamp });
    }
    return null;
  }

  /** Stops the runtime and waits for what it has in flight, so the database can be closed after it. */
  async stop(): Promise<void> {
    await this.runtime.stop();
  }
}

const isResult = (p: InProc, out: Outbound) =>
  /Want more detail/.test(p.text(out)) || p.choices(out).some((c) => /^(Everything|Draft the dossier)$/.test(c.label));

/**
 * The Telegram founders' script run in-process (test/bench/founders.ts): /start, English, the description, then
 * "Yes, all correct" / "None of these" / "No" (else "I don't know") until the result. Returns each turn's latency.
 */
export async function inProcFounder(p: InProc, id: number, description: string): Promise<{ latencies: number[]; chatKey: string }> {
  const chatKey = `telegram:${id}`;
  const userKey = String(id);
  const latencies: number[] = [];
  let turn = await p.turn(chatKey, userKey, { type: "text", text: "/start" });
  latencies.push(turn.ms);
  let described = false;
  for (let i = 0; i < 30; i++) {
    if (isResult(p, turn.out)) return { latencies, chatKey };
    const english = await p.press(chatKey, userKey, turn.out, [/English/]);
    let next = english;
    if (next === null && !described) {
      described = true;
      next = await p.turn(chatKey, userKey, { type: "text", text: description });
    }
    next ??= await p.press(chatKey, userKey, turn.out, [/^(Yes, all correct|None of these|No)\b/, /I don't know/]);
    if (next === null) throw new Error(`in-process founder ${id}: no answer among ${p.choices(turn.out).map((c) => c.label).join(" | ")}`);
    turn = next;
    latencies.push(turn.ms);
  }
  throw new Error(`in-process founder ${id}: no result after 30 turns`);
}
