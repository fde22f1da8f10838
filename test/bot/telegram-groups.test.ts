import { test } from "node:test";
import assert from "node:assert/strict";
import { fileInLanguage, isMessage, readable, startBot, textUpdate, type TgChat, type TgUser } from "./telegram-harness.js";

const GROUP: TgChat = { id: -1005550001, type: "supergroup" };
const FOUNDER: TgUser = { id: 760, is_bot: false, first_name: "Askar", language_code: "en" };
const inGroup = (calls: { method: string; params: Record<string, unknown> }[]) =>
  calls.filter((c) => isMessage(c) && String(c.params.chat_id) === String(GROUP.id)).map((c) => readable(String(c.params.text ?? c.params.caption ?? ""))).join("\n");

test("telegram: in a group the bot ignores chatter and other bots' commands, answers /help@our_bot, and keeps a founder's filing out of the group", { timeout: 120_000 }, async () => {
  const bot = await startBot();
  try {
    const id = await fileInLanguage(bot, FOUNDER, "en");
    const before = bot.api.calls.length;
    for (const text of ["hello everyone, lunch at 1?", "/help@some_other_bot", "/status", "/status@some_other_bot"]) bot.api.pushUpdate(textUpdate(FOUNDER, text, GROUP));
    await bot.quiet();
    assert.deepEqual(bot.api.calls.slice(before).filter(isMessage), [], "nothing said in the group");

    assert.match(inGroup(await bot.push(textUpdate(FOUNDER, "/help@kz_ai_triage_bot", GROUP))), /In a group I answer \/help and \/ask only/);
    for (const command of ["/status@kz_ai_triage_bot", "/dossier@kz_ai_triage_bot", "/file@kz_ai_triage_bot"]) {
      const answered = inGroup(await bot.push(textUpdate(FOUNDER, command, GROUP)));
      assert.match(answered, /I'll tell you in a private chat, never in a group: https:\/\/t\.me\/kz_ai_triage_bot/);
    }
    // A mention is a question about the law; a reply to the bot's own message is read too.
    const mention = inGroup(await bot.push(textUpdate(FOUNDER, "@kz_ai_triage_bot do I have to label deepfakes?", GROUP)));
    assert.ok(mention.length > 0);
    const reply = inGroup(await bot.push(textUpdate(FOUNDER, "and chatbots?", GROUP, { reply_to_message: { message_id: 1, date: 0, chat: GROUP, from: { id: 42, is_bot: true, first_name: "Triage" }, text: "…" } })));
    assert.ok(reply.length > 0);
    const everything = inGroup(bot.api.calls);
    assert.doesNotMatch(everything, new RegExp(id), "the submission id never reached the group");
    assert.doesNotMatch(everything, /Risk degree|Your submissions/);
  } finally {
    await bot.stop();
  }
});
