import { test } from "node:test";
import { fixtureAssessment } from "../fixtures/assessments.js";
import assert from "node:assert/strict";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { DOSSIER_FIELDS, type Dossier } from "../../flows/dossier/dossier.js";
import { FlowEvent, type ActorRole, type Effect } from "../../flows/types.js";
import type { Database, Queries } from "../../bot/storage/db.js";
import { upsertUser, getUser, type User } from "../../bot/storage/users.js";
import { saveSession } from "../../bot/storage/sessions.js";
import { getSubmission, eventsFor, replaceSubmissionContent } from "../../bot/storage/submissions.js";
import { getQuestion } from "../../bot/storage/questions.js";
import { listAssessments } from "../../bot/storage/assessments.js";
import { pending } from "../../bot/storage/outbox.js";
import { rolesFor } from "../../bot/runtime/roles.js";
import { OPEN_LIMITS, performEffect, type EffectContext, type EffectOutcome } from "../../bot/runtime/effects.js";
import type { ChannelName as Channel } from "../../bot/runtime/channel.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { withTempDb } from "../support/temp-db.js";

const NOW = new Date("2026-03-02T10:00:00.000Z");
const TODAY = "2026-03-02";

const assessment = (kbVersion?: string): Assessment => fixtureAssessment(kbVersion === undefined ? {} : { kbVersion });

function dossier(systemName = "ScoreBot"): Dossier {
  const entries: Dossier["entries"] = {};
  for (const field of DOSSIER_FIELDS) entries[field] = { value: `${field} of ${systemName}`, confidential: false };
  entries.systemName = { value: systemName, confidential: false };
  entries.algorithmicLogic = { value: "gradient boosting over 40 features", confidential: true };
  return { entries };
}

const translate = createTranslator();
/** The configured staff: U1 reviews, R1 regulates, B1 does both. */
const STAFF = { reviewers: ["U1", "B1"], regulators: ["R1", "B1"] };

type Person = { user: User; ctx: EffectContext };

async function person(q: Queries, key: string, role: ActorRole = "founder", channel: Channel = "telegram"): Promise<Person> {
  const user = await upsertUser(q, channel, key, NOW.toISOString());
  const chatKey = `${channel}:${key}`;
  await saveSession(q, chatKey, user.id, { step: "idle" }, NOW.toISOString());
  return { user, ctx: { userId: user.id, chatKey, channel, role, lang: "ru", now: NOW, today: TODAY, translate, allowedRoles: rolesFor(channel, key, STAFF) } };
}

const perform = (db: Database, effect: Effect, ctx: EffectContext): Promise<EffectOutcome> => db.tx((q) => performEffect(q, effect, ctx));

/** The single event an effect answers with, checked against the flows' own schema. */
async function only(outcome: Promise<EffectOutcome>): Promise<FlowEvent> {
  const { events, documents } = await outcome;
  assert.equal(events.length, 1);
  assert.deepEqual(documents, []);
  return FlowEvent.parse(events[0]);
}

async function fileAs(db: Database, founder: Person, name = "ScoreBot"): Promise<string> {
  const event = await only(perform(db, { kind: "fileSubmission", assessment: assessment(), dossier: dossier(name), lang: "ru" }, founder.ctx));
  assert.equal(event.type, "filed");
  return event.submissionId;
}

const queue = (submissionId: string, action: Extract<Effect, { kind: "queueAction" }>["action"], reason?: string): Effect =>
  reason === undefined ? { kind: "queueAction", submissionId, action } : { kind: "queueAction", submissionId, action, reason };

test("filing answers with the new readable id and files the dossier under the system's name", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const id = await fileAs(db, founder);
    assert.equal(id, "KZ-AI-2026-0001");
    const stored = await getSubmission(db, id);
    assert.ok(stored && !stored.anonymised);
    assert.equal(stored.systemName, "ScoreBot");
    assert.equal(stored.founderChatKey, "telegram:100");
    assert.equal(stored.status, "submitted");
    assert.deepEqual(stored.dossier, dossier());
  });
});

test("a reviewer's claim moves the submission into review and tells the founder's chat", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    const event = await only(perform(db, queue(id, "claim"), reviewer.ctx));
    assert.deepEqual(event, { type: "queueOutcome", submissionId: id, action: "claim", outcome: { ok: true, status: "in_review" } });
    const outbox = await pending(db);
    assert.equal(outbox.length, 1);
    assert.equal(outbox[0]!.chatKey, "telegram:100");
    assert.deepEqual(outbox[0]!.notification, { kind: "submissionStatus", submissionId: id, status: "in_review" });
  });
});

