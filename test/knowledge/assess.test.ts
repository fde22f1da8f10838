import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assess } from "../../knowledge/assess/assess.js";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { explainAssessment } from "../../knowledge/assess/explain.js";
import { estimateEffort } from "../../knowledge/estimate/effort.js";
import { cite } from "../../knowledge/law/articles.js";
import { ObligationCode, ProhibitedCapability, type RiskTier } from "../../knowledge/law/codes.js";
import { EU_RULES } from "../../knowledge/law/rules-eu.js";
import { OBLIGATION_RULES, WHY_CODES } from "../../knowledge/law/rules-obligations.js";
import { PROHIBITED_RULES } from "../../knowledge/law/rules-prohibited.js";
import { TIER_REASON_CODES, TIER_RULES } from "../../knowledge/law/rules-tier.js";
import { allQuestions } from "../../knowledge/profile/questions.js";
import { fieldValues, type SystemProfile } from "../../knowledge/profile/schema.js";
import { LANGS } from "../../knowledge/types.js";
import { KB_VERSION } from "../../knowledge/version.js";
import { ALL_NO, ALL_UNKNOWN, ALL_YES, broadProfiles, profile, SYSTEMS } from "../fixtures/profiles.js";

/** A profile where every question is answered and nothing is triggered, changed in the given fields. */
const quiet = (answers: Partial<SystemProfile>): SystemProfile => ({ ...ALL_NO, ...answers });
const codes = (p: SystemProfile): string[] => assess(p).obligations.map((o) => o.code);
const obligation = (p: SystemProfile, code: ObligationCode) => assess(p).obligations.find((o) => o.code === code);
const flags = (p: SystemProfile): string[] => assess(p).prohibited.map((f) => `${f.code}:${f.field}`);

describe("risk tier (Art. 17(1))", () => {
  const cases: { description: string; answers: Partial<SystemProfile>; tier: RiskTier; reason: string }[] = [
    { description: "a failure that barely matters gives the minimal tier", answers: { failureImpact: "minimal" }, tier: "minimal", reason: "failure_minimal" },
    { description: "lost money, time or distress gives the medium tier", answers: { failureImpact: "harm" }, tier: "medium", reason: "failure_harm" },
    { description: "an emergency or serious damage gives the high tier", answers: { failureImpact: "severe" }, tier: "high", reason: "failure_severe" },
    {
      description: "a critically important ICT object whose failure barely matters stays minimal (Art. 17(1), last paragraph, sets no tier)",
      answers: { failureImpact: "minimal", criticalInfrastructure: "yes" },
      tier: "minimal",
      reason: "failure_minimal",
    },
    {
      description: "a system forming state information resources keeps the tier its failure gives",
      answers: { failureImpact: "harm", stateResources: "yes" },
      tier: "medium",
      reason: "failure_harm",
    },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const a = assess(quiet(c.answers));
      assert.equal(a.tier, c.tier);
      assert.equal(a.tierSettled, true);
      assert.equal(a.reasons[0]?.code, c.reason);
    });
  }

  test("every tier carries the reminder that the owner or possessor classifies, citing Art. 17(1)", () => {
    for (const p of [ALL_NO, ALL_YES, ALL_UNKNOWN]) {
      assert.deepEqual(assess(p).reasons.at(-1), { code: "owner_classifies", citation: cite("ai-law", "17", "1") });
    }
  });

  test("reasons name only the rules that reach the final tier", () => {
    const a = assess(quiet({ failureImpact: "unknown", criticalInfrastructure: "yes", stateResources: "yes" }));
    assert.deepEqual(
      a.reasons.map((r) => r.code),
      ["provisional_critical_infrastructure", "provisional_state_resources", "owner_classifies"],
    );
  });

  test("with the failure question unanswered the tier is provisional medium, and the question is open", () => {
    const a = assess(quiet({ failureImpact: "unknown" }));
    assert.equal(a.tier, "medium");
    assert.equal(a.tierSettled, false);
    assert.equal(a.reasons[0]?.code, "provisional_default");
    assert.deepEqual(a.openQuestions.find((q) => q.field === "failureImpact")?.affects, ["tier", "obligations"]);
  });

  test("an unanswered failure question in a sensitive field leans high", () => {
    for (const domain of ["health", "critical_infrastructure", "transport", "law_enforcement", "justice", "migration"] as const) {
      const a = assess(quiet({ failureImpact: "unknown", domain }));
      assert.equal(a.tier, "high", domain);
      assert.equal(a.tierSettled, false);
      assert.equal(a.reasons[0]?.code, "provisional_sensitive_domain");
    }
    assert.equal(assess(quiet({ failureImpact: "unknown", domain: "finance" })).tier, "medium");
  });

  test("an unanswered failure question with decisions on rights nobody can correct leans high", () => {
    const a = assess(quiet({ failureImpact: "unknown", automatedDecisions: "yes", autonomy: "high" }));
    assert.equal(a.tier, "high");
    assert.equal(a.reasons[0]?.code, "provisional_uncorrectable_decisions");
    assert.equal(assess(quiet({ failureImpact: "unknown", automatedDecisions: "yes", autonomy: "medium" })).tier, "medium");
  });

  test("a critical-infrastructure answer leans the tier high but leaves it to the failure question", () => {
    const a = assess(profile({ criticalInfrastructure: "yes" }));
    assert.equal(a.tier, "high");
    assert.equal(a.tierSettled, false);
    assert.ok(a.openQuestions.some((q) => q.field === "failureImpact"));
  });

  test("no tier is ever minimal unless the founder said so", () => {
    for (const p of broadProfiles()) {
      if (assess(p).tier === "minimal") assert.equal(p.failureImpact, "minimal");
    }
  });
});

