import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackChannel } from "../../bot/channels/slack/bolt-app.js";
import type { Outbound } from "../../bot/runtime/channel.js";
import { createRuntime } from "../../bot/runtime/dispatch.js";
import { performEffect } from "../../bot/runtime/effects.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { memoryLog } from "../../bot/runtime/log.js";
import { createQueueDesk } from "../../bot/runtime/queue-desk.js";
import { openDatabase } from "../../bot/storage/db.js";
import { faqEntries } from "../../bot/storage/faq.js";
import { saveSession } from "../../bot/storage/sessions.js";
import { eventsFor, getSubmission } from "../../bot/storage/submissions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { STATE_VERSION, type ConversationState } from "../../flows/state.js";
import { ask } from "../../knowledge/ask/index.js";
import { assess } from "../../knowledge/assess/assess.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { FakeSlackApi, type SlackApiCall, slackSignature } from "../fakes/slack-api.js";
import { FakeSlackSocket } from "../fakes/slack-socket.js";
import { outboundText } from "../support/runtime-harness.js";

const SECRET = "test-signing-secret";
const translate = createTranslator();
const NOW = new Date("2026-03-02T06:00:00Z");

/**
 * The real Bolt app and runtime over a temp SQLite file, the Web API faked on loopback, founders on a recording
 * Telegram sender. With `socket` the app runs in Socket Mode against that fake socket end instead of listening.
 */
async function startQueue(options: { socket?: FakeSlackSocket } = {}) {
  const api = new FakeSlackApi();
  api.locales.set("U1", "en-US");
  api.locales.set("U9", "ru-RU");
  api.locales.set("R1", "kk-KZ");
  const apiUrl = await api.start();
  if (options.socket) api.socketUrl = await options.socket.start();
  const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "triage-slackq-")), "triage.db"));
  const log = memoryLog();
  const staff = { reviewers: ["U1", "U2", "U3"], regulators: ["R1"] };
  const runtime = createRuntime({ db, log: log.log, translate, defaultLanguage: "en", clock: () => NOW, staff });
  const founder: Outbound[] = [];
  runtime.setSender("telegram", async (out) => void founder.push(out));
  const desk = createQueueDesk({ db, translate, staff, clock: () => NOW, wake: runtime.wake });
  const channel = createSlackChannel(
    {
      botToken: "xoxb-test", signingSecret: SECRET, host: "127.0.0.1", port: 0, apiUrl, reviewChannel: "CREVIEW", regulatorChannel: "CREG",
      ...(options.socket && { appToken: "xapp-1-A1-test" }),
    },
    { dispatch: runtime.dispatch, translate, log: log.log, desk, channelLanguage: "en" },
  );
  runtime.setSender("slack", channel.send);
  const port = (await channel.start())?.port;

  const post = (body: string, contentType: string, headers: Record<string, string> = slackSignature(SECRET, body)) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...headers }, body });
  const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  let n = 0;
  const clickPayload = (user: string, actionId: string, value: string, channelId = "CREVIEW") => ({
    type: "block_actions", team: { id: "T1" }, user: { id: user }, api_app_id: "A1", token: "t", trigger_id: `tr${++n}`,
    channel: { id: channelId }, container: { type: "message", message_ts: "1.1", channel_id: channelId },
    actions: [{ type: "button", action_id: actionId, block_id: "b", value, action_ts: `${1_700_000_000 + n}.5` }],
  });
  const settle = () => runtime.deliverOutbox();
  return {
    api, db, log, runtime, founder, post, form, settle,
    async click(user: string, actionId: string, value: string, channelId?: string) {
      const res = await post(form(clickPayload(user, actionId, value, channelId)), "application/x-www-form-urlencoded");
      assert.equal(res.status, 200);
      await settle();
    },
    clickPayload,
    /** The modal the last views.open showed, submitted with `text`. */
    async submitModal(user: string, text: string) {
      const opened = api.calls.filter((c) => c.method === "views.open").at(-1)!;
      const view = opened.params.view as { private_metadata: string; callback_id: string };
      const payload = {
        type: "view_submission", team: { id: "T1" }, user: { id: user }, api_app_id: "A1", token: "t", trigger_id: "trv",
        view: { id: `V${++n}`, callback_id: view.callback_id, private_metadata: view.private_metadata, hash: "h", state: { values: { reason: { text: { type: "plain_text_input", value: text } } } } },
      };
      const res = await post(form(payload), "application/x-www-form-urlencoded");
      assert.equal(res.status, 200);
      const body = await res.text();
      await settle();
      return body;
    },
    async command(user: string, text: string) {
      const body = new URLSearchParams({ command: "/triage", text, user_id: user, channel_id: "CREVIEW", team_id: "T1", api_app_id: "A1", token: "t", trigger_id: "trc", response_url: "http://127.0.0.1:1/r" }).toString();
      const res = await post(body, "application/x-www-form-urlencoded");
      assert.equal(res.status, 200);
      return JSON.parse(await res.text()) as { text: string; blocks?: unknown[] };
    },
    /** A founder files on Telegram: the runtime's own filing effect, as the conversation runs it. */
    async file(founderKey: { channel: "telegram" | "slack"; key: string }, name: string) {
      const id = await db.tx(async (q) => {
        const user = await upsertUser(q, founderKey.channel, founderKey.key, NOW.toISOString());
        const chatKey = `${founderKey.channel}:${founderKey.key}`;
        const home: ConversationState = { v: STATE_VERSION, lang: "ru", stamp: 0, at: { step: "home" }, memory: {} };
        await saveSession(q, chatKey, user.id, home, NOW.toISOString());
        const assessment = assess(SystemProfile.parse({ failureImpact: "harm" }));
        const ctx = { userId: user.id, chatKey, channel: founderKey.channel, role: "founder" as const, lang: "ru" as const, now: NOW, today: "2026-03-02", translate, allowedRoles: ["founder" as const] };
        const out = await performEffect(q, { kind: "fileSubmission", assessment, dossier: { entries: { systemName: { value: name, confidential: false } } }, lang: "ru" }, ctx);
        return (out.events[0] as { submissionId: string }).submissionId;
      });
      runtime.wake();
      await settle();
      return id;
    },
    async stop() {
      await channel.stop();
      await options.socket?.stop();
      await runtime.stop();
      await api.stop();
      await db.close();
    },
  };
}

