import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseConfig } from "../../bot/config.js";

test("no tokens means the terminal chat, on ./data/triage.db", () => {
  const config = parseConfig({});
  assert.ok(config.ok);
  assert.equal(config.value.databasePath, "./data/triage.db");
  assert.equal(config.value.telegram, undefined);
  assert.equal(config.value.slack, undefined);
});

test("tokens switch on Telegram and Slack together; blank values count as unset", () => {
  const config = parseConfig({
    TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    SLACK_BOT_TOKEN: "xoxb-1",
    SLACK_SIGNING_SECRET: "s",
    SLACK_PORT: "4000",
    DEFAULT_LANGUAGE: "kk",
    TELEGRAM_API_ROOT: " ",
  });
  assert.ok(config.ok);
  assert.deepEqual(config.value.telegram, { token: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ" });
  assert.equal(config.value.slack?.port, 4000);
  assert.equal(config.value.defaultLanguage, "kk");
});

test("each malformed or half-set variable is named with what is expected", () => {
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: "not-a-token", DEFAULT_LANGUAGE: "de", SLACK_PORT: "70000" });
  assert.ok(!config.ok);
  assert.deepEqual(config.issues?.map((i) => i.variable).sort(), ["DEFAULT_LANGUAGE", "SLACK_PORT", "TELEGRAM_BOT_TOKEN"]);
  const half = parseConfig({ SLACK_BOT_TOKEN: "xoxb-1" });
  assert.ok(!half.ok);
  assert.deepEqual(half.issues, [{ variable: "SLACK_SIGNING_SECRET", message: "Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET" }]);
});

test("npm start with a malformed variable says which one and exits with code 2", () => {
  const r = spawnSync("npm", ["start", "--silent"], {
    cwd: resolve(import.meta.dirname, "../.."),
    env: { ...process.env, TELEGRAM_BOT_TOKEN: "oops" },
    input: "",
    encoding: "utf8",
  });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /TELEGRAM_BOT_TOKEN: expected a token from @BotFather/);
});
