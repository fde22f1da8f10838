import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isRealCitation } from "../../knowledge/law/articles.js";
import { conditionFields, fieldHolds } from "../../knowledge/law/rules-condition.js";
import { RULE_FOOTPRINTS } from "../../knowledge/assess/footprints.js";
import { findings } from "../../knowledge/assess/findings.js";
import { questionText } from "../../knowledge/profile/question-texts.js";
import {
  allQuestions,
  followUps,
  groupQuestions,
  interviewQuestionById,
  interviewQuestions,
  isGroup,
  questionById,
  questionForField,
  unsettledFields,
  type InterviewQuestion,
  type Question,
} from "../../knowledge/profile/questions.js";
import { applyAnswer, estimateRemaining, nextQuestion } from "../../knowledge/profile/next-question.js";
import { emptyProfile, fieldValues, PROFILE_FIELDS, type ProfileField, type SystemProfile } from "../../knowledge/profile/schema.js";
import { LANGS } from "../../knowledge/types.js";
import { ChoiceId } from "../../flows/types.js";
import { ALL_NO, ALL_YES, profile, SYSTEMS } from "../fixtures/profiles.js";

const questions = allQuestions();
const everything = interviewQuestions();

/** Answers questions in order until none is left, picking the option `pick` chooses for each. */
function interview(start: SystemProfile, pick: (q: InterviewQuestion, now: SystemProfile) => string): { asked: string[]; profile: SystemProfile } {
  let p = start;
  const asked: string[] = [];
  for (let q = nextQuestion(p, asked); q; q = nextQuestion(p, asked)) {
    const answered = applyAnswer(p, q.id, pick(q, p));
    assert.ok(answered.ok, `${q.id}: ${pick(q, p)}`);
    p = answered.value;
    asked.push(q.id);
  }
  return { asked, profile: p };
}

const first = (q: InterviewQuestion): string => q.options[0]?.id ?? "";
const last = (q: InterviewQuestion): string => q.options.at(-1)?.id ?? "";
const noWherePossible = (q: InterviewQuestion): string => (q.options.some((o) => o.id === "no") ? "no" : first(q));

/**
 * A founder who knows the whole profile `truth` and answers each question as it is: a field's value; a
 * screening "none of these" when none of the listed capabilities is there, "at least one" when one is,
 * "not sure" otherwise; a combined question the option that says exactly what `truth` says about the
 * fields it sets ("I don't know" when no other does).
 */
function truthful(truth: SystemProfile): (q: InterviewQuestion, now: SystemProfile) => string {
  return (q, now) => {
    if (!isGroup(q)) return q.options.find((o) => o.value === truth[q.field])?.id ?? "unknown";
    const sets = (id: string): [string, string][] => Object.entries(q.options.find((o) => o.id === id)?.sets ?? {});
    if (q.kind === "screening") {
      const none = new Map(sets("no"));
      const listed = unsettledFields(q, now);
      if (listed.some((f) => truth[f] !== "unknown" && truth[f] !== none.get(f))) return "yes";
      return listed.every((f) => truth[f] === none.get(f)) ? "no" : "unknown";
    }
    const fitting = q.options.filter((o) => sets(o.id).every(([f, v]) => truth[f as ProfileField] === v));
    return fitting.sort((a, b) => sets(b.id).length - sets(a.id).length)[0]?.id ?? "unknown";
  };
}

/**
 * Fully answered profiles spread over every field's values, from a fixed seed so every run sees the same ones.
 * A field whose question cannot apply (sorting people by biometric data when there are none) is left unknown,
 * since no founder is asked it.
 */
function answeredProfiles(count: number): SystemProfile[] {
  let seed = 20260118;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    const entries = PROFILE_FIELDS.map((f) => {
      const values = fieldValues(f).filter((v) => v !== "unknown");
      return [f, values[next(values.length)]];
    });
    const p = Object.fromEntries(entries) as SystemProfile;
    return questions.reduce((out, q) => (q.askWhen && !fieldHolds(q.askWhen, out) ? ({ ...out, [q.field]: "unknown" }) as SystemProfile : out), p);
  });
}