const calls = (api: FakeSlackApi, method: string, from = 0) => api.calls.slice(from).filter((c) => c.method === method);
const buttons = (call: SlackApiCall | undefined) =>
  ((call?.params.blocks ?? []) as { elements?: { action_id: string; text: { text: string } }[] }[]).flatMap((b) => b.elements ?? []).map((e) => e.text.text);
const blockText = (call: SlackApiCall | undefined) => JSON.stringify(call?.params.blocks ?? "");

test("slack queue: a filing from Telegram becomes a card; claim, changes, re-submission, escalation, the regulator's answer and its FAQ entry each show", { timeout: 90_000 }, async () => {
  const app = await startQueue();
  try {
    const id = await app.file({ channel: "telegram", key: "555" }, "LoanBot");
    const card = calls(app.api, "chat.postMessage").find((c) => c.params.channel === "CREVIEW")!;
    assert.ok(card, "the review channel got a card");
    assert.match(blockText(card), new RegExp(`${id} · LoanBot`));
    assert.match(blockText(card), /Risk degree/);
    assert.deepEqual(buttons(card), ["Claim", "Download dossier"]);
    const cardTs = "1700000001.000100";

    // A stranger's click is refused in their own language, and nothing changes.
    let from = app.api.calls.length;
    await app.click("U9", "queue:claim", id);
    assert.match(String(calls(app.api, "chat.postEphemeral", from)[0]?.params.text), /Ничего не изменено/);
    assert.equal((await getSubmission(app.db, id))?.status, "submitted");
    assert.ok(app.log.entries.some((e) => e.event === "slack.queue_refused" && e.code === "notStaff"));

    // Claim: the card is updated in place with its assignee, and the thread gets the history.
    from = app.api.calls.length;
    await app.click("U1", "queue:claim", id);
    const updated = calls(app.api, "chat.update", from).at(-1);
    assert.equal(updated?.params.ts, cardTs);
    assert.match(blockText(updated), /<@U1>/);
    assert.deepEqual(buttons(updated), ["Request changes", "Approve", "Reject", "Escalate to regulator", "Download dossier"]);
    assert.ok(calls(app.api, "chat.postMessage", from).some((c) => c.params.thread_ts === cardTs && /<@U1>: claimed/.test(String(c.params.text))));

    // Another reviewer cannot act on U1's claim.
    from = app.api.calls.length;
    await app.click("U2", "queue:approve", id);
    assert.match(String(calls(app.api, "chat.postEphemeral", from)[0]?.params.text), /взял другой проверяющий/, "in U2's Russian locale");
    assert.equal((await getSubmission(app.db, id))?.status, "in_review");

    // Request changes: a modal for the reason; the founder hears the reason and the date, in Russian.
    await app.click("U1", "queue:request_changes", id);
    assert.equal(calls(app.api, "views.open").length, 1);
    from = app.api.calls.length;
    await app.submitModal("U1", "Describe who can stop the system");
    const told = app.founder.map(outboundText).join("\n");
    assert.match(told, /Describe who can stop the system/);
    assert.match(told, /2026-03-10/, "5 Kazakh working days after 2 March (8 March's holiday moved to the 9th)");
    assert.match(blockText(calls(app.api, "chat.update", from).at(-1)), /changes requested/);

    // The founder re-submits: back in the queue, unclaimed.
    from = app.api.calls.length;
    await app.db.tx(async (q) => {
      const founder = await upsertUser(q, "telegram", "555", NOW.toISOString());
      const assessment = assess(SystemProfile.parse({ failureImpact: "harm" }));
      const ctx = { userId: founder.id, chatKey: "telegram:555", channel: "telegram" as const, role: "founder" as const, lang: "ru" as const, now: NOW, today: "2026-03-02", translate, allowedRoles: ["founder" as const] };
      await performEffect(q, { kind: "resubmit", submissionId: id, dossier: { entries: { systemName: { value: "LoanBot", confidential: false } } }, assessment }, ctx);
    });
    app.runtime.wake();
    await app.settle();
    assert.deepEqual(buttons(calls(app.api, "chat.update", from).at(-1)), ["Claim", "Download dossier"]);

    // Claim again and escalate: the question goes to the regulators' channel, the name shown as filed (not confidential).
    await app.click("U1", "queue:claim", id);
    await app.click("U1", "queue:escalate", id);
    from = app.api.calls.length;
    await app.submitModal("U1", "Is a credit score a decision with legal effect?");
    const question = calls(app.api, "chat.postMessage", from).find((c) => c.params.channel === "CREG");
    assert.match(blockText(question), /Is a credit score a decision with legal effect\?/);
    assert.deepEqual(buttons(question), ["Answer", "Request changes", "Approve", "Reject"], "the regulator's answer and decisions");
    const questionId = /Q-\d{4}-\d{4}/.exec(blockText(question))![0];

    // A reviewer cannot answer as regulator; the regulator answers in a modal (their Kazakh locale).
    from = app.api.calls.length;
    await app.click("U1", "question:answer", questionId, "CREG");
    assert.equal(calls(app.api, "views.open", from).length, 0);
    await app.click("R1", "question:answer", questionId, "CREG");
    assert.match(JSON.stringify(calls(app.api, "views.open", from)[0]?.params.view), /Жауап/);
    from = app.api.calls.length;
    await app.submitModal("R1", "Yes: a credit decision has legal effect, so a person must be able to review it.");
    assert.match(app.founder.map(outboundText).join("\n"), /a person must be able to review it/);
    const closed = calls(app.api, "chat.update", from).find((c) => c.params.channel === "CREG");
    assert.match(blockText(closed), /Answered by a regulator/);
    assert.deepEqual(buttons(closed), ["Publish to FAQ", "Request changes", "Approve", "Reject"], "answered, the decision is still the regulator's");
    assert.ok((await eventsFor(app.db, id)).some((e) => e.action === "answer"), "the answer joined the history");

    // Published by the team, /ask finds it next time, marked as a person's answer.
    await app.click("U1", "question:publish", questionId, "CREG");
    const found = ask("Is a credit score a decision with legal effect?", "en", await faqEntries(app.db));
    assert.match(found.answer, /A regulator answered a question like this before \(2026-03-02\)\. This is a person's answer, not the text of the law/);
    assert.match(found.answer, /a person must be able to review it/);

    // The answer leaves the decision to the regulator: App Home lists the escalation with the moves the transition table
    // gives a regulator, as the post does. A reviewer's press on the post's Approve is refused; the regulator's decides
    // it (the founder is told), and the post loses its decision buttons.
    from = app.api.calls.length;
    const opened = JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "EvHomeR1", event_time: 0, event: { type: "app_home_opened", user: "R1", channel: "D2", tab: "home" } });
    assert.equal((await app.post(opened, "application/json")).status, 200);
    const home = calls(app.api, "views.publish", from)[0];
    const offered = ((home?.params.view as { blocks: { elements?: { action_id?: string; value?: string }[] }[] }).blocks).flatMap((b) => b.elements ?? []).filter((e) => e.value === id).map((e) => e.action_id);
    assert.deepEqual(offered, ["queue:request_changes", "queue:approve", "queue:reject", "queue:dossier"]);
    from = app.api.calls.length;
    await app.click("U1", "queue:approve", id, "CREG");
    assert.equal(calls(app.api, "chat.postEphemeral", from).length, 1, "the reviewer is told no");
    assert.equal((await getSubmission(app.db, id))?.status, "escalated");
    from = app.api.calls.length;
    await app.click("R1", "queue:approve", id, "CREG");
    assert.equal((await getSubmission(app.db, id))?.status, "approved");
    assert.ok((await eventsFor(app.db, id)).some((e) => e.action === "approve" && e.actorRole === "regulator"), "approved as regulator");
    assert.match(app.founder.map(outboundText).join("\n"), new RegExp(`${id}.*одобрен`, "i"));
    const decided = calls(app.api, "chat.update", from).filter((c) => c.params.channel === "CREG").at(-1);
    assert.ok(decided, "the question post is redrawn after the decision");
    assert.deepEqual(buttons(decided), [], "published and decided: nothing left to press");
    assert.equal(app.log.entries.filter((e) => e.level === "error").length, 0);
    // No message text in the logs.
    assert.doesNotMatch(JSON.stringify(app.log.entries), /credit score|stop the system/);
  } finally {
    await app.stop();
  }
});

