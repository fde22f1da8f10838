import { test } from "node:test";
import assert from "node:assert/strict";
import type { RiskTier } from "../../knowledge/law/codes.js";
import { SystemProfile, emptyProfile } from "../../knowledge/profile/schema.js";
import { estimateEffort } from "../../knowledge/estimate/effort.js";
import { EFFORT_DRIVER_CODES } from "../../knowledge/estimate/effort-model.js";
import { Effort } from "../../knowledge/estimate/types.js";

/** Every driver answered "no", a user-facing system whose human can correct decisions. */
const plain = SystemProfile.parse({
  personalData: "no", dataStorage: "none", trainingLocation: "no_personal_data", biometrics: "no",
  emotionRecognition: "no", automatedDecisions: "no", syntheticContent: "no", autonomy: "medium",
  restrictedData: "no", criticalInfrastructure: "no", stateResources: "no", euMarket: "no",
  wantsTrustedList: "no", trainsOnWorks: "no", userFacing: "yes",
});

/** A credit-scoring engine applying for a trusted list. */
const typical: SystemProfile = { ...plain, personalData: "yes", dataStorage: "kazakhstan", trainingLocation: "kazakhstan", automatedDecisions: "yes", wantsTrustedList: "yes" };

/** A platform running critical infrastructure for Kazakhstan and the EU, with faces, data abroad and no human in the loop. */
const complex: SystemProfile = {
  ...typical, dataStorage: "both", trainingLocation: "abroad", biometrics: "yes", autonomy: "high",
  criticalInfrastructure: "yes", euMarket: "yes",
};

const midpoint = (r: { low: number; high: number }) => (r.low + r.high) / 2;

test("a typical high-risk technical file costs about US$25,000, as the market reports", () => {
  const e = estimateEffort(typical, "high");
  assert.ok(Math.abs(midpoint(e.costUsd) - 25_000) <= 2_500, `midpoint ${midpoint(e.costUsd)}`);
  assert.ok(e.costUsd.low <= 25_000 && 25_000 <= e.costUsd.high);
});

test("a complex high-risk platform with stress-testing and fairness metrics costs near US$80,000", () => {
  const e = estimateEffort(complex, "high");
  assert.ok(Math.abs(midpoint(e.costUsd) - 80_000) <= 8_000, `midpoint ${midpoint(e.costUsd)}`);
  assert.ok(e.costUsd.low <= 80_000 && 80_000 <= e.costUsd.high);
});

test("minimal- and medium-risk systems cost far less than a high-risk file", () => {
  const minimal = estimateEffort(typical, "minimal");
  const medium = estimateEffort(typical, "medium");
  const high = estimateEffort(typical, "high");
  assert.ok(minimal.costUsd.high <= 25_000 / 4, `minimal up to ${minimal.costUsd.high}`);
  assert.ok(medium.costUsd.high < high.costUsd.low, `medium up to ${medium.costUsd.high}`);
  assert.ok(minimal.costUsd.high < medium.costUsd.high);
  assert.ok(estimateEffort(plain, "minimal").costUsd.high <= 2_000);
});

const RAISERS: { code: string; change: Partial<SystemProfile> }[] = [
  { code: "personal_data", change: { personalData: "yes" } },
  { code: "data_abroad", change: { personalData: "yes", dataStorage: "abroad" } },
  { code: "biometrics", change: { biometrics: "yes" } },
  { code: "emotion_recognition", change: { emotionRecognition: "yes" } },
  { code: "automated_decisions", change: { automatedDecisions: "yes" } },
  { code: "synthetic_content", change: { syntheticContent: "yes" } },
  { code: "high_autonomy", change: { autonomy: "high" } },
  { code: "restricted_data", change: { restrictedData: "yes" } },
  { code: "state_infosec", change: { criticalInfrastructure: "yes" } },
  { code: "eu_market", change: { euMarket: "yes" } },
  { code: "trusted_list_audit", change: { wantsTrustedList: "yes" } },
  { code: "copyrighted_training", change: { trainsOnWorks: "yes" } },
];

const TIERS: RiskTier[] = ["minimal", "medium", "high"];