describe("question data", () => {
  test("ids are unique across every question, and each field has one question of its own", () => {
    assert.equal(new Set(everything.map((q) => q.id)).size, everything.length);
    assert.equal(new Set(questions.map((q) => q.field)).size, questions.length);
  });

  test("each field's own question offers every value of its field once, with 'I don't know' last", () => {
    for (const q of questions) {
      assert.deepEqual(q.options.map((o) => o.value).sort(), [...fieldValues(q.field)].sort(), q.id);
      assert.equal(q.options.at(-1)?.value, "unknown", q.id);
      assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, q.id);
    }
  });

  test("a group question's options write only its own fields, with values those fields accept, and end with 'not sure'", () => {
    for (const g of groupQuestions()) {
      assert.ok(g.fields.length >= 2, g.id);
      for (const f of g.fields) assert.ok(questionForField(f), `${g.id}: ${f} has a question of its own`);
      for (const o of g.options) {
        for (const [f, v] of Object.entries(o.sets)) {
          assert.ok(g.fields.includes(f as ProfileField), `${g.id}.${o.id} writes ${f}`);
          assert.ok(fieldValues(f as ProfileField).includes(String(v)) && v !== "unknown", `${g.id}.${o.id}: ${f}=${v}`);
        }
      }
      assert.deepEqual(g.options.at(-1), { id: "unknown", sets: {} }, g.id);
      assert.equal(new Set(g.options.map((o) => o.id)).size, g.options.length, g.id);
    }
  });

  test("a screening's 'none of these' writes every field it lists, and its other answers write nothing", () => {
    for (const g of groupQuestions().filter((x) => x.kind === "screening")) {
      assert.deepEqual(g.options.map((o) => o.id), ["no", "yes", "unknown"], g.id);
      assert.deepEqual(Object.keys(g.options[0]?.sets ?? {}).sort(), [...g.fields].sort(), g.id);
    }
  });

  test("'none of these' on the prohibited practices flags nothing", () => {
    const r = applyAnswer(profile({ personalData: "yes", automatedDecisions: "no" }), "prohibited-practices", "no");
    assert.ok(r.ok);
    assert.deepEqual(findings(r.value).prohibited, []);
    assert.equal(r.value.personalDataLawful, "yes", "item 4 absent means personal data are handled lawfully");
  });

  test("every question cites articles that exist", () => {
    for (const q of everything) {
      const sources = isGroup(q) ? [q.source, ...q.also] : [q.source];
      for (const c of sources) assert.ok(isRealCitation(c), q.id);
    }
  });

  test("question and option ids fit a chat button's choice id", () => {
    for (const q of everything) for (const o of q.options) assert.ok(ChoiceId.safeParse(`${q.id}.${o.id}`).success, `${q.id}.${o.id}`);
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
    for (const q of everything) {
      for (const lang of LANGS) {
        const text = questionText(q, lang);
        const lead = text.prompt.split("\n")[0] ?? "";
        assert.ok(lead.endsWith("?") || lead.endsWith("."), `${q.id} ${lang}`);
        assert.equal(new Set(text.options.map((o) => o.label)).size, q.options.length, `${q.id} ${lang}`);
        for (const o of text.options) assert.ok(o.label.length > 0);
      }
    }
  });

  test("a screening lists one line per field it would still settle", () => {
    for (const g of groupQuestions().filter((x) => x.kind === "screening")) {
      for (const lang of LANGS) assert.equal(questionText(g, lang).prompt.split("\n").length, 1 + g.fields.length, `${g.id} ${lang}`);
    }
    const g = interviewQuestionById("prohibited-practices");
    assert.ok(g && isGroup(g));
    const lines = (p: SystemProfile) => questionText(g, "en", p).prompt.split("\n").length - 1;
    assert.equal(lines(profile({ personalData: "yes" })), 7);
    assert.equal(lines(profile({ personalData: "no" })), 6, "no line about unlawful personal data when there are none");
    assert.equal(lines(profile({ personalData: "no", manipulation: "yes", emotionRecognition: "no" })), 4, "what the founder said is not listed again");
  });

  test("the Kazakh texts use the law's own terms", () => {
    const kk = (id: string): string => {
      const q = interviewQuestionById(id);
      assert.ok(q);
      return questionText(q, "kk").prompt;
    };
    assert.match(kk("personal-data"), /дербес деректер/);
    assert.match(kk("biometrics"), /биометриялық деректер/);
    assert.match(kk("critical-infrastructure"), /ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілері/);
    assert.match(kk("trusted-list"), /сенімді жүйелерінің/);
    assert.match(kk("prohibited-practices"), /түпсаналық, манипуляциялық/);
    assert.match(kk("prohibited-practices"), /эмоцияларын .*айқындайды/);
    assert.match(kk("special-cases"), /синтетикалық нәтижелер/);
    assert.match(kk("special-cases"), /мемлекеттік электрондық ақпараттық ресурстарды/);
    assert.match(kk("data-location"), /оқып-үйрену/);
  });
});

