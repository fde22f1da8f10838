import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Choice } from "../../../flows/types.js";
import type { Dispatch, Inbound, Outbound } from "../../runtime/channel.js";
import type { Translate } from "../../runtime/i18n.js";
import { choiceLabel, replyText } from "../../runtime/render-text.js";

export const CONSOLE_CHAT_KEY = "console:local";

export type ConsoleChannel = { run(): Promise<void>; send(out: Outbound): Promise<void> };

/**
 * The terminal chat, `npm start` with no tokens: the same flows and database as Telegram, with numbered
 * choices. Typing a number picks a choice of the latest question; anything else is text or a /command.
 */
export function createConsoleChannel(
  io: { input: Readable; output: Writable; platformLocale?: string },
  deps: { dispatch: Dispatch; translate: Translate },
): ConsoleChannel {
  const { dispatch, translate: t } = deps;
  /** The choices printed in the latest turn, numbered on across all its questions so every one stays reachable. */
  let lastChoices: { choice: Choice; stamp: number }[] = [];
  const write = (text: string) => io.output.write(`${text}\n`);

  function toEvent(line: string): Inbound["event"] {
    const n = /^\s*(\d{1,2})\s*$/.exec(line);
    const picked = n ? lastChoices[Number(n[1]) - 1] : undefined;
    if (picked) return { type: "choice", choiceId: picked.choice.id, stamp: picked.stamp };
    return { type: "text", text: line };
  }

  async function send(out: Outbound): Promise<void> {
    const numbered: typeof lastChoices = [];
    for (const reply of out.replies) {
      switch (reply.kind) {
        case "typing":
          break;
        case "say":
          write(replyText(t, out.lang, reply));
          break;
        case "ask":
          write(replyText(t, out.lang, reply));
          for (const choice of reply.choices) {
            numbered.push({ choice, stamp: reply.stamp });
            write(`  ${numbered.length}) ${choiceLabel(t, out.lang, choice)}`);
          }
          break;
        case "document":
          write(`${replyText(t, out.lang, reply)} [${reply.file.name}]`);
          break;
      }
    }
    if (numbered.length > 0) lastChoices = numbered;
    write("");
  }

  return {
    send,
    async run() {
      const base = { channel: "console", chatKey: CONSOLE_CHAT_KEY, userKey: "local", ...(io.platformLocale !== undefined && { platformLocale: io.platformLocale }) } as const;
      await dispatch({ ...base, event: { type: "command", name: "start", args: "" } });
      const lines = createInterface({ input: io.input, crlfDelay: Infinity, terminal: false });
      for await (const line of lines) {
        if (line.trim() === "") continue;
        await dispatch({ ...base, event: toEvent(line) });
      }
    },
  };
}
