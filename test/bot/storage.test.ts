import { test } from "node:test";
import { fixtureAssessment } from "../fixtures/assessments.js";
import assert from "node:assert/strict";
import { Assessment } from "../../knowledge/assess/assessment.js";
import type { RiskTier } from "../../knowledge/law/codes.js";
import type { QueueAction } from "../../flows/queue/transitions.js";
import { openDatabase, type Database, type Queries } from "../../bot/storage/db.js";
import { StorageError } from "../../bot/storage/errors.js";
import { MIGRATIONS } from "../../bot/storage/migrations.js";
import { findUser, findUserByChat, getUser, setLanguage, setRole, upsertUser, type User } from "../../bot/storage/users.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deleteSession, loadSession, saveSession, storedState } from "../../bot/storage/sessions.js";
import {
  applyStatusChange, createSubmission, eventsFor, getSubmission, listSubmissions, type Actor, type Submission,
} from "../../bot/storage/submissions.js";
import { answerQuestion, createQuestion, getQuestion, openQuestionsPage } from "../../bot/storage/questions.js";
import { listAssessments, markNotified, saveAssessment } from "../../bot/storage/assessments.js";
import { enqueue, markDelivered, pending } from "../../bot/storage/outbox.js";
import { markProcessed } from "../../bot/storage/updates.js";
import { getMeta, setMeta } from "../../bot/storage/meta.js";
import { forgetUser } from "../../bot/storage/forget.js";
import { withTempDb } from "../support/temp-db.js";

const NOW = "2026-03-02T10:00:00.000Z";

const assessment = (tier: RiskTier, kbVersion?: string): Assessment => fixtureAssessment(kbVersion === undefined ? { tier } : { tier, kbVersion });

async function founderAt(q: Queries, key: string): Promise<User> {
  const user = await upsertUser(q, "telegram", key, NOW);
  await saveSession(q, `telegram:${key}`, user.id, { step: "idle" }, NOW);
  return user;
}

async function file(q: Queries, founder: User, now = NOW, tier: RiskTier = "high"): Promise<Submission> {
  return createSubmission(q, {
    founderUserId: founder.id,
    founderChatKey: `telegram:${founder.channelUserKey}`,
    systemName: "ScoreBot",
    assessment: assessment(tier),
    dossier: { company: "Alma Data LLP", contact: "aigerim@example.kz" },
    lang: "ru",
  }, now);
}