describe("prohibited capabilities (Art. 17(3))", () => {
  const cases: { code: ProhibitedCapability; field: string; answers: Partial<SystemProfile>; subpoint: string }[] = [
    { code: "manipulation", field: "manipulation", answers: { manipulation: "yes" }, subpoint: "1" },
    { code: "vulnerability_exploitation", field: "exploitsVulnerability", answers: { exploitsVulnerability: "yes" }, subpoint: "2" },
    { code: "social_scoring", field: "socialScoring", answers: { socialScoring: "yes", scoringLegalBasis: "no" }, subpoint: "3" },
    { code: "unlawful_personal_data", field: "personalDataLawful", answers: { personalData: "yes", personalDataLawful: "no" }, subpoint: "4" },
    {
      code: "unlawful_personal_data",
      field: "automatedDecisionConsent",
      answers: { automatedDecisions: "yes", automatedDecisionConsent: "no" },
      subpoint: "4",
    },
    { code: "biometric_discrimination", field: "biometricCategorisation", answers: { biometricCategorisation: "yes" }, subpoint: "5" },
    {
      code: "emotion_recognition_without_consent",
      field: "emotionRecognition",
      answers: { emotionRecognition: "yes", emotionConsent: "no" },
      subpoint: "6",
    },
    { code: "prohibited_outputs", field: "prohibitedOutputs", answers: { prohibitedOutputs: "yes" }, subpoint: "7" },
  ];
  for (const c of cases) {
    test(`flags ${c.code} through ${c.field}, citing Art. 17(3)(${c.subpoint}), and asks to act under Art. 18(2)`, () => {
      const a = assess(quiet(c.answers));
      assert.deepEqual(a.prohibited, [{ code: c.code, article: cite("ai-law", "17", "3", c.subpoint), field: c.field }]);
      assert.deepEqual(
        a.obligations.find((o) => o.code === "prohibited_capability_response"),
        { code: "prohibited_capability_response", article: cite("ai-law", "18", "2"), why: "prohibited_capability_found", voluntary: false },
      );
    });
  }

  test("every prohibited capability of the law has a case above", () => {
    assert.deepEqual([...new Set(cases.map((c) => c.code))].sort(), [...ProhibitedCapability.options].sort());
    assert.equal(cases.length, PROHIBITED_RULES.length);
  });

  test("nothing is flagged, and no response is asked, when the founder answers no", () => {
    assert.deepEqual(assess(ALL_NO).prohibited, []);
    assert.ok(!codes(ALL_NO).includes("prohibited_capability_response"));
  });

  test("'I don't know' never flags a capability; it leaves an open question instead", () => {
    const a = assess(ALL_UNKNOWN);
    assert.deepEqual(a.prohibited, []);
    for (const field of ["manipulation", "exploitsVulnerability", "socialScoring", "biometricCategorisation", "prohibitedOutputs"]) {
      assert.ok(a.openQuestions.find((q) => q.field === field)?.affects.includes("prohibited"), field);
    }
  });

  test("scoring that a law provides for is not flagged; an unknown legal basis stays open", () => {
    assert.deepEqual(flags(quiet({ socialScoring: "yes", scoringLegalBasis: "yes" })), []);
    const a = assess(quiet({ socialScoring: "yes", scoringLegalBasis: "unknown" }));
    assert.deepEqual(a.prohibited, []);
    assert.deepEqual(a.openQuestions.find((q) => q.field === "scoringLegalBasis")?.affects, ["prohibited", "obligations"]);
  });

  test("emotion recognition with consent or a legal basis is not flagged; unknown consent stays open", () => {
    assert.deepEqual(flags(quiet({ emotionRecognition: "yes", emotionConsent: "consent" })), []);
    assert.deepEqual(flags(quiet({ emotionRecognition: "yes", emotionConsent: "legal_basis" })), []);
    const a = assess(quiet({ emotionRecognition: "yes", emotionConsent: "unknown" }));
    assert.deepEqual(a.openQuestions.find((q) => q.field === "emotionConsent")?.affects, ["prohibited", "obligations"]);
  });

  test("an unlawful-data answer without personal data flags nothing", () => {
    assert.deepEqual(flags(quiet({ personalData: "no", personalDataLawful: "no" })), []);
  });

  test("two answers revealing the same item give two flags, one per answer", () => {
    assert.deepEqual(flags(quiet({ personalData: "yes", personalDataLawful: "no", automatedDecisions: "yes", automatedDecisionConsent: "no" })), [
      "unlawful_personal_data:personalDataLawful",
      "unlawful_personal_data:automatedDecisionConsent",
    ]);
  });
});

