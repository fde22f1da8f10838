import { test } from "node:test";
import assert from "node:assert/strict";
import { cite, formatArticle } from "../../knowledge/law/articles.js";
import type { Lang } from "../../knowledge/types.js";
import type { DossierFieldId } from "../../flows/dossier/dossier.js";
import type { Chat } from "../support/transcript.js";
import { LANGS } from "./drive.js";
import { resultWith, type Facts } from "./dossier-drive.js";

const LENDER: Facts = {
  domain: "finance",
  autonomy: "low",
  personalData: "yes",
  personalDataLawful: "yes",
  biometrics: "yes",
  dataStorage: "kazakhstan",
  trainingLocation: "kazakhstan",
  trainsOnWorks: "no",
};

/** Every suggestion the dossier offers, by field, walking it with each field skipped. */
function suggestions(chat: Chat): Partial<Record<DossierFieldId, string>> {
  const out: Partial<Record<DossierFieldId, string>> = {};
  chat.choose("result:dossier");
  while (chat.state.at.step === "dossierField") {
    const offered = chat.reply("dossier.suggestion")?.params?.value;
    if (offered !== undefined) out[chat.state.at.field] = String(offered);
    chat.choose("d:skip");
  }
  return out;
}

test("pre-filled fields read as statements for an auditor, with the article where the law turns on them", () => {
  const got = suggestions(resultWith("en", LENDER));
  assert.equal(got.purpose, "The system is used in finance and credit.");
  assert.equal(
    got.dataSources,
    "The system processes personal data. The system processes biometric data (faces, fingerprints, voices). " +
      "The model is not trained on works protected by copyright (Art. 23(5)).",
  );
  assert.equal(
    got.dataLocation,
    "Personal data are stored in Kazakhstan only (Personal Data Law No. 94-V, Art. 12(2)). " +
      "Personal data are used to train the model in Kazakhstan (Personal Data Law No. 94-V, Art. 16).",
  );
  assert.equal(got.humanOversight, "The system only makes suggestions, and a person has the final word (Art. 17(2)(1)).");
});

test("a system no one can overrule is said to be so, with its autonomy class", () => {
  const got = suggestions(resultWith("en", { ...LENDER, autonomy: "high" }));
  assert.equal(got.humanOversight, "The system decides alone, and no one can correct or cancel its decisions (Art. 17(2)(3)).");
});

const PURPOSE: Record<Lang, string> = {
  kk: "Жүйе қаржы және несие саласында қолданылады.",
  ru: "Система используется в финансах и кредитовании.",
  en: "The system is used in finance and credit.",
};

for (const lang of LANGS) {
  test(`[${lang}] no suggestion repeats a question: each is sentences, closed with a full stop`, () => {
    const got = suggestions(resultWith(lang, LENDER));
    assert.equal(got.purpose, PURPOSE[lang]);
    assert.ok(got.humanOversight?.includes(formatArticle(cite("ai-law", "17", "2", "1"), lang)), got.humanOversight);
    for (const [field, text] of Object.entries(got)) {
      if (field === "intendedUse") continue;
      assert.ok(!text.includes("?"), `${field}: ${text}`);
      assert.ok(text.endsWith("."), `${field}: ${text}`);
    }
  });
}

test("an answer left unknown is left out of the suggestion, and a field with nothing known gets none", () => {
  const got = suggestions(resultWith("en", { ...LENDER, trainsOnWorks: "unknown", autonomy: "unknown" }));
  assert.ok(got.dataSources !== undefined && !/copyright/.test(got.dataSources), got.dataSources);
  assert.equal(got.humanOversight, undefined);
});
