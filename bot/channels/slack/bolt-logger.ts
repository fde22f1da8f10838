import { type Logger, LogLevel } from "@slack/bolt";
import { errorCode } from "../../runtime/errors.js";
import type { Log } from "../../runtime/log.js";

const SEVERITY: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/**
 * Bolt and its WebClient log sentences, and the sentences quote what they are about: a body that failed to parse, a
 * request's URL, an error's message. We keep only how a sentence opens, which Bolt writes as a fixed phrase, and
 * log our event name for it; the rest is dropped. A sentence not listed here is still logged, as "slack.library".
 */
const EVENTS: readonly (readonly [opening: string, event: string])[] = [
  ["Failed to parse and verify", "slack.request_unverified"],
  ["Request body exceeded", "slack.request_too_large"],
  ["Malformed request body", "slack.request_malformed"],
  ["Unhandled HTTP request", "slack.request_unrouted"],
  ["An incoming event was not acknowledged", "slack.ack_timeout"],
  ["Authorization of incoming event did not succeed", "slack.authorization_failed"],
  ["Could not determine the type of an incoming event", "slack.event_unknown"],
  ["http request failed", "slack.api_unreachable"],
];

/**
 * Bolt's `logger` option, writing through our `Log`: one JSON line per entry, with an event name and, when Bolt
 * passes an error, its code, never the error's message or stack (house style §10, D16). Debug entries are never
 * passed on: they carry request bodies and "Error details" with whatever the person wrote.
 */
export function boltLogger(log: Log): Logger {
  let level = LogLevel.INFO;
  const emit = (at: LogLevel.INFO | LogLevel.WARN | LogLevel.ERROR, args: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const sentence = typeof args[0] === "string" ? args[0] : "";
    const error = args.find((arg) => arg instanceof Error);
    const event = EVENTS.find(([opening]) => sentence.startsWith(opening))?.[1] ?? "slack.library";
    log(at, { event, channel: "slack", ...(error !== undefined && { code: errorCode(error) }) });
  };
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => emit(LogLevel.INFO, args),
    warn: (...args: unknown[]) => emit(LogLevel.WARN, args),
    error: (...args: unknown[]) => emit(LogLevel.ERROR, args),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    // Bolt names its loggers ("bolt-app", "web-api:WebClient:0"); every entry here says channel "slack" instead.
    setName: () => undefined,
  };
}
