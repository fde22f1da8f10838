import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackChannel } from "../../bot/channels/slack/bolt-app.js";
import { replyBlocks } from "../../bot/channels/slack/blocks.js";
import { parseConfig } from "../../bot/config.js";
import type { Dispatch, Outbound } from "../../bot/runtime/channel.js";
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
const translate = createTranslator();

type MessageFields = { channel?: string; channel_type?: string; user?: string; text?: string; subtype?: string; bot_id?: string };

/**
 * Bolt's real HTTP receiver on 127.0.0.1, its Web API calls going to the fake; requests are signed as Slack signs
 * them. `wrapDispatch` lets a test watch the real runtime's dispatch from outside.
 */
async function startApp(options: { wrapDispatch?: (dispatch: Dispatch) => Dispatch } = {}) {
  const api = new FakeSlackApi();
  const apiUrl = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-slack-")), "triage.db"));
  const log = memoryLog();
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en", clock: () => new Date("2026-03-02T06:00:00Z"), staff: { reviewers: ["U7"], regulators: [] } });
  const founderInbox: Outbound[] = [];
  runtime.setSender("telegram", async (out) => void founderInbox.push(out));
  const dispatch = options.wrapDispatch ? options.wrapDispatch(runtime.dispatch) : runtime.dispatch;
  const channel = createSlackChannel({ botToken: "xoxb-test", signingSecret: SECRET, host: "127.0.0.1", port: 0, apiUrl }, { dispatch, translate, log: log.log });
  runtime.setSender("slack", channel.send);
  const { port } = (await channel.start())!;

  const post = async (body: string, contentType: string, extra: { signed?: boolean; headers?: Record<string, string> } = {}) => {
    const signature = extra.signed === false ? { "x-slack-signature": "v0=bad", "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)) } : slackSignature(SECRET, body);
    return fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...signature, ...extra.headers }, body });
  };
  let eventId = 0;
  const messageBody = (fields: MessageFields) => {
    const id = ++eventId;
    return JSON.stringify({
      type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: `Ev${id}`, event_time: 0,
      event: { type: "message", channel: "D42", channel_type: "im", user: "U7", ts: `${1_700_000_000 + id}.0001`, ...fields },
    });
  };
  /** What Slack was asked to post in a chat since call `from`, once everything its turns owe there went out. */
  const postedIn = async (chat: string, from: number) => {
    await runtime.settled(`slack:${chat}`);
    return api.calls.slice(from).filter((c) => c.method === "chat.postMessage" && c.params.channel === chat);
  };
  /**
   * A person's message (a DM from U7 unless told otherwise). Slack's 200 comes once the turn committed, so what
   * the chat is owed is known then; returns what was posted in that chat for it.
   */
  const message = async (fields: MessageFields | string) => {
    const from = api.calls.length;
    const event = typeof fields === "string" ? { text: fields } : fields;
    const res = await post(messageBody(event), "application/json");
    assert.equal(res.status, 200);
    return postedIn(event.channel ?? "D42", from);
  };
  const click = async (call: SlackApiCall, label: RegExp) => {
    const blocks = (call.params.blocks ?? []) as { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];
    const button = blocks.flatMap((b) => b.elements ?? []).find((e) => label.test(e.text.text));
    assert.ok(button, `no button ${label}`);
    const chat = String(call.params.channel);
    const from = api.calls.length;
    const payload = {
      type: "block_actions", team: { id: "T1" }, user: { id: "U7" }, api_app_id: "A1", token: "t", trigger_id: "tr",
      channel: { id: chat }, container: { type: "message", message_ts: "1.1", channel_id: chat },
      actions: [{ type: "button", action_id: button.action_id, block_id: "b", value: button.value, action_ts: `${Date.now()}.5` }],
    };
    const res = await post(`payload=${encodeURIComponent(JSON.stringify(payload))}`, "application/x-www-form-urlencoded");
    assert.equal(res.status, 200);
    return postedIn(chat, from);
  };
  return {
    api, db, log, runtime, founderInbox, post, messageBody, message, click,
    async stop() {
      await channel.stop();
      runtime.stop();
      await api.stop();
      await db.close();
    },
  };
}

