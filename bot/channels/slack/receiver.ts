import type { ServerResponse } from "node:http";
import { type BufferedIncomingMessage, HTTPModuleFunctions, HTTPReceiver, type Logger, SocketModeReceiver, defaultBodyLimit, isRawBodyError } from "@slack/bolt";
import { errorCode } from "../../runtime/errors.js";
import type { Log } from "../../runtime/log.js";

const EVENTS_PATH = "/slack/events";
/** Slack's own window for a request's timestamp, both ways. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Bolt's HTTP receiver for `/slack/events`, set up so that a 200 means the request was recorded:
 * - `processBeforeResponse`: the answer waits until the listeners are done, and a listener is done when the
 *   runtime's dispatch resolved, which is when the turn committed (its replies go out later, from the courier).
 *   Bolt acknowledged events before its listeners ran, so one lost in a crash was never redelivered (D6). The
 *   turn commits well within Slack's 3 s; a redelivery after a slow one is dropped by its event id.
 * - a listener that failed is answered 500, logged once, so Slack redelivers the event.
 * - a body that is not a JSON object is refused before Bolt reads it (`refuseBodiesWithoutAnEvent`).
 */
export function createReceiver(config: { signingSecret: string }, logger: Logger, log: Log): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    logger,
    processBeforeResponse: true,
    processEventErrorHandler: async ({ error, response }) => {
      log("error", { event: "slack.event_failed", code: errorCode(error), channel: "slack" });
      if (response.headersSent) return false;
      answer(response, 500);
      // Marks the request answered, so Bolt's 3 s timer does not also report it as never acknowledged.
      return true;
    },
  });
  refuseBodiesWithoutAnEvent(receiver, log);
  return receiver;
}

/**
 * Socket Mode's receiver (SLACK_APP_TOKEN set): no port, no public URL. It asks apps.connections.open for the
 * WebSocket's URL with a Web API client of its own, which reads the API URL from `installerOptions` and not from
 * the app's `clientOptions`, so SLACK_API_URL is handed to it here. As over HTTP, a listener is done, and acks,
 * once its turn committed; one that failed is logged once and left unacknowledged, so Slack redelivers it.
 */
export function createSocketReceiver(config: { appToken: string; apiUrl?: string }, logger: Logger, log: Log): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    ...(config.apiUrl !== undefined && { installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } }),
    processEventErrorHandler: async ({ error }) => {
      log("error", { event: "slack.event_failed", code: errorCode(error), channel: "slack" });
      return false;
    },
  });
}

/**
 * Bolt's receiver reads `body.ssl_check` on whatever the body parsed to, outside any handler, so one signed `null`
 * body (JSON `null`, or a form's `payload=null`) threw an uncaught error that took the whole process down, the
 * Telegram channel with it (D12). Requests to the events path are therefore read here first, with Bolt's own
 * reader and parser: a body that parses to anything but an object holds no event and is answered 400. Any other
 * body goes on to Bolt, which reuses the bytes already read (`rawBody`) and checks their signature as before.
 */
function refuseBodiesWithoutAnEvent(receiver: HTTPReceiver, log: Log): void {
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== EVENTS_PATH) {
      bolt(req, res);
      return;
    }
    // Bolt refuses timestamps more than 5 minutes old but accepts any in the future, so a captured request signed
    // with a future timestamp could be replayed until then (review S-H, minor). Refused alike, before any reading.
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(stamp) && stamp > Date.now() / 1000 + MAX_SKEW_SECONDS) {
      log("warn", { event: "slack.request_unverified", code: "timestamp_in_future", channel: "slack" });
      answer(res, 401);
      return;
    }
    void HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit)
      .then((buffered) => {
        if (parsesToNonObject(buffered)) {
          log("warn", { event: "slack.request_malformed", channel: "slack" });
          answer(res, 400);
          return;
        }
        bolt(buffered, res);
      })
      .catch((error: unknown) => {
        const tooLarge = isRawBodyError(error) && error.type === "entity.too.large";
        log("warn", { event: tooLarge ? "slack.request_too_large" : "slack.request_unreadable", code: errorCode(error), channel: "slack" });
        answer(res, tooLarge ? 413 : 400);
      });
  };
}

/** True for a body that parses, but not to an object; one that does not parse at all is Bolt's to refuse. */
function parsesToNonObject(req: BufferedIncomingMessage): boolean {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return false;
  }
  return typeof body !== "object" || body === null || Array.isArray(body);
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
