import { test } from "node:test";
import assert from "node:assert/strict";
import { basisOf } from "../../flows/dossier/dossier.js";
import type { Lang } from "../../knowledge/types.js";
import { Chat } from "../support/transcript.js";
import { LANGS } from "./drive.js";
import { draftDossier, resultWith, type Facts } from "./dossier-drive.js";

const ID = "KZ-AI-2026-0001";

/** Some turn of the chat said `key`: a note said while walking the fields, before the review. */
const saidAlong = (chat: Chat, key: string): boolean => chat.turns.some((t) => t.replies.some((r) => (r.kind === "say" || r.kind === "ask") && r.key === key));

/** Answers the questions a new answer opened ("no" where it can), stopping at a question asked again. */
function answerOpened(chat: Chat): void {
  while (chat.state.at.step === "question" && !chat.state.at.changing) chat.choose(chat.offered().includes("a:no") ? "a:no" : "a:unknown");
}

/** A lender whose assessment says a person has the final word, data stay in Kazakhstan, the field is health care. */
const CLINIC: Facts = {
  domain: "health",
  autonomy: "low",
  personalData: "yes",
  personalDataLawful: "yes",
  dataStorage: "kazakhstan",
  trainingLocation: "kazakhstan",
};

/** Human-oversight texts the offline reader takes as "a person can correct the system's decisions" (or "no one can"). */
const OVERSIGHT: Record<Lang, { text: string; autonomy: string }> = {
  en: { text: "A loan officer reviews every refusal and can overturn it.", autonomy: "medium" },
  ru: { text: "Система сама принимает решение, человек не может его изменить.", autonomy: "high" },
  kk: { text: "Оператор әр шешімді тексереді және оны түзете алады.", autonomy: "medium" },
};

const ABROAD: Record<Lang, string> = {
  en: "Data are stored on servers in Frankfurt, Germany.",
  ru: "Данные хранятся на серверах во Франкфурте, Германия.",
  kk: "Деректер Германиядағы серверлерде сақталады.",
};

const BANKING: Record<Lang, string> = {
  en: "We help banks decide on consumer loans.",
  ru: "Мы помогаем банкам принимать решения по потребительским кредитам.",
  kk: "Банктерге тұтынушылық несие бойынша шешім қабылдауға көмектесеміз.",
};

for (const lang of LANGS) {
  test(`[${lang}] a human-oversight text that contradicts the assessment is said at once, and re-assessing keeps the dossier`, () => {
    const { text, autonomy } = OVERSIGHT[lang];
    const chat = draftDossier(resultWith(lang, CLINIC), { humanOversight: text });
    chat.expect("dossier.contradiction.humanOversight").expect("dossier.contradiction.later").expect("dossier.review.prompt");
    const drafted = structuredClone(chat.state.memory.dossier);

    chat.choose("d:file").expect("filing.reassess.prompt").expect("dossier.contradiction.humanOversight");
    assert.deepEqual(chat.effects("fileSubmission"), [], "nothing is filed while they disagree");
    assert.deepEqual(chat.offered(), ["d:reassess", "d:fileAsIs"]);

    chat.choose("d:reassess").expect("dossier.reassess.lead").expect("dossier.contradiction.humanOversight").expect("assessment.questionChanging");
    assert.deepEqual(chat.state.at, { step: "question", questionId: "autonomy", changing: true });
    chat.choose(`a:${autonomy}`);
    chat.expect("dossier.reassess.done").expect("dossier.review.prompt");
    assert.equal(chat.state.at.step, "dossierReview");

    const result = chat.state.memory.result;
    assert.equal(result?.assessment.profile.autonomy, autonomy);
    assert.deepEqual(chat.state.memory.dossier?.entries, drafted?.entries, "every field as the founder left it");
    assert.deepEqual(chat.state.memory.dossier?.basis, result && basisOf(result.assessment), "the dossier records the new result");
    assert.deepEqual(chat.effects("saveAssessment").map((e) => e.assessment), [result?.assessment]);

    chat.choose("d:file").expect("filing.sending");
    assert.equal(chat.effects("fileSubmission")[0]?.assessment.profile.autonomy, autonomy);
  });

  test(`[${lang}] data kept abroad against an assessment that says Kazakhstan re-asks where data are stored`, () => {
    const chat = draftDossier(resultWith(lang, CLINIC), { dataLocation: ABROAD[lang] });
    assert.ok(saidAlong(chat, "dossier.contradiction.dataLocation"));
    chat.choose("d:file").choose("d:reassess");
    assert.deepEqual(chat.state.at, { step: "question", questionId: "data-storage", changing: true });
    chat.choose("a:abroad");
    answerOpened(chat);
    assert.equal(chat.state.at.step, "dossierReview");
    assert.equal(chat.state.memory.result?.assessment.profile.dataStorage, "abroad");
    assert.ok(chat.state.memory.dossier?.basis?.obligations.some((o) => o.code === "cross_border_transfer"), "the new duty is in the dossier's record");
  });

  test(`[${lang}] a purpose in another field of use is held against the assessment's field`, () => {
    const chat = draftDossier(resultWith(lang, CLINIC), { purpose: BANKING[lang] });
    assert.ok(saidAlong(chat, "dossier.contradiction.purpose"));
    chat.choose("d:file").expect("filing.reassess.prompt").expect("dossier.contradiction.purpose");
    chat.choose("d:reassess");
    assert.deepEqual(chat.state.at, { step: "question", questionId: "domain", changing: true });
  });
}

