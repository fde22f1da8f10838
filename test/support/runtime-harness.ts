import { openDatabase, type Database } from "../../bot/storage/db.js";
import type { Inbound, Outbound } from "../../bot/runtime/channel.js";
import { createRuntime, type Runtime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";

const translate = createTranslator();

/**
 * Slack members the tests use as staff unless a test configures its own (the harness's user id is the chat key):
 * U-, C- and D- chats review, R- chats regulate, B1 does both; anyone else on Slack is no one.
 */
const TEST_STAFF = {
  reviewers: ["slack:U1", "slack:U2", "slack:U3", "slack:U501", "slack:C1", "slack:D1", "slack:B1"],
  regulators: ["slack:R1", "slack:B1"],
};

/** What a chat received, as text a person reads (choices as "[label]"). */
export function outboundText(out: Outbound): string {
  return out.replies
    .flatMap((r) => {
      switch (r.kind) {
        case "say":
          return [translate(out.lang, r.key, r.params)];
        case "ask":
          return [translate(out.lang, r.key, r.params), ...r.choices.map((c) => `[${translate(out.lang, c.key, c.params)}]`)];
        case "document":
          return [`<${r.file.name}>`];
        case "typing":
          return [];
      }
    })
    .join("\n");
}

/**
 * The real runtime on a real SQLite file, with a console-like channel that records what each chat receives.
 * `reopen()` closes everything and starts a new runtime on the same file, as a restart would.
 */
export async function runtimeHarness(
  path: string,
  clock: () => Date = () => new Date("2026-03-02T06:00:00Z"),
  options: { backoffMs?: (attempts: number) => number; staff?: { reviewers: readonly string[]; regulators: readonly string[] }; rateLimitPerMinute?: number } = {},
) {
  const log = memoryLog();
  const received: Outbound[] = [];
  let db: Database = await openDatabase(path);
  const make = (): Runtime => {
    const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en", clock, staff: TEST_STAFF, ...options });
    for (const channel of ["console", "telegram", "slack"] as const) runtime.setSender(channel, async (out) => void received.push(out));
    return runtime;
  };
  let runtime = make();
  let update = 0;
  return {
    log,
    received,
    get db() {
      return db;
    },
    /** The runtime itself, for tests that replace a channel's sender or drive the outbox. */
    get runtime() {
      return runtime;
    },
    /** Sends one event from a chat and returns the text of everything that chat received for it. */
    async send(chatKey: string, event: Inbound["event"], extra: Partial<Inbound> = {}): Promise<string> {
      const from = received.length;
      const channel = chatKey.split(":")[0] as Inbound["channel"];
      await runtime.dispatch({ channel, chatKey, userKey: chatKey, updateId: String(++update), event, ...extra });
      await runtime.deliverOutbox();
      return received.slice(from).filter((o) => o.chatKey === chatKey).map(outboundText).filter((t) => t !== "").join("\n");
    },
    text: (text: string) => ({ type: "text", text }) as const,
    /** Presses the button whose label matches on the latest question this chat received. */
    async choose(chatKey: string, label: RegExp): Promise<string> {
      const asks = received.filter((o) => o.chatKey === chatKey).flatMap((o) => o.replies.map((r) => ({ r, lang: o.lang })));
      for (const { r, lang } of asks.reverse()) {
        if (r.kind !== "ask") continue;
        const choice = r.choices.find((c) => label.test(translate(lang, c.key, c.params)));
        if (choice) return this.send(chatKey, { type: "choice", choiceId: choice.id, stamp: r.stamp });
      }
      throw new Error(`no button ${label} in ${chatKey}`);
    },
    async reopen() {
      await runtime.stop();
      await db.close();
      db = await openDatabase(path);
      runtime = make();
    },
    close: async () => {
      await runtime.stop();
      await db.close();
    },
  };
}