test("slack queue: approve tells the founder; self-approval and a retried click change nothing", { timeout: 60_000 }, async () => {
  const app = await startQueue();
  try {
    const id = await app.file({ channel: "telegram", key: "777" }, "ShopCam");
    // The same click delivered twice (Slack's retry): one claim.
    const body = app.form(app.clickPayload("U1", "queue:claim", id));
    for (const retry of ["", "1"]) {
      const res = await app.post(body, "application/x-www-form-urlencoded", { ...slackSignature(SECRET, body), ...(retry && { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_timeout" }) });
      assert.equal(res.status, 200);
    }
    await app.settle();
    assert.equal((await eventsFor(app.db, id)).filter((e) => e.action === "claim").length, 1);
    await app.click("U1", "queue:approve", id);
    assert.equal((await getSubmission(app.db, id))?.status, "approved");
    assert.ok(app.founder.some((o) => /одобрен/i.test(outboundText(o))), "the founder hears of the approval");

    // U3 files their own system from Slack and cannot claim it.
    const own = await app.file({ channel: "slack", key: "U3" }, "OwnBot");
    const from = app.api.calls.length;
    await app.click("U3", "queue:claim", own);
    assert.match(String(calls(app.api, "chat.postEphemeral", from)[0]?.params.text), /подали вы сами/, "in U3's Russian locale");
    assert.equal((await getSubmission(app.db, own))?.status, "submitted");
  } finally {
    await app.stop();
  }
});

test("slack queue: /triage queue, show and stats for the team, refused for anyone else; App Home lists the four groups", { timeout: 60_000 }, async () => {
  const app = await startQueue();
  try {
    const id = await app.file({ channel: "telegram", key: "888" }, "TalentBot");
    assert.match((await app.command("U1", "queue")).text, new RegExp(`${id} · TalentBot · waiting for a reviewer · medium · due 2026-03-04`));
    assert.match((await app.command("U1", "queue unclaimed")).text, /TalentBot/);
    assert.equal((await app.command("U1", "queue mine")).text, "Nothing matches.");
    const shown = await app.command("U1", `show ${id}`);
    assert.match(JSON.stringify(shown.blocks), /TalentBot/);
    // A regulator sees only escalated submissions: this one is not found for them, and nothing of it is shown.
    const asRegulator = await app.command("R1", `show ${id}`);
    assert.equal(asRegulator.blocks, undefined);
    assert.doesNotMatch(JSON.stringify(asRegulator), /TalentBot/);
    assert.match(asRegulator.text, new RegExp(id));
    // Download dossier sends the filed dossier to the reviewer's DM as a Markdown file.
    const before = app.api.calls.length;
    await app.click("U1", "queue:dossier", id);
    const upload = calls(app.api, "files.completeUploadExternal", before)[0];
    assert.equal(upload?.params.channel_id, "U1");
    assert.match(String(upload?.params.files), new RegExp(`${id}\\.md`));
    assert.match((await app.command("U1", "stats")).text, /By status: waiting for a reviewer 1/);
    assert.match((await app.command("U9", "queue")).text, /Ничего не изменено/);
    assert.match((await app.command("U1", "purple")).text, /\/triage queue/);

    const event = JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "EvHome", event_time: 0, event: { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" } });
    const from = app.api.calls.length;
    assert.equal((await app.post(event, "application/json")).status, 200);
    const home = calls(app.api, "views.publish", from)[0];
    const view = JSON.stringify(home?.params.view);
    assert.equal(home?.params.user_id, "U1");
    for (const heading of ["Claimed by me", "Waiting for a reviewer", "Overdue", "Escalations waiting for the regulator"]) assert.match(view, new RegExp(heading));
    assert.match(view, /TalentBot/);

    // The queue changes while U1's Home is open: it is drawn again, with the new filing and the claim.
    const next = app.api.calls.length;
    const other = await app.file({ channel: "telegram", key: "889" }, "HiringBot");
    await app.click("U1", "queue:claim", id);
    // What "Claimed by me" lists: the view's text before the next heading.
    const mine = (c: SlackApiCall) => JSON.stringify(c.params.view).split("Waiting for a reviewer")[0]!;
    const redrawn = await Promise.race([
      app.api.waitForCall((c) => c.method === "views.publish" && c.params.user_id === "U1" && /TalentBot/.test(mine(c)), next),
      new Promise<never>((_, fail) => setTimeout(() => fail(new Error("App Home was not redrawn after the claim")), 5_000).unref()),
    ]);
    assert.match(JSON.stringify(redrawn.params.view), new RegExp(`${other} · HiringBot`), "the new filing is listed too");
    assert.equal(calls(app.api, "views.publish", next).filter((c) => c.params.user_id !== "U1").length, 0, "nobody else's Home is drawn");
  } finally {
    await app.stop();
  }
});

test("slack queue: a bad signature, a stale and a future timestamp get 401", { timeout: 30_000 }, async () => {
  const app = await startQueue();
  try {
    const body = JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "Ev1", event: { type: "app_home_opened", user: "U1", tab: "home" } });
    const now = Math.floor(Date.now() / 1000);
    assert.equal((await app.post(body, "application/json", { "x-slack-signature": "v0=bad", "x-slack-request-timestamp": String(now) })).status, 401);
    assert.equal((await app.post(body, "application/json", slackSignature(SECRET, body, now - 600))).status, 401);
    assert.equal((await app.post(body, "application/json", slackSignature(SECRET, body, now + 600))).status, 401);
    assert.equal(calls(app.api, "views.publish").length, 0);
  } finally {
    await app.stop();
  }
});

test("slack queue: in Socket Mode the app connects through apps.connections.open, acks each envelope by its id, and the press takes effect", { timeout: 30_000 }, async () => {
  const socket = new FakeSlackSocket();
  const app = await startQueue({ socket });
  try {
    await socket.connected();
    const opened = calls(app.api, "apps.connections.open")[0];
    assert.equal(opened?.token, "xapp-1-A1-test", "the WebSocket URL is asked for with the app-level token");
    const id = await app.file({ channel: "telegram", key: "321" }, "SocketBot");

    // /triage queue: the answer rides on the ack of the command's envelope.
    const listed = await socket.hand("slash_commands", {
      command: "/triage", text: "queue", user_id: "U1", channel_id: "CREVIEW", team_id: "T1", api_app_id: "A1", token: "t", trigger_id: "trs", response_url: "http://127.0.0.1:1/r",
    });
    assert.match(listed.envelope_id, /slash_commands/);
    assert.match(String(listed.payload?.text), new RegExp(`${id} · SocketBot · waiting for a reviewer`));
    assert.equal(listed.payload?.response_type, "ephemeral");

    // A press on the card's Claim: acked by its envelope id once the claim is recorded; the card shows the assignee.
    const from = app.api.calls.length;
    const pressed = await socket.hand("interactive", app.clickPayload("U1", "queue:claim", id));
    assert.match(pressed.envelope_id, /interactive/);
    assert.equal((await getSubmission(app.db, id))?.status, "in_review");
    assert.deepEqual((await eventsFor(app.db, id)).map((e) => e.action), ["file", "claim"]);
    await app.settle();
    assert.match(blockText(calls(app.api, "chat.update", from).at(-1)), /<@U1>/);
    assert.ok(app.founder.some((o) => new RegExp(id).test(outboundText(o))), "the founder hears the submission is in review");

    // A stranger's press over the socket is acked too (Slack would redeliver it otherwise), and changes nothing.
    const other = await app.file({ channel: "telegram", key: "322" }, "OtherBot");
    await socket.hand("interactive", app.clickPayload("U9", "queue:claim", other));
    assert.equal((await getSubmission(app.db, other))?.status, "submitted");
    assert.equal(new Set(socket.acks.map((a) => a.envelope_id)).size, 3, "each envelope acked once");
  } finally {
    await app.stop();
  }
});
