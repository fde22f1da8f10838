import type { Outbound } from "../../runtime/channel.js";
import type { Translate } from "../../runtime/i18n.js";
import { choiceLabel, replyText, splitText } from "../../runtime/render-text.js";
import { encodeChoicePayload } from "../../runtime/choice-payload.js";

/** Slack's limit for a section block's text. */
const SECTION_LIMIT = 3000;

type SlackMessage =
  | { kind: "message"; text: string; blocks?: Record<string, unknown>[] }
  | { kind: "file"; text: string; name: string; content: Uint8Array };

/** Our replies as Slack messages: text, buttons for choices (Block Kit actions), files for documents. */
export function replyBlocks(t: Translate, out: Outbound): SlackMessage[] {
  const messages: SlackMessage[] = [];
  for (const reply of out.replies) {
    if (reply.kind === "typing") continue;
    const text = replyText(t, out.lang, reply);
    if (reply.kind === "document") {
      messages.push({ kind: "file", text, name: reply.file.name, content: reply.file.content });
      continue;
    }
    if (reply.kind === "say") {
      messages.push({ kind: "message", text });
      continue;
    }
    const sections = splitText(text, SECTION_LIMIT).map((part) => ({ type: "section", text: { type: "mrkdwn", text: part } }));
    const buttons = reply.choices.map((choice, i) => ({
      type: "button",
      action_id: `choice:${i}`,
      text: { type: "plain_text", text: choiceLabel(t, out.lang, choice).slice(0, 75) },
      value: encodeChoicePayload(choice.id, reply.stamp),
    }));
    // Slack allows at most 25 elements in one actions block.
    const actions = Array.from({ length: Math.ceil(buttons.length / 25) }, (_, i) => ({ type: "actions", elements: buttons.slice(i * 25, i * 25 + 25) }));
    messages.push({ kind: "message", text, blocks: [...sections, ...actions] });
  }
  return messages;
}