test("a request for changes without a date gives the founder five working days, skipping the 8 March day off", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    const event = await only(perform(db, queue(id, "request_changes", "  Describe the training data  "), reviewer.ctx));
    assert.deepEqual(event, {
      type: "queueOutcome", submissionId: id, action: "request_changes", outcome: { ok: true, status: "changes_requested" },
    });
    const last = (await pending(db)).at(-1)!;
    assert.equal(last.chatKey, "telegram:100");
    assert.deepEqual(last.notification, {
      kind: "submissionStatus",
      submissionId: id,
      status: "changes_requested",
      reason: "Describe the training data",
      resubmissionDue: "2026-03-10",
      dossier: dossier(),
    });
  });
});

test("a due date the reviewer gives is the one the founder is told", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    const effect: Effect = { kind: "queueAction", submissionId: id, action: "request_changes", reason: "Add residual risks", resubmissionDue: "2026-04-01" };
    await perform(db, effect, reviewer.ctx);
    const last = (await pending(db)).at(-1)!.notification;
    assert.ok(last.kind === "submissionStatus");
    assert.equal(last.resubmissionDue, "2026-04-01");
    assert.equal((await getSubmission(db, id))?.resubmissionDue, "2026-04-01");
  });
});

test("an escalation's note to the regulator is not passed on to the founder", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    await perform(db, queue(id, "escalate", "Unsure whether Art. 17(3) applies"), reviewer.ctx);
    assert.deepEqual((await pending(db)).at(-1)!.notification, { kind: "submissionStatus", submissionId: id, status: "escalated" });
  });
});

test("queue actions the rules refuse come back as refusals and change nothing", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    const refusal = async (effect: Effect, ctx: EffectContext) => {
      const event = await only(perform(db, effect, ctx));
      assert.ok(event.type === "queueOutcome" && !event.outcome.ok);
      return event.outcome.reason;
    };
    assert.equal(await refusal(queue(id, "claim"), founder.ctx), "wrongRole");
    // Waiting to be claimed: the reviewer is told to claim it first rather than only "not in this status".
    assert.equal(await refusal(queue(id, "approve"), reviewer.ctx), "claimFirst");
    assert.equal(await refusal(queue("KZ-AI-2026-0404", "claim"), reviewer.ctx), "notFound");
    await perform(db, queue(id, "claim"), reviewer.ctx);
    assert.equal(await refusal(queue(id, "reject", "   "), reviewer.ctx), "reasonRequired");
    assert.equal(await refusal(queue(id, "claim"), reviewer.ctx), "notAllowed");
    assert.equal((await getSubmission(db, id))?.status, "in_review");
    assert.equal((await pending(db)).length, 1, "only the claim notified the founder");
  });
});

test("the founder who filed can resubmit a corrected draft, which replaces the filed one", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    await perform(db, queue(id, "request_changes", "Name the data sources"), reviewer.ctx);
    const corrected = dossier("ScoreBot 2");
    const event = await only(perform(db, { kind: "resubmit", submissionId: id, dossier: corrected }, founder.ctx));
    assert.deepEqual(event, { type: "queueOutcome", submissionId: id, action: "resubmit", outcome: { ok: true, status: "submitted" } });
    const stored = await getSubmission(db, id);
    assert.ok(stored && !stored.anonymised);
    assert.deepEqual(stored.dossier, { ...corrected, submissionId: id });
    assert.equal(stored.systemName, "ScoreBot 2");
    assert.equal(stored.resubmissionDue, null);
    assert.deepEqual((await eventsFor(db, id)).map((e) => e.action), ["file", "claim", "request_changes", "resubmit"]);
  });
});

test("another founder cannot resubmit someone else's submission, and its draft stays as filed", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const stranger = await db.tx((q) => person(q, "200"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    await perform(db, queue(id, "request_changes", "Name the data sources"), reviewer.ctx);
    const event = await only(perform(db, { kind: "resubmit", submissionId: id, dossier: dossier("Hijacked") }, stranger.ctx));
    assert.deepEqual(event, { type: "queueOutcome", submissionId: id, action: "resubmit", outcome: { ok: false, reason: "wrongRole" } });
    const stored = await getSubmission(db, id);
    assert.ok(stored && !stored.anonymised);
    assert.equal(stored.status, "changes_requested");
    assert.equal(stored.systemName, "ScoreBot");
    assert.deepEqual(stored.dossier, dossier());
  });
});

