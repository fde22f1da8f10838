import assert from "node:assert/strict";
import { test } from "node:test";
import * as knowledge from "../../knowledge/index.js";
import { assess } from "../../knowledge/assess/assess.js";
import { explainAssessment } from "../../knowledge/assess/explain.js";
import * as texts from "../../knowledge/assess/texts.js";
import { ActId, Citation, isRealCitation } from "../../knowledge/law/articles.js";
import * as eu from "../../knowledge/law/rules-eu.js";
import * as obligations from "../../knowledge/law/rules-obligations.js";
import * as prohibited from "../../knowledge/law/rules-prohibited.js";
import * as tier from "../../knowledge/law/rules-tier.js";
import * as fines from "../../knowledge/estimate/fines.js";
import * as timeline from "../../knowledge/estimate/timeline.js";
import { allQuestions } from "../../knowledge/profile/questions.js";
import { LANGS } from "../../knowledge/types.js";
import { broadProfiles } from "../fixtures/profiles.js";

const describe = (c: Citation): string => JSON.stringify(c);

/** Every value under `root` that has the shape of a citation, found by walking objects, arrays and maps. */
function citationsIn(root: unknown): Citation[] {
  const found: Citation[] = [];
  const seen = new Set<unknown>();
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    if ("act" in x && ActId.safeParse(x.act).success) {
      found.push(Citation.parse(x));
      return;
    }
    const children = x instanceof Map ? [...x.values()] : x instanceof Set ? [...x] : Object.values(x);
    children.forEach(walk);
  };
  walk(root);
  return found;
}

test("every citation the engine emits names an article that exists", () => {
  let checked = 0;
  for (const p of broadProfiles()) {
    for (const c of citationsIn(assess(p, { today: "2026-03-02" }))) {
      assert.ok(isRealCitation(c), describe(c));
      checked++;
    }
  }
  assert.ok(checked > 5_000, `only ${checked} citations checked`);
});

test("every source the explanation shows, in every language, names an article that exists", () => {
  for (const p of broadProfiles().slice(0, 60)) {
    const a = assess(p, { today: "2026-03-02" });
    for (const lang of LANGS) {
      const explained = explainAssessment(a, lang);
      const cited = citationsIn(explained);
      assert.ok(cited.length > 0);
      for (const c of cited) assert.ok(isRealCitation(c), describe(c));
    }
  }
});

test("every question cites an article that exists", () => {
  for (const q of allQuestions()) assert.ok(isRealCitation(q.source), `${q.id}: ${describe(q.source)}`);
});

test("every citation reachable from the knowledge exports names an article that exists", () => {
  const modules = { knowledge, texts, eu, obligations, prohibited, tier, fines, timeline };
  const cited = citationsIn(modules);
  assert.ok(cited.length > 200, `only ${cited.length} citations found`);
  for (const c of cited) assert.ok(isRealCitation(c), describe(c));
});