const tableNames = async (db: Database) =>
  (await db.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") as { name: string }[]).map((r) => r.name);

test("opening the same file again applies no migration twice and keeps the schema", async () => {
  await withTempDb(async (db, path) => {
    const before = await tableNames(db);
    await db.close();
    const again = await openDatabase(path);
    try {
      assert.deepEqual(await again.all("SELECT version FROM schema_migrations ORDER BY version"), MIGRATIONS.map((m) => ({ version: m.version })));
      assert.deepEqual(await tableNames(again), before);
      for (const table of ["users", "sessions", "submissions", "submission_events", "questions", "assessments", "outbox", "deliveries", "processed_updates", "meta"]) {
        assert.ok(before.includes(table), table);
      }
    } finally {
      await again.close();
    }
  });
});

test("a migration that fails leaves the database at the version before it", async () => {
  await withTempDb(async (db, path) => {
    await db.close();
    const next = MIGRATIONS.at(-1)!.version + 1;
    const broken = [...MIGRATIONS, { version: next, sql: "CREATE TABLE half_done (a TEXT); NOT SQL AT ALL;" }];
    await assert.rejects(openDatabase(path, broken), StorageError);
    const again = await openDatabase(path);
    try {
      assert.deepEqual(await again.all("SELECT version FROM schema_migrations ORDER BY version"), MIGRATIONS.map((m) => ({ version: m.version })));
      assert.ok(!(await tableNames(again)).includes("half_done"));
    } finally {
      await again.close();
    }
  });
});

test("a database written by newer code is refused rather than misread", async () => {
  await withTempDb(async (db, path) => {
    await db.close();
    const newer = await openDatabase(path, [...MIGRATIONS, { version: MIGRATIONS.at(-1)!.version + 1, sql: "CREATE TABLE later (a TEXT);" }]);
    await newer.close();
    await assert.rejects(openDatabase(path), (e: unknown) => e instanceof StorageError && e.code === "storage_failed");
  });
});

test("the file is opened in WAL mode with foreign keys enforced", async () => {
  await withTempDb(async (db) => {
    assert.deepEqual(await db.get("PRAGMA journal_mode"), { journal_mode: "wal" });
    assert.deepEqual(await db.get("PRAGMA foreign_keys"), { foreign_keys: 1 });
    await assert.rejects(saveSession(db, "telegram:1", 999, {}, NOW), StorageError);
  });
});

test("the same query started many times at once, inside and outside a transaction, leaves the file closable", async () => {
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-stmt-")), "triage.db"));
  const ids = Array.from({ length: 8 }, (_, i) => i);
  // Fresh SQL each run, so no earlier use has prepared it: the reads race to prepare it on the read connection, the
  // writes on the write one.
  const read = `SELECT ? + 0 AS n /* ${Date.now()} */`;
  assert.deepEqual(await Promise.all(ids.map((i) => db.get(read, [i]))), ids.map((n) => ({ n })));
  await db.tx((q) => Promise.all(ids.map((i) => q.run("INSERT INTO meta (key, value) VALUES (?, ?)", [`race-${i}`, String(i)]))));
  // A connection with a statement left unfinalized refuses to close (SQLITE_BUSY) and the process keeps the file.
  await db.close();
});

test("submission ids read KZ-AI-<year>-<number> and start again at 0001 each year", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const ids = await db.tx(async (q) => [
      (await file(q, founder, "2026-01-18T09:00:00Z")).id,
      (await file(q, founder, "2026-06-01T09:00:00Z")).id,
      (await file(q, founder, "2027-01-05T09:00:00Z")).id,
      (await file(q, founder, "2027-02-05T09:00:00+05:00")).id,
    ]);
    assert.deepEqual(ids, ["KZ-AI-2026-0001", "KZ-AI-2026-0002", "KZ-AI-2027-0001", "KZ-AI-2027-0002"]);
  });
});

test("a submission filed just after midnight in Astana on 1 January counts in the new year", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const late = await db.tx((q) => file(q, founder, "2026-12-31T18:30:00Z"));
    const early = await db.tx((q) => file(q, founder, "2026-12-31T19:30:00Z"));
    assert.equal(late.id, "KZ-AI-2026-0001");
    assert.equal(early.id, "KZ-AI-2027-0001");
  });
});

test("question ids are numbered on their own, Q-<year>-<number>", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    await db.tx((q) => file(q, founder));
    const first = await db.tx((q) => createQuestion(q, { userId: founder.id, chatKey: "telegram:100", lang: "kk", text: "Аудит міндетті ме?" }, NOW));
    const second = await db.tx((q) => createQuestion(q, { userId: founder.id, chatKey: "telegram:100", lang: "kk", text: "Тағы бір сұрақ" }, NOW));
    assert.deepEqual([first.id, second.id], ["Q-2026-0001", "Q-2026-0002"]);
  });
});

test("filing records who filed, in which language and under which knowledge base version", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const filed = await db.tx((q) => file(q, founder));
    assert.equal(filed.status, "submitted");
    assert.equal(filed.anonymised, false);
    assert.equal(filed.founderUserId, founder.id);
    assert.equal(filed.kbVersion, "kb-2026.11.1");
    assert.equal(filed.tier, "high");
    assert.deepEqual(filed.dossier, { company: "Alma Data LLP", contact: "aigerim@example.kz" });
    const events = await eventsFor(db, filed.id);
    assert.deepEqual(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorRole]), [["file", null, "submitted", "founder"]]);
  });
});