describe("duties", () => {
  type Case = { description: string; code: ObligationCode; answers: Partial<SystemProfile>; why?: string; applies: boolean };
  const cases: Case[] = [
    { description: "risk management applies to a minimal system", code: "risk_management", answers: {}, why: "every_system", applies: true },
    { description: "risk management of a high-risk system warns of the fine", code: "risk_management", answers: { failureImpact: "severe" }, why: "high_risk", applies: true },
    { description: "security and reliability apply to every system", code: "security_reliability", answers: {}, why: "every_system", applies: true },
    { description: "documentation scales to a minimal system", code: "documentation", answers: {}, why: "impact_minimal", applies: true },
    { description: "documentation scales to a medium system", code: "documentation", answers: { failureImpact: "harm" }, why: "impact_medium", applies: true },
    { description: "documentation scales to a high system", code: "documentation", answers: { failureImpact: "severe" }, why: "impact_high", applies: true },
    { description: "continuous control follows a low autonomy class", code: "continuous_control", answers: {}, why: "autonomy_low", applies: true },
    { description: "continuous control follows a medium autonomy class", code: "continuous_control", answers: { autonomy: "medium" }, why: "autonomy_medium", applies: true },
    { description: "continuous control follows a high autonomy class", code: "continuous_control", answers: { autonomy: "high" }, why: "autonomy_high", applies: true },
    { description: "continuous control asks for the autonomy class", code: "continuous_control", answers: { autonomy: "unknown" }, why: "autonomy_unknown", applies: true },
    { description: "lawful outputs are required of every system", code: "output_lawfulness", answers: {}, why: "every_system", applies: true },
    ...(["user_support", "user_agreement", "user_explanations", "ai_disclosure"] as const).flatMap((code): Case[] => [
      { description: `${code} applies when people use the system`, code, answers: { userFacing: "yes" }, why: "user_facing", applies: true },
      { description: `${code} applies until the founder rules people out`, code, answers: { userFacing: "unknown" }, why: "user_facing_unknown", applies: true },
      { description: `${code} does not apply with no users`, code, answers: { userFacing: "no" }, applies: false },
    ]),
    { description: "synthetic results must be labelled", code: "synthetic_labelling", answers: { syntheticContent: "yes" }, why: "synthetic_content", applies: true },
    { description: "no synthetic results, no labelling", code: "synthetic_labelling", answers: { syntheticContent: "no" }, applies: false },
    { description: "unknown synthetic results are left to the open question", code: "synthetic_labelling", answers: { syntheticContent: "unknown" }, applies: false },
    { description: "automated decisions with consent keep the evidence", code: "automated_decision_consent", answers: { automatedDecisions: "yes", automatedDecisionConsent: "yes" }, why: "consent_held", applies: true },
    { description: "automated decisions without consent must get it", code: "automated_decision_consent", answers: { automatedDecisions: "yes", automatedDecisionConsent: "no" }, why: "consent_missing", applies: true },
    { description: "automated decisions with unknown consent ask for it", code: "automated_decision_consent", answers: { automatedDecisions: "yes", automatedDecisionConsent: "unknown" }, why: "consent_unknown", applies: true },
    { description: "no automated decisions, no consent duty", code: "automated_decision_consent", answers: { automatedDecisions: "no" }, applies: false },
    { description: "automated decisions must allow objections", code: "automated_decision_objection", answers: { automatedDecisions: "yes" }, why: "automated_decisions", applies: true },
    { description: "unknown automated decisions are left to the open question", code: "automated_decision_objection", answers: { automatedDecisions: "unknown" }, applies: false },
    { description: "personal data stored in Kazakhstan stay there", code: "data_localisation", answers: { personalData: "yes", dataStorage: "kazakhstan" }, why: "stored_in_kazakhstan", applies: true },
    { description: "personal data stored only abroad must come to Kazakhstan", code: "data_localisation", answers: { personalData: "yes", dataStorage: "abroad" }, why: "stored_abroad_only", applies: true },
    { description: "personal data stored in both places keep the Kazakh copy", code: "data_localisation", answers: { personalData: "yes", dataStorage: "both" }, why: "stored_in_both", applies: true },
    { description: "personal data stored somewhere unknown ask where", code: "data_localisation", answers: { personalData: "yes", dataStorage: "unknown" }, why: "storage_unknown", applies: true },
    { description: "localisation applies until personal data are ruled out", code: "data_localisation", answers: { personalData: "unknown", dataStorage: "unknown" }, why: "personal_data_unknown", applies: true },
    { description: "no personal data, no localisation", code: "data_localisation", answers: { personalData: "no" }, applies: false },
    { description: "personal data never stored need no localisation", code: "data_localisation", answers: { personalData: "yes", dataStorage: "none" }, applies: false },
    { description: "storage abroad is a cross-border transfer", code: "cross_border_transfer", answers: { personalData: "yes", dataStorage: "abroad" }, why: "transfer_for_storage", applies: true },
    { description: "a copy abroad is a cross-border transfer", code: "cross_border_transfer", answers: { personalData: "yes", dataStorage: "both" }, why: "transfer_for_storage", applies: true },
    { description: "training abroad is a cross-border transfer", code: "cross_border_transfer", answers: { personalData: "yes", dataStorage: "kazakhstan", trainingLocation: "abroad" }, why: "transfer_for_training", applies: true },
    { description: "everything in Kazakhstan means no transfer", code: "cross_border_transfer", answers: { personalData: "yes", dataStorage: "kazakhstan", trainingLocation: "kazakhstan" }, applies: false },
    { description: "no personal data means no transfer", code: "cross_border_transfer", answers: { personalData: "no", dataStorage: "abroad", trainingLocation: "abroad" }, applies: false },
    { description: "a high-risk critical ICT object meets state infosec requirements", code: "state_infosec", answers: { failureImpact: "severe", criticalInfrastructure: "yes" }, why: "critical_infrastructure_object", applies: true },
    { description: "a high-risk system forming state resources meets state infosec requirements", code: "state_infosec", answers: { failureImpact: "severe", stateResources: "yes" }, why: "state_information_resources", applies: true },
    { description: "a critical ICT object below high risk has no state infosec duty", code: "state_infosec", answers: { failureImpact: "harm", criticalInfrastructure: "yes" }, applies: false },
    { description: "a high-risk system outside both groups has no state infosec duty", code: "state_infosec", answers: { failureImpact: "severe" }, applies: false },
    { description: "restricted data need the local regime", code: "local_regime", answers: { restrictedData: "yes" }, why: "restricted_data", applies: true },
    { description: "no restricted data, no local regime", code: "local_regime", answers: { restrictedData: "no" }, applies: false },
    { description: "training on works respects opt-outs", code: "copyright_opt_out", answers: { trainsOnWorks: "yes" }, why: "trains_on_works", applies: true },
    { description: "no training on works, no opt-out check", code: "copyright_opt_out", answers: { trainsOnWorks: "no" }, applies: false },
    { description: "a high-risk system is offered the trusted list", code: "trusted_list_audit", answers: { failureImpact: "severe" }, why: "trusted_list_available", applies: true },
    { description: "a founder who wants the list is told about the audit", code: "trusted_list_audit", answers: { failureImpact: "severe", wantsTrustedList: "yes" }, why: "wants_trusted_list", applies: true },
    { description: "the list is only for high-risk systems", code: "trusted_list_audit", answers: { failureImpact: "harm", wantsTrustedList: "yes" }, applies: false },
    { description: "a prohibited capability calls for a response", code: "prohibited_capability_response", answers: { manipulation: "yes" }, why: "prohibited_capability_found", applies: true },
    { description: "no prohibited capability, no response", code: "prohibited_capability_response", answers: {}, applies: false },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const found = obligation(quiet(c.answers), c.code);
      if (!c.applies) return assert.equal(found, undefined);
      assert.ok(found, `${c.code} should apply`);
      assert.equal(found.why, c.why);
    });
  }

  test("every duty code has a case where it applies and, unless it binds every system, one where it does not", () => {
    const universal = new Set(["risk_management", "security_reliability", "documentation", "continuous_control", "output_lawfulness"]);
    for (const code of ObligationCode.options) {
      assert.ok(cases.some((c) => c.code === code && c.applies), `${code} applies somewhere`);
      if (!universal.has(code)) assert.ok(cases.some((c) => c.code === code && !c.applies), `${code} is absent somewhere`);
    }
  });

  test("every why code of the rules is reached by some case", () => {
    const reached = new Set(cases.filter((c) => c.why).map((c) => c.why));
    assert.deepEqual(WHY_CODES.filter((w) => !reached.has(w)), []);
  });

  test("duties of every system apply to every profile", () => {
    for (const p of broadProfiles()) {
      for (const code of ["risk_management", "security_reliability", "documentation", "continuous_control", "output_lawfulness"]) {
        assert.ok(codes(p).includes(code), code);
      }
    }
  });

  test("only the trusted-list audit is voluntary, and each duty cites its own article", () => {
    const a = assess(ALL_YES);
    assert.deepEqual(a.obligations.filter((o) => o.voluntary).map((o) => o.code), ["trusted_list_audit"]);
    for (const o of a.obligations) assert.deepEqual(o.article, OBLIGATION_RULES.find((r) => r.code === o.code)?.article);
    assert.deepEqual(obligation(ALL_YES, "automated_decision_objection")?.article, cite("pd-law", "19-1", "2"));
  });
});

