/**
 * The legal review's findings (W = wrong law, M = mis-citation, O = overstated, T = terminology, S = style), one
 * test each, asserting what a founder reads: the rendered result in each language or the JSON field. Entry texts
 * and `ask` answers are in legal-review-entries.test.ts, describe readings in legal-review-describe.test.ts.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assess, type AssessOptions } from "../../knowledge/assess/assess.js";
import { explainAssessment } from "../../knowledge/assess/explain.js";
import { EU_TEXTS, FLAG_TEXTS, WHY_TEXTS } from "../../knowledge/assess/texts.js";
import { estimateEffort } from "../../knowledge/estimate/effort.js";
import { cite, formatArticle, formatCitation, isRealCitation } from "../../knowledge/law/articles.js";
import { questionText } from "../../knowledge/profile/question-texts.js";
import { interviewQuestionById, questionById } from "../../knowledge/profile/questions.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { LANGS, type Lang } from "../../knowledge/types.js";
import { KB_VERSION } from "../../knowledge/version.js";
import { assessmentChanges } from "../../flows/result/changes.js";
import { DOSSIER_FIELDS } from "../../flows/dossier/dossier.js";
import { assessOutput } from "../../bot/channels/cli/output.js";
import { renderAssessment } from "../../bot/channels/cli/render.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { recheckAssessments } from "../../bot/runtime/rules-change.js";
import { saveAssessment } from "../../bot/storage/assessments.js";
import { pending as pendingNotifications } from "../../bot/storage/outbox.js";
import { upsertUser } from "../../bot/storage/users.js";
import { withTempDb } from "../support/temp-db.js";
import { LOCALES } from "../support/transcript.js";
import { answerAll, founder, withResult } from "../flows/drive.js";

const t = createTranslator();

/** The whole result as the CLI and the chat print it, in one language. */
function read(profile: Partial<SystemProfile>, lang: Lang, options: AssessOptions = {}): string {
  return renderAssessment(t, assessOutput({ profile: SystemProfile.parse(profile), lang }, options));
}

const locale = (lang: Lang, key: string): string => {
  const text = LOCALES[lang].get(key);
  assert.ok(text !== undefined, `${lang}: no ${key}`);
  return text;
};

/** A locale text up to its first placeholder: enough to tell whether the line was printed. */
const stem = (lang: Lang, key: string): string => locale(lang, key).split("{{")[0]!.trim();

describe("W1: КоАП art. 692-3 is a real article", () => {
  test("the articles list holds 692-3 and its two parts, and renders it as a part of the Code", () => {
    assert.ok(isRealCitation(cite("koap", "692-3")));
    assert.ok(isRealCitation(cite("koap", "692-3", "2")));
    assert.equal(isRealCitation(cite("koap", "692-3", "3")), false);
    assert.equal(formatCitation(cite("koap", "692-3", "1"), "ru"), "Кодекс РК об административных правонарушениях, ст. 692-3 ч. 1");
    assert.equal(formatCitation(cite("koap", "692-3", "1"), "en"), "Code of Administrative Offences, Art. 692-3(1)");
  });
});

