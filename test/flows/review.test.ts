import { test } from "node:test";
import assert from "node:assert/strict";
import { Chat } from "../support/transcript.js";
import { LANGS, founder } from "./drive.js";
import { assess } from "../../knowledge/assess/assess.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";

const ID = "KZ-AI-2026-0001";

const staff = (role: "reviewer" | "regulator", lang: "kk" | "ru" | "en" = "en"): Chat =>
  Chat.start({ platformLocale: lang, role, today: "2026-03-20" }).choose(`lang:${lang}`);

const COMMANDS: readonly [string, string][] = [
  ["queue", ""],
  ["claim", ID],
  ["changes", `${ID} add the risk section`],
  ["approve", ID],
  ["reject", `${ID} prohibited capability`],
  ["escalate", `${ID} is the scoring lawful?`],
  ["answer", "Q-1 Yes"],
  ["view", ID],
];

for (const lang of LANGS) {
  test(`[${lang}] founders are refused every review command, and nothing happens`, () => {
    const chat = founder(lang);
    for (const [name, args] of COMMANDS) {
      const before = chat.state;
      chat.command(name, args);
      assert.deepEqual(chat.keys(), ["errors.wrongRole"], `/${name}`);
      assert.deepEqual(chat.last.effects, []);
      assert.deepEqual(chat.state, before);
    }
  });

  test(`[${lang}] a reviewer claims and requests changes; the due date is 5 working days on (secondary)`, () => {
    const chat = staff("reviewer", lang).command("claim", ID.toLowerCase());
    assert.deepEqual(chat.last.effects, [{ kind: "queueAction", submissionId: ID, action: "claim" }]);
    chat.send({ type: "queueOutcome", submissionId: ID, action: "claim", outcome: { ok: true, status: "in_review" } });
    chat.expect("queue.done.claim", { id: ID });
    chat.command("changes", `${ID} add the risk section`);
    // 20 March 2026 is the eve of Nauryz (21–23 March); the two holidays on the weekend carry to 24 and 25 March,
    // so the five working days are 26, 27, 30, 31 March and 1 April.
    assert.deepEqual(chat.last.effects, [
      { kind: "queueAction", submissionId: ID, action: "request_changes", reason: "add the risk section", resubmissionDue: "2026-04-01" },
    ]);
  });
}

test("a regulator approves, rejects with a reason, and sees why a move is refused", () => {
  const chat = staff("regulator").command("approve", ID);
  assert.deepEqual(chat.effects("queueAction"), [{ kind: "queueAction", submissionId: ID, action: "approve" }]);
  chat.send({ type: "queueOutcome", submissionId: ID, action: "approve", outcome: { ok: false, reason: "notAllowed" } });
  chat.expect("errors.queue.notAllowed", { id: ID, command: "/approve" });
  chat.command("reject", `${ID} biometric categorisation`);
  assert.deepEqual(chat.effects("queueAction"), [{ kind: "queueAction", submissionId: ID, action: "reject", reason: "biometric categorisation" }]);
  chat.send({ type: "queueOutcome", submissionId: ID, action: "reject", outcome: { ok: false, reason: "wrongRole" } });
  chat.expect("errors.queue.wrongRole");
});

test("reasoned actions without a reason, and any action without an id, say how to use them", () => {
  const chat = staff("reviewer");
  for (const [name, args] of [["changes", ID], ["reject", ID], ["escalate", ID], ["claim", ""], ["answer", "Q-1"]] as const) {
    chat.command(name, args);
    assert.deepEqual(chat.keys(), ["errors.missingArgument"], `/${name} ${args}`);
    assert.deepEqual(chat.last.effects, []);
  }
});

test("the queue lists each submission with its risk degree and prohibited flags, and marks a resubmission", () => {
  const chat = staff("reviewer").command("queue");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQueue", page: 1 }]);
  chat.send({
    type: "queueLoaded",
    submissions: [
      { id: ID, status: "submitted", tier: "high", systemName: "Kasiet", updatedOn: "2026-03-02", prohibited: ["emotion_recognition_without_consent"] },
      { id: "KZ-AI-2026-0002", status: "escalated", tier: "minimal", systemName: null, updatedOn: "2026-03-03" },
      { id: "KZ-AI-2026-0003", status: "submitted", tier: "medium", systemName: "Again", updatedOn: "2026-03-04", resubmitted: true },
    ],
  });
  chat.expect("queue.header", { count: 3 }).expect("queue.item.submitted", { id: ID, name: "Kasiet" });
  const flagged = chat.last.replies.find((r) => r.kind === "say" && r.key === "queue.gravityFlagged.high");
  assert.ok(flagged?.kind === "say" && /emotion/i.test(String(flagged.params?.flags)), "the flag is named in the reader's language");
  chat.expect("queue.item.escalated", { name: "—" }).expect("queue.gravity.minimal");
  chat.expect("queue.item.resubmitted", { id: "KZ-AI-2026-0003" }).expect("queue.gravity.medium");
  chat.send({ type: "queueLoaded", submissions: [] }).expect("queue.empty");
});

