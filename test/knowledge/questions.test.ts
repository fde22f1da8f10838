import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isRealCitation } from "../../knowledge/law/articles.js";
import { conditionFields } from "../../knowledge/law/rules-condition.js";
import { RULE_FOOTPRINTS } from "../../knowledge/assess/footprints.js";
import { questionText } from "../../knowledge/profile/question-texts.js";
import { allQuestions, followUps, questionById, questionForField, type Question } from "../../knowledge/profile/questions.js";
import { applyAnswer, estimateRemaining, nextQuestion } from "../../knowledge/profile/next-question.js";
import { emptyProfile, fieldValues, type SystemProfile } from "../../knowledge/profile/schema.js";
import { LANGS } from "../../knowledge/types.js";
import { ChoiceId } from "../../flows/types.js";
import { ALL_NO, ALL_YES, profile } from "../fixtures/profiles.js";

const questions = allQuestions();

/** Answers questions in order until none is left, picking the option `pick` chooses for each. */
function interview(start: SystemProfile, pick: (q: Question) => string): { asked: string[]; profile: SystemProfile } {
  let p = start;
  const asked: string[] = [];
  for (let q = nextQuestion(p, asked); q; q = nextQuestion(p, asked)) {
    const answered = applyAnswer(p, q.id, pick(q));
    assert.ok(answered.ok);
    p = answered.value;
    asked.push(q.id);
  }
  return { asked, profile: p };
}

describe("question data", () => {
  test("ids and fields are unique", () => {
    assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
    assert.equal(new Set(questions.map((q) => q.field)).size, questions.length);
  });

  test("each question offers every value of its field once, with 'I don't know' last", () => {
    for (const q of questions) {
      assert.deepEqual(q.options.map((o) => o.value).sort(), [...fieldValues(q.field)].sort(), q.id);
      assert.equal(q.options.at(-1)?.value, "unknown", q.id);
      assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, q.id);
    }
  });

  test("every question cites an article that exists", () => {
    for (const q of questions) assert.ok(isRealCitation(q.source), q.id);
  });

  test("question and option ids fit a chat button's choice id", () => {
    for (const q of questions) for (const o of q.options) assert.ok(ChoiceId.safeParse(`${q.id}.${o.id}`).success, `${q.id}.${o.id}`);
  });

  test("every field the tier, prohibited and duty rules read can be asked", () => {
    const read = new Set(RULE_FOOTPRINTS.flatMap((f) => [...f]));
    for (const field of read) assert.ok(questionForField(field), field);
  });

  test("routing conditions read only asked fields, and never loop back on themselves", () => {
    const reaches = (from: Question, target: string, seen = new Set<string>()): boolean =>
      followUps(from.field).some((next) => next.id === target || (!seen.has(next.id) && (seen.add(next.id), reaches(next, target, seen))));
    for (const q of questions) {
      for (const field of q.askWhen ? conditionFields(q.askWhen) : []) assert.ok(questionForField(field), `${q.id} reads ${field}`);
      assert.ok(!reaches(q, q.id), `${q.id} routes back to itself`);
    }
  });

  test("every prompt and option label is written in kk, ru and en, with distinct labels per question", () => {
    for (const q of questions) {
      for (const lang of LANGS) {
        const text = questionText(q, lang);
        assert.ok(text.prompt.endsWith("?") || text.prompt.endsWith("."), `${q.id} ${lang}`);
        assert.equal(new Set(text.options.map((o) => o.label)).size, q.options.length, `${q.id} ${lang}`);
        for (const o of text.options) assert.ok(o.label.length > 0);
      }
    }
  });

  test("the Kazakh texts use the law's own terms", () => {
    const kk = (id: string): string => {
      const q = questionById(id);
      assert.ok(q);
      return questionText(q, "kk").prompt;
    };
    assert.match(kk("personal-data"), /дербес деректер/);
    assert.match(kk("biometrics"), /биометриялық деректер/);
    assert.match(kk("critical-infrastructure"), /ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілері/);
    assert.match(kk("trusted-list"), /сенімді жүйелерінің/);
  });
});

