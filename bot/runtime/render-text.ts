import type { AskReply, Choice, DocumentReply, Reply } from "../../flows/types.js";
import type { Lang } from "../../knowledge/types.js";
import type { Translate } from "./i18n.js";

/**
 * The text of a say or ask reply in the chat's language, or in the reply's own `lang` when it carries one (the
 * offer under an answer to a question asked in another language); choices are rendered by each channel its own way.
 */
export function replyText(t: Translate, lang: Lang, reply: Extract<Reply, { kind: "say" | "ask" | "document" }>): string {
  const own = reply.kind === "ask" ? reply.lang : undefined;
  return t(own ?? lang, reply.key, "params" in reply ? reply.params : undefined);
}

/** A choice's label in the chat's language; the pre-selected one (the platform's language) is ticked. */
export const choiceLabel = (t: Translate, lang: Lang, choice: Choice): string =>
  `${choice.selected ? "✓ " : ""}${t(lang, choice.key, choice.params)}`;

/** Splits a long text at line breaks so each part fits a platform's message limit. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    for (let piece = line; piece.length > 0 || current.length === 0; ) {
      const room = limit - current.length - (current ? 1 : 0);
      if (piece.length <= room) {
        current = current ? `${current}\n${piece}` : piece;
        break;
      }
      if (current) {
        parts.push(current);
        current = "";
        continue;
      }
      parts.push(piece.slice(0, limit));
      piece = piece.slice(limit);
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** What a chat platform sends as one message: the text of a run of replies, with the buttons of the question that ends it. */
export type ChatMessage =
  | { kind: "text"; text: string; ask?: AskReply }
  | { kind: "document"; reply: DocumentReply }
  | { kind: "typing" };

/**
 * Joins consecutive says, and the question that follows them, into one message: a result is a dozen short
 * lines, and a dozen chat messages would bury the buttons under notifications.
 */
export function chatMessages(t: Translate, lang: Lang, replies: readonly Reply[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  let lines: string[] = [];
  const flush = (ask?: AskReply) => {
    if (lines.length > 0 || ask) messages.push({ kind: "text", text: lines.join("\n"), ...(ask && { ask }) });
    lines = [];
  };
  for (const reply of replies) {
    switch (reply.kind) {
      case "say":
        lines.push(replyText(t, lang, reply));
        break;
      case "ask":
        lines.push(replyText(t, lang, reply));
        flush(reply);
        break;
      case "document":
        flush();
        messages.push({ kind: "document", reply });
        break;
      case "typing":
        flush();
        messages.push({ kind: "typing" });
        break;
    }
  }
  flush();
  return messages;
}
