import type { Database } from "../storage/db.js";
import { dueChats, markDelivered, markPartSent, markRetry, nextRetryAt, oldestFor } from "../storage/deliveries.js";
import { DeliveryRefused, type Sender } from "./channel.js";
import { errorCode } from "./errors.js";
import { type Log, hashChatKey } from "./log.js";

export type Courier = {
  /** Something may be due: look, and start workers for the chats that have it. Never waits for them. */
  kick(): void;
  /** Resolves once nothing is due any more for `chatKey` (or for any chat), sent or waiting for its retry. */
  settled(chatKey?: string): Promise<void>;
  /** Starts nothing more, and resolves once the sends in flight have ended (so the database can close). */
  stop(): Promise<void>;
};

export type CourierDeps = {
  db: Database;
  log: Log;
  clock: () => Date;
  senders: ReadonlyMap<string, Sender>;
  /** How long to wait before the attempt after `attempts` failed ones, when the platform gave no retry_after. */
  backoffMs?: (attempts: number) => number;
  /** Chats sent to at once; a slow chat holds one worker, never the others. */
  concurrency?: number;
};

/** 1 s, 2 s, 4 s … up to 5 minutes: a platform that is down gets fewer calls, and a short blip costs a second. */
const defaultBackoff = (attempts: number): number => Math.min(1_000 * 2 ** attempts, 300_000);

/**
 * Delivers what turns owe their chats (bot/storage/deliveries.ts), on its own: one worker per chat, in the order
 * the turns committed, several chats at once. A refused send waits for its retry (the platform's retry_after,
 * or a backoff) and keeps the chat's later messages behind it; a permanent refusal (blocked bot, gone chat) is
 * dropped and logged. Rows survive restarts, so a committed turn is answered after a crash; messages the
 * platform accepted are recorded one by one, so a retry never repeats them, and a crash in between repeats at
 * most the one message whose acceptance was not yet recorded.
 */
export function createCourier(deps: CourierDeps): Courier {
  const { db, log, clock, senders } = deps;
  const backoff = deps.backoffMs ?? defaultBackoff;
  const concurrency = deps.concurrency ?? 64;
  const working = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let scanning: Promise<void> | undefined;
  let scanAgain = false;
  let stopped = false;

  const channels = () => [...senders.keys()];
  const isDue = (at: string) => at <= clock().toISOString();

  /**
   * Sends the chat's oldest due delivery, then gives the worker back: the chat's next one waits for the next
   * scan, which takes chats oldest-first, so a chat that keeps producing replies cannot starve the others.
   */
  async function work(chatKey: string): Promise<void> {
    const row = await oldestFor(db, chatKey);
    if (row === null || !isDue(row.nextAttemptAt) || stopped) return;
    const sender = senders.get(chatKey.slice(0, chatKey.indexOf(":")));
    if (!sender) return;
    try {
      await sender(
        { chatKey, lang: row.lang, replies: row.replies },
        { skip: row.sentParts, accepted: (index, messageId) => markPartSent(db, row.id, index, messageId) },
      );
      await markDelivered(db, row.id);
    } catch (error) {
      const refusal = error instanceof DeliveryRefused ? error.refusal : { code: errorCode(error) };
      const fields = { code: refusal.code, chatKeyHash: hashChatKey(chatKey), count: row.attempts + 1 };
      if (refusal.permanent) {
        log("warn", { event: "deliver.dropped", ...fields });
        await markDelivered(db, row.id);
        return;
      }
      const wait = refusal.retryAfterMs ?? backoff(row.attempts);
      log("warn", { event: "deliver.retry", ...fields, ms: wait });
      await markRetry(db, row.id, new Date(clock().getTime() + wait).toISOString(), refusal.code);
    }
  }

  function start(chatKey: string): Promise<void> {
    const running = working.get(chatKey);
    if (running) return running;
    const job = work(chatKey)
      .catch((error: unknown) => log("error", { event: "deliver.failed", code: errorCode(error), chatKeyHash: hashChatKey(chatKey) }))
      .finally(() => {
        working.delete(chatKey);
        kick();
      });
    working.set(chatKey, job);
    return job;
  }

  /** The earliest retry wakes the courier; the timer never keeps the process alive. */
  async function arm(): Promise<void> {
    const at = await nextRetryAt(db, channels());
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (at === null || stopped) return;
    const wait = Math.max(new Date(at).getTime() - clock().getTime(), 50);
    timer = setTimeout(kick, wait);
    timer.unref();
  }

  async function scan(): Promise<void> {
    do {
      scanAgain = false;
      for (const chatKey of await dueChats(db, channels(), clock().toISOString())) {
        if (working.size >= concurrency) break;
        void start(chatKey);
      }
      await arm();
    } while (scanAgain);
  }

  function kick(): void {
    if (stopped) return;
    if (scanning) {
      scanAgain = true;
      return;
    }
    scanning = scan()
      .catch((error: unknown) => log("error", { event: "deliver.scan_failed", code: errorCode(error) }))
      .finally(() => {
        scanning = undefined;
      });
  }

  async function settledChat(chatKey: string): Promise<void> {
    while (!stopped) {
      const running = working.get(chatKey);
      if (running) {
        await running;
        continue;
      }
      const row = await oldestFor(db, chatKey);
      if (row === null || !isDue(row.nextAttemptAt) || !senders.has(chatKey.slice(0, chatKey.indexOf(":")))) return;
      await start(chatKey);
    }
  }

  async function settledAll(): Promise<void> {
    while (!stopped) {
      if (scanning) await scanning;
      const due = (await dueChats(db, channels(), clock().toISOString())).filter((c) => !working.has(c));
      if (working.size === 0 && due.length === 0) return;
      await Promise.all([...working.values(), ...due.map(start)]);
    }
  }

  return {
    kick,
    settled: (chatKey) => (chatKey === undefined ? settledAll() : settledChat(chatKey)),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await scanning;
      await Promise.all(working.values());
    },
  };
}
