import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeTelegramApi } from "../fakes/telegram-api.js";
import { BotProcess, bothChannels } from "../support/crash-bot.js";
import { readOnly, sightings, untilNothingOwed } from "../support/crash-checks.js";
import { Killer, type KillerPlan } from "../support/crash-killer.js";
import { Founder, type Limit, type PeopleTiming, Reviewer, chatSequence, keyboardOf, textOf } from "../support/crash-people.js";
import { FakeSlackApi } from "../fakes/slack-api.js";
import { SlackPlatform, posted } from "../support/crash-slack.js";

const FOUNDERS = 5;

/** The bot's warnings by event and code, for the figures ("deliver.retry telegram_network ×2"). */
function warnings(log: readonly { level?: string; event?: string; code?: string }[]): string {
  const counts = new Map<string, number>();
  for (const l of log) if (l.level === "warn") counts.set(`${l.event}${l.code ? ` ${l.code}` : ""}`, (counts.get(`${l.event}${l.code ? ` ${l.code}` : ""}`) ?? 0) + 1);
  return counts.size === 0 ? "none" : [...counts].map(([k, n]) => `${k} ×${n}`).join(", ");
}
const REVIEWER = "U0CRASHREV";
const SIGNING_SECRET = "crash-test-signing-secret";
/** People wait this long for an answer before they try again; a restart takes about 1.5 s on a 2-core machine. */
const TIMING: PeopleTiming = { patienceMs: 4_000, statusEveryMs: 6_000 };
const PLAN: KillerPlan = {
  minKills: 22,
  maxKills: 40,
  randomAfterMs: [700, 3_500],
  afterTriggerMs: [0, 250],
  triggerChance: 0.6,
  inFlightChance: 0.4,
  startUpChance: 0.1,
};
/** The people must be through by then, kills included (a run takes 60–80 s on 2 cores); the checks follow. */
const WORK_MS = 140_000;

/**
 * The durability promise of the README ("a committed turn is answered after a crash … a message the platform
 * accepted is never sent twice"), tested the way it breaks in production: a real process over a real SQLite file,
 * killed without warning while founders on Telegram file and re-submit and a reviewer on Slack works the queue.
 * See test/support/crash-*.ts for the people, the killer and the fakes' side of Slack.
 */
