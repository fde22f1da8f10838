import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STATE_VERSION } from "../../flows/state.js";
import { enqueue, pending } from "../../bot/storage/outbox.js";
import { loadSession, saveSession } from "../../bot/storage/sessions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { outboundText, runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-dispatch-")), "triage.db");

type Harness = Awaited<ReturnType<typeof runtimeHarness>>;

/** Language, description, the confirmation of what it suggested, then "no" / "I don't know" to every question until the result shows. */
async function assessToResult(h: Harness, chat: string, description: string): Promise<string> {
  await h.send(chat, h.text("/start"));
  await h.choose(chat, /English/);
  let screen = await h.send(chat, h.text(description));
  for (let i = 0; !/Want more detail\?/.test(screen); i++) {
    assert.ok(i < 25, `the assessment ends; last screen:\n${screen}`);
    screen = await h.choose(chat, /^\[?(Yes, all correct|None of these|No)\b|I don't know/).catch(() => h.choose(chat, /I don't know/));
  }
  return screen;
}

async function fileDossier(h: Harness, chat: string): Promise<string> {
  await h.choose(chat, /Draft the dossier/);
  let screen = await h.send(chat, h.text("PayScore"));
  while (!/File for review/.test(screen)) screen = await h.choose(chat, /^Skip$/);
  screen = await h.choose(chat, /File for review/);
  const id = /KZ-AI-\d{4}-\d{4}/.exec(screen)?.[0];
  assert.ok(id, screen);
  return id;
}

test("a new chat is greeted in the platform's language with the language choice", async () => {
  const h = await runtimeHarness(freshPath());
  const screen = await h.send("telegram:1", h.text("/start"), { platformLocale: "kk" });
  assert.match(screen, /Қазақша/);
  assert.match(screen, /тіл/i);
  await h.close();
});