test("escalated questions show who asked and what the queue shows of their submission, never a dossier field", () => {
  const chat = staff("regulator").command("questions");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQuestions", page: 1 }]);
  chat.send({
    type: "questionsLoaded",
    questions: [
      { id: "Q-1", text: "Is scoring allowed?", lang: "ru", askedOn: "2026-03-02" },
      {
        id: "Q-2", text: "May order data go abroad?", lang: "en", askedOn: "2026-03-03", askedBy: "team", submissionId: ID,
        context: { systemName: "ShopHelper", status: "escalated", tier: "minimal", prohibited: [] },
      },
    ],
  });
  chat.expect("queue.questions.item", { id: "Q-1", text: "Is scoring allowed?" });
  chat.expect("queue.questions.itemTeam", { id: "Q-2", submission: ID }).expect("queue.questions.about", { name: "ShopHelper" }).expect("queue.gravity.minimal");
});

test("a founder's /questions lists their own questions with the answers, or that none came yet", () => {
  const chat = founder("en").command("questions");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQuestions", page: 1 }]);
  chat.send({
    type: "ownQuestionsLoaded",
    questions: [
      { id: "Q-2", text: "Do I need an audit?", askedOn: "2026-03-03" },
      { id: "Q-1", text: "Is scoring allowed?", askedOn: "2026-03-02", answer: { text: "Only with a person who can correct it.", byRole: "regulator", on: "2026-03-04" } },
    ],
  });
  chat.expect("queue.own.header", { count: 2 }).expect("queue.own.item", { id: "Q-2" }).expect("queue.own.waiting");
  chat.expect("queue.own.item", { id: "Q-1" }).expect("queue.own.answer.regulator", { answer: "Only with a person who can correct it." });
  founder("kk").command("questions").send({ type: "ownQuestionsLoaded", questions: [] }).expect("queue.own.none");
});

test("a regulator's answer to the team's question reaches the founder and the team member, each in their own words", () => {
  const n = { kind: "escalationAnswered", questionId: "Q-2", submissionId: ID, question: "May order data go abroad?", answer: "Only with consent.", byRole: "regulator" } as const;
  founder("ru").send({ type: "notification", notification: { ...n, audience: "founder" } })
    .expect("queue.escalationAnswered.founder", { submission: ID, question: "May order data go abroad?", answer: "Only with consent." });
  staff("reviewer").send({ type: "notification", notification: { ...n, audience: "team" } }).expect("queue.escalationAnswered.team", { id: "Q-2" });
});

test("after /forget a reviewer's /view shows the anonymised record and its history", () => {
  const chat = staff("reviewer").command("view", ID).send({
    type: "submissionLoaded",
    submissionId: ID,
    filed: null,
    anonymised: { status: "approved", tier: "medium", history: [{ on: "2026-03-02", action: "file", role: "founder" }, { on: "2026-03-03", action: "approve", role: "reviewer" }] },
  });
  chat.expect("queue.anonymised.approved", { id: ID }).expect("queue.gravity.medium").expect("queue.history.file", { on: "2026-03-02" }).expect("queue.history.approve");
  assert.deepEqual(chat.last.effects, [], "nothing is exported: nothing the founder wrote is left");
});

test("/approve on an item waiting to be claimed says to claim it first", () => {
  staff("reviewer").command("approve", ID).send({ type: "queueOutcome", submissionId: ID, action: "approve", outcome: { ok: false, reason: "claimFirst" } })
    .expect("errors.queue.claimFirst", { id: ID, command: "/approve" });
});

test("/help lists what the current role can do, and /role only where the chat may switch", () => {
  const roles = ["founder", "reviewer", "regulator"] as const;
  const console = (role: (typeof roles)[number]) => Chat.start({ platformLocale: "en", role, switchableRoles: roles }).choose("lang:en");
  console("founder").command("help").expect("onboarding.help").expect("queue.helpRole", { roles: "reviewer | regulator" });
  console("regulator").command("help").expect("queue.help.regulator").expect("queue.helpRole", { roles: "founder | reviewer" });
  const telegram = founder("en").command("help");
  assert.deepEqual(telegram.keys(), ["onboarding.help"]);
  assert.deepEqual(staff("reviewer").command("help").keys(), ["queue.help.reviewer"]);
});

