import { test } from "node:test";
import assert from "node:assert/strict";
import { DOSSIER_FIELDS, redactForRegulator, type Dossier } from "../../flows/dossier/dossier.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import type { Lang } from "../../knowledge/types.js";
import { render, type Chat } from "../support/transcript.js";
import { LANGS, withResult } from "./drive.js";

const SECRET: Record<Lang, string> = {
  en: "Gradient-boosted trees over 140 features; thresholds tuned weekly.",
  ru: "Градиентный бустинг по 140 признакам; пороги подбираются еженедельно.",
  kk: "140 белгі бойынша градиенттік бустинг; шектер апта сайын бапталады.",
};

/** Walks the dossier: the system name typed, the algorithmic logic typed and marked confidential, the rest kept or skipped. */
function fillDossier(chat: Chat, lang: Lang): Chat {
  chat.choose("result:dossier").expect("dossier.intro").expect("dossier.fields.systemName.prompt", { n: 1, total: DOSSIER_FIELDS.length });
  while (chat.state.at.step === "dossierField") {
    const field = chat.state.at.field;
    if (field === "systemName") chat.text("Kasiet Scoring");
    else if (field === "algorithmicLogic") {
      chat.choose("d:conf").expect("dossier.confidentialOn");
      chat.text(SECRET[lang]);
    } else if (chat.offered().includes("d:keep")) chat.choose("d:keep");
    else chat.choose("d:skip");
  }
  assert.equal(chat.state.at.step, "dossierReview");
  return chat;
}

for (const lang of LANGS) {
  test(`[${lang}] a confidential field is kept for the founder and redacted for regulators`, () => {
    const chat = fillDossier(withResult(lang), lang);
    chat.expect("dossier.review.summary", { confidential: 1 });
    const dossier = chat.state.memory.dossier as Dossier;
    assert.deepEqual(dossier.entries.algorithmicLogic, { value: SECRET[lang], confidential: true });
    const redacted = redactForRegulator(dossier);
    assert.deepEqual(redacted.entries.algorithmicLogic, { value: null, confidential: true, redacted: true });
    assert.deepEqual(redacted.entries.systemName, dossier.entries.systemName);

    const t = (l: Lang, key: string, params?: Record<string, string | number>) => render(l, key, params);
    const founderCopy = renderDossierMarkdown(dossier, chat.state.memory.result?.assessment, lang, t);
    const regulatorCopy = renderDossierMarkdown(redacted, chat.state.memory.result?.assessment, lang, t);
    assert.ok(founderCopy.includes(SECRET[lang]));
    assert.ok(!regulatorCopy.includes(SECRET[lang]));
    assert.ok(regulatorCopy.includes(render(lang, "dossier.document.redacted")));
    assert.ok(founderCopy.includes(`## ${render(lang, "dossier.fields.algorithmicLogic.label")}`));
    assert.ok(founderCopy.includes("Kasiet Scoring"));
  });

  test(`[${lang}] the dossier exports as Markdown and DOCX in the founder's language`, () => {
    const chat = fillDossier(withResult(lang), lang);
    chat.choose("d:md");
    const [md] = chat.effects("exportDossier");
    assert.equal(md?.format, "md");
    assert.equal(md?.lang, lang);
    assert.equal(md?.dossier.entries.systemName?.value, "Kasiet Scoring");
    chat.choose("d:docx");
    assert.equal(chat.effects("exportDossier")[0]?.format, "docx");
  });
}

test("the dossier is pre-filled from the assessment: the description as intended use, the data location from the answers", () => {
  const chat = withResult("en");
  const result = chat.state.memory.result;
  assert.ok(result);
  chat.command("assess").text("We store customer names in Almaty and score loan applications.");
  if (chat.state.at.step === "confirm") chat.choose("c:all");
  while (chat.state.at.step === "question") chat.choose(chat.offered().find((id) => id === "a:kazakhstan") ?? chat.offered().find((id) => id === "a:no") ?? "a:unknown");
  chat.choose("result:dossier");
  while (chat.state.at.step === "dossierField" && chat.state.at.field !== "intendedUse") chat.choose("d:skip");
  chat.expect("dossier.suggestion", { value: "We store customer names in Almaty and score loan applications." });
  chat.choose("d:keep");
  while (chat.state.at.step === "dossierField" && chat.state.at.field !== "dataLocation") chat.choose("d:skip");
  const suggestion = chat.reply("dossier.suggestion");
  assert.match(String(suggestion?.params?.value), /Kazakhstan/);
});

test("back in the dossier returns to the previous field with its value offered to keep", () => {
  const chat = withResult("ru").choose("result:dossier").text("Касиет").command("back");
  assert.deepEqual(chat.state.at, { step: "dossierField", field: "systemName", editing: false, confidential: false });
  chat.expect("dossier.current", { value: "Касиет" });
});

test("a field can be edited from the review, which comes back to the review", () => {
  const chat = fillDossier(withResult("en"), "en").choose("d:edit").choose("edit:version");
  chat.text("2.1");
  chat.expect("dossier.saved").expect("dossier.review.prompt");
  assert.equal(chat.state.memory.dossier?.entries.version?.value, "2.1");
});

test("a field longer than the limit is refused and nothing changes", () => {
  const chat = withResult("kk").choose("result:dossier");
  const before = chat.state;
  chat.text("x".repeat(4_001));
  assert.deepEqual(chat.keys(), ["errors.textTooLong"]);
  assert.deepEqual(chat.state, before);
});

test("/dossier without a result is refused", () => {
  const chat = withResult("en").command("forget").choose("forget:yes").choose("lang:en").command("dossier");
  assert.deepEqual(chat.keys(), ["errors.noAssessment"]);
});
