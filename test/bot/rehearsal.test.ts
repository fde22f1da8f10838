import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Queries } from "../../bot/storage/db.js";
import { loadSession, saveSession } from "../../bot/storage/sessions.js";
import { runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-rehearsal-")), "triage.db");

// Issue 13: a turn that only reads is worked out on the read-only connection and written in one short
// transaction afterwards, so its chat may have changed in between (another process, a restore). Such a turn is
// worked out again on what is stored: the founder gets one answer, and it fits the conversation as it now stands.
test("a turn whose conversation changed while it was worked out is answered once, from the conversation as stored", async () => {
  const h = await runtimeHarness(freshPath());
  const chat = "telegram:4100";
  await h.send(chat, h.text("/start"));
  const languageScreen = await h.db.tx((q) => loadSession(q, chat));
  assert.ok(languageScreen !== null);
  const described = await h.choose(chat, /English/);
  assert.match(described, /describe/i);

  // Between the turn's reads and its write, the stored conversation goes back to the language screen.
  const reading = h.db.reading;
  let changed = false;
  const interfering: Queries = {
    ...reading,
    get: async (sql, params) => {
      const row = await reading.get(sql, params);
      if (!changed && /FROM sessions WHERE chat_key/.test(sql)) {
        changed = true;
        await h.db.tx((q) => saveSession(q, chat, languageScreen.userId, JSON.parse(languageScreen.stateText), "2026-03-02T06:00:01.000Z"));
      }
      return row;
    },
  };
  Object.assign(h.db, { reading: interfering });

  const from = h.received.length;
  const screen = await h.send(chat, h.text("We score loan applicants and approve loans automatically, with no officer."));
  assert.ok(changed, "the conversation was changed during the turn");
  // Not the answer worked out from the description screen, which no longer stands.
  assert.doesNotMatch(screen, /From your description I understood/);
  assert.match(screen, /English/);
  assert.equal(h.received.slice(from).filter((o) => o.chatKey === chat).length, 1, "one answer, not two");
  // What is stored is the language screen stepped, not the rehearsed description turn.
  const stored = await h.db.tx((q) => loadSession(q, chat));
  assert.doesNotMatch(stored!.stateText, /score loan applicants/);
  assert.equal(h.log.entries.filter((e) => e.level === "error").length, 0);

  // The founder carries on from there as usual.
  Object.assign(h.db, { reading });
  assert.match(await h.choose(chat, /English/), /describe/i);
  await h.close();
});
