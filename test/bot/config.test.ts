import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
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

test("exported dossiers go to a documents folder beside the database file unless DOCUMENTS_PATH says otherwise", () => {
  const beside = parseConfig({ DATABASE_PATH: "/var/lib/triage/triage.db" });
  assert.ok(beside.ok);
  assert.equal(beside.value.documentsPath, join("/var/lib/triage", "documents"));
  const byDefault = parseConfig({});
  assert.ok(byDefault.ok);
  assert.equal(byDefault.value.documentsPath, join("data", "documents"));
  const chosen = parseConfig({ DATABASE_PATH: "/var/lib/triage/triage.db", DOCUMENTS_PATH: " /srv/dossiers " });
  assert.ok(chosen.ok);
  assert.equal(chosen.value.documentsPath, "/srv/dossiers");
});

test("without RETENTION_DAYS everything is kept; with it, a whole number of days from 1 up", () => {
  const keep = parseConfig({ RETENTION_DAYS: " " });
  assert.ok(keep.ok);
  assert.equal(keep.value.retentionDays, undefined);
  const days = parseConfig({ RETENTION_DAYS: "90" });
  assert.ok(days.ok);
  assert.equal(days.value.retentionDays, 90);
  for (const malformed of ["0", "-5", "2.5", "1e2", "ninety", "36501"]) {
    const r = parseConfig({ RETENTION_DAYS: malformed });
    assert.ok(!r.ok, malformed);
    assert.deepEqual(r.issues?.map((i) => i.variable), ["RETENTION_DAYS"], malformed);
  }
});

test("npm start with malformed variables says which ones and exits with code 2", () => {
  const r = spawnSync("npm", ["start", "--silent"], {
    cwd: resolve(import.meta.dirname, "../.."),
    env: { ...process.env, TELEGRAM_BOT_TOKEN: "oops", RETENTION_DAYS: "a month" },
    input: "",
    encoding: "utf8",
  });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /TELEGRAM_BOT_TOKEN: expected a token from @BotFather/);
  assert.match(r.stderr, /RETENTION_DAYS: expected a whole number of days/);
});

test("staff roles come from SLACK_REVIEWER_IDS and SLACK_REGULATOR_IDS only; the Slack receiver binds to loopback by default", () => {
  const none = parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" });
  assert.ok(none.ok);
  assert.deepEqual(none.value.staff, { reviewers: [], regulators: [] });
  assert.equal(none.value.slack?.host, "127.0.0.1");
  const listed = parseConfig({ SLACK_REVIEWER_IDS: " U0123ABC, U0456DEF ", SLACK_REGULATOR_IDS: "U0789GHI", SLACK_HOST: "0.0.0.0" });
  assert.ok(listed.ok);
  assert.deepEqual(listed.value.staff, { reviewers: ["U0123ABC", "U0456DEF"], regulators: ["U0789GHI"] });
  const bad = parseConfig({ SLACK_REVIEWER_IDS: "alice, bob" });
  assert.ok(!bad.ok);
  assert.equal(bad.issues?.[0]?.variable, "SLACK_REVIEWER_IDS");
});
