import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { FakeSlackApi, slackSignature } from "../fakes/slack-api.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SECRET = "process-signing-secret";
/** Written into every request below; what people write never reaches the log. */
const SENTINEL = "SENTINEL-Жанар-7f3a";

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/**
 * `npm start` as an operator runs it with only Slack configured: one process, its stderr read line by line.
 * `line(match)` resolves with the first line that matches, and fails if the process exits before one comes.
 */
async function botProcess(apiUrl: string) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? "",
    ...(process.env.TMPDIR !== undefined && { TMPDIR: process.env.TMPDIR }),
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "triage-slack-process-")), "triage.db"),
    SLACK_BOT_TOKEN: "xoxb-process",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: String(port),
    SLACK_API_URL: apiUrl,
    SLACK_REVIEWER_IDS: "U07TEAM",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "bot/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  const lines: string[] = [];
  let waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let exited: number | null | undefined;
  createInterface({ input: child.stderr }).on("line", (line) => {
    lines.push(line);
    waiters = waiters.filter((w) => (w.match(line) ? (w.resolve(line), false) : true));
  });
  const exit = new Promise<number | null>((done) => child.once("exit", (code) => done((exited = code))));
  const line = (match: (line: string) => boolean) =>
    Promise.race([
      new Promise<string>((done) => {
        const seen = lines.find(match);
        if (seen !== undefined) done(seen);
        else waiters.push({ match, resolve: done });
      }),
      exit.then((code) => assert.fail(`the bot exited (${code}) before the line came; stderr:\n${lines.join("\n")}`)),
    ]);
  const post = (body: string, contentType: string, signed = true) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: { "content-type": contentType, ...(signed ? slackSignature(SECRET, body) : { "x-slack-signature": "v0=bad", "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)) }) },
      body,
    }).then((res) => res.status);
  return {
    port, lines, line, post,
    running: () => exited === undefined,
    async stop() {
      if (exited === undefined) child.kill("SIGTERM");
      return exit;
    },
  };
}

test("slack process: malformed, forged and failing requests leave the bot up, answering, and logging JSON lines only", { timeout: 60_000 }, async () => {
  const api = new FakeSlackApi();
  const bot = await botProcess(await api.start());
  try {
    await bot.line((l) => l.includes('"slack.started"'));
    const message = (text: string, id: string) =>
      JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: id, event_time: 0, event: { type: "message", channel: "D42", channel_type: "im", user: "U07TEAM", text, ts: "1700000000.0001" } });

    // Each of these made Bolt write "[ERROR] bolt-app …" lines, a stack trace, or, for the null bodies, end the process.
    assert.equal(await bot.post(message(SENTINEL, "EvForged"), "application/json", false), 401, "a forged signature");
    assert.equal(await bot.post(`{"event": {"text": "${SENTINEL}"`, "application/json"), 400, "signed JSON cut short");
    assert.equal(await bot.post("null", "application/json"), 400, "a signed null");
    assert.equal(await bot.post("payload=null", "application/x-www-form-urlencoded"), 400, "a signed payload=null");
    const broken = { type: "block_actions", team: { id: "T1" }, api_app_id: "A1", channel: { id: "D42" }, actions: [{ type: "button", action_id: "choice:0", block_id: "b", value: SENTINEL, action_ts: "1.5" }] };
    assert.equal(await bot.post(`payload=${encodeURIComponent(JSON.stringify(broken))}`, "application/x-www-form-urlencoded"), 500, "a press with no user, which Bolt cannot read, is answered 500 so Slack would redeliver it");
    const stray = await fetch(`http://127.0.0.1:${bot.port}/slack/other?q=${encodeURIComponent(SENTINEL)}`);
    assert.equal(stray.status, 404, "a request to another path");

    const from = api.calls.length;
    assert.equal(await bot.post(message(`hello ${SENTINEL}`, "EvHello"), "application/json"), 200);
    await api.waitForCall((c) => c.method === "chat.postMessage" && c.params.channel === "D42", from);
    assert.ok(bot.running(), "the process is still up");

    await bot.line((l) => l.includes('"slack.event_failed"'));
    await bot.stop();
    const entries = bot.lines.map((l) => {
      assert.doesNotThrow(() => JSON.parse(l), `a stderr line that is not JSON: ${l}`);
      return JSON.parse(l) as { event: string };
    });
    assert.deepEqual(bot.lines.filter((l) => l.includes(SENTINEL) || l.includes("Жанар")), [], "no request's text in the log");
    for (const event of ["slack.request_unverified", "slack.request_malformed", "slack.event_failed", "slack.request_unrouted"]) {
      assert.ok(entries.some((e) => e.event === event), `${event} logged; got ${entries.map((e) => e.event).join(", ")}`);
    }
  } finally {
    await bot.stop();
    await api.stop();
  }
});
