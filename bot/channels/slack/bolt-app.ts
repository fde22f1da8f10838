import type { AddressInfo } from "node:net";
import { App } from "@slack/bolt";
import type { Dispatch, Sender } from "../../runtime/channel.js";
import { decodeChoicePayload } from "../../runtime/choice-payload.js";
import type { Translate } from "../../runtime/i18n.js";
import type { Log } from "../../runtime/log.js";
import { boltLogger } from "./bolt-logger.js";
import { messageInbound } from "./inbound.js";
import type { QueueDesk } from "../../runtime/queue-desk.js";
import type { Lang } from "../../../knowledge/types.js";
import { registerQueueDoor } from "./queue-door.js";
import { createReceiver, createSocketReceiver } from "./receiver.js";
import { slackSender } from "./send.js";

export type SlackChannel = {
  /**
   * Checks the token, then listens on the configured host and port and resolves with the address it is bound to;
   * in Socket Mode it opens the WebSocket instead and resolves with no address.
   */
  start(): Promise<AddressInfo | undefined>;
  stop(): Promise<void>;
  send: Sender;
};

/**
 * The Slack adapter for compliance teams: @slack/bolt is imported here and in this folder only. Messages in a DM,
 * and messages that mention the bot in a channel, become text or command events (inbound.ts); buttons carry
 * choices. Every request is answered once its turn committed (receiver.ts); replies go out through `send`.
 */
export function createSlackChannel(
  config: {
    botToken: string; signingSecret: string; host: string; port: number; apiUrl?: string;
    /** Socket Mode's app-level token (xapp-…): no public URL needed. */
    appToken?: string;
    reviewChannel?: string; regulatorChannel?: string;
  },
  deps: { dispatch: Dispatch; translate: Translate; log: Log; desk?: QueueDesk; channelLanguage?: Lang },
): SlackChannel {
  const { dispatch, translate, log } = deps;
  const logger = boltLogger(log);
  const socket = config.appToken === undefined ? undefined : createSocketReceiver({ ...config, appToken: config.appToken }, logger, log);
  const app = new App({
    token: config.botToken,
    ...(config.appToken !== undefined
      ? { socketMode: true, receiver: socket! }
      : { receiver: createReceiver(config, logger, log) }),
    logger,
    // Bolt would otherwise call auth.test in this constructor and keep a failure as an unhandled rejection, which
    // ends the process; `start` awaits it instead.
    deferInitialization: true,
    clientOptions: {
      // The courier retries refused sends after Slack's Retry-After (bot/runtime/courier.ts); a client that retried
      // or slept on its own would hold a chat's worker, and could post a message twice.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      ...(config.apiUrl !== undefined && { slackApiUrl: config.apiUrl }),
    },
  });

  app.message(async ({ message, body, context }) => {
    const inbound = messageInbound(message, typeof body.event_id === "string" ? body.event_id : undefined, context.botUserId);
    if (inbound) await dispatch(inbound);
  });

  app.action(/^choice:/, async ({ ack, body, action }) => {
    if (body.type === "block_actions" && action.type === "button" && body.channel) {
      const choice = decodeChoicePayload(action.value ?? "");
      await dispatch({
        channel: "slack",
        chatKey: `slack:${body.channel.id}`,
        userKey: body.user.id,
        updateId: `${body.container?.message_ts ?? ""}:${"action_ts" in action ? action.action_ts : ""}`,
        event: choice ? { type: "choice", ...choice } : { type: "unsupported" },
      });
    }
    // After the dispatch, so that Slack's 200 means the press was recorded (Bolt answers when the listener is done).
    await ack();
  });

  const door = deps.desk && registerQueueDoor(app, { desk: deps.desk, translate, log });

  // Passed on so the receiver answers 500 and Slack redelivers the event; the receiver logs it (receiver.ts).
  app.error(async (error) => {
    throw error;
  });

  return {
    async start() {
      await app.init();
      if (config.appToken !== undefined) {
        await app.start();
        log("info", { event: "slack.started", channel: "slack" });
        return undefined;
      }
      const server = await app.start({ host: config.host, port: config.port });
      const address = server.address() as AddressInfo;
      log("info", { event: "slack.started", channel: "slack", port: address.port });
      return address;
    },
    async stop() {
      door?.stop();
      // Bolt's stop only starts the WebSocket's close; waiting for it means no envelope arrives after the database
      // closed, and no close-handshake timer outlives the process's work.
      if (socket) await socket.client.disconnect();
      else await app.stop();
    },
    send: slackSender(app.client, translate, deps.desk && {
      desk: deps.desk, lang: deps.channelLanguage ?? "en", ...(door && { queueChanged: door.queueChanged }),
      ...(config.reviewChannel !== undefined && { reviewChannel: config.reviewChannel }),
      ...(config.regulatorChannel !== undefined && { regulatorChannel: config.regulatorChannel }),
    }),
  };
}
