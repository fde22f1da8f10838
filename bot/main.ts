import { assess } from "../knowledge/assess/assess.js";
import { KB_VERSION } from "../knowledge/version.js";
import { assessmentChanges } from "../flows/result/changes.js";
import { createConsoleChannel } from "./channels/console/repl.js";
import { parseConfig } from "./config.js";
import { createRuntime } from "./runtime/dispatch.js";
import { errorCode } from "./runtime/errors.js";
import { Health, serveHealth } from "./runtime/health.js";
import { createTranslator } from "./runtime/i18n.js";
import { setLogSalt, stderrLog as log } from "./runtime/log.js";
import { recheckAssessments } from "./runtime/rules-change.js";
import { openDatabase } from "./storage/db.js";
import { scheduleRetention } from "./storage/retention.js";

/**
 * The composition root and the only reader of process.env: parse the configuration, open the database,
 * re-check stored assessments against this knowledge-base version, then start every configured channel,
 * or the terminal chat when no token is set.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (!config.ok) {
    for (const issue of config.issues ?? []) process.stderr.write(`${issue.variable}: ${issue.message}\n`);
    process.exitCode = 2;
    return;
  }
  const { databasePath, defaultLanguage, telegram, slack, staff, rateLimitPerMinute } = config.value;
  if (config.value.logSalt !== undefined) setLogSalt(config.value.logSalt);
  const db = await openDatabase(databasePath, undefined, { synchronous: config.value.synchronous });
  const translate = createTranslator();
  // Issue 10: escalated questions are posted to the regulators' Telegram group, in the default language.
  const regulatorChat = telegram?.regulatorChatId !== undefined ? { chatKey: `telegram:${telegram.regulatorChatId}`, lang: defaultLanguage } : undefined;
  // Issue 12: the optional language model; undefined (offline) when none is configured or founder text may not go to it.
  // Loaded only when configured, as the channels are: an offline start never loads langchain.
  const model = config.value.llm === undefined ? undefined : (await import("./llm/assist.js")).createModelAssist(config.value.llm, log);
  const runtime = createRuntime({ db, log, translate, defaultLanguage, staff, rateLimitPerMinute, ...(regulatorChat && { regulatorChat }), ...(model !== undefined && { model }) });


  const stops: (() => Promise<void> | void)[] = [];
  const health = new Health();
  if (config.value.health !== undefined) {
    const server = await serveHealth(health, config.value.health.host, config.value.health.port);
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }
  // The background re-check stops between two assessments at shutdown and resumes on the next start.
  let stopping = false;
  let rechecking: Promise<unknown> = Promise.resolve();
  const shutdown = async () => {
    stopping = true;
    for (const stop of stops) await stop();
    await rechecking;
    await runtime.stop();
    await db.close();
  };
  if (telegram) {
    // Loaded only when configured: the terminal chat starts without telegraf or Bolt (issue 13: first prompt within 1 s).
    const { createTelegramChannel } = await import("./channels/telegram/bot.js");
    const channel = createTelegramChannel(telegram, { dispatch: runtime.dispatch, translate, log, defaultLanguage, db });
    runtime.setSender("telegram", channel.send);
    health.set("telegram", "starting");
    const { done } = await channel.start();
    health.set("telegram", "up");
    stops.push(() => channel.stop());
    // A channel that died for good (a revoked token) takes the process down with a non-zero exit, so a
    // supervisor restarts it, rather than leaving it up and deaf.
    done.catch(async (error: unknown) => {
      health.set("telegram", "down");
      log("error", { event: "main.channel_failed", channel: "telegram", code: errorCode(error) });
      process.exitCode = 1;
      await shutdown().catch(() => undefined);
    });
  }
  if (slack) {
    const { createSlackChannel } = await import("./channels/slack/bolt-app.js");
    // The compliance team's queue door (issue 11): cards, modals, /triage and App Home, over the same database.
    const { createQueueDesk } = await import("./runtime/queue-desk.js");
    const desk = createQueueDesk({ db, translate, staff, clock: () => new Date(), wake: runtime.wake });
    const channel = createSlackChannel(slack, { dispatch: runtime.dispatch, translate, log, desk, channelLanguage: defaultLanguage });
    runtime.setSender("slack", channel.send);
    health.set("slack", "starting");
    try {
      await channel.start();
    } catch (error) {
      // A bad token or an unreachable Slack at start-up: down, not half up, so a supervisor restarts the process.
      health.set("slack", "down");
      log("error", { event: "main.channel_failed", channel: "slack", code: errorCode(error) });
      process.exitCode = 1;
      await shutdown().catch(() => undefined);
      return;
    }
    health.set("slack", "up");
    stops.push(() => channel.stop());
  }
  // Notifications filed while the process was down go out now, in the background.
  const deliver = () => void runtime.deliverOutbox().catch((error: unknown) => log("error", { event: "outbox.failed", code: errorCode(error) }));
  deliver();
  // Stored results re-checked against this knowledge-base version after the channels are open, a batch at a
  // time: a short pause between batches lets live turns go first, and each batch's notifications go out then.
  rechecking = recheckAssessments(db, {
    assess, kbVersion: KB_VERSION.id, now: new Date(), diff: assessmentChanges, stopping: () => stopping,
    betweenBatches: async () => {
      deliver();
      await new Promise((resolve) => setTimeout(resolve, 25));
    },
  })
    .then((recheck) => recheck.checked > 0 && log("info", { event: "rules.rechecked", count: recheck.notified }))
    .catch((error: unknown) => log("error", { event: "rules.recheck_failed", code: errorCode(error) }));

  // Not awaited: the chats are open while the first sweep runs; the daily timer never keeps the process alive.
  if (config.value.retentionDays !== undefined) void scheduleRetention(db, config.value.retentionDays, log);

  if (!telegram && !slack) {
    const channel = createConsoleChannel(
      { input: process.stdin, output: process.stdout, ...(process.env.LANG !== undefined && { platformLocale: process.env.LANG }) },
      { dispatch: runtime.dispatch, settled: runtime.settled, translate, documentsDir: config.value.documentsPath, log },
    );
    runtime.setSender("console", channel.send);
    await channel.run();
    await shutdown();
    return;
  }

  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  log("error", { event: "main.failed", code: errorCode(error) });
  process.exitCode = 1;
});