test("each yes answer raises the estimate and names its driver, on any base and any tier", () => {
  for (const tier of TIERS) {
    for (const base of [plain, typical, complex]) {
      const before = estimateEffort(base, tier);
      for (const { code, change } of RAISERS) {
        const after = estimateEffort({ ...base, ...change }, tier);
        assert.ok(after.personDays.low >= before.personDays.low, `${code} on ${tier}: low`);
        assert.ok(after.personDays.high >= before.personDays.high, `${code} on ${tier}: high`);
      }
    }
    for (const { code, change } of RAISERS.filter((r) => tier === "high" || !["state_infosec", "trusted_list_audit"].includes(r.code))) {
      const after = estimateEffort({ ...plain, ...change }, tier);
      assert.ok(after.drivers.some((d) => d.code === code && d.effect === "raises" && d.personDays > 0), `${code} on ${tier}`);
      assert.ok(after.personDays.high > estimateEffort(plain, tier).personDays.high, `${code} on ${tier} strictly raises`);
    }
  }
});

test("trusted-list audit preparation and state information security count only for high-risk systems", () => {
  for (const tier of ["minimal", "medium"] as const) {
    const e = estimateEffort({ ...plain, wantsTrustedList: "yes", criticalInfrastructure: "yes" }, tier);
    assert.deepEqual(e.drivers, []);
    assert.deepEqual(e, estimateEffort(plain, tier));
  }
});

test("an unanswered question widens the upper bound but leaves the lower one", () => {
  const answeredNo = estimateEffort(plain, "high");
  const open = estimateEffort({ ...plain, biometrics: "unknown" }, "high");
  assert.equal(open.personDays.low, answeredNo.personDays.low);
  assert.ok(open.personDays.high > answeredNo.personDays.high);
  assert.deepEqual(open.drivers.map((d) => d.code), ["unknown_answers"]);
});

test("answering yes to an open question raises the lower bound", () => {
  const open = estimateEffort({ ...plain, euMarket: "unknown" }, "high");
  const yes = estimateEffort({ ...plain, euMarket: "yes" }, "high");
  assert.ok(yes.personDays.low > open.personDays.low);
});

test("an empty profile still gets an estimate, with the doubt in a wide upper bound", () => {
  const e = estimateEffort(emptyProfile(), "high");
  assert.ok(e.personDays.low >= 1);
  assert.ok(e.personDays.high > 4 * e.personDays.low);
  assert.deepEqual(e.drivers.map((d) => d.code), ["unknown_answers"]);
});

test("a human with the final word, or a system no user sees, lowers the estimate", () => {
  const base = estimateEffort(typical, "high");
  const lowAutonomy = estimateEffort({ ...typical, autonomy: "low" }, "high");
  const internal = estimateEffort({ ...typical, userFacing: "no" }, "high");
  assert.ok(lowAutonomy.personDays.low < base.personDays.low);
  assert.ok(internal.personDays.low < base.personDays.low);
  assert.ok(lowAutonomy.drivers.some((d) => d.code === "low_autonomy" && d.effect === "lowers"));
  assert.ok(internal.drivers.some((d) => d.code === "not_user_facing" && d.effect === "lowers"));
  assert.ok(estimateEffort({ ...plain, autonomy: "low", userFacing: "no" }, "minimal").personDays.low >= 1);
});

test("tenge follow the article's own rate, 9.7 bn tenge for about US$17 m", () => {
  const e = estimateEffort(typical, "high");
  assert.equal(e.usdToKzt, 9_700_000_000 / 17_000_000);
  assert.ok(Math.abs(e.usdToKzt - 570.588) < 0.001);
  assert.equal(e.costKzt.low, Math.round(e.costUsd.low * e.usdToKzt));
  assert.equal(e.costKzt.high, Math.round(e.costUsd.high * e.usdToKzt));
});

test("the exchange rate and the day rate can be set by the caller", () => {
  const e = estimateEffort(typical, "high", { usdToKzt: 500, dayRateUsd: 400 });
  assert.equal(e.usdToKzt, 500);
  assert.equal(e.costUsd.low, e.personDays.low * 400);
  assert.equal(e.costKzt.high, e.costUsd.high * 500);
});

test("the estimate is labelled secondary and names only drivers the lead can translate", () => {
  for (const profile of [plain, typical, complex, emptyProfile()]) {
    for (const tier of TIERS) {
      const e = estimateEffort(profile, tier);
      assert.ok(Effort.safeParse(e).success);
      assert.equal(e.confidence, "secondary");
      for (const d of e.drivers) assert.ok(EFFORT_DRIVER_CODES.includes(d.code as (typeof EFFORT_DRIVER_CODES)[number]), d.code);
    }
  }
});
