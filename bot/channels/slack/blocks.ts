import type { Outbound } from "../../runtime/channel.js";
import { encodeChoicePayload } from "../../runtime/choice-payload.js";
import type { Translate } from "../../runtime/i18n.js";
import { chatMessages, choiceLabel, replyText, splitText } from "../../runtime/render-text.js";

/** Slack's limits: a section block's text, a button's label, and the elements of one actions block. */
const SECTION_LIMIT = 3000;
const BUTTON_LABEL_LIMIT = 75;
const ACTIONS_LIMIT = 25;

/** Slack reads &, < and > as control characters in message text (links, mentions), so text we relay is escaped. */
const escapeControl = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One Web API call of an outbound's delivery: a message, or a file with its comment. */
export type SlackMessage =
  | { kind: "message"; text: string; blocks?: Record<string, unknown>[] }
  | { kind: "file"; text: string; name: string; content: Uint8Array };

/**
 * Our replies as Slack messages: text sections, buttons for a question's choices (Block Kit actions), files for
 * documents. The same replies always give the same sequence, which is what lets a delivery resume (send.ts).
 */
export function replyBlocks(t: Translate, out: Outbound): SlackMessage[] {
  return chatMessages(t, out.lang, out.replies).flatMap((message): SlackMessage[] => {
    switch (message.kind) {
      case "typing":
        return [];
      case "document":
        // The comment can carry a system's name as the founder typed it: escaped, so "<!channel>" pings nobody.
        return [{ kind: "file", text: escapeControl(replyText(t, out.lang, message.reply)), name: message.reply.file.name, content: message.reply.file.content }];
      case "text": {
        if (!message.ask) return [{ kind: "message", text: escapeControl(message.text) }];
        const ask = message.ask;
        // Escaped before splitting: "&amp;" counts five characters against the section's limit, not one.
        const sections = splitText(escapeControl(message.text), SECTION_LIMIT).map((part) => ({ type: "section", text: { type: "mrkdwn", text: part } }));
        const buttons = ask.choices.map((choice, i) => ({
          type: "button",
          action_id: `choice:${i}`,
          text: { type: "plain_text", text: choiceLabel(t, ask.lang ?? out.lang, choice).slice(0, BUTTON_LABEL_LIMIT) },
          value: encodeChoicePayload(choice.id, ask.stamp),
        }));
        const actions = Array.from({ length: Math.ceil(buttons.length / ACTIONS_LIMIT) }, (_, i) => ({
          type: "actions",
          elements: buttons.slice(i * ACTIONS_LIMIT, (i + 1) * ACTIONS_LIMIT),
        }));
        return [{ kind: "message", text: escapeControl(message.text), blocks: [...sections, ...actions] }];
      }
    }
  });
}