describe("next question", () => {
  test("an empty profile starts with personal data, then the prohibited practices and the special cases, each at once", () => {
    const { asked } = interview(emptyProfile(), noWherePossible);
    assert.deepEqual(asked.slice(0, 3), ["personal-data", "prohibited-practices", "special-cases"]);
  });

  test("once prohibited capabilities and the special cases are settled, the tier comes before duties", () => {
    const settled = profile({
      personalData: "no", automatedDecisions: "no", biometrics: "no", biometricCategorisation: "no", emotionRecognition: "no",
      socialScoring: "no", manipulation: "no", exploitsVulnerability: "no", prohibitedOutputs: "no",
      criticalInfrastructure: "no", stateResources: "no", syntheticContent: "no", restrictedData: "no", trainsOnWorks: "no",
    });
    assert.equal(nextQuestion(settled, [])?.id, "failure-impact");
    assert.equal(nextQuestion({ ...settled, failureImpact: "harm" }, [])?.id, "autonomy");
  });

  test("'at least one' or 'not sure' on a screening leads to each listed capability's own question", () => {
    for (const answer of ["yes", "unknown"]) {
      const picks = (q: InterviewQuestion) => (q.id === "prohibited-practices" ? answer : noWherePossible(q));
      const { asked } = interview(profile({ personalData: "yes" }), picks);
      for (const id of ["personal-data-lawful", "emotions", "scoring", "manipulation", "vulnerability", "biometrics", "prohibited-outputs"]) {
        assert.ok(asked.includes(id), `${answer}: ${id} asked`);
      }
    }
  });

  test("'none of these' settles every listed field at once, and never overwrites what the founder said", () => {
    const said = profile({ personalData: "yes", manipulation: "yes", emotionRecognition: "yes" });
    const r = applyAnswer(said, "prohibited-practices", "no");
    assert.ok(r.ok);
    assert.deepEqual(
      { ...r.value },
      { ...said, exploitsVulnerability: "no", socialScoring: "no", personalDataLawful: "yes", biometricCategorisation: "no", prohibitedOutputs: "no" },
    );
  });

  test("a screening is skipped when at most one field it lists is still open: that field's own question is shorter", () => {
    const one = profile({
      personalData: "no", exploitsVulnerability: "no", socialScoring: "no", biometricCategorisation: "no", emotionRecognition: "no", prohibitedOutputs: "no",
      automatedDecisions: "no",
    });
    assert.equal(nextQuestion(one, ["personal-data"])?.id, "manipulation");
  });

  test("a combined question is not asked when a description settled one of its fields: the other field's own question is", () => {
    const described = profile({ personalData: "yes", dataStorage: "kazakhstan" });
    const { asked } = interview(described, noWherePossible);
    assert.ok(!asked.includes("data-location"));
    assert.ok(asked.includes("training-location"));
    const emotions = interview(profile({ emotionRecognition: "yes" }), noWherePossible).asked;
    assert.ok(emotions.includes("emotion-consent") && !emotions.includes("emotions"));
  });

  test("once a combined question is asked, its fields are not asked one by one, even after 'I don't know'", () => {
    const { asked, profile: p } = interview(profile({ personalData: "yes" }), (q) => (q.id === "data-location" ? "unknown" : noWherePossible(q)));
    assert.ok(asked.includes("data-location"));
    assert.ok(!asked.includes("data-storage") && !asked.includes("training-location"));
    assert.equal(p.dataStorage, "unknown");
  });

  test("biometric sorting is still asked after 'I don't know' about biometrics, but not after 'no'", () => {
    const asked = ["personal-data", "prohibited-practices", "special-cases", "biometrics"];
    const p = profile({ personalData: "no", automatedDecisions: "no" });
    assert.equal(nextQuestion(p, asked)?.id, "biometric-categories");
    assert.equal(nextQuestion({ ...p, biometrics: "no" }, asked)?.id, "emotions");
  });

  test("a question already asked is not asked again, even when answered 'I don't know'", () => {
    assert.equal(nextQuestion(emptyProfile(), ["personal-data"])?.id, "prohibited-practices");
  });

  test("questions whose answer could not change the result are skipped", () => {
    const { asked } = interview(profile({ failureImpact: "harm" }), last);
    assert.ok(!asked.includes("trusted-list"), "the trusted list is for high-risk systems");
    assert.ok(!asked.includes("domain"), "the field only matters while the failure question is open");
  });

  test("a fully answered profile has nothing left to ask", () => {
    assert.equal(nextQuestion(ALL_NO, []), null);
    assert.equal(nextQuestion(ALL_YES, []), null);
  });

  test("answering every question 'no' or 'none of these' settles the tier and every prohibited capability", () => {
    const { profile: p, asked } = interview(emptyProfile(), noWherePossible);
    assert.equal(p.failureImpact, "minimal");
    assert.equal(p.manipulation, "no");
    assert.equal(nextQuestion(p, []), null);
    assert.ok(asked.length <= 6, `${asked.length} questions: ${asked.join(", ")}`);
  });

  test("a founder who answers truthfully gets the result of the fully answered profile", () => {
    const core = (p: SystemProfile) => {
      const f = findings(p);
      return { tier: f.tier, tierSettled: f.tierSettled, prohibited: f.prohibited, obligations: f.obligations };
    };
    for (const truth of [ALL_NO, ALL_YES, ...answeredProfiles(500)]) {
      const { profile: p, asked } = interview(emptyProfile(), truthful(truth));
      assert.deepEqual(core(p), core(truth), asked.join(" > "));
      for (const f of PROFILE_FIELDS) if (p[f] !== "unknown") assert.equal(p[f], truth[f], `${f} written as the founder said`);
    }
  });

  test("a founder who describes part of the system and answers the rest truthfully gets the same result", () => {
    for (const [name, described] of Object.entries(SYSTEMS)) {
      for (const truth of answeredProfiles(60)) {
        const start = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, described[f] === "unknown" ? "unknown" : truth[f]])) as SystemProfile;
        const { profile: p } = interview(start, truthful(truth));
        assert.deepEqual(findings(p).obligations, findings(truth).obligations, name);
        assert.equal(findings(p).tier, findings(truth).tier, name);
        assert.deepEqual(findings(p).prohibited, findings(truth).prohibited, name);
      }
    }
  });
});

