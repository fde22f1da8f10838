import { App, LogLevel } from "@slack/bolt";
import type { Dispatch, Inbound, Outbound } from "../../runtime/channel.js";
import { platformChatId } from "../../runtime/channel.js";
import { errorCode } from "../../runtime/errors.js";
import type { Translate } from "../../runtime/i18n.js";
import type { Log } from "../../runtime/log.js";
import { CommandName } from "../../../flows/types.js";
import { decodeChoicePayload } from "../../runtime/choice-payload.js";
import { replyBlocks } from "./blocks.js";

export type SlackChannel = { start(): Promise<void>; stop(): Promise<void>; send(out: Outbound): Promise<void> };

/**
 * Slack slash commands never reach an app that has not registered them, so reviewers type queue commands
 * as plain words ("claim KZ-AI-2026-0001"); a leading command word is read as if it had a slash.
 */
function slackTextToEvent(escaped: string): Inbound["event"] {
  const text = unescapeControl(escaped);
  const firstWord = text.trim().split(/\s/, 1)[0]!.toLowerCase();
  return { type: "text", text: CommandName.safeParse(firstWord).success ? `/${text.trim()}` : text };
}

/** Slack sends &, < and > escaped in message text; what a reviewer typed is stored as they typed it. */
const unescapeControl = (text: string): string => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The Slack adapter for compliance teams: @slack/bolt is imported here and in this folder only. Messages in a
 * DM or channel become text or command events; buttons carry choices. `ack()` comes first in every action.
 */
export function createSlackChannel(
  config: { botToken: string; signingSecret: string; port: number; apiUrl?: string },
  deps: { dispatch: Dispatch; translate: Translate; log: Log },
): SlackChannel {
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    logLevel: LogLevel.ERROR,
    ...(config.apiUrl !== undefined && { clientOptions: { slackApiUrl: config.apiUrl } }),
  });
  const { dispatch, translate: t, log } = deps;

  app.message(async ({ message, body }) => {
    if (message.subtype !== undefined || !("text" in message) || typeof message.text !== "string") return;
    await dispatch({
      channel: "slack",
      chatKey: `slack:${message.channel}`,
      userKey: message.user,
      updateId: "event_id" in body ? String(body.event_id) : message.ts,
      event: slackTextToEvent(message.text),
    });
  });

  app.action(/^choice:/, async ({ ack, body, action }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button" || !body.channel) return;
    const choice = decodeChoicePayload(action.value ?? "");
    await dispatch({
      channel: "slack",
      chatKey: `slack:${body.channel.id}`,
      userKey: body.user.id,
      updateId: `${body.container?.message_ts ?? ""}:${"action_ts" in action ? action.action_ts : ""}`,
      event: choice ? { type: "choice", ...choice } : { type: "unsupported" },
    });
  });

  app.error(async (error) => {
    log("error", { event: "slack.event_failed", code: errorCode(error), channel: "slack" });
  });

  return {
    async start() {
      await app.start(config.port);
      log("info", { event: "slack.started", channel: "slack", port: config.port });
    },
    async stop() {
      await app.stop();
    },
    async send(out) {
      for (const message of replyBlocks(t, out)) {
        if (message.kind === "file") {
          await app.client.files.uploadV2({ channel_id: platformChatId(out.chatKey), file: Buffer.from(message.content), filename: message.name, initial_comment: message.text });
        } else {
          await app.client.chat.postMessage({ channel: platformChatId(out.chatKey), text: message.text, ...(message.blocks && { blocks: message.blocks }) });
        }
      }
    },
  };
}
