import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeliveryRefused, type Outbound, type SendProgress } from "../../bot/runtime/channel.js";
import { outboundText, runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-delivery-")), "triage.db");
/** The real clock: retries are due by wall time; the backoff is shortened so a retry comes within milliseconds. */
const now = () => new Date();
const quick = { backoffMs: () => 20 };
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check(), what);
};

test("a reply the platform refuses once (429) is sent again after retry_after, and the chat's next reply waits behind it", async () => {
  const h = await runtimeHarness(freshPath(), now, quick);
  const seen: string[] = [];
  let refuse = 1;
  h.runtime.setSender("telegram", async (out: Outbound, progress: SendProgress) => {
    if (refuse-- > 0) throw new DeliveryRefused({ code: "telegram_429", retryAfterMs: 30 });
    seen.push(outboundText(out));
    await progress.accepted(0);
  });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:1", userKey: "1", updateId: "1", event: { type: "text", text: "/start" } });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:1", userKey: "1", updateId: "2", event: { type: "text", text: "/privacy" } });
  await until(() => seen.length === 2, "both replies arrive once the platform takes them");
  assert.match(seen[0]!, /Which language/, "the refused reply first");
  assert.match(seen[1]!, /Privacy, in short/);
  assert.ok(h.log.entries.some((e) => e.event === "deliver.retry" && e.code === "telegram_429" && e.ms === 30));
  await h.close();
});

test("a reply refused for good (the person blocked the bot) is dropped and logged, and later replies still go", async () => {
  const h = await runtimeHarness(freshPath(), now, quick);
  const seen: string[] = [];
  let blocked = true;
  h.runtime.setSender("telegram", async (out, progress) => {
    if (blocked) throw new DeliveryRefused({ code: "telegram_403", permanent: true });
    seen.push(outboundText(out));
    await progress.accepted(0);
  });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:2", userKey: "2", updateId: "1", event: { type: "text", text: "/start" } });
  await h.runtime.deliverOutbox();
  assert.ok(h.log.entries.some((e) => e.event === "deliver.dropped" && e.code === "telegram_403"));
  blocked = false;
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:2", userKey: "2", updateId: "2", event: { type: "text", text: "/privacy" } });
  await h.runtime.deliverOutbox();
  assert.equal(seen.length, 1);
  assert.match(seen[0]!, /Privacy, in short/);
  await h.close();
});

test("a committed turn is answered after a restart when its reply never went out, and what was accepted is not repeated", async () => {
  const path = freshPath();
  const h = await runtimeHarness(path, now, quick);
  const calls: { skip: number }[] = [];
  // The platform takes the first message of the reply, then the process dies before the rest.
  h.runtime.setSender("telegram", async (_out, progress) => {
    calls.push({ skip: progress.skip });
    await progress.accepted(0, "m-1");
    throw new Error("connection reset");
  });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:3", userKey: "3", updateId: "1", event: { type: "text", text: "/start" } });
  await h.runtime.deliverOutbox();
  await h.reopen();
  const resumed: number[] = [];
  h.runtime.setSender("telegram", async (_out, progress) => {
    resumed.push(progress.skip);
    await progress.accepted(1, "m-2");
  });
  await h.runtime.deliverOutbox();
  await until(() => resumed.length === 1, "the reply is delivered after the restart");
  await h.runtime.deliverOutbox();
  assert.deepEqual(calls, [{ skip: 0 }]);
  assert.deepEqual(resumed, [1], "the retry starts after the message the platform already took");
  assert.deepEqual(await h.db.all("SELECT id FROM deliveries"), [], "nothing of what was said stays stored once delivered");
  await h.close();
});

test("one chat's slow send never holds another chat's reply", async () => {
  const h = await runtimeHarness(freshPath(), now, quick);
  let release!: () => void;
  const slow = new Promise<void>((r) => (release = r));
  const seen: string[] = [];
  h.runtime.setSender("telegram", async (out, progress) => {
    if (out.chatKey === "telegram:4") await slow;
    seen.push(out.chatKey);
    await progress.accepted(0);
  });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:4", userKey: "4", updateId: "1", event: { type: "text", text: "/start" } });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:5", userKey: "5", updateId: "2", event: { type: "text", text: "/start" } });
  await until(() => seen.includes("telegram:5"), "the second chat is answered while the first is still sending");
  assert.ok(!seen.includes("telegram:4"));
  release();
  await until(() => seen.includes("telegram:4"), "the slow chat is answered too");
  await h.close();
});

test("a process that runs only some channels leaves the other channels' replies for the process that runs them", async () => {
  const path = freshPath();
  const h = await runtimeHarness(path, now, quick);
  h.runtime.setSender("telegram", async () => {
    throw new DeliveryRefused({ code: "telegram_502" });
  });
  await h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:6", userKey: "6", updateId: "1", event: { type: "text", text: "/start" } });
  await h.runtime.deliverOutbox();
  await h.db.run("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00.000Z'");
  const { createRuntime } = await import("../../bot/runtime/dispatch.js");
  const { createTranslator } = await import("../../bot/runtime/i18n.js");
  const consoleOnly = createRuntime({ db: h.db, log: h.log.log, translate: createTranslator(), defaultLanguage: "en", clock: now });
  consoleOnly.setSender("console", async () => assert.fail("nothing of Telegram's goes to the terminal"));
  await consoleOnly.deliverOutbox();
  await consoleOnly.stop();
  assert.equal(((await h.db.all("SELECT id FROM deliveries WHERE channel = 'telegram'")) as unknown[]).length, 1);
  await h.close();
});

test("a Slack card waits as at most two refreshes however often its submission changes, so a process without Slack piles nothing up", async () => {
  const { openDatabase } = await import("../../bot/storage/db.js");
  const { owePostRefresh } = await import("../../bot/storage/slack-posts.js");
  const db = await openDatabase(freshPath());
  for (let i = 0; i < 10; i++) await db.tx((q) => owePostRefresh(q, { kind: "card", id: "KZ-AI-2026-0001" }, new Date().toISOString()));
  assert.equal(((await db.all("SELECT id FROM deliveries WHERE chat_key LIKE 'slack:#card:%'")) as unknown[]).length, 2);
  await db.close();
});

test("a state changed on disk since this process wrote it is read from disk, not from what the process remembers", async () => {
  const h = await runtimeHarness(freshPath(), now, quick);
  const seen: string[] = [];
  h.runtime.setSender("telegram", async (out) => void seen.push(outboundText(out)));
  const say = (updateId: string, text: string) =>
    h.runtime.dispatch({ channel: "telegram", chatKey: "telegram:7", userKey: "7", updateId, event: { type: "text", text } });
  await say("1", "/start");
  await h.runtime.deliverOutbox();
  // Another process (or a restore) left a state of an older shape behind.
  await h.db.run("UPDATE sessions SET state_json = '{\"v\":0}' WHERE chat_key = 'telegram:7'");
  await say("2", "/privacy");
  await until(() => seen.length === 2, "the second turn is answered");
  assert.match(seen[1]!, /could not pick up our earlier conversation/);
  await h.close();
});
