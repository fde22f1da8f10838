/**
 * The "Effort and timeline" section as a founder reads it: the answers the estimate still counts as open are
 * named and can be given there (review finding 20), a prohibited system's estimate is plainly for the system
 * once changed (finding 11), and the numbers read grammatically in every language (finding 23).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../knowledge/assess/assess.js";
import { FIELD_LABELS } from "../../knowledge/profile/field-labels.js";
import { SystemProfile, type ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { resultSection } from "../../flows/result/render.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { LOCALES, render } from "../support/transcript.js";
import { LANGS, answerAll, founder, withResult } from "./drive.js";

const t = createTranslator();
const labels = (lang: Lang, fields: ProfileField[]): string => fields.map((f) => FIELD_LABELS[f][lang]).join(", ");

/** The effort section of an assessed profile, line by line, as the chat and the CLI print it. */
function effortLines(profile: Partial<SystemProfile>, lang: Lang): string[] {
  const a = assess(SystemProfile.parse(profile), { today: "2026-03-02" });
  return resultSection(a, "effort", lang).flatMap((u) => (u.kind === "say" ? [t(lang, u.key, u.params)] : []));
}

describe("the answers behind the estimate's upper bound are named, and the founder can give them", () => {
  for (const lang of LANGS) {
    test(`[${lang}] the effort section names what is open, asks what no question asked, and points to "Change an answer" for the rest`, () => {
      // Skipping the description and answering "no" leaves biometrics and the EU market unasked (they move
      // only the estimate) and the final word unsettled ("not sure" on autonomy).
      const chat = withResult(lang).choose("more:effort");
      const read = chat.read();
      assert.ok(read.includes(render(lang, "result.effort.openFields", { fields: labels(lang, ["biometrics", "autonomy", "euMarket"]) })), read.join("\n"));
      assert.ok(read.includes(render(lang, "result.effort.openChange", { fields: labels(lang, ["autonomy"]) })), read.join("\n"));
      const offered = chat.last.replies.flatMap((r) => (r.kind === "ask" ? r.choices.map((c) => c.id) : []));
      for (const id of ["effort:biometrics:yes", "effort:biometrics:no", "effort:euMarket:yes", "effort:euMarket:no"]) assert.ok(offered.includes(id), id);
      assert.ok(!offered.some((id) => id.startsWith("effort:autonomy:")), "the interview's own open question is changed, not asked twice");
      assert.ok(!offered.some((id) => id.endsWith(":unknown")), "'I don't know' would close nothing");
    });
  }

  test("answering an open question there narrows the estimate, keeps the tier and stores the new result", () => {
    const chat = withResult("en").choose("more:effort");
    const before = chat.state.memory.result!.assessment;
    chat.choose("effort:biometrics:no");
    const after = chat.state.memory.result!.assessment;
    assert.ok(after.effort.personDays.high < before.effort.personDays.high, `${before.effort.personDays.high} → ${after.effort.personDays.high}`);
    assert.equal(after.tier, before.tier);
    // The screening answered earlier still rules out sorting people by biometrics: nothing new opens.
    assert.deepEqual(after.openQuestions.map((q) => q.field), before.openQuestions.map((q) => q.field));
    assert.equal(after.profile.biometrics, "no");
    assert.deepEqual(chat.effects("saveAssessment"), [{ kind: "saveAssessment", assessment: after }]);
    chat.expect("result.effort.range").expect("result.effort.openFields", { fields: labels("en", ["autonomy", "euMarket"]) });
    chat.choose("effort:euMarket:no");
    chat.expect("result.effort.openFields", { fields: labels("en", ["autonomy"]) });
    assert.ok(!chat.last.replies.some((r) => r.kind === "ask" && r.choices.some((c) => c.id.startsWith("effort:"))));
  });

  test("an open-question button that was already answered changes nothing", () => {
    const chat = withResult("en").choose("more:effort");
    const offer = chat.last.replies.find((r) => r.kind === "ask" && r.choices.some((c) => c.id === "effort:biometrics:yes"));
    assert.ok(offer?.kind === "ask");
    chat.choose("effort:biometrics:no");
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    const stored = plain(chat.state.memory.result);
    chat.send({ type: "choice", choiceId: "effort:biometrics:yes", stamp: offer.stamp });
    chat.expect("errors.staleButton");
    assert.deepEqual(plain(chat.state.memory.result), stored);
    assert.deepEqual(chat.last.effects, []);
  });

  test("with every answer given, nothing is left open and nothing is asked", () => {
    const chat = founder("en").choose("nav:skip");
    answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : q.options[0]!.value));
    chat.choose("more:effort").choose("effort:biometrics:no").choose("effort:euMarket:no");
    chat.expectNot("result.effort.openFields").expectNot("result.effort.driver.unknown_answers").expectNot("result.effort.openChange");
  });
});

