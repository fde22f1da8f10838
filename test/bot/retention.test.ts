import { mock, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { scheduleRetention, sweepExpired } from "../../bot/storage/retention.js";
import { loadSession, saveSession } from "../../bot/storage/sessions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { STATE_VERSION } from "../../flows/state.js";
import { runtimeHarness } from "../support/runtime-harness.js";
import { withTempDb } from "../support/temp-db.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const T0 = Date.parse("2026-03-02T06:00:00.000Z");
const at = (days: number) => new Date(T0 + days * DAY_MS);
const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-retention-")), "triage.db");

const count = async (h: { db: { get(sql: string): Promise<unknown> } }, sql: string) => ((await h.db.get(sql)) as { n: number }).n;

test("a sweep ends conversations idle for longer than RETENTION_DAYS and keeps filed submissions, their history and questions", async () => {
  let now = at(0);
  const h = await runtimeHarness(freshPath(), () => now);
  // Day 0: a founder files a one-field dossier and asks a person a question, then goes quiet.
  await h.send("telegram:1", h.text("/start"));
  await h.choose("telegram:1", /English/);
  await h.send("telegram:1", h.text("We score loan applicants and approve loans automatically, with no officer."));
  for (let screen = ""; !/Want more detail\?/.test(screen);) {
    screen = await h.choose("telegram:1", /^\[?(Yes, all correct|None of these|No)\b|I don't know/).catch(() => h.choose("telegram:1", /I don't know/));
  }
  await h.choose("telegram:1", /Draft the dossier/);
  let screen = await h.send("telegram:1", h.text("PayScore"));
  while (!/File for review/.test(screen)) screen = await h.choose("telegram:1", /^Skip$/);
  const id = /KZ-AI-\d{4}-\d{4}/.exec(await h.choose("telegram:1", /File for review/))?.[0];
  const question = /Q-\d{4}-\d{4}/.exec(await h.send("telegram:1", h.text("/person Do we need an audit?")))?.[0];
  assert.ok(id && question);
  const dayZeroUpdates = await count(h, `SELECT COUNT(*) AS n FROM processed_updates WHERE at = '${at(0).toISOString()}'`);
  // Day 1: another founder picks a language and stops before describing the system.
  now = at(1);
  await h.send("telegram:2", h.text("/start"));
  await h.choose("telegram:2", /English/);

  // Day 31: the first chat has been idle for 31 days, the second for exactly 30, which is not longer than 30.
  now = at(31);
  assert.deepEqual(await sweepExpired(h.db, now, 30), { sessions: 1, processedUpdates: dayZeroUpdates });
  assert.equal(await count(h, `SELECT COUNT(*) AS n FROM processed_updates WHERE at < '${at(1).toISOString()}'`), 0);
  assert.equal(await count(h, `SELECT COUNT(*) AS n FROM processed_updates WHERE at = '${at(1).toISOString()}'`), 2);

  assert.match(await h.send("telegram:2", h.text("Our chatbot answers questions for an online shop.")), /From your description I understood/);
  assert.match(await h.send("telegram:1", h.text("We score loan applicants.")), /Which language shall we speak\?/);
  await h.choose("telegram:1", /English/);
  assert.match(await h.send("telegram:1", h.text("/status")), new RegExp(id));
  await h.send("slack:U1", h.text("/start"));
  await h.choose("slack:U1", /English/);
  assert.match(await h.send("slack:U1", h.text("/queue")), new RegExp(`${id}.*PayScore`));
  assert.match(await h.send("slack:U1", h.text("/questions")), new RegExp(`${question}[^]*Do we need an audit\\?`));
  assert.equal(await count(h, `SELECT COUNT(*) AS n FROM submission_events WHERE submission_id = '${id}'`), 1);
  await h.close();
});

test("the sweep runs at once, then again every day with the clock of that day", async () => {
  await withTempDb(async (db) => {
    await db.tx(async (q) => {
      for (const [chat, day] of [["telegram:1", 0], ["telegram:2", 1]] as const) {
        const user = await upsertUser(q, "telegram", chat, at(day).toISOString());
        await saveSession(q, chat, user.id, { v: STATE_VERSION, lang: "en", stamp: 0, at: { step: "home" }, memory: {} }, at(day).toISOString());
      }
    });
    const kept = async () => (await Promise.all(["telegram:1", "telegram:2"].map((c) => db.tx((q) => loadSession(q, c))))).map((s) => s !== null);
    const { log, entries } = memoryLog();
    let now = at(31);
    mock.timers.enable({ apis: ["setInterval"] });
    try {
      await scheduleRetention(db, 30, log, () => now);
      assert.deepEqual(await kept(), [false, true]);
      assert.deepEqual(entries, [{ level: "info", event: "retention.swept", count: 1 }]);

      now = at(32);
      mock.timers.tick(DAY_MS);
      // setTimeout is not mocked: wait in real time, boundedly, for the sweep the tick started.
      for (let i = 0; entries.length < 2 && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(await kept(), [false, false]);
      assert.deepEqual(entries[1], { level: "info", event: "retention.swept", count: 1 });
    } finally {
      mock.timers.reset();
    }
  });
});

test("npm start with RETENTION_DAYS sweeps at start-up and the terminal chat still exits when its input ends", async () => {
  const path = freshPath();
  const db = await openDatabase(path);
  await db.tx(async (q) => {
    const user = await upsertUser(q, "telegram", "telegram:1", "2020-01-01T00:00:00.000Z");
    await saveSession(q, "telegram:1", user.id, { v: STATE_VERSION, lang: "en", stamp: 0, at: { step: "home" }, memory: {} }, "2020-01-01T00:00:00.000Z");
  });
  await db.close();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: path, RETENTION_DAYS: "30", LANG: "C" };
  for (const key of ["TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]) delete env[key];
  // A daily timer that held the process open would make this run until the timeout kills it (status null).
  const r = spawnSync("npm", ["start", "--silent"], { cwd: resolve(import.meta.dirname, "../.."), env, input: "", encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /"event":"retention.swept","count":1/);
  const after = await openDatabase(path);
  assert.equal(await after.tx((q) => loadSession(q, "telegram:1")), null);
  await after.close();
});