const texts = (calls: SlackApiCall[]) => calls.map((c) => String(c.params.text)).join("\n");
const withButtons = (calls: SlackApiCall[]) => calls.find((c) => Array.isArray(c.params.blocks))!;

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
    await app.click(withButtons(greeting), /English/);

    assert.match(texts(await app.message("queue")), new RegExp(`${id}.*LoanBot`));
    assert.match(texts(await app.message(`claim ${id}`)), new RegExp(id));
    // Slack escapes &, < and > in what the reviewer typed; the founder reads it as typed.
    await app.message(`changes ${id} Describe how a person can stop the system &amp; who checks &lt;alerts&gt;`);
    await app.runtime.deliverOutbox();
    const told = app.founderInbox.map(outboundText).join("\n");
    assert.match(told, /Describe how a person can stop the system & who checks <alerts>/);
    assert.equal(app.founderInbox.at(-1)!.chatKey, "telegram:555");
    assert.equal(app.founderInbox.at(-1)!.lang, "ru", "in the founder's own language");

    // The filed dossier comes to the reviewer as a file in the DM.
    const from = app.api.calls.length;
    await app.message(`view ${id}`);
    const complete = app.api.calls.slice(from).find((c) => c.method === "files.completeUploadExternal");
    assert.equal(complete?.params.channel_id, "D42");
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
    const res = await app.post(app.messageBody({ text: "queue" }), "application/json", { signed: false });
    assert.equal(res.status, 401);
    assert.deepEqual(await app.runtime.settled("slack:D42").then(() => app.api.calls.slice(before).filter((c) => c.method === "chat.postMessage")), []);
  } finally {
    await app.stop();
  }
});