describe("autonomy class (Art. 17(2))", () => {
  test("the class the founder names is reported with its subpoint", () => {
    assert.deepEqual(assess(quiet({ autonomy: "low" })).autonomy, { class: "low", article: cite("ai-law", "17", "2", "1") });
    assert.deepEqual(assess(quiet({ autonomy: "medium" })).autonomy, { class: "medium", article: cite("ai-law", "17", "2", "2") });
    assert.deepEqual(assess(quiet({ autonomy: "high" })).autonomy, { class: "high", article: cite("ai-law", "17", "2", "3") });
    assert.deepEqual(assess(ALL_UNKNOWN).autonomy, { class: "unknown", article: cite("ai-law", "17", "2") });
  });
});

describe("EU cross-map", () => {
  const eu = (p: SystemProfile): string[] => assess(p).eu.map((e) => e.code);

  test("a system kept out of the EU gets no cross-map", () => {
    assert.deepEqual(eu({ ...ALL_YES, euMarket: "no" }), []);
  });

  test("the map shows while the EU market is unanswered, as it does for a yes", () => {
    assert.deepEqual(eu({ ...ALL_YES, euMarket: "unknown" }), eu(ALL_YES));
  });

  test("each Kazakh prohibition with an EU twin maps to Art. 5(1) beside its 17(3) item", () => {
    const a = assess(ALL_YES);
    const art5 = a.eu.filter((e) => e.code.startsWith("art5_"));
    assert.deepEqual(
      art5.map((e) => [e.euArticle.subpoint, e.kzArticle?.subpoint]),
      [["a", "1"], ["b", "2"], ["c", "3"], ["f", "6"], ["g", "5"]],
    );
  });

  test("Annex III areas come with Art. 6(2)", () => {
    const areas: [SystemProfile["domain"], string, string][] = [
      ["critical_infrastructure", "annex_iii_critical_infrastructure", "2"],
      ["education", "annex_iii_education", "3"],
      ["employment", "annex_iii_employment", "4"],
      ["finance", "annex_iii_essential_services", "5"],
      ["public_services", "annex_iii_essential_services", "5"],
      ["law_enforcement", "annex_iii_law_enforcement", "6"],
      ["migration", "annex_iii_migration", "7"],
      ["justice", "annex_iii_justice", "8"],
    ];
    for (const [domain, code, point] of areas) {
      const a = assess(quiet({ euMarket: "yes", domain }));
      assert.deepEqual(a.eu.map((e) => e.code), ["art6_high_risk", code], domain);
      assert.deepEqual(a.eu[1]?.euArticle, cite("eu-ai-act", "Annex III", point));
    }
    assert.deepEqual(eu(quiet({ euMarket: "yes", biometrics: "yes" })), ["art6_high_risk", "annex_iii_biometrics"]);
    assert.deepEqual(eu(quiet({ euMarket: "yes", domain: "marketing" })), []);
  });

  test("transparency duties map to Art. 50", () => {
    assert.deepEqual(eu(quiet({ euMarket: "yes", userFacing: "yes" })), ["art50_ai_interaction"]);
    assert.deepEqual(eu(quiet({ euMarket: "yes", syntheticContent: "yes" })), ["art50_synthetic_marking", "art50_deepfake_disclosure"]);
    assert.deepEqual(eu(quiet({ euMarket: "yes", emotionRecognition: "yes", emotionConsent: "consent" })), ["art50_emotion_notice"]);
  });

  test("every EU rule is reached by some profile", () => {
    const reached = new Set(broadProfiles().flatMap(eu));
    assert.deepEqual(EU_RULES.map((r) => r.code).filter((c) => !reached.has(c)), []);
  });
});

