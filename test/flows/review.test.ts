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
  ["questions", ""],
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

test("the queue and the escalated questions are listed from what the runtime loads", () => {
  const chat = staff("reviewer").command("queue");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQueue" }]);
  chat.send({
    type: "queueLoaded",
    submissions: [
      { id: ID, status: "submitted", tier: "high", systemName: "Kasiet", updatedOn: "2026-03-02" },
      { id: "KZ-AI-2026-0002", status: "escalated", systemName: null, updatedOn: "2026-03-03" },
    ],
  });
  chat.expect("queue.header", { count: 2 }).expect("queue.item.submitted", { id: ID, name: "Kasiet" }).expect("queue.item.escalated", { name: "—" });
  chat.send({ type: "queueLoaded", submissions: [] }).expect("queue.empty");
  chat.command("questions");
  assert.deepEqual(chat.last.effects, [{ kind: "loadQuestions" }]);
  chat.send({ type: "questionsLoaded", questions: [{ id: "Q-1", text: "Is scoring allowed?", lang: "ru", askedOn: "2026-03-02" }] });
  chat.expect("queue.questions.item", { id: "Q-1", text: "Is scoring allowed?" });
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
  const [full] = reviewer.effects("exportDossier") as { dossier: typeof dossier }[];
  assert.equal(full!.dossier.entries.algorithmicLogic.value, "gradient boosting over 40 features");

  staff("reviewer").command("view", ID).send({ type: "submissionLoaded", submissionId: ID, filed: null }).expect("errors.queue.notFound", { id: ID, command: "/view" });
  staff("reviewer").command("view", "").expect("errors.missingArgument", { usage: "/view ID" });
});
