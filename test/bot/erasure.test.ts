import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runtimeHarness } from "../support/runtime-harness.js";

type Harness = Awaited<ReturnType<typeof runtimeHarness>>;

// Strings no prompt, locale or law text contains, so any copy of them in the file came from what the founder typed.
const LATIN = "Vorpal7731Qx";
const CYRILLIC = "Жёлудьсигнал";
const SENTINELS = [LATIN, CYRILLIC];

/** Every byte SQLite keeps on disk for this database: the file itself and, while it is open, its write-ahead log. */
function rawBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
}

const foundIn = (bytes: Buffer) => SENTINELS.filter((s) => bytes.includes(Buffer.from(s, "utf8")));

/** Language, description, the confirmation of what it suggested, then "no" / "I don't know" to every question until the result shows. */
async function assessToResult(h: Harness, chat: string, description: string): Promise<void> {
  await h.send(chat, h.text("/start"));
  await h.choose(chat, /English/);
  let screen = await h.send(chat, h.text(description));
  for (let i = 0; !/Want more detail\?/.test(screen); i++) {
    assert.ok(i < 25, `the assessment ends; last screen:\n${screen}`);
    screen = await h.choose(chat, /^\[?(Yes, all correct|None of these|No)\b|I don't know/).catch(() => h.choose(chat, /I don't know/));
  }
}

/** Names the system, types the second field as confidential, skips the rest and files; returns the submission id. */
async function fileDossier(h: Harness, chat: string): Promise<string> {
  await h.choose(chat, /Draft the dossier/);
  await h.send(chat, h.text(`${LATIN} ${CYRILLIC} Scoring`));
  assert.match(await h.choose(chat, /Mark confidential/), /confidential/i);
  let screen = await h.send(chat, h.text(`Release ${CYRILLIC}-${LATIN}, a trade secret`));
  while (!/File for review/.test(screen)) screen = await h.choose(chat, /^Skip$/);
  assert.match(screen, /1 confidential/);
  screen = await h.choose(chat, /File for review/);
  const id = /KZ-AI-\d{4}-\d{4}/.exec(screen)?.[0];
  assert.ok(id, screen);
  return id;
}

test("after /forget nothing the founder wrote can be found in the database file or its write-ahead log", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "triage-erasure-")), "triage.db");
  const h = await runtimeHarness(path);
  const founder = "telegram:501";
  const reviewer = "slack:U501";
  await assessToResult(h, founder, `We score loan applicants of ${LATIN} bank and approve loans automatically, with no officer; ${CYRILLIC}.`);
  const id = await fileDossier(h, founder);
  // One question a person answers (its text is kept blank as a count) and one still open (deleted).
  const answered = /Q-\d{4}-\d{4}/.exec(await h.send(founder, h.text(`/person Does ${LATIN} need an audit? ${CYRILLIC}`)))?.[0];
  assert.ok(answered);
  assert.match(await h.send(founder, h.text(`/person Is ${CYRILLIC} high risk? ${LATIN}`)), /Q-\d{4}-\d{4}/);
  await h.send(reviewer, h.text("/start"));
  await h.choose(reviewer, /English/);
  assert.match(await h.send(reviewer, h.text(`/answer ${answered} Only if you want the trusted list.`)), /sent to the person who asked/);
  await h.send(reviewer, h.text(`/claim ${id}`));
  // The founder's chat now holds notifications carrying the question and the filed dossier.
  assert.match(await h.send(reviewer, h.text(`/changes ${id} Add the human oversight section`)), new RegExp(id));
  assert.deepEqual(foundIn(rawBytes(path)), SENTINELS, "the founder's words were on disk before /forget");

  await h.send(founder, h.text("/forget"));
  await h.choose(founder, /Yes, erase/);
  assert.deepEqual(foundIn(rawBytes(path)), [], "nothing left in the file or the write-ahead log while the bot runs");

  // The compliance team still sees the submission, now as an anonymised record with its history.
  assert.match(await h.send(reviewer, h.text("/queue")), new RegExp(`${id}.*—|—.*${id}`));
  await h.close();
  assert.equal(existsSync(`${path}-wal`), false, "closing folds the write-ahead log into the file");
  assert.deepEqual(foundIn(readFileSync(path)), [], "nothing left once the log is folded in");
});