describe("effort, fines and timeline", () => {
  test("the effort is the estimator's, for the assessed tier", () => {
    for (const p of Object.values(SYSTEMS)) {
      const a = assess(p);
      assert.deepEqual(a.effort, estimateEffort(p, a.tier));
    }
    const a = assess(ALL_YES, { effortParams: { dayRateUsd: 1 } });
    assert.deepEqual(a.effort, estimateEffort(ALL_YES, "high", { dayRateUsd: 1 }));
  });

  test("synthetic results and a high tier each bring their КоАП 641-1 offence", () => {
    assert.deepEqual(assess(ALL_NO).fines, []);
    const synthetic = assess(quiet({ syntheticContent: "yes", entitySize: "medium" })).fines;
    assert.deepEqual(synthetic.map((f) => [f.offence, f.entitySize, f.first.mci]), [["synthetic_results_not_disclosed", "medium", 30]]);
    const high = assess(quiet({ failureImpact: "severe", entitySize: "large" })).fines;
    assert.deepEqual(high.map((f) => [f.offence, f.first.mci, f.repeat.mci]), [["high_risk_risk_management_failure", 100, 200]]);
  });

  test("an unknown entity size shows every offender category", () => {
    assert.equal(assess(quiet({ syntheticContent: "yes", entitySize: "unknown" })).fines.length, 4);
  });

  test("there is a timeline only when today's date is given", () => {
    assert.equal(assess(ALL_YES).timeline, undefined);
    const t = assess(ALL_YES, { today: "2026-03-02" }).timeline;
    assert.ok(t);
    assert.equal(t.start, "2026-03-02");
  });

  test("only a high-risk system's timeline runs through audit and listing", () => {
    const high = assess(quiet({ failureImpact: "severe" }), { today: "2026-03-02" }).timeline;
    assert.deepEqual(high?.steps.map((s) => s.code), ["documentation", "auditor_wait", "audit", "authority_review", "publication", "resubmission"]);
    const medium = assess(quiet({ failureImpact: "harm" }), { today: "2026-03-02" }).timeline;
    assert.deepEqual(medium?.steps.map((s) => s.code), ["documentation"]);
  });

  test("the auditor's wait is passed through", () => {
    const t = assess(quiet({ failureImpact: "severe" }), { today: "2026-03-02", auditorWaitWorkingDays: 5 }).timeline;
    assert.equal(t?.steps.find((s) => s.code === "auditor_wait")?.workingDays, 5);
  });

  test("a date outside the working calendars gives no timeline and says why", () => {
    const a = assess(ALL_YES, { today: "2031-01-05" });
    assert.equal(a.timeline, undefined);
    assert.equal(a.timelineIssue, "calendarMissingYear");
  });
});