test("crash: SIGKILLed 20+ times amid filings and reviews, the bot loses no filing, reply, notification or reviewer action, and repeats only a message in flight at a kill", { timeout: 200_000 }, async (t) => {
  const started = Date.now();
  const telegram = new FakeTelegramApi();
  // The way back from Telegram takes a moment, so kills land between a message's acceptance and its record.
  telegram.latencyMs = 25;
  const telegramUrl = await telegram.start();
  const slackApi = new FakeSlackApi();
  slackApi.latencyMs = 25;
  slackApi.locales.set(REVIEWER, "en-US");
  const slackApiUrl = await slackApi.start();
  const databasePath = join(mkdtempSync(join(tmpdir(), "triage-crash-")), "triage.db");
  const bot = new BotProcess(bothChannels({ databasePath, telegramUrl, slackApiUrl, signingSecret: SIGNING_SECRET, reviewer: REVIEWER, logSalt: "crash-test-log-salt-0123456789" }));
  const slack = new SlackPlatform(SIGNING_SECRET, () => `http://127.0.0.1:${bot.slackPort}`);
  const limit: Limit = { at: started + WORK_MS };
  let peopleDone = false;
  // A message either platform has just accepted: what a kill "in flight" waits for (text, typing, buttons taken off).
  const accepted = () =>
    Promise.race([
      telegram.waitForCall((c) => c.refusedWith === undefined && /^(send|edit)/.test(c.method), telegram.calls.length),
      slackApi.waitForCall(() => true, slackApi.calls.length).then((c) => (c.method === "chat.postMessage" ? c : new Promise(() => undefined))),
    ]);
  const killer = new Killer(bot, PLAN, () => peopleDone, accepted);
  const founders = Array.from({ length: FOUNDERS }, (_, i) => new Founder(telegram, i + 1, TIMING, () => killer.trigger("filing")));
  const reviewer = new Reviewer(slack, slackApi, REVIEWER, FOUNDERS, TIMING, () => killer.trigger("decision"));
  const seen = { notifications: 0, repeatsAcrossKills: 0, otherCallsBetween: [] as string[] };
  let through: { s: number; kills: number } | undefined;

  try {
    await killer.start();
    // When someone gets stuck, everyone's story is told, not only the first one's.
    const outcomes = await Promise.allSettled([...founders.map((f) => f.run(limit)), reviewer.run(limit)]);
    const stuck = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason instanceof Error ? o.reason.message : String(o.reason)] : []));
    assert.deepEqual(stuck, [], `people who could not finish (after ${killer.kills} kills):\n${stuck.join("\n")}`);
    peopleDone = true;
    through = { s: Math.round((Date.now() - started) / 1000), kills: killer.kills };
    // Everyone is through; until the kills are in, the founders keep looking at /status under fire.
    while (killer.kills < PLAN.minKills && Date.now() < limit.at) {
      await Promise.all(founders.map((f) => f.finalStatus(limit)));
      await new Promise((done) => setTimeout(done, 1_000));
    }
    await killer.stop();
    assert.ok(killer.kills >= 20, `the bot was killed only ${killer.kills} times`);

    // Every conversation resumes: a last /status, to a process nobody kills, names the founder's approved filing.
    const last: Limit = { at: Date.now() + 30_000 };
    const finals = await Promise.all(founders.map((f) => f.finalStatus(last)));
    for (const [i, f] of founders.entries()) assert.match(finals[i]!, new RegExp(`${f.submissionId} · ${f.name} · approved`), `founder ${f.chatId}'s last /status`);
    // Nothing is left owed: every notification became a reply, and every reply went out.
    assert.deepEqual(await untilNothingOwed(databasePath, 20_000), [], "replies and notifications still owed");
    await bot.stop();
    assert.deepEqual(bot.rawStderr.filter((l) => /exited by itself|Error/.test(l)), [], "no process died or threw by itself");

    {
      // Read with a connection of the test's own, read-only: the checks change nothing in the file.
      const submissions = (await readOnly(databasePath, "SELECT id, founder_chat_key, status FROM submissions ORDER BY id")) as { id: string; founder_chat_key: string; status: string }[];
      const events = (await readOnly(databasePath, "SELECT submission_id, action FROM submission_events ORDER BY id")) as { submission_id: string; action: string }[];
      const processed = new Set((await readOnly(databasePath, "SELECT channel || ':' || update_id AS k FROM processed_updates")).map((r) => String(r.k)));
      const outbox = (await readOnly(databasePath, "SELECT chat_key, payload_json FROM outbox ORDER BY id")) as { chat_key: string; payload_json: string }[];

      // No submission lost or duplicated: one per founder, each with its own id, the one the founder was told.
      assert.deepEqual(submissions.map((s) => s.founder_chat_key).sort(), founders.map((f) => `telegram:${f.chatId}`).sort(), "one submission per founder");
      assert.equal(new Set(submissions.map((s) => s.id)).size, FOUNDERS, "submission ids are unique");
      for (const f of founders) {
        const own = submissions.find((s) => s.founder_chat_key === `telegram:${f.chatId}`)!;
        assert.equal(f.submissionId, own.id, `founder ${f.chatId} knows their own id`);
        assert.equal(own.status, "approved", `${own.id} ends approved`);
        // Each move took effect exactly once: no reviewer action lost or applied twice, no filing or re-submission doubled.
        assert.deepEqual(events.filter((e) => e.submission_id === own.id).map((e) => e.action), ["file", "claim", "request_changes", "resubmit", "claim", "approve"], `${own.id}'s history`);
      }

      // Every update Telegram handed over was handled, and so was every Slack request that got 200.
      assert.deepEqual(founders.flatMap((f) => f.updateIds).filter((id) => !processed.has(`telegram:${id}`)), [], "Telegram updates never handled");
      const acked = slack.deliveries.filter((d) => d.acked);
      assert.deepEqual(acked.filter((d) => !processed.has(`slack:${d.id}`)).map((d) => `${d.id} ${d.text ?? "(press)"}`), [], "Slack requests answered 200 but never handled");
      // Every decision the reviewer typed that Slack saw answered 200 is in the submission's history.
      for (const d of acked) {
        const m = /^(claim|changes|approve) (KZ-AI-\d{4}-\d{4})/.exec(d.text ?? "");
        if (!m) continue;
        const action = { claim: "claim", changes: "request_changes", approve: "approve" }[m[1] as "claim" | "changes" | "approve"];
        assert.ok(events.some((e) => e.submission_id === m[2] && e.action === action), `"${d.text}" got 200 and did not take effect`);
      }

      // What each founder saw: the filing's two messages, the re-submission's two, and every notification, each exactly
      // once; a second copy counts only as the message in flight at a kill (test/support/crash-checks.ts `sightings`).
      for (const f of founders) {
        const id = f.submissionId!;
        const chat = chatSequence(telegram, f.chatId);
        const notices = outbox.filter((o) => o.chat_key === `telegram:${f.chatId}`).map((o) => (JSON.parse(o.payload_json) as { status: string }).status);
        assert.deepEqual(notices, ["in_review", "changes_requested", "in_review", "approved"], `${id}: one notification per reviewer decision`);
        const expected: [string, (text: string) => boolean, number][] = [
          ["Filing…", (x) => x.startsWith("Filing your dossier and assessment for review…"), 1],
          ["Filed", (x) => x.startsWith(`Filed. Your submission id is ${id}.`), 1],
          ["in review", (x) => x === `${id} is now in review.`, 2],
          ["changes requested", (x) => x.startsWith(`Changes were requested for ${id}: Please describe who checks the orders`), 1],
          ["Re-submitting…", (x) => x === `Re-submitting ${id}…`, 1],
          ["re-submitted", (x) => x.startsWith(`${id} was re-submitted`), 1],
          ["approved", (x) => x === `Good news: ${id} was approved.`, 1],
        ];
        for (const [what, matches, times] of expected) {
          const s = sightings(chat, matches);
          assert.equal(s.seen, times, `founder ${f.chatId} saw "${what}" ${s.seen} times, expected ${times}: ${s.evidence.join("; ") || "never sent"}`);
          if (["in review", "changes requested", "approved"].includes(what)) seen.notifications += s.seen;
          seen.repeatsAcrossKills += s.repeatsAcrossKills;
          seen.otherCallsBetween.push(...s.otherCallsBetween);
        }
        // Every update the bot handled was answered, and so was every notification: each turn says at least one thing.
        // Copies are counted too (telling a repeat from a second, identical answer to /status is guesswork), so a
        // lost reply can hide behind a repeat at a kill; the checks above and below are the exact ones.
        const messages = chat.filter((c) => c.method === "sendMessage").length;
        const turns = f.updateIds.length + notices.length;
        assert.ok(messages >= turns, `founder ${f.chatId} sent ${f.updateIds.length} updates and had ${notices.length} notifications, and saw only ${messages} messages: ${turns - messages} or more replies never came\n${f.transcript()}`);
        // A founder who got no answer sends /start, which shows the current question again ("Welcome back…"). A question
        // answered from there must also have come as the reply to the answer before it; otherwise that reply was lost.
        const originals = new Set(f.messages().filter((m) => !textOf(m).startsWith("Welcome back")).map(keyboardOf));
        assert.deepEqual(f.answeredFromReprompt.filter((k) => !originals.has(k)), [], `founder ${f.chatId} went on from /start's re-prompt; the bot's own reply with these buttons never came`);
      }

      // The reviewer, too, sees each decision confirmed once: Slack's retries and retyped commands change nothing twice.
      const reviewerChat = posted(slackApi, reviewer.channel);
      const postOnly = { message: "chat.postMessage", shows: (method: string) => method === "chat.postMessage" };
      // …and every request of theirs the bot handled got its answer (copies counted, as for the founders).
      const handled = slack.deliveries.filter((d) => processed.has(`slack:${d.id}`)).length;
      assert.ok(reviewerChat.length >= handled, `the bot handled ${handled} of the reviewer's requests, and the reviewer saw only ${reviewerChat.length} answers: replies never came`);
      for (const { id } of submissions) {
        for (const [what, matches, times] of [
          ["claimed", (x: string) => x === `${id} is now in review with you.`, 2],
          ["changes requested", (x: string) => x === `Changes requested for ${id}; the founder has been told.`, 1],
          ["approved", (x: string) => x === `${id} is approved; the founder has been told.`, 1],
        ] as const) {
          const s = sightings(reviewerChat, matches, postOnly);
          const said = reviewerChat.map(textOf).filter((x) => x.includes(id) && !x.startsWith("Open submissions"));
          assert.equal(s.seen, times, `the reviewer saw "${what}" for ${id} ${s.seen} times, expected ${times}: ${s.evidence.join("; ") || `never sent; what was said about it: ${said.join(" | ")}`}`);
          seen.repeatsAcrossKills += s.repeatsAcrossKills;
        }
      }
    }
  } finally {
    limit.at = 0;
    await killer.halt();
    await bot.kill();
    await telegram.stop();
    await slackApi.stop();
    const count = (reason: string) => killer.reasons.filter((r) => r === reason).length;
    const sum = (f: (x: Founder) => number) => founders.reduce((n, x) => n + f(x), 0);
    t.diagnostic(
      `kills ${killer.kills} (random ${count("random")}, with a message in flight ${count("inFlight")}, after a filing press ${count("filing")}, after a decision ${count("decision")}, during start-up ${count("startUp")}) over ${bot.process} processes; ` +
        `Telegram updates ${sum((f) => f.updateIds.length)}, bot messages ${telegram.calls.filter((c) => c.method === "sendMessage").length}; ` +
        `filings told ${founders.filter((f) => f.submissionId !== undefined).length} of ${FOUNDERS}; notifications seen ${seen.notifications}, repeats across a kill ${seen.repeatsAcrossKills} (${seen.otherCallsBetween.length} with other calls to the chat between); ` +
        `founder retries ${sum((f) => f.retries)}, /status looks ${sum((f) => f.statusChecks)}; reviewer commands ${reviewer.commands.length}, retyped ${reviewer.resends}; ` +
        `Slack requests ${slack.deliveries.length}, Slack retries ${slack.deliveries.reduce((n, d) => n + d.attempts.filter((a) => a.retryNum > 0).length, 0)}, answered 200 ${slack.deliveries.filter((d) => d.acked).length}; ` +
        `error log lines ${bot.log.filter((l) => l.level === "error").length}, warnings ${warnings(bot.log)}; people through after ${through ? `${through.s} s and ${through.kills} kills` : "—"}; ${Math.round((Date.now() - started) / 1000)} s in all`,
    );
    for (const w of seen.otherCallsBetween) t.diagnostic(`a repeat across a kill with other calls to the chat between:\n${w}`);
  }
});