test("a founder resumes exactly where they were after a restart on the same database file", async () => {
  const path = freshPath();
  const h = await runtimeHarness(path);
  await h.send("telegram:2", h.text("/start"));
  await h.choose("telegram:2", /English/);
  const described = await h.send("telegram:2", h.text("We score loan applicants and approve loans automatically, with no officer."));
  assert.match(described, /From your description I understood/);
  const before = await h.choose("telegram:2", /Yes, all correct/);
  const n = Number(/Question (\d+) of about/.exec(before)?.[1]);
  assert.ok(n >= 1, before);
  await h.reopen();
  // The button printed before the restart still answers the same question.
  const after = await h.choose("telegram:2", /I don't know/);
  assert.match(after, new RegExp(`Question ${n + 1} of about|Want more detail`));
  await h.close();
});

test("a stored conversation that no longer parses starts over with a clear message, never a crash", async () => {
  const h = await runtimeHarness(freshPath());
  await h.send("telegram:3", h.text("/start"));
  await h.db.tx(async (q) => {
    const row = await loadSession(q, "telegram:3");
    await saveSession(q, "telegram:3", row!.userId, { v: 0, step: "ask", cursor: 7 }, "2026-03-02T06:00:00.000Z");
  });
  const screen = await h.send("telegram:3", h.text("hello"));
  assert.match(screen, /start again/i);
  assert.match(screen, /English/);
  // News from the queue still gets through a conversation that had to start over.
  await h.db.tx(async (q) => {
    const row = await loadSession(q, "telegram:3");
    await saveSession(q, "telegram:3", row!.userId, { v: 0 }, "2026-03-02T06:00:00.000Z");
  });
  const answered = await h.send("telegram:3", { type: "notification", notification: { kind: "questionAnswered", questionId: "Q-2026-0009", answer: "Yes, label it.", byRole: "regulator" } });
  assert.match(answered, /Yes, label it\./);
  await h.close();
});

test("a failing step writes nothing and the founder gets an apology in their language", async () => {
  const h = await runtimeHarness(freshPath());
  await h.send("telegram:4", h.text("/start"));
  await h.choose("telegram:4", /English/);
  const before = await h.db.tx((q) => loadSession(q, "telegram:4"));
  // Break the questions table so escalating fails inside the transaction.
  await h.db.run("DROP TABLE questions");
  const screen = await h.send("telegram:4", h.text("/person Can my reseller white-label the bot?"));
  assert.match(screen, /Sorry, something went wrong/);
  const after = await h.db.tx((q) => loadSession(q, "telegram:4"));
  assert.deepEqual(after, before);
  assert.ok(h.log.entries.some((e) => e.event === "dispatch.failed" && e.level === "error"));
  await h.close();
});

test("a platform update delivered twice is answered once", async () => {
  const h = await runtimeHarness(freshPath());
  const first = await h.send("telegram:5", h.text("/start"), { updateId: "777" });
  const second = await h.send("telegram:5", h.text("/start"), { updateId: "777" });
  assert.ok(first.length > 0);
  assert.equal(second, "");
  await h.close();
});

test("events of one chat are handled one at a time while other chats proceed", async () => {
  const h = await runtimeHarness(freshPath());
  await Promise.all(["telegram:6", "telegram:7", "telegram:8"].map((c) => h.send(c, h.text("/start"))));
  const sent = Array.from({ length: 12 }, (_, i) => h.send(`telegram:${6 + (i % 3)}`, h.text("/status"), { updateId: `c${i}` }));
  await Promise.all(sent);
  const perChat = (chat: string) => h.received.filter((o) => o.chatKey === chat).length;
  // Each chat got its greeting and one answer per /status, none lost to a locked database.
  for (const chat of ["telegram:6", "telegram:7", "telegram:8"]) assert.equal(perChat(chat), 5);
  assert.equal(h.log.entries.filter((e) => e.level === "error").length, 0);
  await h.close();
});

test("a reviewer's request for changes reaches the founder in the founder's language, with the reason and a due date", async () => {
  const h = await runtimeHarness(freshPath());
  await assessToResult(h, "telegram:9", "Our app recommends recipes; if it breaks nobody notices.");
  const id = await fileDossier(h, "telegram:9");
  await h.send("telegram:9", h.text("/language ru"));
  await h.send("slack:C1", h.text("/start"));
  await h.choose("slack:C1", /English/);
  assert.match(await h.send("slack:C1", h.text(`/claim ${id}`)), new RegExp(id));
  const from = h.received.length;
  await h.send("slack:C1", h.text(`/changes ${id} Add the human oversight section`));
  const founder = h.received.slice(from).filter((o) => o.chatKey === "telegram:9");
  assert.equal(founder.length, 1);
  assert.equal(founder[0]!.lang, "ru");
  const text = outboundText(founder[0]!);
  assert.match(text, /Add the human oversight section/);
  assert.match(text, /2026-03-09|2026-03-10/);
  await h.close();
});

test("/forget erases the founder's data and keeps the filed submission only as an anonymised record", async () => {
  const h = await runtimeHarness(freshPath());
  await assessToResult(h, "telegram:10", "A chatbot for a bakery that takes orders by name and phone, data stored in Almaty.");
  const id = await fileDossier(h, "telegram:10");
  await h.send("slack:U1", h.text("/start"));
  await h.choose("slack:U1", /English/);
  await h.send("slack:U1", h.text(`/claim ${id}`));
  await h.send("slack:U1", h.text(`/changes ${id} Ask Aigerim Sadykova to describe the bakery's data`));
  await h.send("telegram:10", h.text("/forget"));
  const erased = await h.choose("telegram:10", /Yes, erase/);
  assert.match(erased, /Your data has been erased/);
  assert.deepEqual(await h.db.all("SELECT * FROM users WHERE channel = 'telegram'"), [], "not even the platform identity is kept");
  assert.deepEqual(await h.db.all("SELECT * FROM sessions WHERE chat_key = 'telegram:10'"), []);
  assert.deepEqual(await h.db.all("SELECT * FROM assessments"), []);
  const submission = (await h.db.get("SELECT founder_user_id, founder_chat_key, dossier_json, anonymised FROM submissions WHERE id = ?", [id])) as Record<string, unknown>;
  assert.equal(submission.founder_user_id, null);
  assert.equal(submission.founder_chat_key, null);
  assert.equal(submission.anonymised, 1);
  assert.doesNotMatch(String(submission.dossier_json), /PayScore|bakery/);
  const events = (await h.db.all("SELECT action, reason FROM submission_events WHERE submission_id = ?", [id])) as { action: string; reason: string | null }[];
  assert.deepEqual(events.map((e) => e.action), ["file", "claim", "request_changes"], "the history of who did what stays");
  assert.ok(events.every((e) => e.reason === null), "the reviewer's words about the founder do not");
  // Picking a language on the screen the erasure ended with starts the new conversation, without asking twice.
  assert.match(await h.choose("telegram:10", /English/), /Describe your AI system/);
  assert.equal(((await h.db.all("SELECT * FROM users WHERE channel = 'telegram'")) as unknown[]).length, 1, "an account again only once they write");
  await h.close();
});

test("nothing a person writes reaches the logs, even when handling fails", async () => {
  const h = await runtimeHarness(freshPath());
  const SENTINEL = "Zhanargul-7731-secret";
  await h.send("telegram:11", h.text("/start"));
  await h.choose("telegram:11", /English/);
  await h.send("telegram:11", h.text(`My system ${SENTINEL} reads faces of shoppers`));
  await h.db.run("DROP TABLE questions");
  await h.send("telegram:11", h.text(`/person ${SENTINEL}?`));
  assert.ok(h.log.entries.length > 0);
  assert.doesNotMatch(JSON.stringify(h.log.entries), new RegExp(SENTINEL));
  await h.close();
});

test("an error before a Kazakh-speaking founder has picked a language is apologised for in Kazakh", async () => {
  const h = await runtimeHarness(freshPath());
  await h.send("telegram:12", h.text("/start"), { platformLocale: "kk" });
  await h.db.run("DROP TABLE sessions");
  const screen = await h.send("telegram:12", h.text("сәлем"), { platformLocale: "kk" });
  assert.match(screen, /Кешіріңіз/);
  await h.close();
});

test("a notification the bot cannot show brings no apology, waits in the outbox, and other chats carry on", async () => {
  const h = await runtimeHarness(freshPath());
  await h.send("telegram:13", h.text("/start"));
  await enqueue(h.db, "telegram:13", { kind: "questionAnswered", questionId: "Q-2026-0001", answer: "Yes.", byRole: "reviewer" }, "2026-03-02T06:00:00.000Z");
  await h.db.run("UPDATE sessions SET state_json = '{damaged' WHERE chat_key = 'telegram:13'");
  const from = h.received.length;
  for (const i of [1, 2]) assert.match(await h.send(`telegram:${13 + i}`, h.text("/start")), /English/);
  assert.deepEqual(h.received.slice(from).filter((o) => o.chatKey === "telegram:13"), []);
  assert.equal((await pending(h.db)).length, 1);
  assert.ok(h.log.entries.some((e) => e.event === "dispatch.failed"));
  await h.close();
});

test("a notification still waiting when a founder erases their data never reaches the chat's fresh account", async () => {
  const h = await runtimeHarness(freshPath());
  await h.send("telegram:20", h.text("/start"));
  await h.send("telegram:21", h.text("/start"));
  await h.send("telegram:21", h.text("/forget"));
  const now = "2026-03-02T06:00:00.000Z";
  await enqueue(h.db, "telegram:20", { kind: "questionAnswered", questionId: "Q-2026-0001", answer: "An answer for 20.", byRole: "reviewer" }, now);
  await enqueue(h.db, "telegram:21", { kind: "questionAnswered", questionId: "Q-2026-0002", answer: "An answer for 21.", byRole: "reviewer" }, now);
  // The founder of telegram:21 confirms the erasure before the notices go out (the runtime delivers them in the
  // background, so "waiting" is any moment before their turn renders them).
  const from = h.received.length;
  await h.choose("telegram:21", /Yes, erase/);
  await h.runtime.deliverOutbox();
  const told = (chat: string) => h.received.slice(from).filter((o) => o.chatKey === chat).map(outboundText).join("\n");
  assert.match(told("telegram:20"), /An answer for 20\./);
  assert.doesNotMatch(told("telegram:21"), /An answer for 21\./);
  await h.close();
});

test("more than a hundred waiting notifications all go out in one delivery round", async () => {
  const h = await runtimeHarness(freshPath());
  const chats = Array.from({ length: 120 }, (_, i) => `telegram:${1000 + i}`);
  await h.db.tx(async (q) => {
    for (const chat of chats) {
      const user = await upsertUser(q, "telegram", chat, "2026-03-02T06:00:00.000Z");
      await saveSession(q, chat, user.id, { v: STATE_VERSION, lang: "en", stamp: 0, at: { step: "home" }, memory: {} }, "2026-03-02T06:00:00.000Z");
      await enqueue(q, chat, { kind: "submissionStatus", submissionId: "KZ-AI-2026-0001", status: "in_review" }, "2026-03-02T06:00:00.000Z");
    }
  });
  await h.runtime.deliverOutbox();
  assert.deepEqual(await pending(h.db), []);
  assert.deepEqual(new Set(h.received.map((o) => o.chatKey)), new Set(chats));
  await h.close();
});

test("a command sent as the very first message is carried out, not lost to the language question", async () => {
  const h = await runtimeHarness(freshPath());
  const first = await h.send("slack:U1", h.text("/queue"));
  assert.match(first, /Which language/, "the language question is still asked");
  assert.match(first, /The queue is empty|Open submissions/, "and the command is answered too");
  const text = await h.send("telegram:77", h.text("We score loans"));
  assert.doesNotMatch(text, /From your description/, "free text before a language is chosen is not read as a description");
  await h.close();
});