test("a corrected submission can carry a fresh assessment, recorded under its knowledge base version", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const id = await fileAs(db, founder);
    const replaced = await db.tx((q) => replaceSubmissionContent(q, id, { dossier: dossier(), assessment: assessment("kb-later") }, NOW.toISOString()));
    assert.ok(replaced.ok && !replaced.value.anonymised);
    assert.equal(replaced.value.kbVersion, "kb-later");
    assert.equal(replaced.value.systemName, "ScoreBot", "the name stays when none is given");
    const missing = await db.tx((q) => replaceSubmissionContent(q, "KZ-AI-2026-0999", { dossier: dossier() }, NOW.toISOString()));
    assert.deepEqual(missing, { ok: false, reason: "notFound" });
  });
});

test("resubmitting what no one asked to change, or what does not exist, is refused", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const id = await fileAs(db, founder);
    const early = await only(perform(db, { kind: "resubmit", submissionId: id, dossier: dossier("Early") }, founder.ctx));
    assert.deepEqual(early, { type: "queueOutcome", submissionId: id, action: "resubmit", outcome: { ok: false, reason: "notAllowed" } });
    assert.equal((await getSubmission(db, id))?.systemName, "ScoreBot");
    const missing = await only(perform(db, { kind: "resubmit", submissionId: "KZ-AI-2026-0999", dossier: dossier() }, founder.ctx));
    assert.ok(missing.type === "queueOutcome" && !missing.outcome.ok && missing.outcome.reason === "notFound");
  });
});

test("an escalated question is answered by a regulator and the answer goes to the asker's chat", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const regulator = await db.tx((q) => person(q, "R1", "regulator", "slack"));
    const asked = await only(perform(db, { kind: "escalateQuestion", text: "Does Art. 19 apply to us?", lang: "ru" }, founder.ctx));
    assert.deepEqual(asked, { type: "escalated", questionId: "Q-2026-0001" });
    const answered = await only(perform(db, { kind: "answerQuestion", questionId: "Q-2026-0001", answer: "Only if high-risk." }, regulator.ctx));
    assert.deepEqual(answered, { type: "answerOutcome", questionId: "Q-2026-0001", outcome: { ok: true } });
    const outbox = await pending(db);
    assert.equal(outbox.length, 1);
    assert.equal(outbox[0]!.chatKey, "telegram:100");
    assert.deepEqual(outbox[0]!.notification, {
      kind: "questionAnswered", questionId: "Q-2026-0001", question: "Does Art. 19 apply to us?", answer: "Only if high-risk.", byRole: "regulator",
    });
    const again = await only(perform(db, { kind: "answerQuestion", questionId: "Q-2026-0001", answer: "Twice" }, regulator.ctx));
    assert.deepEqual(again, { type: "answerOutcome", questionId: "Q-2026-0001", outcome: { ok: false, reason: "alreadyAnswered" } });
  });
});

test("a founder cannot answer an escalated question, not even their own", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    await perform(db, { kind: "escalateQuestion", text: "Is a chatbot high-risk?", lang: "kk" }, founder.ctx);
    const event = await only(perform(db, { kind: "answerQuestion", questionId: "Q-2026-0001", answer: "Sure" }, founder.ctx));
    assert.deepEqual(event, { type: "answerOutcome", questionId: "Q-2026-0001", outcome: { ok: false, reason: "notFound" } });
    assert.equal((await getQuestion(db, "Q-2026-0001"))?.status, "open");
    assert.deepEqual(await pending(db), []);
  });
});

test("a question about a submission is linked to it; one about an unknown id is kept without the link", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const id = await fileAs(db, founder);
    await perform(db, { kind: "escalateQuestion", text: "When will you look at it?", lang: "en", submissionId: id }, founder.ctx);
    await perform(db, { kind: "escalateQuestion", text: "And this one?", lang: "en", submissionId: "KZ-AI-2020-0001" }, founder.ctx);
    assert.equal((await getQuestion(db, "Q-2026-0001"))?.submissionId, id);
    assert.equal((await getQuestion(db, "Q-2026-0002"))?.submissionId, null);
  });
});