describe("next question", () => {
  test("an empty profile starts with what can reveal a prohibited capability", () => {
    assert.equal(nextQuestion(emptyProfile(), [])?.id, "personal-data");
  });

  test("once prohibited capabilities are settled, the tier comes before duties", () => {
    const settled = profile({
      personalData: "no", automatedDecisions: "no", biometrics: "no", biometricCategorisation: "no", emotionRecognition: "no",
      socialScoring: "no", manipulation: "no", exploitsVulnerability: "no", prohibitedOutputs: "no",
    });
    assert.equal(nextQuestion(settled, [])?.id, "failure-impact");
    assert.equal(nextQuestion({ ...settled, failureImpact: "harm", criticalInfrastructure: "no", stateResources: "no" }, [])?.id, "autonomy");
  });

  test("a narrow question follows the broad one only when it applies", () => {
    const base = profile({ personalData: "yes" });
    assert.equal(nextQuestion(base, ["personal-data"])?.id, "personal-data-lawful");
    assert.notEqual(nextQuestion(profile({ personalData: "no" }), ["personal-data"])?.id, "personal-data-lawful");
  });

  test("biometric sorting is still asked after 'I don't know' about biometrics, but not after 'no'", () => {
    const asked = ["personal-data", "automated-decisions", "biometrics"];
    const p = profile({ personalData: "no", automatedDecisions: "no" });
    assert.equal(nextQuestion(p, asked)?.id, "biometric-categories");
    assert.equal(nextQuestion({ ...p, biometrics: "no" }, asked)?.id, "emotion-recognition");
  });

  test("a question already asked is not asked again, even when answered 'I don't know'", () => {
    assert.equal(nextQuestion(emptyProfile(), ["personal-data"])?.id, "automated-decisions");
  });

  test("questions whose answer could not change the result are skipped", () => {
    const { asked } = interview(profile({ failureImpact: "harm" }), (q) => q.options.at(-1)?.id ?? "");
    assert.ok(!asked.includes("trusted-list"), "the trusted list is for high-risk systems");
    assert.ok(!asked.includes("domain"), "the field only matters while the failure question is open");
  });

  test("a fully answered profile has nothing left to ask", () => {
    assert.equal(nextQuestion(ALL_NO, []), null);
    assert.equal(nextQuestion(ALL_YES, []), null);
  });

  test("answering every question 'no' settles the tier and every prohibited capability", () => {
    const { profile: p } = interview(emptyProfile(), (q) => (q.options.some((o) => o.id === "no") ? "no" : (q.options[0]?.id ?? "")));
    assert.equal(p.failureImpact, "minimal");
    assert.equal(p.manipulation, "no");
    assert.equal(nextQuestion(p, []), null);
  });
});

describe("applying an answer", () => {
  test("writes the option's value into the question's field", () => {
    const r = applyAnswer(emptyProfile(), "emotion-consent", "legal_basis");
    assert.ok(r.ok);
    assert.equal(r.value.emotionConsent, "legal_basis");
    assert.deepEqual({ ...r.value, emotionConsent: "unknown" }, emptyProfile());
  });

  test("refuses a question or option that does not exist", () => {
    assert.deepEqual(applyAnswer(emptyProfile(), "no-such-question", "yes"), { ok: false, reason: "unknownQuestion", detail: "no-such-question" });
    assert.deepEqual(applyAnswer(emptyProfile(), "domain", "space"), { ok: false, reason: "unknownOption", detail: "domain.space" });
  });
});

describe("remaining questions", () => {
  test("is zero exactly when nothing is left to ask", () => {
    assert.equal(estimateRemaining(ALL_NO, []), 0);
    assert.ok(estimateRemaining(emptyProfile(), []) > 0);
  });

  test("never falls short of the questions an interview really asks", () => {
    for (const pick of [(q: Question) => q.options[0]?.id ?? "", (q: Question) => q.options.at(-1)?.id ?? ""]) {
      let p = emptyProfile();
      const asked: string[] = [];
      const { asked: all } = interview(p, pick);
      for (const id of all) {
        assert.ok(estimateRemaining(p, asked) >= all.length - asked.length);
        const r = applyAnswer(p, id, pick(questionById(id) as Question));
        assert.ok(r.ok);
        p = r.value;
        asked.push(id);
      }
      assert.equal(estimateRemaining(p, asked), 0);
    }
  });

  test("is never more than the questions not yet asked", () => {
    assert.ok(estimateRemaining(emptyProfile(), []) <= questions.length);
  });
});
