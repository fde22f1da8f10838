import { test } from "node:test";
import assert from "node:assert/strict";
import { fileInLanguage, startBot, textUpdate, textsOf, type TgUser } from "./telegram-harness.js";

const FOUNDER: TgUser = { id: 760, is_bot: false, first_name: "Aidana", language_code: "ru" };
const OTHER: TgUser = { id: 761, is_bot: false, first_name: "Erlan", language_code: "en" };

test("telegram deep links: t.me/bot?start=kk opens in Kazakh, ?start=<id> opens the founder's own submission and nobody else's", { timeout: 120_000 }, async () => {
  const bot = await startBot();
  try {
    // A link with a language: the newcomer skips the language screen and is greeted in Kazakh.
    const kk = textsOf(await bot.push(textUpdate(FOUNDER, "/start kk")));
    assert.doesNotMatch(kk, /Выберите язык|Choose a language/);
    assert.match(kk, /Жасанды интеллект жүйеңізді бірнеше сөйлеммен/);

    const mine = await fileInLanguage(bot, OTHER, "en");
    const opened = textsOf(await bot.push(textUpdate(OTHER, `/start ${mine}`)));
    assert.match(opened, new RegExp(`${mine} · .* · waiting for review`));
    // Someone else's id opens nothing of theirs: the founder hears it is not theirs and sees only their own.
    const foreign = textsOf(await bot.push(textUpdate(FOUNDER, `/start ${mine}`)));
    assert.match(foreign, new RegExp(`${mine} сіздің өтінімдеріңіздің қатарында жоқ`));
    assert.doesNotMatch(foreign, new RegExp(`${mine} · `));
    // A code nobody made: said so, then /start as usual.
    assert.match(textsOf(await bot.push(textUpdate(OTHER, "/start promo2026"))), /"promo2026" means nothing to me\.\nWelcome back/);
  } finally {
    await bot.stop();
  }
});