test("/status lists only the founder's own submissions, dated in Astana time", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const other = await db.tx((q) => person(q, "200"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await fileAs(db, other, "OtherBot");
    const evening = { ...reviewer.ctx, now: new Date("2026-03-02T20:30:00.000Z"), today: "2026-03-03" };
    await perform(db, queue(id, "claim"), evening);
    await perform(db, queue(id, "reject", "Prohibited under Art. 17(3)"), evening);
    const event = await only(perform(db, { kind: "loadStatus" }, founder.ctx));
    assert.deepEqual(event, {
      type: "statusLoaded",
      submissions: [{ id, status: "rejected", tier: "high", systemName: "ScoreBot", updatedOn: "2026-03-03", reason: "Prohibited under Art. 17(3)", prohibited: [], resubmitted: false }],
    });
    // A link to one submission comes back with the id it asked for, and still only the founder's own submissions.
    const linked = await only(perform(db, { kind: "loadStatus", requested: "KZ-AI-2026-0002" }, founder.ctx));
    assert.deepEqual(linked, { ...event, requested: "KZ-AI-2026-0002" });
  });
});

test("the queue shows every open submission to reviewers and nothing to founders", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const open = await fileAs(db, founder, "Open");
    const done = await fileAs(db, founder, "Done");
    await perform(db, queue(done, "claim"), reviewer.ctx);
    await perform(db, queue(done, "approve"), reviewer.ctx);
    const seen = await only(perform(db, { kind: "loadQueue" }, reviewer.ctx));
    assert.ok(seen.type === "queueLoaded");
    assert.deepEqual(seen.submissions.map((s) => [s.id, s.status]), [[open, "submitted"]]);
    assert.deepEqual(await only(perform(db, { kind: "loadQueue" }, founder.ctx)), { type: "queueLoaded", submissions: [] });
  });
});

test("open questions are listed for the team with their language and date; a founder sees only their own", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const regulator = await db.tx((q) => person(q, "R1", "regulator", "slack"));
    await perform(db, { kind: "escalateQuestion", text: "Жасанды интеллект туралы сұрақ", lang: "kk" }, founder.ctx);
    const event = await only(perform(db, { kind: "loadQuestions" }, regulator.ctx));
    assert.deepEqual(event, {
      type: "questionsLoaded",
      questions: [{ id: "Q-2026-0001", text: "Жасанды интеллект туралы сұрақ", lang: "kk", askedOn: "2026-03-02", askedBy: "founder" }],
      page: { page: 1, pages: 1, total: 1 },
    });
    const other = await db.tx((q) => person(q, "101"));
    assert.deepEqual(await only(perform(db, { kind: "loadQuestions" }, other.ctx)), { type: "ownQuestionsLoaded", questions: [] });
    await perform(db, { kind: "answerQuestion", questionId: "Q-2026-0001", answer: "Иә" }, regulator.ctx);
    assert.deepEqual(await only(perform(db, { kind: "loadQuestions" }, founder.ctx)), {
      type: "ownQuestionsLoaded",
      questions: [{ id: "Q-2026-0001", text: "Жасанды интеллект туралы сұрақ", askedOn: "2026-03-02", answer: { text: "Иә", byRole: "regulator", on: "2026-03-02" } }],
    });
  });
});

test("the chosen language is remembered for the user", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const outcome = await perform(db, { kind: "setLanguage", lang: "kk" }, founder.ctx);
    assert.deepEqual(outcome, { events: [], documents: [] });
    assert.equal((await getUser(db, founder.user.id))?.language, "kk");
  });
});

test("roles change freely in the terminal, on Slack only among the roles configured for the member, and never on Telegram", async () => {
  await withTempDb(async (db) => {
    const cases: [Channel, string, ActorRole, boolean][] = [
      ["console", "local", "regulator", true], ["console", "local", "founder", true],
      ["slack", "U1", "reviewer", true], ["slack", "U1", "regulator", false], ["slack", "R1", "reviewer", false],
      ["slack", "B1", "regulator", true], ["slack", "U9", "reviewer", false], ["slack", "U9", "regulator", false],
      ["telegram", "7", "reviewer", false], ["telegram", "8", "regulator", false],
    ];
    for (const [channel, key, role, allowed] of cases) {
      const someone = await db.tx((q) => person(q, key, "founder", channel));
      const before = (await getUser(db, someone.user.id))?.role;
      const event = await only(perform(db, { kind: "setRole", role }, someone.ctx));
      const expected = allowed ? { ok: true, role } : { ok: false, reason: "notAllowed" };
      assert.deepEqual(event, { type: "roleOutcome", outcome: expected }, `${channel} ${key} → ${role}`);
      assert.equal((await getUser(db, someone.user.id))?.role, allowed ? role : before);
    }
  });
});

