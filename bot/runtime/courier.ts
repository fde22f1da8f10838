import type { Database } from "../storage/db.js";
import { type Delivery, type Older, dueChats, markDelivered, markPartSent, markRetry, nextRetryAt, oldestFor } from "../storage/deliveries.js";
import { DeliveryRefused, type Sender } from "./channel.js";
import { errorCode } from "./errors.js";
import { type Log, hashChatKey } from "./log.js";

export type Courier = {
  /** Something may be due: look, and start workers for the chats that have it. Never waits for them. */
  kick(): void;
  /**
   * A turn committed `delivery`, with `older` of its chat before it: when none waits, or only the one being sent
   * now, it goes next without being looked up again; otherwise the database is scanned as after `kick`. Call only
   * after the commit (nothing is sent before its turn is durable).
   */
  hand(delivery: Delivery, older: Older): void;
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
  const channelOf = (chatKey: string) => chatKey.slice(0, chatKey.indexOf(":"));
  /**
   * Deliveries turns handed over after their commit, per chat. At most one: a second is handed only while the
   * first is the one in flight, and by then the first has left this map.
   */
  const handed = new Map<string, Delivery>();
  /** The row each chat's worker is sending. */
  const inFlight = new Map<string, number>();
  /** Chats whose worker must look in the database once more when it ends: a row came that was not handed. */
  const recheck = new Set<string>();
  /** Chats with something to send (handed, or a recheck) waiting for a free worker, oldest first. */
  const ready: string[] = [];
  /**
   * Set when the database may hold due work for chats no worker is on (a kick, a retry, a scan that stopped at
   * the concurrency limit): a finishing worker then scans again. Otherwise a handed delivery costs no look-up.
   */
  let backlog = true;

  /**
   * Sends the chat's handed delivery, or else its oldest due one, then gives the worker back: the chat's next one
   * waits behind the chats already waiting, so a chat that keeps producing replies cannot starve the others.
   */
  async function work(chatKey: string): Promise<void> {
    const given = handed.get(chatKey);
    handed.delete(chatKey);
    const row = given ?? (await oldestFor(db, chatKey));
    if (row === null || !isDue(row.nextAttemptAt) || stopped) return;
    const sender = senders.get(channelOf(chatKey));
    if (!sender) return;
    inFlight.set(chatKey, row.id);
    let gone = false;
    try {
      gone = await attempt(row, sender);
    } finally {
      inFlight.delete(chatKey);
      // A scan may have read the row from the database just before its turn handed it: never send it twice. And
      // a row that stays (for its retry) keeps the chat's later ones behind it: those wait for a scan.
      if (handed.get(chatKey)?.id === row.id || !gone) handed.delete(chatKey);
      // A row read from the database may have later ones behind it that nobody handed (a retry's, a restart's).
      if (given === undefined && gone) recheck.add(chatKey);
    }
  }

  /** One try at the row; true when it left the database (sent, or dropped for good). */
  async function attempt(row: Delivery, sender: Sender): Promise<boolean> {
    const { chatKey } = row;
    try {
      await sender(
        { chatKey, lang: row.lang, replies: row.replies },
        { skip: row.sentParts, accepted: (index, messageId) => markPartSent(db, row.id, index, messageId) },
      );
      await markDelivered(db, row.id);
      return true;
    } catch (error) {
      const refusal = error instanceof DeliveryRefused ? error.refusal : { code: errorCode(error) };
      const fields = { code: refusal.code, chatKeyHash: hashChatKey(chatKey), count: row.attempts + 1 };
      if (refusal.permanent) {
        log("warn", { event: "deliver.dropped", ...fields });
        await markDelivered(db, row.id);
        return true;
      }
      const wait = refusal.retryAfterMs ?? backoff(row.attempts);
      log("warn", { event: "deliver.retry", ...fields, ms: wait });
      await markRetry(db, row.id, new Date(clock().getTime() + wait).toISOString(), refusal.code);
      // The retry's timer is armed by the next scan.
      backlog = true;
      return false;
    }
  }

  function start(chatKey: string): Promise<void> {
    const running = working.get(chatKey);
    if (running) return running;
    const job = work(chatKey)
      .catch((error: unknown) => {
        log("error", { event: "deliver.failed", code: errorCode(error), chatKeyHash: hashChatKey(chatKey) });
        backlog = true;
      })
      .finally(() => {
        working.delete(chatKey);
        // Behind the chats already waiting, so a chat that keeps producing replies cannot starve the others.
        if (handed.has(chatKey) || recheck.delete(chatKey)) ready.push(chatKey);
        drain();
        if (backlog) kick();
      });
    working.set(chatKey, job);
    return job;
  }

  /** Starts waiting chats while workers are free. */
  function drain(): void {
    while (!stopped && ready.length > 0 && working.size < concurrency) void start(ready.shift()!);
  }

  function hand(delivery: Delivery, older: Older): void {
    const { chatKey } = delivery;
    if (stopped) return;
    if (!senders.has(channelOf(chatKey))) return kick();
    const next = older.count === 0 || (older.count === 1 && older.first === inFlight.get(chatKey));
    if (!next) {
      // Rows of this chat wait before it: its worker, when there is one, reads them in order when it ends.
      if (working.has(chatKey)) recheck.add(chatKey);
      else kick();
      return;
    }
    handed.set(chatKey, delivery);
    if (working.has(chatKey)) return;
    ready.push(chatKey);
    drain();
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
      backlog = false;
      for (const chatKey of await dueChats(db, channels(), clock().toISOString())) {
        if (working.has(chatKey)) {
          // Its worker is on an older row or just ending: it looks again once it is done.
          recheck.add(chatKey);
          continue;
        }
        if (working.size >= concurrency) {
          backlog = true;
          break;
        }
        void start(chatKey);
      }
      await arm();
    } while (scanAgain);
  }

  function kick(): void {
    if (stopped) return;
    backlog = true;
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
    hand,
    settled: (chatKey) => (chatKey === undefined ? settledAll() : settledChat(chatKey)),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await scanning;
      await Promise.all(working.values());
    },
  };
}
