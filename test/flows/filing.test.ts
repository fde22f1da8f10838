import { test } from "node:test";
import assert from "node:assert/strict";
import { DOSSIER_FIELDS, type Dossier } from "../../flows/dossier/dossier.js";
import type { Lang } from "../../knowledge/types.js";
import type { Chat } from "../support/transcript.js";
import { LANGS, withResult } from "./drive.js";

const ID = "KZ-AI-2026-0001";

/** A founder whose dossier is complete: the name typed, everything else kept or skipped. */
function readyToFile(lang: Lang): Chat {
  const chat = withResult(lang).choose("result:dossier").text("Kasiet");
  while (chat.state.at.step === "dossierField") chat.choose(chat.offered().includes("d:keep") ? "d:keep" : "d:skip");
  return chat;
}

function filed(lang: Lang): Chat {
  return readyToFile(lang).choose("d:file").send({ type: "filed", submissionId: ID });
}

for (const lang of LANGS) {
  test(`[${lang}] filing sends the dossier and assessment to the queue and tells the id and /status`, () => {
    const chat = readyToFile(lang).choose("d:file");
    chat.expect("filing.sending");
    const [effect] = chat.effects("fileSubmission");
    assert.ok(effect);
    assert.equal(effect.lang, lang);
    assert.equal(effect.dossier.entries.systemName?.value, "Kasiet");
    assert.deepEqual(effect.assessment, chat.state.memory.result?.assessment);
    chat.send({ type: "filed", submissionId: ID }).expect("filing.filed", { id: ID });
    assert.deepEqual(chat.state.memory.filing, { stage: "filed", submissionId: ID, status: "submitted" });
    assert.equal(chat.state.memory.dossier?.submissionId, ID);
    chat.command("status");
    assert.deepEqual(chat.last.effects, [{ kind: "loadStatus" }]);
    chat.send({ type: "statusLoaded", submissions: [{ id: ID, status: "in_review", systemName: "Kasiet", updatedOn: "2026-03-03" }] });
    chat.expect("filing.status.header", { count: 1 }).expect("filing.status.item.in_review", { id: ID });
  });

  test(`[${lang}] changes requested: the founder hears the reason and due date, corrects the draft and re-submits`, () => {
    const chat = filed(lang);
    const dossier = chat.state.memory.dossier as Dossier;
    chat.command("assess");
    chat.send({
      type: "notification",
      notification: { kind: "submissionStatus", submissionId: ID, status: "changes_requested", reason: "Describe human oversight", resubmissionDue: "2026-03-11", dossier },
    });
    chat.expect("filing.notify.changes_requested", { id: ID, reason: "Describe human oversight", due: "2026-03-11" });
    chat.expect("filing.notify.dueSecondary");
    assert.equal(chat.state.at.step, "describe", "a notification does not move the founder");
    chat.choose("filing:resubmit").expect("filing.resubmitIntro", { id: ID }).expect("dossier.review.prompt");
    chat.choose("d:edit").choose("edit:humanOversight").text("A loan officer reviews every refusal.");
    chat.choose("d:file");
    const [resubmit] = chat.effects("resubmit");
    assert.equal(resubmit?.submissionId, ID);
    assert.equal(resubmit?.dossier.entries.humanOversight?.value, "A loan officer reviews every refusal.");
    chat.send({ type: "queueOutcome", submissionId: ID, action: "resubmit", outcome: { ok: true, status: "submitted" } });
    chat.expect("filing.resubmitted", { id: ID });
    assert.deepEqual(chat.state.memory.filing, { stage: "filed", submissionId: ID, status: "submitted" });
  });

  test(`[${lang}] approval and rejection reach the founder`, () => {
    const chat = filed(lang);
    chat.send({ type: "notification", notification: { kind: "submissionStatus", submissionId: ID, status: "in_review" } });
    chat.expect("filing.notify.in_review", { id: ID });
    chat.send({ type: "notification", notification: { kind: "submissionStatus", submissionId: ID, status: "approved" } });
    chat.expect("filing.notify.approved", { id: ID });
    assert.deepEqual(chat.state.memory.filing, { stage: "filed", submissionId: ID, status: "approved" });
    chat.send({ type: "notification", notification: { kind: "submissionStatus", submissionId: ID, status: "rejected", reason: "Prohibited capability" } });
    chat.expect("filing.notify.rejected", { reason: "Prohibited capability" });
  });
}

test("a refused re-submission is explained and the draft stays open", () => {
  const chat = filed("en");
  chat.send({ type: "notification", notification: { kind: "submissionStatus", submissionId: ID, status: "changes_requested", reason: "More detail" } });
  chat.command("resubmit").choose("d:file");
  chat.send({ type: "queueOutcome", submissionId: ID, action: "resubmit", outcome: { ok: false, reason: "notAllowed" } });
  chat.expect("errors.queue.notAllowed", { id: ID, command: "/resubmit" });
  assert.deepEqual(chat.state.memory.filing, { stage: "resubmitting", submissionId: ID });
});

test("the same dossier is not filed twice", () => {
  const chat = filed("ru").command("file");
  assert.deepEqual(chat.keys(), ["errors.alreadyFiled"]);
  assert.deepEqual(chat.last.effects, []);
});

test("an unfinished dossier is not filed", () => {
  const chat = withResult("en").choose("result:dossier").command("file");
  chat.expect("errors.dossierIncomplete", { count: DOSSIER_FIELDS.length });
  assert.deepEqual(chat.last.effects, []);
});

test("/resubmit with nothing waiting for changes is refused", () => {
  const chat = filed("kk").command("resubmit");
  assert.deepEqual(chat.keys(), ["errors.nothingToResubmit"]);
});

test("/status with no submissions says how to file", () => {
  const chat = withResult("en").command("status").send({ type: "statusLoaded", submissions: [] });
  assert.deepEqual(chat.keys(), ["filing.status.none"]);
});

test("a filing refused because too many are open keeps the draft and can be filed again later", () => {
  const chat = readyToFile("en");
  chat.choose("d:file");
  assert.equal(chat.effects("fileSubmission").length, 1);
  chat.send({ type: "tooManyOpen", what: "submissions", max: 5 }).expect("errors.tooManySubmissions", { max: 5 });
  assert.equal(chat.state.memory.filing, undefined, "not stuck at 'your filing is on its way'");
  assert.ok(chat.state.memory.dossier !== undefined);
  chat.command("file");
  assert.equal(chat.effects("fileSubmission").length, 1);
});