describe("W2: no flat 'none' while the deciding answer is open", () => {
  for (const lang of LANGS) {
    test(`${lang}: an unanswered synthetic-content question gives 'not yet known', not 'no fine applies'`, () => {
      const text = read({ failureImpact: "harm", personalData: "no", userFacing: "yes" }, lang);
      assert.ok(!text.includes(stem(lang, "result.fines.none")), text);
      assert.ok(text.includes(stem(lang, "result.fines.pending.synthetic_results_not_disclosed")), text);
    });

    test(`${lang}: scoring people with the legal basis unanswered is not 'no prohibited capability'`, () => {
      const text = read({ socialScoring: "yes", failureImpact: "harm" }, lang);
      assert.ok(!text.includes(stem(lang, "result.prohibited.none")), text);
      assert.ok(text.includes(stem(lang, "result.prohibited.open")), text);
      assert.ok(text.includes({ kk: "мұндай бағалауды көздейтін заң", ru: "закон, предусматривающий такую оценку", en: "a law providing for that rating" }[lang]), text);
    });
  }

  test("'no fine' and 'no prohibited capability' stay for a profile where nothing is open", () => {
    const settled = SystemProfile.parse({
      failureImpact: "harm", syntheticContent: "no", manipulation: "no", exploitsVulnerability: "no", socialScoring: "no",
      personalData: "no", biometrics: "no", biometricCategorisation: "no", emotionRecognition: "no", prohibitedOutputs: "no",
      automatedDecisions: "no", euMarket: "no",
    });
    const text = renderAssessment(t, assessOutput({ profile: settled, lang: "en" }, {}));
    assert.ok(text.includes(stem("en", "result.fines.none")), text);
    assert.ok(text.includes(stem("en", "result.prohibited.none")), text);
  });

  test("the pending fine of a high-risk system is named while the failure question is open", () => {
    const ex = explainAssessment(assess(SystemProfile.parse({ syntheticContent: "no" })), "en");
    assert.deepEqual(ex.pending.fines.map((f) => f.offence), ["high_risk_risk_management_failure"]);
    assert.ok(ex.pending.fines[0]!.fields.includes("what a failure would do"));
  });
});

describe("W3: Art. 17(1), last paragraph, does not make a system high-risk", () => {
  test("an explicit 'minimal' stands for a state-resources system, and 'harm' for a critical ICT object", () => {
    const state = assess(SystemProfile.parse({ failureImpact: "minimal", stateResources: "yes" }));
    assert.deepEqual([state.tier, state.tierSettled], ["minimal", true]);
    const critical = assess(SystemProfile.parse({ failureImpact: "harm", criticalInfrastructure: "yes" }));
    assert.deepEqual([critical.tier, critical.tierSettled], ["medium", true]);
    assert.ok(!critical.obligations.some((o) => o.code === "state_infosec"), "no state infosec duty below high risk");
  });

  test("a high-risk critical ICT object carries the state information-security duty", () => {
    const a = assess(SystemProfile.parse({ failureImpact: "severe", criticalInfrastructure: "yes" }));
    assert.deepEqual(
      a.obligations.filter((o) => o.code === "state_infosec").map((o) => o.why),
      ["critical_infrastructure_object"],
    );
  });

  test("with the failure question open, such a system leans high provisionally and says why", () => {
    const a = assess(SystemProfile.parse({ stateResources: "yes" }));
    assert.deepEqual([a.tier, a.tierSettled], ["high", false]);
    const reason = explainAssessment(a, "en").tier.reasons.find((r) => r.code === "provisional_state_resources");
    assert.ok(reason?.text.includes("does not by itself make a system high-risk"));
  });
});

describe("W4: automated decisions are not high autonomy", () => {
  test("a loan bot deciding without a person leaves the autonomy question open", () => {
    const out = assessOutput({ describe: "Our bot approves or rejects loan applications on its own, with no person involved.", lang: "en" }, {});
    assert.equal(out.profile.automatedDecisions, "yes");
    assert.equal(out.profile.autonomy, "unknown");
    assert.ok(out.openQuestions.some((q) => q.field === "autonomy"));
  });
});

describe("the failure question offers the whole Art. 17(1)(3) test", () => {
  test("a credit scorer that can wrongly refuse credit finds its answer among the options", () => {
    const q = questionById("failure-impact");
    assert.ok(q);
    const severe = (lang: Lang) => questionText(q, lang).options.find((o) => o.id === "severe")!.label;
    assert.match(severe("en"), /significant negative consequences for users/);
    assert.match(severe("en"), /refused credit/);
    assert.match(severe("ru"), /значительные негативные последствия для пользователей, жизнедеятельности людей/);
    assert.match(severe("kk"), /пайдаланушылар, адамдардың тыныс-тіршілігі/);
  });
});

