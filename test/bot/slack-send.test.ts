import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reply } from "../../flows/types.js";
import { createSlackChannel } from "../../bot/channels/slack/bolt-app.js";
import { DeliveryRefused, type Outbound, type Refusal } from "../../bot/runtime/channel.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { owe } from "../../bot/storage/deliveries.js";
import { FakeSlackApi } from "../fakes/slack-api.js";

const translate = createTranslator();

/** Three Web API calls: a message, a file, a message (says around a document are not joined). */
const replies: Reply[] = [
  { kind: "say", key: "common.disclaimer" },
  { kind: "document", key: "common.savedTo", params: { path: "dossier.md" }, file: { name: "dossier.md", format: "md", content: new TextEncoder().encode("# Dossier\n") } },
  { kind: "say", key: "common.apology" },
];
const outbound: Outbound = { chatKey: "slack:D42", lang: "en", replies };

/**
 * The Slack channel's sender and the real runtime's courier on a temp SQLite file, against the fake Web API.
 * The receiver is never started: sending needs only the Web API.
 */
async function sender() {
  const api = new FakeSlackApi();
  const apiUrl = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-slack-send-")), "triage.db"));
  const log = memoryLog();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en", clock: () => new Date("2026-03-02T06:00:00Z") });
  const channel = createSlackChannel({ botToken: "xoxb-test", signingSecret: "s", host: "127.0.0.1", port: 0, apiUrl }, { dispatch: runtime.dispatch, translate, log: log.log });
  runtime.setSender("slack", channel.send);
  const accepted: [number, string | undefined][] = [];
  const progress = (skip: number) => ({ skip, accepted: async (index: number, id?: string) => void accepted.push([index, id]) });
  /** What the sender threw, as the runtime reads it. */
  const refusal = (skip = 0): Promise<Refusal> =>
    channel.send(outbound, progress(skip)).then(
      () => assert.fail("the send was expected to be refused"),
      (error: unknown) => {
        assert.ok(error instanceof DeliveryRefused, `a DeliveryRefused, not ${String(error)}`);
        return error.refusal;
      },
    );
  const posted = () => api.calls.filter((c) => c.method === "chat.postMessage");
  return {
    api, db, log, runtime, channel, accepted, progress, refusal, posted,
    async stop() {
      runtime.stop();
      await api.stop();
      await db.close();
    },
  };
}

test("slack send: each message Slack accepts is reported with its ts or file id, and a resumed send skips them", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    await s.channel.send(outbound, s.progress(0));
    const [first, last] = s.posted();
    assert.deepEqual(s.accepted.map(([index]) => index), [0, 1, 2]);
    assert.equal(s.accepted[0]![1], "1700000001.000100", "the first message's ts, as chat.postMessage answered");
    assert.match(s.accepted[1]![1] ?? "", /^F/, "the file's id");
    assert.equal(s.accepted[2]![1], "1700000003.000100");
    assert.match(String(first!.params.text), /triage aid, not legal advice/);
    assert.match(String(last!.params.text), /Sorry, something went wrong/);

    s.accepted.length = 0;
    const from = s.api.calls.length;
    await s.channel.send(outbound, s.progress(1));
    const resumed = s.api.calls.slice(from);
    assert.deepEqual(s.accepted.map(([index]) => index), [1, 2]);
    assert.equal(resumed.filter((c) => c.method === "chat.postMessage").length, 1, "the accepted first message is not posted again");
    assert.ok(resumed.some((c) => c.method === "files.completeUploadExternal"));
    assert.match(String(resumed.find((c) => c.method === "chat.postMessage")!.params.text), /Sorry, something went wrong/);
  } finally {
    await s.stop();
  }
});

test("slack send: a 429 is refused with Slack's Retry-After and tried once, leaving the retry to the courier", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    s.api.refuse("chat.postMessage", { status: 429, headers: { "retry-after": "7" }, body: { ok: false, error: "ratelimited" } });
    const refusal = await s.refusal();
    assert.deepEqual(refusal, { code: "slack_429", retryAfterMs: 7_000 });
    assert.equal(s.posted().length, 1, "the Web API client did not retry, or wait, by itself");
    assert.deepEqual(s.accepted, []);
  } finally {
    await s.stop();
  }
});

test("slack send: a gone, archived or left channel is refused for good; other failures are worth a retry", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    const cases = [
      { description: "the channel no longer exists", status: 200, body: { ok: false, error: "channel_not_found" }, expected: { code: "slack_channel_not_found", permanent: true } },
      { description: "the bot was removed from it", status: 200, body: { ok: false, error: "not_in_channel" }, expected: { code: "slack_not_in_channel", permanent: true } },
      { description: "it was archived", status: 200, body: { ok: false, error: "is_archived" }, expected: { code: "slack_is_archived", permanent: true } },
      { description: "the person's account was deactivated", status: 200, body: { ok: false, error: "account_inactive" }, expected: { code: "slack_account_inactive", permanent: true } },
      { description: "Slack had a fault of its own", status: 200, body: { ok: false, error: "internal_error" }, expected: { code: "slack_internal_error" } },
      { description: "the gateway failed", status: 503, body: { ok: false }, expected: { code: "slack_http_503" } },
    ];
    for (const { description, status, body, expected } of cases) {
      s.api.refuse("chat.postMessage", { status, body });
      assert.deepEqual(await s.refusal(), expected, description);
    }
    // The file upload's own steps are refused the same way.
    s.api.refuse("files.getUploadURLExternal", { body: { ok: false, error: "channel_not_found" } });
    assert.deepEqual(await s.refusal(1), { code: "slack_channel_not_found", permanent: true });
    await s.api.stop();
    assert.deepEqual(await s.refusal(), { code: "slack_network" }, "Slack could not be reached");
  } finally {
    await s.stop();
  }
});

test("slack send: after a 429 the courier resumes where Slack stopped: every message arrives once, in order", { timeout: 30_000 }, async () => {
  const s = await sender();
  try {
    // The file is refused once; Retry-After 0 makes it due again at once on the tests' fixed clock.
    s.api.refuse("files.getUploadURLExternal", { status: 429, headers: { "retry-after": "0" }, body: { ok: false, error: "ratelimited" } });
    await s.db.tx((q) => owe(q, outbound.chatKey, "en", replies, "2026-03-02T06:00:00.000Z"));
    await s.runtime.settled(outbound.chatKey);
    const sent = s.api.calls.filter((c) => c.method === "chat.postMessage" || c.method === "files.completeUploadExternal");
    assert.deepEqual(
      sent.map((c) => (c.method === "chat.postMessage" ? String(c.params.text).slice(0, 20) : "file")),
      ["kz-ai-triage is a tr", "file", "Sorry, something wen"],
    );
    assert.ok(s.log.entries.some((e) => e.event === "deliver.retry" && e.code === "slack_429"));
  } finally {
    await s.stop();
  }
});
