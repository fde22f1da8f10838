import { test } from "node:test";
import assert from "node:assert/strict";
import type { BotApiCall } from "../fakes/telegram-api.js";
import { buttonsOf, callbackUpdate, press, startBot, textUpdate, textsOf, type TgUser } from "./telegram-harness.js";

const FOUNDER: TgUser = { id: 730, is_bot: false, first_name: "Erlan", language_code: "en" };

test("telegram: an answered question loses its buttons, and a tap on an old one is answered politely and changes nothing", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    const greeting = await bot.push(textUpdate(FOUNDER, "/start"));
    const asked = greeting.find((c) => buttonsOf(c).length > 0)!;
    const greetingId = bot.api.messageIds.get(asked)!;
    const english = press(greeting, /English/);
    const cleared = (calls: BotApiCall[], id: number) =>
      calls.some((c) => c.method === "editMessageReplyMarkup" && Number(c.params.message_id) === id &&
        JSON.stringify(c.params.reply_markup) === JSON.stringify({ inline_keyboard: [] }));

    const chosen = await bot.push(callbackUpdate(FOUNDER, english, undefined, greetingId));
    assert.ok(cleared(chosen, greetingId), "the language buttons are taken away once a language is chosen");
    const described = await bot.push(textUpdate(FOUNDER, "Our cameras tell shop managers which customers look angry."));
    const confirmId = bot.api.messageIds.get(described.find((c) => buttonsOf(c).length > 0)!)!;
    // Answered by typing instead of a tap: the next question still takes the previous one's buttons away.
    const typed = await bot.push(textUpdate(FOUNDER, "/assess"));
    assert.ok(cleared(typed, confirmId));

    // A tap on the old greeting (say, from another device that still shows it) is stale.
    const stale = await bot.push(callbackUpdate(FOUNDER, english, undefined, greetingId));
    assert.match(textsOf(stale), /earlier question/);
    assert.ok(stale.some((c) => c.method === "answerCallbackQuery"));
    assert.ok(cleared(stale, greetingId));
  } finally {
    await bot.stop();
  }
});
