import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashChatKey, setLogSalt } from "../../bot/runtime/log.js";
import { runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-limits-")), "triage.db");

test("a flood from one person gets one polite notice, is skipped for the minute, and never holds anyone else", async () => {
  let now = new Date("2026-03-02T06:00:00Z");
  const h = await runtimeHarness(freshPath(), () => now, { rateLimitPerMinute: 5 });
  await h.send("telegram:1", h.text("/start"));
  await h.choose("telegram:1", /English/);
  const replies: string[] = [];
  for (let i = 0; i < 12; i++) replies.push(await h.send("telegram:1", h.text("/privacy")));
  const notices = replies.filter((r) => /faster than I can read them/.test(r));
  assert.equal(notices.length, 1, "told once, not once per message");
  assert.equal(replies.filter((r) => /Privacy, in short/.test(r)).length, 3, "the five of this minute (two went on /start and English) are answered");
  assert.match(await h.send("telegram:2", h.text("/start")), /Which language/, "another person is answered meanwhile");
  now = new Date(now.getTime() + 61_000);
  assert.match(await h.send("telegram:1", h.text("/privacy")), /Privacy, in short/, "a minute later they are read again");
  assert.ok(h.log.entries.some((e) => e.event === "dispatch.rate_limited"));
  await h.close();
});

test("chats are logged by a salted hash that cannot be recomputed from the chat id alone", () => {
  const bare = createHash("sha256").update("telegram:6123456789").digest("hex");
  assert.ok(!bare.startsWith(hashChatKey("telegram:6123456789")));
  setLogSalt("a-secret-salt-of-enough-length");
  const first = hashChatKey("telegram:6123456789");
  setLogSalt("a-secret-salt-of-enough-length");
  assert.equal(hashChatKey("telegram:6123456789"), first, "LOG_SALT keeps a chat's hash across restarts");
  setLogSalt("another-secret-salt-entirely");
  assert.notEqual(hashChatKey("telegram:6123456789"), first);
});