type Step = { action: QueueAction; by: "reviewer" | "regulator" | "founder"; reason?: string };
const REVIEW_PATHS: { description: string; steps: Step[]; ends: Submission["status"] }[] = [
  {
    description: "changes requested by a reviewer, resubmitted by the founder, then approved",
    steps: [
      { action: "claim", by: "reviewer" },
      { action: "request_changes", by: "reviewer", reason: "Add the risk assessment" },
      { action: "resubmit", by: "founder" },
      { action: "claim", by: "reviewer" },
      { action: "approve", by: "reviewer" },
    ],
    ends: "approved",
  },
  { description: "rejected by a reviewer", steps: [{ action: "claim", by: "reviewer" }, { action: "reject", by: "reviewer", reason: "Prohibited use" }], ends: "rejected" },
  {
    description: "escalated, then approved by the regulator",
    steps: [{ action: "claim", by: "reviewer" }, { action: "escalate", by: "reviewer", reason: "Is this critical infrastructure?" }, { action: "approve", by: "regulator" }],
    ends: "approved",
  },
  {
    description: "escalated, then rejected by the regulator",
    steps: [{ action: "claim", by: "reviewer" }, { action: "escalate", by: "reviewer", reason: "Biometrics?" }, { action: "reject", by: "regulator", reason: "Art. 17(3) use" }],
    ends: "rejected",
  },
  {
    description: "escalated, then sent back for changes by the regulator",
    steps: [{ action: "claim", by: "reviewer" }, { action: "escalate", by: "reviewer", reason: "Unclear" }, { action: "request_changes", by: "regulator", reason: "Describe the data" }],
    ends: "changes_requested",
  },
];

for (const path of REVIEW_PATHS) {
  test(`a submission can be ${path.description}, and each step is in its history`, async () => {
    await withTempDb(async (db) => {
      const founder = await founderAt(db, "100");
      const reviewer = await db.tx(async (q) => {
        const r = await upsertUser(q, "slack", "U-REVIEWER", NOW);
        await setRole(q, r.id, "reviewer");
        return r;
      });
      const regulator = await db.tx(async (q) => {
        const r = await upsertUser(q, "telegram", "900", NOW);
        await setRole(q, r.id, "regulator");
        return r;
      });
      const actors: Record<Step["by"], Actor> = {
        founder: { userId: founder.id, role: "founder" },
        reviewer: { userId: reviewer.id, role: "reviewer" },
        regulator: { userId: regulator.id, role: "regulator" },
      };
      const filed = await db.tx((q) => file(q, founder));
      for (const step of path.steps) {
        const moved = await db.tx((q) => applyStatusChange(q, filed.id, step.action, actors[step.by], step.reason, NOW));
        assert.ok(moved.ok, `${step.action} by ${step.by}: ${moved.ok ? "" : moved.reason}`);
      }
      assert.equal((await getSubmission(db, filed.id))?.status, path.ends);
      const events = await eventsFor(db, filed.id);
      assert.deepEqual(events.map((e) => e.action), ["file", ...path.steps.map((s) => s.action)]);
      assert.deepEqual(events.slice(1).map((e) => e.reason), path.steps.map((s) => s.reason ?? null));
      assert.deepEqual(events.slice(1).map((e) => e.actorUserId), path.steps.map((s) => actors[s.by].userId));
      events.slice(1).forEach((e, i) => assert.equal(e.fromStatus, events[i]?.toStatus));
    });
  });
}

test("a refused change leaves the status and the history as they were", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const other = await founderAt(db, "200");
    const filed = await db.tx((q) => file(q, founder));
    const reviewer: Actor = { userId: 77, role: "reviewer" };
    const attempts = [
      { expected: "notAllowed", change: (q: Queries) => applyStatusChange(q, filed.id, "approve", reviewer, undefined, NOW) },
      { expected: "wrongRole", change: (q: Queries) => applyStatusChange(q, filed.id, "claim", { userId: founder.id, role: "founder" }, undefined, NOW) },
      { expected: "notFound", change: (q: Queries) => applyStatusChange(q, "KZ-AI-2026-0999", "claim", reviewer, undefined, NOW) },
    ];
    for (const attempt of attempts) {
      const result = await db.tx(attempt.change);
      assert.deepEqual(result, { ok: false, reason: attempt.expected });
    }
    await db.tx((q) => applyStatusChange(q, filed.id, "claim", reviewer, undefined, NOW));
    assert.deepEqual(await db.tx((q) => applyStatusChange(q, filed.id, "reject", reviewer, "  ", NOW)), { ok: false, reason: "reasonRequired" });
    await db.tx((q) => applyStatusChange(q, filed.id, "request_changes", reviewer, "More detail", NOW, "2026-03-16"));
    assert.deepEqual(
      await db.tx((q) => applyStatusChange(q, filed.id, "resubmit", { userId: other.id, role: "founder" }, undefined, NOW)),
      { ok: false, reason: "wrongRole" },
    );
    const after = await getSubmission(db, filed.id);
    assert.equal(after?.status, "changes_requested");
    assert.deepEqual((await eventsFor(db, filed.id)).map((e) => e.action), ["file", "claim", "request_changes"]);
  });
});