test("filing as is files the dossier with the assessment unchanged", () => {
  const chat = draftDossier(resultWith("en", CLINIC), { humanOversight: OVERSIGHT.en.text });
  const before = chat.state.memory.result?.assessment;
  chat.choose("d:file").choose("d:fileAsIs").expect("filing.sending");
  assert.deepEqual(chat.effects("fileSubmission")[0]?.assessment, before);
  assert.equal(chat.effects("fileSubmission")[0]?.dossier.entries.humanOversight?.value, OVERSIGHT.en.text);
});

test("a founder who keeps the old answer when re-assessing is not asked again at filing", () => {
  const chat = draftDossier(resultWith("en", CLINIC), { humanOversight: OVERSIGHT.en.text });
  chat.choose("d:file").choose("d:reassess").choose("a:low");
  assert.deepEqual(chat.state.at, { step: "dossierReview", reassessed: true });
  chat.choose("d:file").expect("filing.sending").expectNot("filing.reassess.prompt");
});

test("two contradicted fields are asked again one after the other, then the dossier", () => {
  const chat = draftDossier(resultWith("en", CLINIC), { dataLocation: ABROAD.en, humanOversight: OVERSIGHT.en.text });
  chat.choose("d:file").expect("dossier.contradiction.dataLocation").expect("dossier.contradiction.humanOversight");
  chat.choose("d:reassess");
  assert.deepEqual(chat.state.at, { step: "question", questionId: "data-storage", changing: true });
  chat.choose("a:abroad");
  answerOpened(chat);
  chat.expect("dossier.contradiction.humanOversight").expectNot("dossier.reassess.done");
  assert.deepEqual(chat.state.at, { step: "question", questionId: "autonomy", changing: true });
  chat.choose("a:medium");
  answerOpened(chat);
  chat.expect("dossier.reassess.done");
  const profile = chat.state.memory.result?.assessment.profile;
  assert.deepEqual([profile?.autonomy, profile?.dataStorage], ["medium", "abroad"]);
  chat.choose("d:file").expect("filing.sending");
});

for (const lang of LANGS) {
  // The Kazakh reader takes "a person can correct its decisions" for "only suggests": our own wording is not read.
  test(`[${lang}] suggestions kept as they are never count as a contradiction, even after a language switch`, () => {
    const chat = draftDossier(resultWith(lang, { ...CLINIC, autonomy: "medium", domain: "finance" }));
    chat.command("language", LANGS.find((l) => l !== lang)!);
    chat.command("file").expect("filing.sending").expectNot("filing.reassess.prompt");
  });
}

test("/cancel during a re-assessment keeps the dossier, and a later result is shown as a result", () => {
  const chat = draftDossier(resultWith("en", CLINIC), { humanOversight: OVERSIGHT.en.text });
  chat.choose("d:file").choose("d:reassess").command("cancel");
  assert.equal(chat.state.at.step, "home");
  assert.equal(chat.state.memory.dossier?.entries.humanOversight?.value, OVERSIGHT.en.text);
  chat.command("change").choose("change:autonomy").choose("a:medium");
  assert.equal(chat.state.at.step, "result");
});

test("a conversation stored before dossiers recorded their assessment resumes, and its document still says the tier", () => {
  const chat = draftDossier(resultWith("en", CLINIC));
  const stored = structuredClone(chat.state);
  delete stored.memory.dossier?.basis;
  const resumed = Chat.resume(JSON.stringify(stored));
  assert.equal(resumed.state.at.step, "dossierReview");
  resumed.send({ type: "choice", choiceId: "d:md" });
  const [effect] = resumed.effects("exportDossier");
  assert.equal(effect?.dossier.basis, undefined);
  assert.equal(effect?.assessment?.tier, chat.state.memory.result?.assessment.tier, "the export falls back to the latest result");
  resumed.send({ type: "choice", choiceId: "d:file" }).expect("filing.sending");
  resumed.send({ type: "filed", submissionId: ID }).expect("filing.filed", { id: ID });
});

test("a draft re-assessed while it is corrected after a request for changes is re-submitted with the new assessment", () => {
  const { text, autonomy } = OVERSIGHT.en;
  const chat = draftDossier(resultWith("en", CLINIC), {});
  chat.choose("d:file").send({ type: "filed", submissionId: ID });
  const dossier = chat.state.memory.dossier!;
  chat.send({ type: "notification", notification: { kind: "submissionStatus", submissionId: ID, status: "changes_requested", reason: "Describe oversight", dossier } });
  chat.choose("filing:resubmit").choose("d:edit").choose("edit:humanOversight").text(text);
  chat.choose("d:file").expect("filing.reassess.prompt").choose("d:reassess").choose(`a:${autonomy}`);
  chat.choose("d:file");
  const [resubmit] = chat.effects("resubmit");
  assert.equal(resubmit?.assessment?.profile.autonomy, autonomy, "the queue gets what the corrected dossier rests on");
});