test("a saved assessment is stored for the chat under its knowledge base version", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    await perform(db, { kind: "saveAssessment", assessment: assessment("kb-old") }, founder.ctx);
    const stored = await listAssessments(db, { userId: founder.user.id });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.chatKey, "telegram:100");
    assert.equal(stored[0]!.kbVersion, "kb-old");
  });
});

test("/forget erases the founder, keeps the filing anonymised, and later decisions notify no one", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await perform(db, { kind: "saveAssessment", assessment: assessment() }, founder.ctx);
    await perform(db, queue(id, "claim"), reviewer.ctx);
    assert.deepEqual(await perform(db, { kind: "forget" }, founder.ctx), { events: [], documents: [] });
    assert.equal(await getUser(db, founder.user.id), null);
    assert.deepEqual(await pending(db), [], "the claim's notice to the erased chat is gone");
    assert.equal((await getSubmission(db, id))?.anonymised, true);
    const event = await only(perform(db, queue(id, "approve"), reviewer.ctx));
    assert.ok(event.type === "queueOutcome" && event.outcome.ok);
    assert.deepEqual(await pending(db), []);
    const resubmitted = await only(perform(db, { kind: "resubmit", submissionId: id, dossier: dossier() }, founder.ctx));
    assert.ok(resubmitted.type === "queueOutcome" && !resubmitted.outcome.ok && resubmitted.outcome.reason === "notFound");
  });
});

test("a queue action whose transaction rolls back notifies no one and moves nothing", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const id = await fileAs(db, founder);
    await assert.rejects(db.tx(async (q) => {
      await performEffect(q, queue(id, "claim"), reviewer.ctx);
      throw new Error("delivery planning failed");
    }));
    assert.equal((await getSubmission(db, id))?.status, "submitted");
    assert.deepEqual(await pending(db), []);
  });
});

test("a dossier exports as Markdown and as DOCX, named after the system, to the same chat", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    for (const format of ["md", "docx"] as const) {
      const outcome = await perform(db, { kind: "exportDossier", format, dossier: dossier(), assessment: assessment(), lang: "en" }, founder.ctx);
      assert.deepEqual(outcome.events, []);
      assert.equal(outcome.documents.length, 1);
      const [document] = outcome.documents;
      assert.equal(document!.key, "dossier.exported");
      assert.equal(document!.file.name, `dossier-scorebot.${format}`);
      assert.equal(document!.file.format, format);
      const head = Buffer.from(document!.file.content.subarray(0, 2)).toString("utf8");
      assert.equal(head, format === "md" ? "# " : "PK");
    }
  });
});

test("the founder's Markdown keeps a confidential value and says it is confidential", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const { documents } = await perform(db, { kind: "exportDossier", format: "md", dossier: dossier(), lang: "en" }, founder.ctx);
    const text = new TextDecoder().decode(documents[0]!.file.content);
    assert.match(text, /gradient boosting over 40 features/);
    assert.ok(text.includes(translate("en", "dossier.document.confidential")));
  });
});

test("the team can load a filed dossier; a founder, an unknown id and a forgotten filing load nothing", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "300"));
    const reviewer = await db.tx((q) => person(q, "R3", "reviewer", "slack"));
    const id = await fileAs(db, founder, "VisionDesk");
    const loaded = await only(perform(db, { kind: "loadSubmission", submissionId: id }, reviewer.ctx));
    assert.ok(loaded.type === "submissionLoaded" && loaded.filed !== null);
    assert.equal(loaded.filed.dossier.entries.systemName?.value, "VisionDesk");
    const asFounder = await only(perform(db, { kind: "loadSubmission", submissionId: id }, founder.ctx));
    assert.ok(asFounder.type === "submissionLoaded" && asFounder.filed === null);
    const unknown = await only(perform(db, { kind: "loadSubmission", submissionId: "KZ-AI-2026-9999" }, reviewer.ctx));
    assert.ok(unknown.type === "submissionLoaded" && unknown.filed === null);
    await perform(db, { kind: "forget" }, founder.ctx);
    const forgotten = await only(perform(db, { kind: "loadSubmission", submissionId: id }, reviewer.ctx));
    assert.ok(forgotten.type === "submissionLoaded" && forgotten.filed === null);
  });
});