describe("applying an answer", () => {
  test("writes the option's value into the question's field", () => {
    const r = applyAnswer(emptyProfile(), "emotion-consent", "legal_basis");
    assert.ok(r.ok);
    assert.equal(r.value.emotionConsent, "legal_basis");
    assert.deepEqual({ ...r.value, emotionConsent: "unknown" }, emptyProfile());
  });

  test("a combined option writes each of its fields", () => {
    const r = applyAnswer(profile({ personalData: "yes" }), "data-location", "trained-abroad");
    assert.ok(r.ok);
    assert.equal(r.value.dataStorage, "kazakhstan");
    assert.equal(r.value.trainingLocation, "abroad");
  });

  test("refuses a question or option that does not exist", () => {
    assert.deepEqual(applyAnswer(emptyProfile(), "no-such-question", "yes"), { ok: false, reason: "unknownQuestion", detail: "no-such-question" });
    assert.deepEqual(applyAnswer(emptyProfile(), "domain", "space"), { ok: false, reason: "unknownOption", detail: "domain.space" });
    assert.deepEqual(applyAnswer(emptyProfile(), "special-cases", "some"), { ok: false, reason: "unknownOption", detail: "special-cases.some" });
  });
});

describe("remaining questions", () => {
  test("is zero exactly when nothing is left to ask", () => {
    assert.equal(estimateRemaining(ALL_NO, []), 0);
    assert.ok(estimateRemaining(emptyProfile(), []) > 0);
  });

  test("is exact for a founder who answers 'no', 'none of these' or 'I don't know' throughout", () => {
    const quiet = (q: InterviewQuestion) => (q.options.some((o) => o.id === "no") ? "no" : "unknown");
    for (const start of [emptyProfile(), ...Object.values(SYSTEMS)]) {
      const { asked } = interview(start, quiet);
      assert.equal(estimateRemaining(start, []), asked.length);
    }
  });

  test("is realistic from an empty profile, and at least 1 while any question remains", (t) => {
    const start = estimateRemaining(emptyProfile(), []);
    t.diagnostic(`an empty profile starts at "question 1 of about ${start}"`);
    assert.ok(start >= 5 && start <= 8, `${start}`);
    for (const pick of [first, last, truthful(ALL_YES), truthful(answeredProfiles(1)[0] ?? ALL_NO)]) {
      let p = emptyProfile();
      const asked: string[] = [];
      for (let q = nextQuestion(p, asked); q; q = nextQuestion(p, asked)) {
        assert.ok(estimateRemaining(p, asked) >= 1, `after ${asked.join(" > ")}`);
        const r = applyAnswer(p, q.id, pick(q, p));
        assert.ok(r.ok);
        p = r.value;
        asked.push(q.id);
      }
      assert.equal(estimateRemaining(p, asked), 0);
    }
  });

  test("is never more than the questions not yet asked", () => {
    assert.ok(estimateRemaining(emptyProfile(), []) <= everything.length);
  });
});

test("the field questions are still found by id and by field, for explanations and corrections", () => {
  for (const q of questions) {
    assert.equal(questionById(q.id), q);
    assert.equal(questionForField(q.field), q);
    assert.equal(interviewQuestionById(q.id), q);
  }
});