test("an escalation passes the submission to the regulator with the question as its reason", () => {
  const chat = staff("reviewer").command("escalate", `${ID} Is the scoring lawful?`);
  assert.deepEqual(chat.effects("queueAction"), [{ kind: "queueAction", submissionId: ID, action: "escalate", reason: "Is the scoring lawful?" }]);
  chat.send({ type: "queueOutcome", submissionId: ID, action: "escalate", outcome: { ok: true, status: "escalated" } });
  chat.expect("queue.done.escalate", { id: ID });
});

test("a regulator answers an escalated question; a second answer is refused", () => {
  const chat = staff("regulator").command("answer", "q-1 Yes, with consent under Art. 17(3)(6).");
  assert.deepEqual(chat.effects("answerQuestion"), [{ kind: "answerQuestion", questionId: "Q-1", answer: "Yes, with consent under Art. 17(3)(6)." }]);
  chat.send({ type: "answerOutcome", questionId: "Q-1", outcome: { ok: true } }).expect("queue.answered", { id: "Q-1" });
  chat.send({ type: "answerOutcome", questionId: "Q-1", outcome: { ok: false, reason: "alreadyAnswered" } }).expect("errors.question.alreadyAnswered");
});

test("/role asks the runtime, which may refuse", () => {
  const chat = founder("en").command("role", "Reviewer");
  assert.deepEqual(chat.last.effects, [{ kind: "setRole", role: "reviewer" }]);
  chat.send({ type: "roleOutcome", outcome: { ok: true, role: "reviewer" } }).expect("queue.roleSet.reviewer");
  chat.send({ type: "roleOutcome", outcome: { ok: false, reason: "notAllowed" } }).expect("errors.roleNotAllowed");
  chat.command("role", "boss").expect("errors.unknownRole", { value: "boss" });
  chat.command("role").expect("errors.missingArgument");
});

test("a filed dossier reaches a regulator with confidential fields redacted, and the compliance team in full", () => {
  const dossier = {
    entries: {
      systemName: { value: "ScoreBot", confidential: false },
      algorithmicLogic: { value: "gradient boosting over 40 features", confidential: true },
    },
  };
  const assessment = assess(SystemProfile.parse({ failureImpact: "harm" }));
  const filed = { type: "submissionLoaded", submissionId: ID, filed: { dossier, assessment } } as const;

  const regulator = staff("regulator").command("view", ID.toLowerCase());
  assert.deepEqual(regulator.last.effects, [{ kind: "loadSubmission", submissionId: ID }]);
  regulator.send(filed);
  regulator.expect("queue.viewing", { id: ID });
  const [shown] = regulator.effects("exportDossier") as { dossier: typeof dossier }[];
  assert.equal(shown!.dossier.entries.systemName.value, "ScoreBot");
  assert.notEqual(shown!.dossier.entries.algorithmicLogic.value, "gradient boosting over 40 features");

  const reviewer = staff("reviewer").command("view", ID).send(filed);
  const [full] = reviewer.effects("exportDossier") as { dossier: typeof dossier; audience: string }[];
  assert.equal(full!.audience, "team", "captioned for the team, not as the founder's own copy");
  assert.equal(full!.dossier.entries.algorithmicLogic.value, "gradient boosting over 40 features");

  staff("reviewer").command("view", ID).send({ type: "submissionLoaded", submissionId: ID, filed: null }).expect("errors.queue.notFound", { id: ID, command: "/view" });
  staff("reviewer").command("view", "").expect("errors.missingArgument", { usage: "/view ID" });
});

test("a page of the queue that is not the last says how to see the next; /queue with a bad page says how to use it", () => {
  const chat = staff("reviewer").command("queue", "2");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQueue", page: 2 }]);
  const one = { id: ID, status: "submitted", tier: "minimal", systemName: "A", updatedOn: "2026-03-02" } as const;
  chat.send({ type: "queueLoaded", submissions: [one], page: { page: 2, pages: 3, total: 45 } });
  chat.expect("queue.header", { count: 45 }).expect("queue.page.queue", { page: 2, pages: 3, next: 3 });
  chat.send({ type: "queueLoaded", submissions: [one], page: { page: 3, pages: 3, total: 45 } }).expectNot("queue.page.queue");
  staff("reviewer").command("queue", "two").expect("errors.missingArgument");
});
