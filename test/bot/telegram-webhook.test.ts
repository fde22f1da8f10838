import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConfig } from "../../bot/config.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { WEBHOOK, fileInLanguage, sent, startBot, teamSays, textUpdate, textsOf, type TgUser } from "./telegram-harness.js";

const t = createTranslator();

test("telegram webhook: setWebhook names our URL and a secret, and the bot never polls", { timeout: 30_000 }, async () => {
  const bot = await startBot({ webhook: true });
  try {
    const set = bot.api.calls.find((c) => c.method === "setWebhook");
    assert.ok(set, "setWebhook was called");
    assert.equal(set.params.url, WEBHOOK.url);
    assert.equal(set.params.secret_token, WEBHOOK.secret);
    assert.ok((set.params.allowed_updates as string[]).includes("my_chat_member"));
    assert.ok(!bot.api.calls.some((c) => c.method === "deleteWebhook"));
    assert.equal(bot.api.getUpdatesOffsets.length, 0);
  } finally {
    await bot.stop();
  }
});

test("telegram webhook: a forged request is refused with 401 and nothing of it is processed", { timeout: 30_000 }, async () => {
  const bot = await startBot({ webhook: true });
  const user: TgUser = { id: 811, is_bot: false, first_name: "Dana", language_code: "en" };
  try {
    const forged = { update_id: 500, ...textUpdate(user, "/start") };
    assert.equal(await bot.post(forged, "wrong-secret-0123456789abcdef"), 401);
    assert.equal(await bot.post(forged, null), 401);
    await bot.quiet();
    assert.deepEqual(bot.api.calls.filter((c) => c.method !== "setWebhook" && c.method !== "getMe" && c.method !== "setMyCommands"), []);
    assert.ok(bot.log.entries.some((e) => e.event === "telegram.webhook_refused"));
    // Had the forged update been handled, its id would now count as seen and this genuine one be dropped.
    assert.equal(await bot.post(forged), 200);
    await bot.quiet();
    assert.match(textsOf(bot.api.calls), /Which language/);
  } finally {
    await bot.stop();
  }
});

for (const [lang, mode] of [["kk", "webhook"], ["ru", "polling"], ["en", "webhook"], ["kk", "polling"]] as const) {
  test(`telegram ${mode}: a founder in ${lang} goes from /start to filing and hears of the approval in ${lang}`, { timeout: 120_000 }, async () => {
    const bot = await startBot({ webhook: mode === "webhook" });
    const founder: TgUser = { id: 820, is_bot: false, first_name: "Founder", language_code: lang };
    try {
      const id = await fileInLanguage(bot, founder, lang);
      const from = bot.api.calls.length;
      await teamSays(bot, "/role reviewer");
      await teamSays(bot, `/claim ${id}`);
      await teamSays(bot, `/approve ${id}`);
      await bot.api.waitForCall((c) => c.method === "sendMessage" && String(c.params.text).includes(id), from);
      await bot.quiet();
      const told = sent(bot.api.calls.slice(from)).filter((c) => String(c.params.chat_id) === String(founder.id));
      assert.ok(textsOf(told).includes(t(lang, "filing.notify.approved", { id })), textsOf(told));
    } finally {
      await bot.stop();
    }
  });
}

test("telegram webhook configuration: an https URL turns it on, on loopback port 8443 unless told; plain http is refused by name", () => {
  const token = { TELEGRAM_BOT_TOKEN: "123456:TEST-token-for-the-fake-api-000" };
  const on = parseConfig({ ...token, TELEGRAM_WEBHOOK_URL: "https://bot.example.kz/telegram" });
  assert.ok(on.ok);
  assert.deepEqual(on.value.telegram?.webhook, { url: "https://bot.example.kz/telegram", host: "127.0.0.1", port: 8443 });
  const off = parseConfig(token);
  assert.ok(off.ok && off.value.telegram?.webhook === undefined, "no URL: long polling");
  const plain = parseConfig({ ...token, TELEGRAM_WEBHOOK_URL: "http://bot.example.kz/telegram" });
  assert.deepEqual(plain.issues?.map((i) => i.variable), ["TELEGRAM_WEBHOOK_URL"]);
});
