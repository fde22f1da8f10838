import { TelegramError } from "telegraf";
import { DeliveryRefused } from "../../runtime/channel.js";

/**
 * A log code for a failed Bot API call: "telegram_<error_code>" for an answer of the Bot API (a 5xx from its
 * gateway included), "telegram_network" when it could not be reached; undefined for anything else (a bug).
 */
export function botApiCode(error: unknown): string | undefined {
  if (error instanceof TelegramError) return `telegram_${error.code}`;
  // node-fetch, under telegraf, names every transport failure so: refused, reset, timed out, a body that is not JSON.
  if (error instanceof Error && error.name === "FetchError") return "telegram_network";
  return undefined;
}

/** How long a 429 asked us to wait. */
export function retryAfterMs(error: unknown): number | undefined {
  const seconds = error instanceof TelegramError ? error.parameters?.retry_after : undefined;
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * A failed send as the runtime's `DeliveryRefused`. 403 is a person who blocked the bot (or a group that removed
 * it); a 400 is Telegram rejecting the request as it stands, "chat not found" above all, so neither can succeed
 * on a retry. Anything that is not a Bot API failure is passed on as it is, which the runtime reads as transient.
 */
export function refusalOf(error: unknown): unknown {
  const code = botApiCode(error);
  if (code === undefined) return error;
  if (error instanceof TelegramError && (error.code === 403 || error.code === 400)) return new DeliveryRefused({ code, permanent: true });
  const wait = retryAfterMs(error);
  return new DeliveryRefused({ code, ...(wait !== undefined && { retryAfterMs: wait }) });
}
