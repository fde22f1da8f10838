import { setTimeout as sleep } from "node:timers/promises";
import type { Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import { errorCode } from "../../runtime/errors.js";
import type { Log } from "../../runtime/log.js";
import { botApiCode, retryAfterMs } from "./bot-api-errors.js";

/** Seconds a getUpdates call waits for news: Telegram's longest long poll, so an idle bot costs one request a minute. */
const LONG_POLL_SECONDS = 50;

/**
 * The updates the adapter reads (bot.ts), by polling or webhook; Telegram filters out the rest, such as channel
 * posts. `my_chat_member` tells us a person blocked (or unblocked) the bot.
 */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/** Waits between failed getUpdates calls: doubling from `firstMs` up to `maxMs`, unless a 429 names its own. */
export type Backoff = { firstMs: number; maxMs: number };
export const DEFAULT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 30_000 };

/** Answers after which polling again cannot help: the token was revoked (401) or never named a bot (404). */
const FATAL = new Set(["telegram_401", "telegram_404"]);

/** The Telegram channel could not start, or stopped for good; `code` says why, for the log and the exit. */
export class TelegramChannelError extends Error {
  constructor(readonly code: string) {
    super(`telegram channel stopped: ${code}`);
    this.name = "TelegramChannelError";
  }
}

export type Polling = {
  /** Resolves when `stop()` ended polling; rejects with a `TelegramChannelError` when the channel died for good. */
  done: Promise<void>;
  /**
   * Ends polling once the batch in hand is handled. That batch is confirmed only by the next start's first
   * getUpdates, so Telegram sends it again then, and the runtime drops the repeats by their update ids.
   */
  stop(): Promise<void>;
};

/**
 * Our own getUpdates loop in place of telegraf's `launch()`. telegraf 4.16's loop rethrows a 409 (a second
 * instance polling, as in every deploy overlap) and reads `update_id` of a `null` entry, and either ends its
 * polling for good with nobody told (reliability review D3). Here a 409, a 429, a 5xx or a network failure is
 * logged and polled again after a back-off, a malformed entry is skipped and its batch still confirmed, and only
 * a token Telegram no longer accepts ends `done` with a rejection.
 */
export function startPolling(
  telegram: Telegram,
  deps: { handle: (update: Update) => Promise<void>; log: Log; backoff: Backoff },
): Polling {
  const { handle, log, backoff } = deps;
  const controller = new AbortController();
  // telegraf types the signal as the abort-controller shim's; node-fetch 2.7 beneath it takes Node's own (it
  // checks the constructor's name), so only the types differ.
  const abortSignal = controller.signal as unknown as NonNullable<Parameters<Telegram["callApi"]>[2]>["signal"];

  async function loop(): Promise<void> {
    // getUpdates confirms every update below its offset: Telegram forgets them and sends the next ones.
    let offset = 0;
    let failures = 0;
    while (!controller.signal.aborted) {
      let answer: unknown;
      try {
        answer = await telegram.callApi("getUpdates", { offset, timeout: LONG_POLL_SECONDS, allowed_updates: [...ALLOWED_UPDATES] }, { signal: abortSignal });
      } catch (error) {
        if (controller.signal.aborted) return;
        const code = botApiCode(error) ?? errorCode(error);
        if (FATAL.has(code)) throw new TelegramChannelError(code);
        failures++;
        const ms = retryAfterMs(error) ?? Math.min(backoff.maxMs, backoff.firstMs * 2 ** (failures - 1));
        log("warn", { event: code === "telegram_409" ? "telegram.polling_conflict" : "telegram.polling_failed", code, channel: "telegram", count: failures, ms });
        // stop() cuts the wait short; the loop's condition then ends it.
        await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
        continue;
      }
      if (failures > 0) log("info", { event: "telegram.polling_resumed", channel: "telegram", count: failures });
      failures = 0;
      // An answer that is not a list counts as one malformed entry, skipped like the others.
      const entries: unknown[] = Array.isArray(answer) ? answer : [answer];
      const updates = entries.filter(isUpdate);
      if (updates.length < entries.length) log("warn", { event: "telegram.update_malformed", channel: "telegram", count: entries.length - updates.length });
      for (const update of updates) offset = Math.max(offset, update.update_id + 1);
      await handleInChatOrder(updates);
    }
  }

  /**
   * One chat's updates one after another, in Telegram's order; chats side by side. Handing a whole batch to
   * telegraf at once let a button press overtake the message typed after it (reliability review D7).
   */
  async function handleInChatOrder(updates: Update[]): Promise<void> {
    const byChat = new Map<unknown, Update[]>();
    for (const update of updates) {
      const chat = chatOf(update) ?? `update:${update.update_id}`;
      byChat.set(chat, [...(byChat.get(chat) ?? []), update]);
    }
    await Promise.all(
      [...byChat.values()].map(async (inChat) => {
        for (const update of inChat) {
          // telegraf's handleUpdate reports a handler's failure to bot.catch; this catches what escapes even that.
          await handle(update).catch((error: unknown) => log("error", { event: "telegram.update_failed", code: errorCode(error), channel: "telegram" }));
        }
      }),
    );
  }

  const done = loop().catch((error: unknown) => {
    const code = error instanceof TelegramChannelError ? error.code : errorCode(error);
    log("error", { event: "telegram.polling_stopped", code, channel: "telegram" });
    throw error instanceof TelegramChannelError ? error : new TelegramChannelError(code);
  });

  return {
    done,
    async stop() {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}

/** An entry with an update id is an update; its fields are checked by the handlers that read them. */
export function isUpdate(entry: unknown): entry is Update {
  return typeof entry === "object" && entry !== null && Number.isSafeInteger((entry as { update_id?: unknown }).update_id);
}

/** The chat an update is about, read defensively: the entry has not been validated beyond its update id. */
function chatOf(update: Update): unknown {
  const fields = update as unknown as Record<string, { chat?: { id?: unknown }; message?: { chat?: { id?: unknown } } } | null | undefined>;
  return fields.message?.chat?.id ?? fields.edited_message?.chat?.id ?? fields.callback_query?.message?.chat?.id;
}