test("the resubmission date is kept while changes are requested and cleared on resubmission", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const filed = await db.tx((q) => file(q, founder));
    const reviewer: Actor = { role: "reviewer" };
    await db.tx((q) => applyStatusChange(q, filed.id, "claim", reviewer, undefined, NOW));
    const sent = await db.tx((q) => applyStatusChange(q, filed.id, "request_changes", reviewer, "Add logs", "2026-03-03T10:00:00Z", "2026-03-17"));
    assert.ok(sent.ok);
    assert.equal(sent.value.resubmissionDue, "2026-03-17");
    assert.equal(sent.value.updatedAt, "2026-03-03T10:00:00Z");
    const back = await db.tx((q) => applyStatusChange(q, filed.id, "resubmit", { userId: founder.id, role: "founder" }, undefined, NOW));
    assert.ok(back.ok);
    assert.equal(back.value.resubmissionDue, null);
  });
});

test("the queue lists submissions by status", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const [a, b] = await db.tx(async (q) => [await file(q, founder), await file(q, founder)]);
    await db.tx((q) => applyStatusChange(q, a!.id, "claim", { role: "reviewer" }, undefined, NOW));
    assert.deepEqual((await listSubmissions(db, { status: "submitted" })).map((s) => s.id), [b!.id]);
    assert.deepEqual((await listSubmissions(db, { status: "in_review" })).map((s) => s.id), [a!.id]);
    assert.deepEqual((await listSubmissions(db)).map((s) => s.id), [a!.id, b!.id]);
    assert.deepEqual((await listSubmissions(db, { founderUserId: founder.id + 1 })), []);
  });
});

test("the review history cannot be rewritten or erased", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const filed = await db.tx((q) => file(q, founder));
    await assert.rejects(db.run("UPDATE submission_events SET reason = 'edited'"), StorageError);
    await assert.rejects(db.run("UPDATE submission_events SET reason = NULL, actor_role = 'regulator'"), StorageError);
    await assert.rejects(db.run("UPDATE submission_events SET at = '2000-01-01'"), StorageError);
    await assert.rejects(db.run("DELETE FROM submission_events"), StorageError);
    assert.equal((await eventsFor(db, filed.id)).length, 1);
    // The one change allowed: /forget blanking a reason, which may name the founder.
    await db.run("UPDATE submission_events SET reason = NULL");
  });
});

test("an update delivered twice is recognised the second time", async () => {
  await withTempDb(async (db) => {
    assert.equal(await markProcessed(db, "telegram", 5001, NOW), true);
    assert.equal(await markProcessed(db, "telegram", 5001, NOW), false);
    assert.equal(await markProcessed(db, "telegram", "5001", NOW), false);
    assert.equal(await markProcessed(db, "slack", 5001, NOW), true);
  });
});

test("a transaction that throws writes nothing and passes the error on", async () => {
  await withTempDb(async (db) => {
    const boom = new Error("flow step failed");
    await assert.rejects(db.tx(async (q) => {
      const user = await upsertUser(q, "telegram", "100", NOW);
      await saveSession(q, "telegram:100", user.id, { step: "ask" }, NOW);
      await setMeta(q, "kb_version_notified", "kb-2026.11.1");
      throw boom;
    }), (e: unknown) => e === boom);
    assert.deepEqual(await db.all("SELECT * FROM users"), []);
    assert.equal(await loadSession(db, "telegram:100"), null);
    assert.equal(await getMeta(db, "kb_version_notified"), null);
  });
});

test("fifty transactions started at once each see the previous one's write", async () => {
  await withTempDb(async (db) => {
    await setMeta(db, "counter", "0");
    await Promise.all(Array.from({ length: 50 }, () => db.tx(async (q) => {
      const current = Number(await getMeta(q, "counter"));
      await new Promise((resolve) => setImmediate(resolve));
      await setMeta(q, "counter", String(current + 1));
    })));
    assert.equal(await getMeta(db, "counter"), "50");
  });
});

