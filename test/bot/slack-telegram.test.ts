import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { astanaDate } from "../../bot/runtime/astana-time.js";
import { TIMELINE_DEFAULTS } from "../../knowledge/estimate/timeline.js";
import { workingDaysAfter } from "../../knowledge/estimate/working-days.js";
import { FakeSlackApi, type SlackApiCall } from "../fakes/slack-api.js";
import { FakeTelegramApi } from "../fakes/telegram-api.js";
import { BotProcess, bothChannels } from "../support/crash-bot.js";
import { readOnly } from "../support/crash-checks.js";
import { Founder, type Limit, textOf } from "../support/crash-people.js";
import { type Delivery, SlackPlatform } from "../support/crash-slack.js";

const SECRET = "e2e-signing-secret";
const REVIEWER = "U0E2EREV";
const REVIEW_CHANNEL = "C0REVIEW";
const REASON = "Please describe who checks the orders and how a person can stop the bot.";

type Button = { action_id: string; value: string; text: { text: string } };
const buttonsOf = (call: SlackApiCall | undefined): Button[] =>
  ((call?.params.blocks ?? []) as { elements?: Button[] }[]).flatMap((b) => b.elements ?? []);
const labels = (call: SlackApiCall | undefined) => buttonsOf(call).map((b) => b.text.text);
const cardText = (call: SlackApiCall | undefined) => JSON.stringify(call?.params.blocks ?? "");

/**
 * The product as `npm start` runs it with both tokens set: one process (the crash test's BotProcess), one SQLite
 * file, Telegram on the fake Bot API and Slack's HTTP receiver reached with signed requests (SlackPlatform, which
 * retries as Slack does). A founder in Telegram (the crash test's Founder, who reads only their chat) files; the
 * reviewer works the card in the review channel with its buttons and modal.
 */