test("one person has at most 5 submissions and 10 questions open; a decided submission or an answered question frees a place", async () => {
  await withTempDb(async (db) => {
    const founder = await db.tx((q) => person(q, "100"));
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const ids: string[] = [];
    for (let i = 0; i < OPEN_LIMITS.submissions; i++) ids.push(await fileAs(db, founder, `Bot${i}`));
    const file = { kind: "fileSubmission", assessment: assessment(), dossier: dossier("One too many"), lang: "ru" } as const;
    assert.deepEqual(await only(perform(db, file, founder.ctx)), { type: "tooManyOpen", what: "submissions", max: 5 });
    await perform(db, queue(ids[0]!, "claim"), reviewer.ctx);
    await perform(db, queue(ids[0]!, "approve"), reviewer.ctx);
    assert.equal((await only(perform(db, file, founder.ctx))).type, "filed");

    const ask = { kind: "escalateQuestion", text: "Нужен ли аудит?", lang: "ru" } as const;
    for (let i = 0; i < OPEN_LIMITS.questions; i++) assert.equal((await only(perform(db, ask, founder.ctx))).type, "escalated");
    assert.deepEqual(await only(perform(db, ask, founder.ctx)), { type: "tooManyOpen", what: "questions", max: 10 });
    await perform(db, { kind: "answerQuestion", questionId: "Q-2026-0001", answer: "Нет" }, reviewer.ctx);
    assert.equal((await only(perform(db, ask, founder.ctx))).type, "escalated");
  });
});

test("the queue comes 20 a page, oldest first, with where it stands; a regulator's holds only what was escalated", async () => {
  await withTempDb(async (db) => {
    const reviewer = await db.tx((q) => person(q, "U1", "reviewer", "slack"));
    const regulator = await db.tx((q) => person(q, "R1", "regulator", "slack"));
    const ids: string[] = [];
    for (let f = 0; f < 5; f++) {
      const founder = await db.tx((q) => person(q, `founder-${f}`));
      for (let i = 0; i < 5; i++) ids.push(await fileAs(db, founder, `Bot${f}-${i}`));
    }
    const first = await only(perform(db, { kind: "loadQueue" }, reviewer.ctx));
    assert.ok(first.type === "queueLoaded");
    assert.deepEqual(first.page, { page: 1, pages: 2, total: 25 });
    assert.deepEqual(first.submissions.map((s) => s.id), ids.slice(0, 20));
    const second = await only(perform(db, { kind: "loadQueue", page: 2 }, reviewer.ctx));
    assert.ok(second.type === "queueLoaded");
    assert.deepEqual(second.submissions.map((s) => s.id), ids.slice(20));
    await perform(db, queue(ids[3]!, "claim"), reviewer.ctx);
    await perform(db, queue(ids[3]!, "escalate", "Lawful?"), reviewer.ctx);
    const escalated = await only(perform(db, { kind: "loadQueue" }, regulator.ctx));
    assert.ok(escalated.type === "queueLoaded");
    assert.deepEqual(escalated.submissions.map((s) => s.id), [ids[3]]);
    // Submissions in several statuses still come in one order, oldest first, and page across the statuses.
    await perform(db, queue(ids[1]!, "claim"), reviewer.ctx);
    await perform(db, queue(ids[22]!, "claim"), reviewer.ctx);
    const mixedFirst = await only(perform(db, { kind: "loadQueue" }, reviewer.ctx));
    const mixedSecond = await only(perform(db, { kind: "loadQueue", page: 2 }, reviewer.ctx));
    assert.ok(mixedFirst.type === "queueLoaded" && mixedSecond.type === "queueLoaded");
    assert.deepEqual(mixedFirst.submissions.map((s) => [s.id, s.status]), ids.slice(0, 20).map((id, i) => [id, i === 1 ? "in_review" : i === 3 ? "escalated" : "submitted"]));
    assert.deepEqual(mixedSecond.submissions.map((s) => s.id), ids.slice(20));
    assert.equal(mixedSecond.submissions[2]!.status, "in_review");
    assert.deepEqual(mixedSecond.page, { page: 2, pages: 2, total: 25 });
  });
});
