import { test } from "node:test";
import assert from "node:assert/strict";
import { allFacts, factsOf } from "../../bot/storage/queue-facts.js";
import { forgetUser } from "../../bot/storage/forget.js";
import { applyStatusChange, createSubmission, eventsFor, listSubmissions } from "../../bot/storage/submissions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { assess } from "../../knowledge/assess/assess.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { withTempDb } from "../support/temp-db.js";

const NOW = "2026-03-02T06:00:00.000Z";

/**
 * The queue's facts for many submissions are read with the assessment's few fields picked out in SQL (one query,
 * plus one for every history), not by parsing each stored assessment whole; what they say must be exactly what
 * the whole parse says, for every kind of submission the queue holds.
 */
test("queue facts: the lean read of the whole queue says what parsing each submission whole says", async () => {
  await withTempDb(async (db) => {
    await db.tx(async (q) => {
      const reviewer = await upsertUser(q, "slack", "U1", NOW, "reviewer");
      const profiles = [
        { failureImpact: "harm" }, { failureImpact: "minimal" }, { emotionRecognition: "yes", emotionConsent: "no" }, {},
      ];
      for (const [i, profile] of profiles.entries()) {
        const founder = await upsertUser(q, "telegram", String(900 + i), NOW);
        const filed = await createSubmission(q, {
          founderUserId: founder.id, founderChatKey: `telegram:${900 + i}`, systemName: `Bot ${i}`, lang: "en",
          assessment: assess(SystemProfile.parse(profile)),
          // The second one's name is confidential: a regulator never reads it.
          dossier: { entries: { systemName: { value: `Bot ${i}`, confidential: i === 1 } } },
        }, NOW);
        if (i >= 1) await applyStatusChange(q, filed.id, "claim", { userId: reviewer.id, role: "reviewer" }, undefined, "2026-03-03T06:00:00.000Z");
        if (i === 2) await applyStatusChange(q, filed.id, "request_changes", { userId: reviewer.id, role: "reviewer" }, "Say who checks it", "2026-03-04T06:00:00.000Z", "2026-03-11");
      }
      // The last founder uses /forget: their filing stays as an anonymised record.
      await forgetUser(q, (await upsertUser(q, "telegram", "903", NOW)).id);
    });
    const whole = await db.tx(async (q) => {
      const facts = [];
      for (const s of await listSubmissions(q)) facts.push(factsOf(s, await eventsFor(q, s.id)));
      return facts;
    });
    assert.equal(whole.length, 4);
    assert.ok(whole.some((f) => f.nameConfidential) && whole.some((f) => f.prohibited.length > 0) && whole.some((f) => f.systemName === null), "the cases are all there");
    assert.deepEqual(await db.tx((q) => allFacts(q)), whole);
    assert.deepEqual(await db.tx((q) => allFacts(q, ["in_review", "changes_requested"])), whole.filter((f) => f.status === "in_review" || f.status === "changes_requested"));
  });
});