describe("open questions", () => {
  test("a fully answered profile leaves no open question", () => {
    assert.deepEqual(assess(ALL_NO).openQuestions, []);
    assert.deepEqual(assess(ALL_YES).openQuestions, []);
  });

  test("each open question names the question that asks it", () => {
    for (const p of broadProfiles()) {
      for (const q of assess(p).openQuestions) {
        assert.equal(allQuestions().find((x) => x.id === q.questionId)?.field, q.field);
        assert.equal(p[q.field as keyof SystemProfile], "unknown");
        assert.ok(q.affects.length > 0);
      }
    }
  });

  test("a question left out of the open list cannot change the tier, prohibited capabilities or duties", () => {
    const core = (p: SystemProfile) => {
      const a = assess(p);
      return JSON.stringify([a.tier, a.tierSettled, a.prohibited, a.obligations]);
    };
    for (const p of [ALL_UNKNOWN, ...Object.values(SYSTEMS)]) {
      const open = new Set(assess(p).openQuestions.map((q) => q.field));
      const base = core(p);
      for (const q of allQuestions()) {
        if (p[q.field] !== "unknown" || open.has(q.field)) continue;
        for (const value of fieldValues(q.field)) {
          assert.equal(core({ ...p, [q.field]: value } as SystemProfile), base, `${q.field}=${value}`);
        }
      }
    }
  });

  test("a broad question opens the narrow one: social scoring is open for the legal basis it leads to", () => {
    const a = assess(ALL_UNKNOWN);
    assert.deepEqual(a.openQuestions.find((q) => q.field === "socialScoring")?.affects, ["prohibited", "obligations"]);
    assert.equal(a.openQuestions.find((q) => q.field === "scoringLegalBasis"), undefined);
  });

  test("the trusted-list wish is open only for a high-risk system", () => {
    assert.ok(assess(profile({ failureImpact: "severe" })).openQuestions.some((q) => q.field === "wantsTrustedList"));
    assert.ok(!assess(profile({ failureImpact: "harm" })).openQuestions.some((q) => q.field === "wantsTrustedList"));
  });
});