describe("W5: trusted lists are compiled by sectoral state bodies (Art. 19(1))", () => {
  for (const lang of LANGS) {
    test(`${lang}: the timeline's review step names the sectoral state body`, () => {
      const text = read({ failureImpact: "severe", wantsTrustedList: "yes" }, lang, { today: "2026-03-02" });
      const line = text.split("\n").find((l) => l.includes({ kk: "Салалық мемлекеттік органның қарауы", ru: "Рассмотрение отраслевым государственным органом", en: "Review by the sectoral state body" }[lang]));
      assert.ok(line, text);
      assert.ok(!text.includes({ kk: "Уәкілетті органның қарауы", ru: "Рассмотрение уполномоченным органом", en: "Review by the authority" }[lang]));
    });
  }
});

describe("M1: the dossier's structure is a suggestion, with the two items Art. 20(2) names", () => {
  for (const lang of LANGS) {
    test(`${lang}: the intro says secondary and cites the documentation duty; the audit is called voluntary to high-risk systems only`, () => {
      const intro = withResult(lang).choose("result:dossier").read().join("\n");
      assert.match(intro, { kk: /қосалқы дереккөз/, ru: /вторичный источник/, en: /secondary source/ }[lang]);
      assert.ok(intro.includes(formatArticle(cite("ai-law", "15", "2", "3"), lang)), intro);
      const voluntary = { kk: /ерікті/, ru: /добровольн/, en: /voluntary/ }[lang];
      assert.doesNotMatch(intro, voluntary, "a medium-risk system is not offered the audit");
      const high = founder(lang).choose("nav:skip");
      answerAll(high, (q) => (q.field === "failureImpact" ? "severe" : q.options.some((o) => o.value === "no") ? "no" : undefined));
      assert.equal(high.state.memory.result?.assessment.tier, "high");
      assert.match(high.choose("result:dossier").read().join("\n"), voluntary);
    });
  }

  test("the dossier asks about data libraries and the absence of prohibited capabilities", () => {
    assert.ok(DOSSIER_FIELDS.includes("dataLibraries"));
    assert.ok(DOSSIER_FIELDS.includes("prohibitedCapabilities"));
  });
});

describe("M2, M3, S4: citations in the law's own units", () => {
  test("items of Order No. 263 are items, not articles", () => {
    const item = cite("order-263", "13-1");
    assert.deepEqual(LANGS.map((l) => formatArticle(item, l)), ["13-1-тармақ", "п. 13-1", "item 13-1"]);
    const text = read({ failureImpact: "severe", wantsTrustedList: "yes" }, "ru", { today: "2026-03-02" });
    assert.ok(text.includes("п. 13-1"), text);
    assert.ok(!text.includes("ст. 13-1"));
  });

  test("bracketed items directly under an article are subpoints", () => {
    const mci = cite("budget-2026", "7", "4");
    assert.deepEqual(LANGS.map((l) => formatArticle(mci, l)), ["7-бабының 4) тармақшасы", "пп. 4) ст. 7", "Art. 7(4)"]);
    assert.equal(formatArticle(cite("ai-law", "1", "5"), "ru"), "пп. 5) ст. 1");
  });

  test("Kazakh subpoints have no hyphen after the bracket", () => {
    const kk = formatArticle(cite("ai-law", "17", "3", "6"), "kk");
    assert.equal(kk, "17-бабының 3-тармағының 6) тармақшасы");
    assert.ok(!read({ emotionRecognition: "yes", emotionConsent: "no" }, "kk").includes(")-тармақша"));
  });
});