describe("a prohibited system's estimate is for the system once changed, and says so where it counts", () => {
  const noConsent = { failureImpact: "harm", emotionRecognition: "yes", emotionConsent: "no", personalData: "yes" } as const;

  for (const lang of LANGS) {
    test(`[${lang}] the emotion-recognition days are conditional on keeping it with consent, and the timeline is for the changed system`, () => {
      const lines = effortLines(noConsent, lang);
      assert.equal(lines[0], t(lang, "result.effort.onceChanged"));
      const emotion = lines.findIndex((l) => l.startsWith(t(lang, "result.effort.driver.emotion_recognition", { days: "" }).replace(/\+$/, "")));
      assert.ok(emotion > 0, lines.join("\n"));
      assert.equal(lines[emotion + 1], t(lang, "result.effort.keptIfChanged"));
      const before = (key: string): string => (LOCALES[lang].get(key) ?? "").split("{{start}}")[0]!;
      assert.ok(lines.some((l) => l.startsWith(before("result.timeline.headerOnceChanged"))), lines.join("\n"));
      assert.ok(!lines.some((l) => l.startsWith(before("result.timeline.header"))), "no unconditional timeline");
    });
  }

  test("the same system with consent is not prohibited: no condition on its lines, and a plain timeline", () => {
    const lines = effortLines({ ...noConsent, emotionConsent: "consent" }, "en");
    assert.ok(lines.some((l) => l.startsWith("• emotion recognition: +")), lines.join("\n"));
    assert.ok(!lines.includes(t("en", "result.effort.keptIfChanged")));
    assert.ok(!lines.includes(t("en", "result.effort.onceChanged")));
    assert.ok(lines.some((l) => l.startsWith("Dated timeline in Kazakh working days")));
  });

  for (const lang of LANGS) {
    test(`[${lang}] the flag raised in the interview names consent as the way out before suspending the system`, () => {
      const chat = founder(lang).choose("nav:skip");
      const flags: string[] = [];
      const picks: Record<string, string> = { "prohibited-practices": "yes", emotions: "no-consent", "emotion-recognition": "yes", "emotion-consent": "no" };
      answerAll(chat, (q) => picks[q.id] ?? (q.options.some((o) => o.value === "no") ? "no" : undefined));
      for (const turn of chat.turns) {
        for (const r of turn.replies) if (r.kind === "say" && r.key === "assessment.prohibited") flags.push(render(lang, r.key, r.params));
      }
      assert.equal(chat.state.memory.result?.assessment.prohibited[0]?.code, "emotion_recognition_without_consent");
      assert.equal(flags.length, 1, "flagged once");
      const consent = { kk: /әр адамның келісімін алыңыз/, ru: /получите согласие каждого человека/, en: /get each person's consent/ }[lang];
      const suspend = { kk: /тоқтата тұрыңыз/, ru: /приостановите/, en: /suspend/ }[lang];
      assert.match(flags[0]!, consent);
      assert.ok(flags[0]!.search(consent) < flags[0]!.search(suspend), "consent comes before suspending");
    });
  }
});

describe("numbers read grammatically", () => {
  // Drivers of 1 to 14 person-days and steps of 1 to 24 working days, minimal and high tiers.
  const profiles: Partial<SystemProfile>[] = [
    { failureImpact: "minimal", syntheticContent: "yes", userFacing: "no", autonomy: "low" },
    { failureImpact: "severe", personalData: "yes", dataStorage: "kazakhstan", trainingLocation: "kazakhstan", automatedDecisions: "yes", automatedDecisionConsent: "yes", wantsTrustedList: "yes", autonomy: "medium" },
  ];

  test("Russian never puts a number before «человеко-дней» or «рабочих дней», whose form depends on it", () => {
    for (const p of profiles) {
      const text = effortLines(p, "ru").join("\n");
      assert.doesNotMatch(text, /\d\s*(человеко-д|рабочих д|рабочий д|рабочего д)/, text);
      assert.match(text, /рабочих дней: \d+/);
    }
  });

  test("English never says '1 person-days' or '1 working days'", () => {
    for (const p of profiles) {
      const text = effortLines(p, "en").join("\n");
      assert.doesNotMatch(text, /\b1 (person|working)-?days/, text);
      assert.match(text, /• synthetic results to label: \+1|• personal data: \+\d+/);
    }
  });

  test("the Russian lead keeps the citation out of the sentence's grammar («По Закон …» is wrong)", () => {
    const lead = LOCALES.ru.get("result.prohibited.lead") ?? "";
    assert.doesNotMatch(lead, /По \{\{article\}\}/);
    assert.match(lead, /\(\{\{article\}\}\)/);
  });

  test("a terminal has no buttons: the Kazakh texts say «таңдаңыз», not «батырмасын»", () => {
    for (const key of ["result.obligations.summary", "assessment.pick.prompt"]) {
      const text = LOCALES.kk.get(key) ?? "";
      assert.doesNotMatch(text, /батырма/, key);
      assert.match(text, /таңдаңыз/, key);
    }
    assert.doesNotMatch(LOCALES.en.get("assessment.pick.prompt") ?? "", /\bTap\b/);
  });
});
