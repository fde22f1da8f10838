import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../knowledge/assess/assess.js";
import { emptyProfile } from "../../knowledge/profile/schema.js";
import { assessmentChanges } from "../../flows/result/changes.js";
import type { Lang } from "../../knowledge/types.js";
import { KB_VERSION } from "../../knowledge/version.js";
import type { ChatOptions } from "../support/transcript.js";
import { LANGS, answerAll, founder, withResult } from "./drive.js";

/** A high-risk system (a failure would be severe) with nothing prohibited. */
function highRisk(lang: Lang, options: ChatOptions = {}) {
  const chat = founder(lang, options).choose("nav:skip");
  answerAll(chat, (q) => (q.field === "failureImpact" ? "severe" : q.options.some((o) => o.value === "no") ? "no" : undefined));
  return chat;
}

for (const lang of LANGS) {
  test(`[${lang}] the result is short by default: tier with reasons, prohibited flags, duties, disclaimer and "more" choices`, () => {
    const chat = highRisk(lang);
    const keys = chat.keys();
    for (const key of ["result.tier.high", "result.reason", "result.prohibited.none", "result.obligations.summary", "common.disclaimer", "result.more.prompt"]) {
      assert.ok(keys.includes(key), `${key} in ${keys.join(", ")}`);
    }
    assert.ok(!keys.includes("result.obligations.item"), "the checklist waits for 'more'");
    const [saved] = chat.effects("saveAssessment");
    assert.equal(saved?.assessment.kbVersion, KB_VERSION.id);
    assert.equal(saved?.assessment.tier, "high");
    const reason = chat.reply("result.reason");
    assert.ok(String(reason?.params?.source).length > 0, "every reason carries its citation");
  });

  test(`[${lang}] "more" gives the obligations checklist, effort with a dated timeline, fines and the EU counterpart, with citations`, () => {
    const chat = highRisk(lang, { today: "2026-03-20" });
    chat.choose("more:obligations").expect("result.obligations.header");
    const item = chat.reply("result.obligations.item");
    assert.ok(String(item?.params?.sources).length > 0);
    chat.expect("result.more.prompt");

    chat.choose("more:effort").expect("result.effort.range").expect("result.timeline.header", { start: "2026-03-20" });
    chat.expect("result.effort.secondary");
    chat.expect("result.timeline.step.documentation").expect("result.timeline.step.publication");
    const wait = chat.reply("result.timeline.step.auditor_wait");
    assert.ok(String(wait?.params?.label).length > 0, "a secondary step is labelled as such");
    const documentation = chat.reply("result.timeline.step.documentation");
    assert.ok(String(documentation?.params?.start) > "2026-03-23", "Nauryz is skipped: work starts after the holidays");

    chat.choose("more:fines").expect("result.fines.offence.high_risk_risk_management_failure").expect("result.fines.size.large");
    chat.choose("more:eu");
    assert.ok(["result.eu.item", "result.eu.open", "result.eu.none"].some((k) => chat.keys().includes(k)));
    chat.choose("more:all").expect("result.obligations.header").expect("result.effort.range").expect("result.autonomy");
    assert.equal(chat.state.at.step, "result");
  });
}

test("a provisional tier says so", () => {
  const chat = withResult("en");
  chat.expect("result.provisional");
});

test("/result shows the latest result again, and /back from the result reopens the last question", () => {
  const chat = withResult("en");
  const answers = chat.state.memory.result?.draft.answers ?? [];
  chat.command("assess").command("result");
  chat.expect("result.more.prompt");
  assert.equal(chat.state.at.step, "result");
  chat.command("back");
  assert.equal(chat.state.at.step, "question");
  assert.equal(chat.state.memory.draft?.answers.length, answers.length - 1);
});

test("an answer can be changed from the result, which is then assessed again", () => {
  const chat = withResult("ru");
  chat.choose("result:change").expect("assessment.change.prompt");
  chat.choose("change:failure-impact");
  chat.choose("a:severe");
  answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : undefined));
  assert.equal(chat.state.at.step, "result");
  chat.expect("result.tier.high");
  assert.equal(chat.state.memory.result?.draft.answers.find((a) => a.questionId === "failure-impact")?.optionId, "severe");
});

test("a rule change tells the founder what changed and why, and keeps the new result", () => {
  const chat = withResult("kk");
  const before = chat.state.memory.result?.assessment;
  assert.ok(before);
  const after = assess({ ...emptyProfile(), ...before.profile, failureImpact: "severe" }, { today: "2026-03-02" });
  const changes = assessmentChanges(before, after);
  assert.ok(changes.some((c) => c.kind === "tier"));
  chat.send({ type: "notification", notification: { kind: "rulesChanged", kbVersion: "kb-next", changes, assessment: after } });
  chat.expect("result.rulesChanged.header", { version: "kb-next" }).expect("result.rulesChanged.tier");
  assert.ok(chat.keys().includes("result.rulesChanged.obligationAdded"));
  assert.equal(chat.state.memory.result?.assessment.tier, "high");
  chat.choose("menu:result").expect("result.tier.high");
});

/** Founders' own words for synthetic results: a famous person's face and voice in ads. */
const DEEPFAKE_ADS: Record<Lang, string> = {
  en: "We make videos where a famous person's face and voice are swapped in, for ads.",
  ru: "Делаем рекламные ролики, где лицо и голос известного человека подменяются нейросетью.",
  kk: "Жарнамаға танымал адамның беті мен дауысы ауыстырылған бейнелер жасаймыз.",
};

for (const lang of LANGS) {
  test(`[${lang}] the fines section asks who owns the system and then shows only that category's fines`, () => {
    // Synthetic results to label bring a 641-1 fine whatever the tier.
    const chat = founder(lang).text(DEEPFAKE_ADS[lang]);
    assert.ok(chat.state.memory.draft?.proposals.some((p) => p.field === "syntheticContent" && p.value === "yes"));
    answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : undefined));
    assert.equal(chat.state.at.step, "result");
    chat.choose("more:fines");
    assert.deepEqual(chat.keys().filter((k) => k.startsWith("result.fines.size.")).length, 4, "all four categories while the size is unknown");
    chat.expect("result.fines.sizePrompt");
    chat.choose("size:medium");
    assert.deepEqual(chat.keys().filter((k) => k.startsWith("result.fines.size.")), ["result.fines.size.medium"]);
    assert.equal(chat.state.memory.result?.assessment.profile.entitySize, "medium");
    assert.equal(chat.effects("saveAssessment").length, 1, "the narrowed result is stored");
    chat.choose("more:fines");
    assert.ok(!chat.keys().includes("result.fines.sizePrompt"), "not asked again once known");
  });

  test(`[${lang}] saying the system is not sold in the EU removes the EU map`, () => {
    const chat = withResult(lang).choose("more:eu");
    chat.expect("result.eu.marketPrompt");
    chat.choose("eu:no");
    chat.expect("result.eu.none");
    assert.equal(chat.state.memory.result?.assessment.eu.length, 0);
  });
}