describe("O1, O8: the manipulation and biometric tests as the law words them", () => {
  test("manipulation needs distortion and either limited choice or forced harmful decisions", () => {
    assert.match(FLAG_TEXTS.manipulation.text.en, /distorts people's behaviour.*either limits.*or forces/);
    assert.match(FLAG_TEXTS.manipulation.text.ru, /вынуждает/);
    assert.match(FLAG_TEXTS.manipulation.text.kk, /мәжбүрлейді/);
    const q = questionById("manipulation")!;
    assert.match(questionText(q, "en").prompt, /distort.*forced into decisions that could harm/);
    const screening = questionText(interviewQuestionById("prohibited-practices")!, "ru").prompt;
    assert.match(screening, /искажает поведение людей/);
  });

  test("the biometric ban needs the purpose of discrimination", () => {
    assert.match(FLAG_TEXTS.biometricCategorisation.text.en, /in order to use that to discriminate/);
    assert.match(questionText(questionById("biometric-categories")!, "ru").prompt, /для их дискриминации/);
  });
});

describe("O2: the EU cross-map does not imply Kazakhstan marks all generated content", () => {
  test("Kazakhstan marks only synthetic results", () => {
    assert.match(EU_TEXTS.art50_synthetic_marking.en, /Kazakhstan marks only synthetic results/);
    assert.match(EU_TEXTS.art50_synthetic_marking.ru, /только синтетические результаты/);
    assert.match(EU_TEXTS.art50_synthetic_marking.kk, /тек синтетикалық нәтижелерді/);
  });
});

describe("O4: PD Law 19-1(1) has no 'solely' qualifier", () => {
  test("missing consent is not cured by adding a person, and the question covers processing that settles rights", () => {
    assert.ok(!/bring a person into the decision/.test(WHY_TEXTS.consent_missing.en));
    assert.match(WHY_TEXTS.consent_missing.en, /no "solely automated" limit/);
    assert.ok(!/включите в принятие решения человека/.test(WHY_TEXTS.consent_missing.ru));
    assert.match(questionText(questionById("automated-decisions")!, "en").prompt, /settle in practice/);
  });
});

describe("O5: the 641-1 elements in full", () => {
  for (const lang of LANGS) {
    test(`${lang}: harm includes well-being, and a repeat counts from the first penalty`, () => {
      const text = read({ failureImpact: "severe", entitySize: "medium" }, lang);
      assert.match(text, { kk: /әл-ауқатына/, ru: /благополучие людей/, en: /well-being/ }[lang]);
      assert.match(text, { kk: /жаза қолданылғаннан кейін бір жыл ішінде/, ru: /в течение года после наложения взыскания/, en: /within a year of the first penalty/ }[lang]);
    });
  }
});

describe("O6: users' rights to explanations are a duty of the owner (Art. 16(1)(4)-(5))", () => {
  test("a system people use must answer requests for explanations and for the data behind a decision", () => {
    const duty = assess(SystemProfile.parse({ userFacing: "yes" })).obligations.find((o) => o.code === "user_explanations");
    assert.ok(duty);
    assert.deepEqual(duty.article, cite("ai-law", "16", "1", "4"));
    assert.equal(assess(SystemProfile.parse({ userFacing: "no" })).obligations.some((o) => o.code === "user_explanations"), false);
  });
});

describe("O11: the reported holiday change shows on timelines that cross it", () => {
  test("a timeline over 31 August 2026 says we count it as a working day; one that does not cross it says nothing", () => {
    const across = read({ failureImpact: "minimal" }, "en", { today: "2026-08-20" });
    assert.match(across, /We count 2026-08-31 as a working day because of a reported but unconfirmed holiday change/);
    const before = read({ failureImpact: "minimal" }, "en", { today: "2026-09-10" });
    assert.ok(!before.includes("reported but unconfirmed holiday change"), before);
  });

  test("a high-risk road into 2027 names 15 March as a counted day off", () => {
    const a = assess(SystemProfile.parse({ failureImpact: "severe" }), { today: "2027-01-11" });
    assert.deepEqual(a.timeline?.reportedChanges, [{ date: "2027-03-15", counted: "day_off" }]);
  });
});

describe("a prohibited system gets no documentation plan for itself (Art. 18(2))", () => {
  const emotions = SystemProfile.parse({ failureImpact: "harm", emotionRecognition: "yes", emotionConsent: "no", personalData: "yes" });

  for (const lang of LANGS) {
    test(`${lang}: the result leads with Art. 18(2) and says consent is a way`, () => {
      const lines = read(emotions, lang).split("\n");
      assert.ok(lines[0]!.startsWith(stem(lang, "result.prohibited.lead")), lines[0]);
      assert.ok(lines[0]!.includes(formatArticle(cite("ai-law", "18", "2"), lang)));
      const remedy = lines.find((l) => l.includes(stem(lang, "result.prohibited.remedy")));
      assert.match(remedy ?? "", { kk: /келісімін алыңыз/, ru: /получите согласие/, en: /get each person's consent/ }[lang]);
      assert.ok(lines.some((l) => l.includes(stem(lang, "result.effort.onceChanged"))));
    });
  }

  test("the effort is the changed system's: emotion recognition with consent", () => {
    const a = assess(emotions);
    assert.equal(a.effortBasis, "once_changed");
    const changed = SystemProfile.parse({ ...emotions, emotionConsent: "consent" });
    assert.deepEqual(a.effort, estimateEffort(changed, assess(changed).tier));
    assert.equal(assess(changed).effortBasis, undefined);
  });
});

describe("terminology and style in the rendered result", () => {
  test("T1, T3: Kazakh effort lines use оқып-үйрену and қол жеткізілуі шектелген", () => {
    const text = read({ failureImpact: "harm", personalData: "yes", dataStorage: "abroad", restrictedData: "yes", trainsOnWorks: "yes" }, "kk");
    assert.ok(!/оқыту|қолжетімділігі/.test(text), text);
    assert.match(text, /қол жеткізілуі шектелген деректер/);
  });

  test("T5, S7: no «Дербестік класы» or «AI Act-тегі» left in the Kazakh texts", () => {
    for (const value of LOCALES.kk.values()) {
      assert.ok(!value.includes("класы"), value);
      assert.ok(!value.includes("AI Act-тегі"), value);
    }
  });

  test("S1: the Russian 'no fine' line keeps the citation out of the sentence's grammar", () => {
    const none = locale("ru", "result.fines.none");
    assert.ok(!/по \{\{article\}\}/.test(none), none);
  });

  for (const lang of LANGS) {
    test(`S3 (${lang}): the audit is a voluntary step, not a voluntary duty`, () => {
      const summary = locale(lang, "result.obligations.summary");
      assert.match(summary, { kk: /ерікті қадамдар/, ru: /добровольных шагов/, en: /voluntary step/ }[lang]);
    });
  }
});

describe("the knowledge-base version moves on, and the re-check tells each founder once", () => {
  test("a result stored under kb-2026.11.1 that W3 changes is re-told once, then never again", async () => {
    assert.notEqual(KB_VERSION.id, "kb-2026.11.1");
    const profile = SystemProfile.parse({ failureImpact: "minimal", stateResources: "yes", userFacing: "no", personalData: "no" });
    // What kb-2026.11.1 said: high and settled, because the state-resources rule overrode "minimal".
    const before = { ...assess(profile), kbVersion: "kb-2026.11.1", tier: "high" as const };
    const now = new Date("2026-12-02T06:00:00.000Z");
    await withTempDb(async (db) => {
      await db.tx(async (q) => {
        const user = await upsertUser(q, "telegram", "1", now.toISOString());
        await saveAssessment(q, { userId: user.id, chatKey: "telegram:1", assessment: before }, now.toISOString());
      });
      const deps = { assess, kbVersion: KB_VERSION.id, now, diff: assessmentChanges };
      assert.deepEqual(await recheckAssessments(db, deps), { checked: 1, notified: 1 });
      assert.deepEqual(await recheckAssessments(db, deps), { checked: 0, notified: 0 });
      const told = await pendingNotifications(db);
      assert.equal(told.length, 1);
      const n = told[0]!.notification;
      assert.ok(n.kind === "rulesChanged");
      assert.deepEqual(n.changes, [{ kind: "tier", from: "high", to: "minimal" }]);
    });
  });
});
