import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Choice, DocumentReply } from "../../../flows/types.js";
import type { Lang } from "../../../knowledge/types.js";
import type { Dispatch, Inbound, Outbound, SendProgress } from "../../runtime/channel.js";
import type { Translate } from "../../runtime/i18n.js";
import { errorCode } from "../../runtime/errors.js";
import type { Log } from "../../runtime/log.js";
import { choiceLabel, replyText } from "../../runtime/render-text.js";

export const CONSOLE_CHAT_KEY = "console:local";

/** The names `dossierFileName` gives, bare (the founder's copy) or after a submission id (a /view copy). */
const DOSSIER_FILE = /^(KZ-AI-\d{4}-\d{4}-)?dossier-[^/\\]*\.(md|docx)$/u;
/** The reply that confirms an erasure. */
const FORGOTTEN = "onboarding.forget.done";

export type ConsoleChannel = { run(): Promise<void>; send(out: Outbound, progress: SendProgress): Promise<void> };

/**
 * The terminal chat, `npm start` with no tokens: the same flows and database as Telegram, with numbered
 * choices. Typing a number picks a choice of the latest question; anything else is text or a /command.
 * Documents are written to `documentsDir` (a terminal cannot attach a file) and their path printed.
 */
export function createConsoleChannel(
  io: { input: Readable; output: Writable; platformLocale?: string },
  deps: { dispatch: Dispatch; settled: (chatKey: string) => Promise<void>; translate: Translate; documentsDir: string; log: Log },
): ConsoleChannel {
  const { dispatch, translate: t } = deps;
  /** The choices printed in the latest turn, numbered on across all its questions so every one stays reachable. */
  let lastChoices: { choice: Choice; stamp: number }[] = [];
  /** The language of the latest reply, for what the terminal says on its own (a refused number, goodbye). */
  let lang: Lang | undefined;
  const write = (text: string) => io.output.write(`${text}\n`);
  // A terminal closed under us (or a pipe whose reader left) is the end of the session, not a crash.
  io.output.on("error", (error: unknown) => deps.log("warn", { event: "console.output_closed", code: errorCode(error) }));

  /** A bare number picks a choice; one outside the menu is refused here, never taken as an answer in words. */
  function toEvent(line: string): Inbound["event"] | { refused: number } {
    const n = /^\s*(\d{1,2})\s*$/.exec(line);
    if (n === null) return { type: "text", text: line };
    const picked = lastChoices[Number(n[1]) - 1];
    if (picked) return { type: "choice", choiceId: picked.choice.id, stamp: picked.stamp };
    return lastChoices.length > 0 ? { refused: Number(n[1]) } : { type: "text", text: line };
  }

  async function saveDocument(reply: DocumentReply, replyLang: Lang): Promise<void> {
    const folder = resolve(deps.documentsDir);
    try {
      await mkdir(folder, { recursive: true });
      const path = join(folder, reply.file.name);
      await writeFile(path, reply.file.content);
      write(t(replyLang, "common.savedTo", { path }));
    } catch (error) {
      deps.log("error", { event: "console.document_failed", code: errorCode(error) });
      write(t(replyLang, "common.saveFailed", { name: reply.file.name, folder }));
    }
    if (reply.inline && reply.file.format === "md") write(`\n${new TextDecoder().decode(reply.file.content)}`);
  }

  /**
   * /forget covers the files this chat wrote: the documents folder is the terminal chat's own, so every dossier
   * in it (the founder's exports and the team's /view copies, which hold confidential fields) goes.
   */
  async function forgetDocuments(): Promise<void> {
    const folder = resolve(deps.documentsDir);
    try {
      const names = await readdir(folder).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => DOSSIER_FILE.test(n)).map((n) => rm(join(folder, n), { force: true })));
    } catch (error) {
      deps.log("error", { event: "console.forget_documents_failed", code: errorCode(error) });
    }
  }

  /** The whole outbound is one message here: the terminal takes it at once, or the process is gone with it. */
  async function send(out: Outbound, progress: SendProgress): Promise<void> {
    if (progress.skip > 0) return;
    lang = out.lang;
    if (out.replies.some((r) => r.kind === "say" && r.key === FORGOTTEN)) await forgetDocuments();
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
            write(`  ${numbered.length}) ${choiceLabel(t, reply.lang ?? out.lang, choice)}`);
          }
          break;
        case "document":
          write(replyText(t, out.lang, reply));
          await saveDocument(reply, out.lang);
          break;
      }
    }
    if (numbered.length > 0) lastChoices = numbered;
    write("");
    await progress.accepted(0);
  }

  return {
    send,
    async run() {
      const base = { channel: "console", chatKey: CONSOLE_CHAT_KEY, userKey: "local", ...(io.platformLocale !== undefined && { platformLocale: io.platformLocale }) } as const;
      await dispatch({ ...base, event: { type: "command", name: "start", args: "" } });
      await deps.settled(CONSOLE_CHAT_KEY);
      const lines = createInterface({ input: io.input, crlfDelay: Infinity, terminal: false });
      for await (const line of lines) {
        if (line.trim() === "") continue;
        const event = toEvent(line);
        if ("refused" in event) write(`${t(lang ?? "ru", "errors.choiceOutOfRange", { number: event.refused, max: lastChoices.length })}\n`);
        else {
          await dispatch({ ...base, event });
          // The next line's number picks from what this one printed, so its replies come first.
          await deps.settled(CONSOLE_CHAT_KEY);
        }
      }
      // Ctrl-D (or the end of piped input): the conversation is already stored turn by turn.
      if (lang !== undefined) write(t(lang, "onboarding.goodbye"));
    },
  };
}