test("using the database directly inside a transaction fails instead of hanging", async () => {
  await withTempDb(async (db) => {
    await assert.rejects(db.tx(() => getMeta(db, "x")), StorageError);
    await assert.rejects(db.tx(() => db.tx(async () => 1)), StorageError);
    assert.equal(await db.tx(async () => "still usable"), "still usable");
  });
});

test("a transaction's handle stops working once the transaction has ended", async () => {
  await withTempDb(async (db) => {
    const leaked = await db.tx(async (q) => q);
    await assert.rejects(getMeta(leaked, "x"), StorageError);
  });
});

test("a damaged row is reported as a storage failure", async () => {
  await withTempDb(async (db) => {
    const user = await upsertUser(db, "console", "local", NOW);
    await db.run("INSERT INTO sessions (chat_key, user_id, state_json, updated_at) VALUES ('console:local', ?, '{not json', ?)", [user.id, NOW]);
    const damaged = await loadSession(db, "console:local");
    assert.ok(damaged !== null);
    assert.throws(() => storedState(damaged), (e: unknown) => e instanceof StorageError && e.code === "storage_failed");
  });
});

test("a user is created once per platform account and keeps their language and role", async () => {
  await withTempDb(async (db) => {
    const first = await upsertUser(db, "telegram", "100", NOW);
    const again = await upsertUser(db, "telegram", "100", "2026-04-01T00:00:00Z");
    assert.equal(again.id, first.id);
    assert.equal(again.createdAt, NOW);
    assert.equal(first.role, "founder");
    assert.equal(first.language, null);
    assert.equal((await setLanguage(db, first.id, "kk"))?.language, "kk");
    assert.equal((await setRole(db, first.id, "reviewer"))?.role, "reviewer");
    assert.equal(await setRole(db, 12345, "reviewer"), null);
    await saveSession(db, "telegram:100", first.id, { step: "idle" }, NOW);
    assert.equal((await findUserByChat(db, "telegram:100"))?.id, first.id);
    assert.equal(await findUserByChat(db, "telegram:999"), null);
    assert.notEqual((await upsertUser(db, "slack", "100", NOW)).id, first.id);
  });
});

test("a session comes back as the text it was saved as, for the flow to parse", async () => {
  await withTempDb(async (db) => {
    const user = await upsertUser(db, "console", "local", NOW);
    await saveSession(db, "console:local", user.id, { v: 1, step: "ask", asked: ["autonomy"] }, NOW);
    const text = await saveSession(db, "console:local", user.id, { v: 2, step: "result" }, "2026-03-02T10:05:00Z");
    const loaded = await loadSession(db, "console:local");
    assert.deepEqual(loaded, { userId: user.id, stateText: text, updatedAt: "2026-03-02T10:05:00Z" });
    assert.deepEqual(storedState(loaded!), { v: 2, step: "result" });
    await deleteSession(db, "console:local");
    assert.equal(await loadSession(db, "console:local"), null);
  });
});

test("a question is answered once and leaves the open list", async () => {
  await withTempDb(async (db) => {
    const user = await upsertUser(db, "telegram", "100", NOW);
    const asked = await db.tx((q) => createQuestion(q, { userId: user.id, chatKey: "telegram:100", lang: "ru", text: "Нужен ли аудит?" }, NOW));
    assert.deepEqual((await openQuestionsPage(db, { offset: 0, limit: 20 })).questions.map((x) => x.id), [asked.id]);
    const answered = await answerQuestion(db, asked.id, "Нет, аудит добровольный", "reviewer", "2026-03-03T09:00:00Z");
    assert.ok(answered.ok);
    assert.equal(answered.value.status, "answered");
    assert.equal(answered.value.answeredByRole, "reviewer");
    assert.deepEqual(await answerQuestion(db, asked.id, "second answer", "regulator", NOW), { ok: false, reason: "alreadyAnswered" });
    assert.deepEqual(await answerQuestion(db, "Q-2026-0404", "x", "reviewer", NOW), { ok: false, reason: "notFound" });
    assert.deepEqual(await openQuestionsPage(db, { offset: 0, limit: 20 }), { total: 0, questions: [] });
    assert.equal((await getQuestion(db, asked.id))?.answer, "Нет, аудит добровольный");
  });
});

