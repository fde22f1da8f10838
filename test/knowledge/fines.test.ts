import { test } from "node:test";
import assert from "node:assert/strict";
import { isRealCitation } from "../../knowledge/law/articles.js";
import { FINES_MCI, MCI_CITATION, MCI_KZT, finesExposure } from "../../knowledge/estimate/fines.js";
import { FineExposure } from "../../knowledge/estimate/types.js";

const TABLE = [
  { who: "an individual", entitySize: "individual", first: [15, 64_875], repeat: [30, 129_750] },
  { who: "a small business or non-profit", entitySize: "small_or_nonprofit", first: [20, 86_500], repeat: [50, 216_250] },
  { who: "a medium business", entitySize: "medium", first: [30, 129_750], repeat: [70, 302_750] },
  { who: "a large business", entitySize: "large", first: [100, 432_500], repeat: [200, 865_000] },
] as const;

test("the MCI for 2026 is 4,325 tenge, cited to the budget law", () => {
  assert.equal(MCI_KZT, 4_325);
  assert.deepEqual([MCI_CITATION.act, MCI_CITATION.article, MCI_CITATION.point], ["budget-2026", "7", "4"]);
  assert.ok(isRealCitation(MCI_CITATION));
});

for (const row of TABLE) {
  test(`${row.who} faces ${row.first[0]} MCI (${row.first[1]} ₸), or ${row.repeat[0]} MCI (${row.repeat[1]} ₸) and suspension on a repeat`, () => {
    assert.deepEqual(FINES_MCI[row.entitySize], { first: row.first[0], repeat: row.repeat[0] });
    const [exposure] = finesExposure(row.entitySize, ["synthetic_results_not_disclosed"]);
    assert.deepEqual(exposure?.first, { mci: row.first[0], kzt: row.first[1] });
    assert.deepEqual(exposure?.repeat, { mci: row.repeat[0], kzt: row.repeat[1], sanction: "suspension_or_ban" });
  });
}

test("an unknown company size shows all four categories for each offence", () => {
  const all = finesExposure("unknown", ["synthetic_results_not_disclosed", "high_risk_risk_management_failure"]);
  assert.equal(all.length, 8);
  assert.deepEqual(
    all.map((e) => [e.offence, e.entitySize, e.first.mci, e.repeat.mci]),
    [
      ...TABLE.map((r) => ["synthetic_results_not_disclosed", r.entitySize, r.first[0], r.repeat[0]]),
      ...TABLE.map((r) => ["high_risk_risk_management_failure", r.entitySize, r.first[0], r.repeat[0]]),
    ],
  );
  for (const e of all) assert.ok(FineExposure.safeParse(e).success);
});

test("a known size shows only its own row", () => {
  const rows = finesExposure("medium", ["high_risk_risk_management_failure"]);
  assert.deepEqual(rows.map((e) => e.entitySize), ["medium"]);
});

test("no offences means no exposure", () => {
  assert.deepEqual(finesExposure("unknown", []), []);
});

test("each offence cites its own item of КоАП art. 641-1 part 1", () => {
  const [synthetic] = finesExposure("large", ["synthetic_results_not_disclosed"]);
  const [riskManagement] = finesExposure("large", ["high_risk_risk_management_failure"]);
  assert.deepEqual(synthetic?.article, { act: "koap", article: "641-1", point: "1", subpoint: "1" });
  assert.deepEqual(riskManagement?.article, { act: "koap", article: "641-1", point: "1", subpoint: "2" });
  assert.ok(synthetic && isRealCitation(synthetic.article));
  assert.ok(riskManagement && isRealCitation(riskManagement.article));
});
