import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackChannel } from "../../bot/channels/slack/bolt-app.js";
import { replyBlocks } from "../../bot/channels/slack/blocks.js";
import type { Outbound } from "../../bot/runtime/channel.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { openDatabase } from "../../bot/storage/db.js";
import { createSubmission } from "../../bot/storage/submissions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { saveSession } from "../../bot/storage/sessions.js";
import { assess } from "../../knowledge/assess/assess.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { STATE_VERSION, type ConversationState } from "../../flows/state.js";
import { FakeSlackApi, type SlackApiCall, slackSignature } from "../fakes/slack-api.js";
import { outboundText } from "../support/runtime-harness.js";

const SECRET = "test-signing-secret";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Bolt's real HTTP receiver on 127.0.0.1, its Web API calls going to the fake; requests are signed as Slack signs them. */
async function startApp() {
  const api = new FakeSlackApi();
  const apiUrl = await api.start();
  const port = await freePort();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-slack-")), "triage.db"));
  const log = memoryLog();
  const translate = createTranslator();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en", clock: () => new Date("2026-03-02T06:00:00Z"), staff: { reviewers: ["U7"], regulators: [] } });
  const founderInbox: Outbound[] = [];
  runtime.setSender("telegram", async (out) => void founderInbox.push(out));
  const channel = createSlackChannel({ botToken: "xoxb-test", signingSecret: SECRET, port, apiUrl }, { dispatch: runtime.dispatch, translate, log: log.log });
  runtime.setSender("slack", channel.send);
  await channel.start();

  /** Waits until the app has made no Web API call for a while: the rest of a turn follows within moments. */
  const quiet = async () => {
    for (let seen = -1; seen !== api.calls.length; ) {
      seen = api.calls.length;
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  let eventId = 0;
  const post = async (body: string, contentType: string, signed = true) => {
    const headers = { "content-type": contentType, ...(signed ? slackSignature(SECRET, body) : { "x-slack-signature": "v0=bad", "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)) }) };
    return fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers, body });
  };
  /** A reviewer's DM message; waits until the app has posted its answer(s). */
  const message = async (text: string) => {
    const from = api.calls.length;
    const body = JSON.stringify({
      type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: `Ev${++eventId}`, event_time: 0,
      event: { type: "message", channel: "D42", channel_type: "im", user: "U7", text, ts: `${1_700_000_000 + eventId}.0001` },
    });
    const res = await post(body, "application/json");
    assert.equal(res.status, 200);
    await api.waitForCall((c) => c.method === "chat.postMessage", from);
    await quiet();
    return api.calls.slice(from).filter((c) => c.method === "chat.postMessage");
  };
  const click = async (call: SlackApiCall, label: RegExp) => {
    const blocks = (call.params.blocks ?? []) as { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];
    const button = blocks.flatMap((b) => b.elements ?? []).find((e) => label.test(e.text.text));
    assert.ok(button, `no button ${label}`);
    const from = api.calls.length;
    const payload = {
      type: "block_actions", team: { id: "T1" }, user: { id: "U7" }, api_app_id: "A1", token: "t", trigger_id: "tr",
      channel: { id: "D42" }, container: { type: "message", message_ts: "1.1", channel_id: "D42" },
      actions: [{ type: "button", action_id: button.action_id, block_id: "b", value: button.value, action_ts: `${Date.now()}.5` }],
    };
    const res = await post(`payload=${encodeURIComponent(JSON.stringify(payload))}`, "application/x-www-form-urlencoded");
    assert.equal(res.status, 200);
    await api.waitForCall((c) => c.method === "chat.postMessage", from);
    await quiet();
    return api.calls.slice(from).filter((c) => c.method === "chat.postMessage");
  };
  return { api, db, log, founderInbox, post, message, click, async stop() { await channel.stop(); await api.stop(); await db.close(); } };
}

const texts = (calls: SlackApiCall[]) => calls.map((c) => String(c.params.text)).join("\n");

test("slack: the compliance team works the queue from a DM and the founder hears about it on Telegram", { timeout: 60_000 }, async () => {
  const app = await startApp();
  try {
    // A founder's filing, already in the shared queue.
    const id = await app.db.tx(async (q) => {
      const founder = await upsertUser(q, "telegram", "555", "2026-03-01T06:00:00.000Z");
      const home: ConversationState = { v: STATE_VERSION, lang: "ru", stamp: 0, at: { step: "home" }, memory: {} };
      await saveSession(q, "telegram:555", founder.id, home, "2026-03-01T06:00:00.000Z");
      const assessment = assess(SystemProfile.parse({ failureImpact: "harm" }));
      return (await createSubmission(q, { founderUserId: founder.id, founderChatKey: "telegram:555", systemName: "LoanBot", assessment, dossier: { entries: {} }, lang: "ru" }, "2026-03-01T06:00:00.000Z")).id;
    });

    const greeting = await app.message("hello");
    const languageAsk = greeting.find((c) => Array.isArray(c.params.blocks))!;
    await app.click(languageAsk, /English/);

    assert.match(texts(await app.message("queue")), new RegExp(`${id}.*LoanBot`));
    assert.match(texts(await app.message(`claim ${id}`)), new RegExp(id));
    // Slack escapes &, < and > in what the reviewer typed; the founder reads it as typed.
    await app.message(`changes ${id} Describe how a person can stop the system &amp; who checks &lt;alerts&gt;`);
    const told = app.founderInbox.map(outboundText).join("\n");
    assert.match(told, /Describe how a person can stop the system & who checks <alerts>/);
    assert.equal(app.founderInbox.at(-1)!.chatKey, "telegram:555");
    assert.equal(app.founderInbox.at(-1)!.lang, "ru", "in the founder's own language");

    // The filed dossier comes to the reviewer as a file in the DM.
    const from = app.api.calls.length;
    await app.message(`view ${id}`);
    const complete = await app.api.waitForCall((c) => c.method === "files.completeUploadExternal", from);
    assert.equal(complete.params.channel_id, "D42");
    const uploaded = app.api.calls.slice(from).find((c) => c.method === "upload");
    assert.ok(uploaded && Number(uploaded.params.size) > 100);
    assert.equal(app.log.entries.filter((e) => e.level === "error").length, 0);
  } finally {
    await app.stop();
  }
});

test("slack: a request with a bad signature is refused and reaches no flow", { timeout: 30_000 }, async () => {
  const app = await startApp();
  try {
    const before = app.api.calls.length;
    const body = JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "EvX", event: { type: "message", channel: "D42", user: "U7", text: "queue", ts: "1.2" } });
    const res = await app.post(body, "application/json", false);
    assert.equal(res.status, 401);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(app.api.calls.slice(before).filter((c) => c.method === "chat.postMessage").length, 0);
  } finally {
    await app.stop();
  }
});

test("slack: a question full of ampersands still fits Slack's 3000-character sections once escaped", () => {
  const line = "Owner & possessor & developer & user & data subject, all named in Art. 1";
  const text = Array.from({ length: 120 }, () => line).join("\n");
  const verbatim = (_lang: string, key: string) => key;
  const [message] = replyBlocks(verbatim, {
    chatKey: "slack:D1", lang: "en",
    replies: [{ kind: "ask", key: text, choices: [{ id: "a:no", key: "No" }], stamp: 1 }],
  });
  assert.ok(message?.kind === "message" && message.blocks);
  const sections = message.blocks.filter((b) => b.type === "section").map((b) => (b.text as { text: string }).text);
  assert.ok(sections.length > 1);
  for (const section of sections) assert.ok(section.length <= 3000, `a section of ${section.length} characters`);
  assert.equal(sections.join("\n"), text.replaceAll("&", "&amp;"));
});