test("assessments made under an older knowledge base are listed until the user is told", async () => {
  await withTempDb(async (db) => {
    const user = await upsertUser(db, "telegram", "100", NOW);
    const old = await saveAssessment(db, { userId: user.id, chatKey: "telegram:100", assessment: assessment("medium", "kb-2026.10.1") }, NOW);
    await saveAssessment(db, { userId: user.id, chatKey: "telegram:100", assessment: assessment("high", "kb-2026.11.1") }, NOW);
    assert.equal(old.profile.autonomy, "high");
    assert.equal(old.result.tier, "medium");
    assert.deepEqual((await listAssessments(db, { outdatedFor: "kb-2026.11.1" })).map((a) => a.id), [old.id]);
    await markNotified(db, old.id, "kb-2026.11.1");
    assert.deepEqual(await listAssessments(db, { outdatedFor: "kb-2026.11.1" }), []);
    assert.equal((await listAssessments(db, { userId: user.id })).length, 2);
  });
});

test("notifications wait in the outbox until delivered", async () => {
  await withTempDb(async (db) => {
    const first = await enqueue(db, "telegram:100", { kind: "submissionStatus", submissionId: "KZ-AI-2026-0001", status: "in_review" }, NOW);
    await enqueue(db, "slack:D1", { kind: "rulesChanged", kbVersion: "kb-2026.11.1", changes: [], assessment: assessment("medium") }, NOW);
    assert.deepEqual((await pending(db)).map((n) => [n.chatKey, n.notification.kind]), [["telegram:100", "submissionStatus"], ["slack:D1", "rulesChanged"]]);
    await markDelivered(db, first, NOW);
    assert.deepEqual((await pending(db)).map((n) => n.chatKey), ["slack:D1"]);
  });
});

test("/forget erases the founder's data, anonymises their submissions and keeps the review history", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const bystander = await founderAt(db, "200");
    const filed = await db.tx(async (q) => {
      await setLanguage(q, founder.id, "kk");
      const submission = await file(q, founder);
      await applyStatusChange(q, submission.id, "claim", { role: "reviewer", userId: bystander.id + 1 }, undefined, NOW);
      await saveAssessment(q, { userId: founder.id, chatKey: "telegram:100", assessment: assessment("high") }, NOW);
      const open = await createQuestion(q, { userId: founder.id, chatKey: "telegram:100", lang: "kk", text: "open question" }, NOW);
      const done = await createQuestion(q, { userId: founder.id, chatKey: "telegram:100", lang: "kk", text: "answered question" }, NOW);
      await answerQuestion(q, done.id, "an answer", "reviewer", NOW);
      await enqueue(q, "telegram:100", { kind: "questionAnswered", questionId: done.id, answer: "an answer", byRole: "reviewer" }, NOW);
      await enqueue(q, "telegram:200", { kind: "rulesChanged", kbVersion: "kb-2026.11.1", changes: [], assessment: assessment("minimal") }, NOW);
      await saveAssessment(q, { userId: bystander.id, chatKey: "telegram:200", assessment: assessment("minimal") }, NOW);
      return { submission, open, done };
    });
    const eventsBefore = await eventsFor(db, filed.submission.id);

    const summary = await db.tx((q) => forgetUser(q, founder.id));

    assert.deepEqual(summary, { ok: true, value: { sessions: 1, questions: 2, assessments: 1, outbox: 1, submissions: 1 } });
    assert.equal(await getUser(db, founder.id), null);
    assert.equal(await loadSession(db, "telegram:100"), null);
    assert.equal(await getQuestion(db, filed.open.id), null);
    const done = await getQuestion(db, filed.done.id);
    assert.deepEqual([done?.text, done?.userId, done?.chatKey], [null, null, null]);
    assert.deepEqual(await listAssessments(db, { userId: founder.id }), []);
    assert.deepEqual((await pending(db)).map((n) => n.chatKey), ["telegram:200"]);

    const anonymised = await getSubmission(db, filed.submission.id);
    assert.ok(anonymised?.anonymised);
    assert.deepEqual(
      [anonymised.founderUserId, anonymised.founderChatKey, anonymised.systemName, anonymised.dossier, anonymised.assessment],
      [null, null, null, null, null],
    );
    assert.equal(anonymised.tier, "high");
    assert.equal(anonymised.status, "in_review");
    const raw = await db.get("SELECT dossier_json, assessment_json FROM submissions WHERE id = ?", [filed.submission.id]);
    assert.doesNotMatch(JSON.stringify(raw), /Alma|aigerim|ScoreBot|finance/);
    assert.deepEqual(await eventsFor(db, filed.submission.id), eventsBefore);

    assert.ok(await getUser(db, bystander.id));
    assert.ok(await loadSession(db, "telegram:200"));
    assert.equal((await listAssessments(db, { userId: bystander.id })).length, 1);
    assert.deepEqual(await db.tx((q) => forgetUser(q, founder.id)), { ok: false, reason: "notFound" });
  });
});