describe("the assessment as a record", () => {
  test("the same profile always gives the same assessment", () => {
    for (const p of [ALL_YES, ALL_NO, ALL_UNKNOWN, ...Object.values(SYSTEMS)]) {
      assert.deepEqual(assess(p, { today: "2026-03-02" }), assess(structuredClone(p), { today: "2026-03-02" }));
    }
  });

  test("it records the knowledge-base version and the profile it judged", () => {
    const a = assess(SYSTEMS.creditScoring);
    assert.equal(a.kbVersion, KB_VERSION.id);
    assert.deepEqual(a.profile, SYSTEMS.creditScoring);
  });

  test("it matches the stored contract, through JSON and back", () => {
    for (const p of broadProfiles()) {
      const stored: unknown = JSON.parse(JSON.stringify(assess(p, { today: "2026-03-02" })));
      assert.deepEqual(Assessment.parse(stored), stored);
    }
  });

  test("it does not change the profile it is given", () => {
    const p = structuredClone(SYSTEMS.emotionCamera);
    assess(p);
    assert.deepEqual(p, SYSTEMS.emotionCamera);
  });
});

describe("explained assessment", () => {
  test("every code the engine emits reads as text in every language, never as the bare code", () => {
    const profiles = [ALL_YES, ALL_NO, ALL_UNKNOWN, ...Object.values(SYSTEMS), quiet({ autonomy: "medium" })];
    for (const lang of LANGS) {
      for (const p of profiles) {
        const a = assess(p, { today: "2026-03-02" });
        const e = explainAssessment(a, lang);
        assert.notEqual(e.tier.title, `tier.${a.tier}`);
        for (const r of e.tier.reasons) assert.notEqual(r.text, r.code);
        for (const f of e.prohibited) assert.ok(f.title !== `prohibited.${f.code}` && f.why !== f.field, f.code);
        for (const o of e.obligations) assert.ok(o.title !== `obligation.${o.code}` && o.whyText !== o.why, o.code);
        for (const x of e.eu) assert.notEqual(x.text, x.code);
        for (const q of e.openQuestions) assert.notEqual(q.prompt, q.field);
        assert.notEqual(e.autonomy.title, `autonomy.${a.autonomy.class}`);
      }
    }
  });

  test("every tier reason, why code and flag has its text in all three languages", async () => {
    const { TIER_REASON_TEXTS, WHY_TEXTS, FLAG_TEXTS, EU_TEXTS } = await import("../../knowledge/assess/texts.js");
    for (const table of [TIER_REASON_TEXTS, WHY_TEXTS, EU_TEXTS, ...Object.values(FLAG_TEXTS).map((f) => ({ x: f.text }))]) {
      for (const text of Object.values(table)) for (const lang of LANGS) assert.ok(text[lang].length > 10, text.en);
    }
    assert.deepEqual(Object.keys(TIER_REASON_TEXTS).sort(), [...TIER_REASON_CODES].sort());
    assert.ok(TIER_RULES.every((r) => r.code in TIER_REASON_TEXTS));
  });

  test("a provisional tier says so", () => {
    assert.ok(explainAssessment(assess(ALL_UNKNOWN), "ru").tier.note);
    assert.equal(explainAssessment(assess(ALL_NO), "ru").tier.note, undefined);
  });

  test("sources are formatted in the founder's language and reports are labelled secondary", () => {
    const e = explainAssessment(assess(quiet({ failureImpact: "severe" }), { today: "2026-03-02" }), "en");
    const audit = e.obligations.find((o) => o.code === "trusted_list_audit");
    assert.equal(audit?.sources[0]?.text, 'Law No. 230-VIII "On Artificial Intelligence", Art. 19(2)');
    const rules = audit?.sources.find((s) => s.citation.act === "trusted-list-rules");
    assert.equal(rules?.confidence, "secondary");
    assert.ok(rules?.label?.startsWith("secondary source"));
    assert.equal(audit?.sources[0]?.label, undefined);
    assert.ok(e.timeline?.steps.find((s) => s.code === "audit")?.label?.startsWith("unverified"));
    assert.ok(e.effort.label?.startsWith("secondary"));
  });

  test("the EU map carries a note while the EU market is unanswered", () => {
    assert.ok(explainAssessment(assess({ ...ALL_YES, euMarket: "unknown" }), "kk").euNote);
    assert.equal(explainAssessment(assess(ALL_YES), "kk").euNote, undefined);
  });

  test("the automated-consent flag cites the Personal Data Law beside Art. 17(3)(4)", () => {
    const e = explainAssessment(assess(quiet({ automatedDecisions: "yes", automatedDecisionConsent: "no" })), "ru");
    assert.deepEqual(e.prohibited[0]?.sources.map((s) => s.citation), [cite("ai-law", "17", "3", "4"), cite("pd-law", "19-1", "1")]);
  });

  test("an assessment stored under an older knowledge base still explains, showing unknown codes as they are", () => {
    const a = assess(ALL_NO);
    const old = { ...a, obligations: [...a.obligations, { code: "risk_management" as const, article: cite("ai-law", "18"), why: "retired_why", voluntary: false }] };
    assert.equal(explainAssessment(old, "en").obligations.at(-1)?.whyText, "retired_why");
  });
});
