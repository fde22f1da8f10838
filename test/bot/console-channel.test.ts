import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createConsoleChannel } from "../../bot/channels/console/repl.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";

/** The terminal chat in-process on a real database file: type `lines`, then Ctrl-D; returns what it printed. */
async function typeIn(lines: readonly string[], setup?: (documents: string) => void): Promise<{ printed: string; documents: string }> {
  const dir = mkdtempSync(join(tmpdir(), "triage-console-channel-"));
  const documents = join(dir, "documents");
  setup?.(documents);
  const db = await openDatabase(join(dir, "triage.db"));
  const log = memoryLog();
  const translate = createTranslator();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "ru" });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const channel = createConsoleChannel({ input, output }, { dispatch: runtime.dispatch, settled: runtime.settled, translate, documentsDir: documents, log: log.log });
  runtime.setSender("console", channel.send);
  const running = channel.run();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await running;
  await runtime.stop();
  await db.close();
  return { printed, documents };
}

test("a number outside the menu is refused as a choice, never taken as the description", async () => {
  const { printed } = await typeIn(["3", "2"]);
  assert.match(printed, /There is no option 2 here: type a number from 1 to 1, or write your answer in words\./);
  assert.doesNotMatch(printed, /could not read the law's tests from that description/);
});

test("Ctrl-D says the conversation is saved and will resume, in the chat's language", async () => {
  const { printed } = await typeIn(["1"]);
  assert.match(printed.trimEnd().split("\n").at(-1) ?? "", /Бәрі сақталды: npm start қайта іске қосыңыз/);
});

test("/forget in the terminal chat also deletes the dossier files it wrote, and nothing else in the folder", async () => {
  const { printed, documents } = await typeIn(["3", "/forget", "1"], (folder) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "dossier-scorebot.md"), "# ScoreBot");
    writeFileSync(join(folder, "KZ-AI-2026-0001-dossier-scorebot.docx"), "PK");
    writeFileSync(join(folder, "notes.txt"), "mine");
  });
  assert.match(printed, /Your data has been erased/);
  assert.ok(!existsSync(join(documents, "dossier-scorebot.md")));
  assert.ok(!existsSync(join(documents, "KZ-AI-2026-0001-dossier-scorebot.docx")));
  assert.ok(existsSync(join(documents, "notes.txt")), "a file the bot did not write stays");
});