test("a reviewer can still act on a submission whose founder has used /forget", async () => {
  await withTempDb(async (db) => {
    const founder = await founderAt(db, "100");
    const filed = await db.tx((q) => file(q, founder));
    await db.tx((q) => forgetUser(q, founder.id));
    const claimed = await db.tx((q) => applyStatusChange(q, filed.id, "claim", { role: "reviewer" }, undefined, NOW));
    assert.ok(claimed.ok);
    assert.equal(claimed.value.anonymised, true);
  });
});

test("everything written is still there after closing and reopening the file", async () => {
  await withTempDb(async (db, path) => {
    const founder = await founderAt(db, "100");
    const filed = await db.tx((q) => file(q, founder));
    await markProcessed(db, "telegram", 1, NOW);
    await db.close();
    const again = await openDatabase(path);
    try {
      // As JSON: the filing hands back what it was given, where an absent optional may still be an undefined key.
      assert.deepEqual(await getSubmission(again, filed.id), JSON.parse(JSON.stringify(filed)));
      const session = await loadSession(again, "telegram:100");
      assert.deepEqual(session && { ...session, state: storedState(session) }, { userId: founder.id, stateText: JSON.stringify({ step: "idle" }), state: { step: "idle" }, updatedAt: NOW });
      assert.equal(await markProcessed(again, "telegram", 1, NOW), false);
      assert.equal((await again.tx((q) => file(q, founder))).id, "KZ-AI-2026-0002");
    } finally {
      await again.close();
    }
  });
});

test("a closed database refuses further work", async () => {
  await withTempDb(async (db) => {
    await db.close();
    await assert.rejects(getMeta(db, "x"), StorageError);
  });
});

test("a database from before the team's questions is upgraded in place: its questions read as founders' questions", async () => {
  await withTempDb(async (db, fresh) => {
    await db.close();
    const path = `${fresh}.v1`;
    const old = await openDatabase(path, MIGRATIONS.slice(0, 1));
    await old.run("INSERT INTO users (id, channel, channel_user_key, created_at) VALUES (1, 'telegram', '7', ?)", [NOW]);
    await old.run("INSERT INTO questions (id, user_id, chat_key, lang, text, status, created_at) VALUES ('Q-2026-0001', 1, 'telegram:7', 'kk', 'Аудит міндетті ме?', 'open', ?)", [NOW]);
    await old.close();
    const upgraded = await openDatabase(path);
    try {
      assert.equal((await getQuestion(upgraded, "Q-2026-0001"))?.askedBy, "founder");
    } finally {
      await upgraded.close();
    }
  });
});

test("synchronous is NORMAL unless FULL is asked for, and reads outside a transaction see what the last one committed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "triage-sync-"));
  const normal = await openDatabase(join(dir, "a.db"));
  const full = await openDatabase(join(dir, "b.db"), undefined, { synchronous: "full" });
  try {
    assert.deepEqual(await normal.get("PRAGMA synchronous"), { synchronous: 1 });
    assert.deepEqual(await full.get("PRAGMA synchronous"), { synchronous: 2 });
    const user = await normal.tx((q) => upsertUser(q, "telegram", "1", NOW));
    assert.equal((await findUser(normal, "telegram", "1"))?.id, user.id, "the read connection sees the commit at once");
  } finally {
    await normal.close();
    await full.close();
  }
});
