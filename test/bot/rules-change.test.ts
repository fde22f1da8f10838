import { test } from "node:test";
import { fixtureAssessment } from "../fixtures/assessments.js";
import assert from "node:assert/strict";
import { assess } from "../../knowledge/assess/assess.js";
import { Assessment } from "../../knowledge/assess/assessment.js";
import type { RiskTier } from "../../knowledge/law/codes.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { KB_VERSION } from "../../knowledge/version.js";
import { assessmentChanges } from "../../flows/result/changes.js";
import type { Database } from "../../bot/storage/db.js";
import { listAssessments, saveAssessment } from "../../bot/storage/assessments.js";
import { pending } from "../../bot/storage/outbox.js";
import { upsertUser } from "../../bot/storage/users.js";
import { recheckAssessments, RECHECKED_KB_VERSION, type RecheckDeps } from "../../bot/runtime/rules-change.js";
import { withTempDb } from "../support/temp-db.js";
import { runtimeHarness } from "../support/runtime-harness.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NOW = new Date("2026-12-01T06:00:00.000Z");

const result = (profile: SystemProfile, tier: RiskTier, kbVersion: string): Assessment =>
  fixtureAssessment({ profile, tier, kbVersion, autonomy: "medium" });

/** Rules where `kb-new` reads health systems as high-risk, `kb-newer` retail ones too, and `kb-old` neither. */
function rules(kbVersion: string, calls: SystemProfile[] = []): RecheckDeps {
  return {
    kbVersion,
    now: NOW,
    diff: assessmentChanges,
    assess: (profile) => {
      calls.push(profile);
      const high = (kbVersion !== "kb-old" && profile.domain === "health") || (kbVersion === "kb-newer" && profile.domain === "retail");
      return result(profile, high ? "high" : "medium", kbVersion);
    },
  };
}

const HEALTH = SystemProfile.parse({ domain: "health", autonomy: "medium" });
const RETAIL = SystemProfile.parse({ domain: "retail", autonomy: "medium" });

async function store(db: Database, chat: string, profile: SystemProfile, kbVersion = "kb-old"): Promise<void> {
  await db.tx(async (q) => {
    const user = await upsertUser(q, "telegram", chat, NOW.toISOString());
    await saveAssessment(q, { userId: user.id, chatKey: `telegram:${chat}`, assessment: rules(kbVersion).assess(profile) }, NOW.toISOString());
  });
}

test("a founder whose stored result changes under new rules is told once, across two starts", async () => {
  await withTempDb(async (db) => {
    await store(db, "health", HEALTH);
    await store(db, "retail", RETAIL);
    assert.deepEqual(await recheckAssessments(db, rules("kb-new")), { checked: 2, notified: 1 });
    const calls: SystemProfile[] = [];
    assert.deepEqual(await recheckAssessments(db, rules("kb-new", calls)), { checked: 0, notified: 0 });
    assert.deepEqual(calls, [], "a restart on the same version re-runs nothing");
    const outbox = await pending(db);
    assert.equal(outbox.length, 1);
    assert.equal(outbox[0]!.chatKey, "telegram:health");
    const notification = outbox[0]!.notification;
    assert.ok(notification.kind === "rulesChanged");
    assert.equal(notification.kbVersion, "kb-new");
    assert.deepEqual(notification.changes, [{ kind: "tier", from: "medium", to: "high" }]);
    assert.equal(notification.assessment.tier, "high");
    assert.equal(notification.assessment.kbVersion, "kb-new");
    const kept = (await listAssessments(db)).map((a) => [a.chatKey, a.kbVersion, a.result.tier]);
    assert.deepEqual(kept, [["telegram:health", "kb-old", "medium"], ["telegram:retail", "kb-old", "medium"], ["telegram:health", "kb-new", "high"]]);
  });
});

test("a founder whose result stays the same hears nothing", async () => {
  await withTempDb(async (db) => {
    await store(db, "retail", RETAIL);
    assert.deepEqual(await recheckAssessments(db, rules("kb-new")), { checked: 1, notified: 0 });
    assert.deepEqual(await pending(db), []);
  });
});

test("a re-check cut short before it finished does not tell anyone twice when it runs again", async () => {
  await withTempDb(async (db) => {
    await store(db, "health", HEALTH);
    await recheckAssessments(db, rules("kb-new"));
    await db.run("DELETE FROM meta WHERE key = ?", [RECHECKED_KB_VERSION]);
    assert.deepEqual(await recheckAssessments(db, rules("kb-new")), { checked: 0, notified: 0 });
    assert.equal((await pending(db)).length, 1);
  });
});

test("assessments made under the current rules are not re-run", async () => {
  await withTempDb(async (db) => {
    await store(db, "health", HEALTH, "kb-new");
    const calls: SystemProfile[] = [];
    assert.deepEqual(await recheckAssessments(db, rules("kb-new", calls)), { checked: 0, notified: 0 });
    assert.deepEqual(calls, []);
  });
});

test("the same system assessed several times in one chat brings one message, not one per run", async () => {
  await withTempDb(async (db) => {
    await store(db, "health", HEALTH);
    await store(db, "health", HEALTH);
    await store(db, "health", RETAIL);
    const calls: SystemProfile[] = [];
    assert.deepEqual(await recheckAssessments(db, rules("kb-new", calls)), { checked: 3, notified: 1 });
    assert.equal(calls.length, 2, "the older copy of the health profile is not re-run");
  });
});

test("a later knowledge base version tells only what it changes, not again what the last one did", async () => {
  await withTempDb(async (db) => {
    await store(db, "health", HEALTH);
    await store(db, "retail", RETAIL);
    await recheckAssessments(db, rules("kb-new"));
    assert.deepEqual(await recheckAssessments(db, rules("kb-newer")), { checked: 3, notified: 1 });
    const told = (await pending(db)).map((o) => [o.chatKey, o.notification.kind === "rulesChanged" ? o.notification.kbVersion : null]);
    assert.deepEqual(told, [["telegram:health", "kb-new"], ["telegram:retail", "kb-newer"]]);
  });
});

test("a founder told of new rules gets a result that still carries a timeline dated from today in Astana", async () => {
  await withTempDb(async (db) => {
    const severe = SystemProfile.parse({ failureImpact: "severe" });
    await store(db, "severe", severe);
    const evening = new Date("2026-03-19T20:00:00.000Z");
    await recheckAssessments(db, { assess, kbVersion: KB_VERSION.id, now: evening, diff: assessmentChanges });
    const [told] = await pending(db);
    assert.ok(told?.notification.kind === "rulesChanged");
    assert.equal(told.notification.assessment.timeline?.start, "2026-03-20");
  });
});

test("the re-check runs in batches in the background: a founder's reply arrives while it is still going", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "triage-recheck-bg-")), "triage.db");
  const h = await runtimeHarness(path);
  for (let i = 0; i < 120; i++) await store(h.db, `b${i}`, i % 2 === 0 ? HEALTH : RETAIL);
  let done = false;
  let batches = 0;
  let answeredWhileRunning = false;
  const running = recheckAssessments(h.db, {
    ...rules("kb-new"),
    batchSize: 20,
    betweenBatches: async () => {
      batches += 1;
      if (batches === 2) answeredWhileRunning = !done && /Which language/.test(await h.send("telegram:live", h.text("/start")));
    },
  }).then((summary) => {
    done = true;
    return summary;
  });
  assert.deepEqual(await running, { checked: 120, notified: 60 });
  assert.ok(answeredWhileRunning, "a live turn was answered between two batches, before the re-check ended");
  assert.equal(batches, 6);
  await h.close();
});