test("slack: a signed body of null, or one too large, is refused and the app keeps answering", { timeout: 30_000 }, async () => {
  const app = await startApp();
  try {
    // Each of these used to throw outside every handler in Bolt's receiver and end the process (D12).
    for (const [body, type] of [
      ["null", "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["[]", "application/json"],
      ["payload=7", "application/x-www-form-urlencoded"],
    ] as const) {
      const res = await app.post(body, type);
      assert.equal(res.status, 400, `${type} ${body}`);
    }
    const huge = JSON.stringify({ type: "event_callback", event: { type: "message", text: "x".repeat(5 * 1024 * 1024) } });
    assert.equal((await app.post(huge, "application/json")).status, 413, "a body over Bolt's 4 MB limit");
    assert.ok((await app.message("hello")).length > 0, "a reviewer's message is still answered");
  } finally {
    await app.stop();
  }
});

test("slack: Slack hears 200 only after the turn is saved, so an event lost in a crash is redelivered", { timeout: 30_000 }, async () => {
  const order: string[] = [];
  const app = await startApp({
    wrapDispatch: (dispatch) => async (inbound) => {
      await dispatch(inbound);
      order.push(`committed ${inbound.event.type}`);
    },
  });
  try {
    const res = await app.post(app.messageBody({ text: "hello" }), "application/json");
    order.push(`answered ${res.status}`);
    const greeting = await app.runtime.settled("slack:D42").then(() => app.api.calls.filter((c) => c.method === "chat.postMessage"));
    await app.click(withButtons(greeting), /English/);
    order.push("answered the press");
    assert.deepEqual(order, ["committed text", "answered 200", "committed choice", "answered the press"]);
  } finally {
    await app.stop();
  }
});

test("slack: Slack's redelivery of an event is answered once", { timeout: 30_000 }, async () => {
  const app = await startApp();
  try {
    const body = app.messageBody({ text: "hello" });
    assert.equal((await app.post(body, "application/json")).status, 200);
    const retry = await app.post(body, "application/json", { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    assert.equal(retry.status, 200);
    await app.runtime.settled("slack:D42");
    const greetings = app.api.calls.filter((c) => c.method === "chat.postMessage" && Array.isArray(c.params.blocks));
    assert.equal(greetings.length, 1, "one language prompt, not two");
  } finally {
    await app.stop();
  }
});

test("slack: in a channel the bot answers only when mentioned, and reads the mention away", { timeout: 60_000 }, async () => {
  const app = await startApp();
  try {
    for (const [channel, channel_type] of [["C9", "channel"], ["G5", "group"]] as const) {
      assert.deepEqual(await app.message({ channel, channel_type, text: "lunch anyone?" }), [], `chatter in a ${channel_type}`);
      assert.deepEqual(await app.message({ channel, channel_type, text: "queue" }), [], `a command word not addressed to the bot in a ${channel_type}`);
    }
    const greeting = await app.message({ channel: "C9", channel_type: "channel", text: "<@UBOT> hello" });
    assert.ok(greeting.length > 0, "a mention is answered");
    await app.click(withButtons(greeting), /English/);
    assert.match(texts(await app.message({ channel: "C9", channel_type: "channel", text: "<@UBOT> queue" })), /The queue is empty\./);
    assert.match(texts(await app.message({ channel: "C9", channel_type: "channel", text: "queue <@UBOT|triage>" })), /The queue is empty\./);
    assert.deepEqual(await app.message({ channel: "C9", channel_type: "channel", text: "<@U7> queue" }), [], "a mention of someone else");
  } finally {
    await app.stop();
  }
});

test("slack: messages from apps get no answer, ours included, so two bots never talk in a loop", { timeout: 30_000 }, async () => {
  const app = await startApp();
  try {
    assert.deepEqual(await app.message({ text: "queue", bot_id: "BOTHER", user: "U9" }), [], "another app's message");
    assert.deepEqual(await app.message({ text: "queue", subtype: "bot_message", bot_id: "BOTHER" }), [], "a bot_message");
    assert.deepEqual(await app.message({ text: "hello", bot_id: "BBOT", user: "UBOT" }), [], "our own message");
    assert.deepEqual(await app.message({ channel: "C9", channel_type: "channel", text: "<@UBOT> queue", bot_id: "BOTHER", user: "U9" }), [], "an app mentioning us");
    assert.ok((await app.message("hello")).length > 0, "a person in the same DM is answered");
  } finally {
    await app.stop();
  }
});

test("slack: with SLACK_HOST unset the events endpoint listens on 127.0.0.1 only", { timeout: 30_000 }, async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  const config = parseConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(port), SLACK_API_URL: "http://127.0.0.1:9/api/" });
  assert.ok(config.ok && config.value.slack);
  const api = new FakeSlackApi();
  const apiUrl = await api.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-slack-")), "triage.db"));
  const runtime = createRuntime({ db, log: memoryLog().log, translate, defaultLanguage: "en" });
  const channel = createSlackChannel({ ...config.value.slack, apiUrl }, { dispatch: runtime.dispatch, translate, log: memoryLog().log });
  try {
    const address = (await channel.start())!;
    assert.deepEqual({ address: address.address, port: address.port }, { address: "127.0.0.1", port });
  } finally {
    await channel.stop();
    runtime.stop();
    await api.stop();
    await db.close();
  }
});

test("slack: a question that speaks its own language labels its buttons in that language too", () => {
  const key = "common.disclaimer";
  const [message] = replyBlocks(translate, {
    chatKey: "slack:D1", lang: "en",
    replies: [{ kind: "ask", key, choices: [{ id: "a:yes", key }], stamp: 1, lang: "kk" }],
  });
  assert.ok(message?.kind === "message" && message.blocks);
  const labels = message.blocks.flatMap((b) => (b.elements as { text: { text: string } }[] | undefined) ?? []).map((e) => e.text.text);
  assert.deepEqual(labels, [translate("kk", key).slice(0, 75)]);
  assert.notEqual(labels[0], translate("en", key).slice(0, 75));
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