test("telegram and slack in one process: a founder's filing becomes a card, and the reviewer's claim, request for changes, and approval of the re-submission reach the founder, the card updated each time", { timeout: 150_000 }, async () => {
  const telegram = new FakeTelegramApi();
  const telegramUrl = await telegram.start();
  const slackApi = new FakeSlackApi();
  slackApi.locales.set(REVIEWER, "en-US");
  const slackApiUrl = await slackApi.start();
  const databasePath = join(mkdtempSync(join(tmpdir(), "triage-e2e-")), "triage.db");
  const both = bothChannels({ databasePath, telegramUrl, slackApiUrl, signingSecret: SECRET, reviewer: REVIEWER, logSalt: "e2e-test-log-salt-0123456789" });
  const bot = new BotProcess((n, slackPort) => ({ ...both(n, slackPort), SLACK_REVIEW_CHANNEL: REVIEW_CHANNEL }));
  const slack = new SlackPlatform(SECRET, () => `http://127.0.0.1:${bot.slackPort}`);
  const limit: Limit = { at: Date.now() + 120_000 };
  const founder = new Founder(telegram, 1, { patienceMs: 5_000, statusEveryMs: 8_000 }, () => undefined);
  let founderDone: Promise<void> = Promise.resolve();
  /** Never resolves; fails with the founder's story when they get stuck, so a wait below does not hide it. */
  let founderStuck: Promise<never> = new Promise(() => undefined);

  /** The next call after `from` that matches, or a failure that says what the fake saw, once the limit passes. */
  const next = (what: string, match: (c: SlackApiCall) => boolean, from: number) =>
    Promise.race([
      slackApi.waitForCall(match, from),
      founderStuck,
      new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`no ${what}; Slack calls since: ${slackApi.calls.slice(from).map((c) => c.method).join(", ")}\n${bot.story(bot.process)}`)), 30_000).unref()),
    ]);
  const cardUpdate = (what: string, match: (c: SlackApiCall) => boolean, from: number) =>
    next(what, (c) => c.method === "chat.update" && c.params.channel === REVIEW_CHANNEL && match(c), from);
  /** The reviewer presses the card's button with this label; Slack hears 200 the first time. */
  const press = async (card: SlackApiCall, label: string): Promise<Delivery> => {
    const button = buttonsOf(card).find((b) => b.text.text === label);
    assert.ok(button, `the card has a ${label} button: ${labels(card).join(", ")}`);
    const delivery = await slack.press(REVIEW_CHANNEL, REVIEWER, button);
    assert.deepEqual(delivery.attempts.map((a) => a.status), [200], `${label} answered 200 at once`);
    return delivery;
  };
  const founderSaw = async (what: string, match: (text: string) => boolean) => {
    const until = Date.now() + 30_000;
    while (!founder.messages().some((m) => match(textOf(m)))) {
      if (Date.now() > until) assert.fail(`the founder never saw ${what}; they saw:\n${founder.messages().map(textOf).join("\n")}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  };

  try {
    await bot.start();
    await bot.whenReady();
    founderDone = founder.run(limit);
    founderStuck = founderDone.then(() => new Promise<never>(() => undefined));

    // The founder's filing from Telegram posts a card in the review channel.
    const card = await next("card", (c) => c.method === "chat.postMessage" && c.params.channel === REVIEW_CHANNEL && c.params.thread_ts === undefined, 0);
    const id = /KZ-AI-\d{4}-\d{4}/.exec(cardText(card))?.[0];
    assert.ok(id, `the card names the submission: ${cardText(card)}`);
    assert.match(cardText(card), new RegExp(`${id} · Bakery bot 1`));
    assert.match(cardText(card), /waiting for a reviewer/);
    assert.deepEqual(labels(card), ["Claim", "Download dossier"]);

    // Claim: the card shows the reviewer as assignee and the decisions; its thread gets the history.
    let from = slackApi.calls.length;
    await press(card, "Claim");
    const claimed = await cardUpdate("card update after the claim", (c) => cardText(c).includes(`<@${REVIEWER}>`), from);
    assert.deepEqual(labels(claimed), ["Request changes", "Approve", "Reject", "Escalate to regulator", "Download dossier"]);
    await next("claim in the card's thread", (c) => c.method === "chat.postMessage" && c.params.thread_ts === claimed.params.ts && /claimed/.test(String(c.params.text)), from);
    await founderSaw("that the submission is in review", (x) => x === `${id} is now in review.`);

    // Request changes: a modal asks for the reason; the card says so, and the founder hears the reason and the date.
    from = slackApi.calls.length;
    await press(claimed, "Request changes");
    const modal = await next("modal", (c) => c.method === "views.open", from);
    const submitted = await slack.submit(REVIEWER, modal.params.view as { callback_id: string; private_metadata: string }, REASON);
    assert.deepEqual(submitted.attempts.map((a) => a.status), [200]);
    const changes = await cardUpdate("card update after the request for changes", (c) => cardText(c).includes("changes requested"), from);
    assert.equal(changes.params.ts, claimed.params.ts, "the same card, updated in place");
    const due = workingDaysAfter(astanaDate(new Date()), TIMELINE_DEFAULTS.resubmissionWorkingDays);
    assert.ok(due.ok);
    await founderSaw("the reason and the due date", (x) => x.startsWith(`Changes were requested for ${id}: ${REASON}\nPlease re-submit by ${due.value}.`));

    // The founder re-submits from Telegram (the notice's button): the card is back in the queue, to be claimed again.
    from = slackApi.calls.indexOf(changes) + 1;
    const resubmitted = await cardUpdate("card update after the re-submission", (c) => labels(c)[0] === "Claim", from);
    await founderSaw("the re-submission confirmed", (x) => x.startsWith(`${id} was re-submitted`));

    // Claim again and approve: the card says approved and offers only the dossier; the founder hears of it.
    from = slackApi.calls.length;
    await press(resubmitted, "Claim");
    const reclaimed = await cardUpdate("card update after the second claim", (c) => labels(c).includes("Approve"), from);
    from = slackApi.calls.length;
    await press(reclaimed, "Approve");
    const approved = await cardUpdate("card update after the approval", (c) => /\*Status:\* approved/.test(cardText(c)), from);
    assert.deepEqual(labels(approved), ["Download dossier"]);
    await founderDone;
    await founderSaw("the approval", (x) => x === `Good news: ${id} was approved.`);

    // One database behind both doors: the history has each move once, made through the card.
    const events = await readOnly(databasePath, `SELECT action FROM submission_events WHERE submission_id = '${id}' ORDER BY id`);
    assert.deepEqual(events.map((e) => e.action), ["file", "claim", "request_changes", "resubmit", "claim", "approve"]);
    assert.equal(slackApi.calls.filter((c) => c.method === "chat.postMessage" && c.params.channel === REVIEW_CHANNEL && c.params.thread_ts === undefined).length, 1, "one card, never a second");
    assert.equal(bot.process, 1, "all of it in one process");
    assert.deepEqual(bot.log.filter((l) => l.level === "error"), [], "no errors logged");
  } finally {
    limit.at = 0;
    await founderDone.catch(() => undefined);
    await bot.stop();
    await telegram.stop();
    await slackApi.stop();
  }
});
