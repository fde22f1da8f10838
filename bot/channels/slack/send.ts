import { webApi } from "@slack/bolt";
import { DeliveryRefused, type Sender, platformChatId } from "../../runtime/channel.js";
import type { Translate } from "../../runtime/i18n.js";
import type { QueueDesk } from "../../runtime/queue-desk.js";
import type { Lang } from "../../../knowledge/types.js";
import { postKeyOf, type PostKey } from "../../storage/slack-posts.js";
import { type SlackMessage, replyBlocks } from "./blocks.js";
import { cardMessage, historyText, questionMessage } from "./queue-blocks.js";

/** Where the queue door posts: the review channel's cards and the regulators' channel's questions, in one language. */
export type SharedChannels = {
  desk: QueueDesk; reviewChannel?: string; regulatorChannel?: string; lang: Lang;
  /** Told after a post was brought up to date, so that views of the whole queue (App Home) follow. */
  queueChanged?: () => void;
};

/**
 * Slack's answers that no retry can change: the chat is gone or archived, the bot was removed from it, or the
 * person's account was deactivated.
 */
const PERMANENT = new Set(["channel_not_found", "not_in_channel", "is_archived", "account_inactive"]);

/**
 * The channel's `Sender`: sends the outbound's messages (`replyBlocks`, the same sequence for the same replies) from
 * `progress.skip` on, and reports each one Slack accepted, with its id, before sending the next. The WebClient is
 * set up to neither retry nor wait out a 429 (bolt-app.ts), so a refusal reaches the courier, which owns retries.
 */
export function slackSender(client: webApi.WebClient, t: Translate, shared?: SharedChannels): Sender {
  return async (out, progress) => {
    const post = postKeyOf(out.chatKey);
    if (post !== null) {
      if (shared) {
        await sendPost(client, t, shared, post).catch((error: unknown) => {
          throw refusalOf(error);
        });
        shared.queueChanged?.();
      }
      return;
    }
    const channel = platformChatId(out.chatKey);
    const messages = replyBlocks(t, out);
    for (let index = progress.skip; index < messages.length; index++) {
      const id = await sendOne(client, channel, messages[index]!).catch((error: unknown) => {
        throw refusalOf(error);
      });
      await progress.accepted(index, id);
    }
  };
}

/**
 * Brings one shared-channel post up to date from what is stored now: posts the card (or question) the first
 * time and records its ts, updates it in place (chat.update) after that, and adds to a card's thread the history
 * its thread does not hold yet, recording each line once Slack took it. A channel not configured gets nothing.
 */
async function sendPost(client: webApi.WebClient, t: Translate, shared: SharedChannels, key: PostKey): Promise<void> {
  const channel = key.kind === "card" ? shared.reviewChannel : shared.regulatorChannel;
  const content = channel === undefined ? null : await shared.desk.post(key);
  if (channel === undefined || content === null) return;
  const message = content.kind === "card" ? cardMessage(t, shared.lang, content) : questionMessage(t, shared.lang, content);
  let post = content.post;
  if (post === null) {
    const posted = await client.chat.postMessage({ channel, ...message });
    post = { channelId: String(posted.channel ?? channel), ts: String(posted.ts), historyPosted: 0 };
    await shared.desk.savePost(key, post);
  } else {
    await client.chat.update({ channel: post.channelId, ts: post.ts, ...message });
  }
  if (content.kind !== "card") return;
  for (const line of content.history) {
    await client.chat.postMessage({ channel: post.channelId, thread_ts: post.ts, text: historyText(t, shared.lang, line) });
    post = { ...post, historyPosted: line.id };
    await shared.desk.savePost(key, post);
  }
}

/** Sends one message; resolves with Slack's id for it: a message's `ts`, a file's id. */
async function sendOne(client: webApi.WebClient, channel: string, message: SlackMessage): Promise<string | undefined> {
  if (message.kind === "file") {
    const uploaded = await client.filesUploadV2({ channel_id: channel, file: Buffer.from(message.content), filename: message.name, initial_comment: message.text });
    return uploaded.files[0]?.files?.[0]?.id;
  }
  const posted = await client.chat.postMessage({ channel, text: message.text, ...(message.blocks && { blocks: message.blocks }) });
  return posted.ts;
}

/**
 * A failed Web API call as the runtime's `DeliveryRefused`: "slack_429" with Slack's Retry-After, "slack_<error>"
 * for Slack's own error code (permanent for the codes above), "slack_http_<status>" and "slack_network" for the way
 * there. Anything else (a bug, or a failed upload to the file URL) is passed on as it is, read as transient.
 */
export function refusalOf(error: unknown): unknown {
  if (error instanceof webApi.WebAPIRateLimitedError) return new DeliveryRefused({ code: "slack_429", retryAfterMs: error.retryAfter * 1000 });
  if (error instanceof webApi.WebAPIPlatformError) {
    const reason = error.data.error;
    // Slack's codes are snake_case words; anything else is not logged as a code.
    const code = /^[a-z_]{1,64}$/.test(reason) ? `slack_${reason}` : "slack_platform_error";
    return new DeliveryRefused({ code, ...(PERMANENT.has(reason) && { permanent: true }) });
  }
  if (error instanceof webApi.WebAPIHTTPError) return new DeliveryRefused({ code: `slack_http_${error.statusCode}` });
  if (error instanceof webApi.WebAPIRequestError) return new DeliveryRefused({ code: "slack_network" });
  return error;
}
