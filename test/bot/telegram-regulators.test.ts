import { test } from "node:test";
import assert from "node:assert/strict";
import type { BotApiCall } from "../fakes/telegram-api.js";
import { readable, startBot, teamSays, textUpdate, fileInLanguage, type TgChat, type TgUser } from "./telegram-harness.js";

const REGULATORS: TgChat = { id: -1007770001, type: "supergroup" };
const FOUNDER: TgUser = { id: 770, is_bot: false, first_name: "Madina", language_code: "ru" };
const REGULATOR: TgUser = { id: 771, is_bot: false, first_name: "Regulator", language_code: "en" };
const STRANGER: TgUser = { id: 772, is_bot: false, first_name: "Stranger", language_code: "en" };
const to = (chatId: number) => (c: BotApiCall) => c.method === "sendMessage" && String(c.params.chat_id) === String(chatId);
const replyTo = (post: BotApiCall, messageId: number) => ({ reply_to_message: { message_id: messageId, date: 0, chat: REGULATORS, from: { id: 42, is_bot: true, first_name: "Triage" }, text: readable(String(post.params.text)) } });

test("telegram: an escalated question is posted to the regulators' group; a member's reply reaches the founder in the founder's language, a non-member's does not", { timeout: 120_000 }, async () => {
  const bot = await startBot({ regulatorChatId: String(REGULATORS.id) });
  bot.api.members.set(String(REGULATORS.id), new Set([REGULATOR.id]));
  try {
    const id = await fileInLanguage(bot, FOUNDER, "ru");
    await teamSays(bot, "/role reviewer");
    await teamSays(bot, `/claim ${id}`);
    const from = bot.api.calls.length;
    await teamSays(bot, `/escalate ${id} Does a bakery chatbot need labelling?`);
    const post = await bot.api.waitForCall(to(REGULATORS.id), from);
    const posted = readable(String(post.params.text));
    const qid = /Q-\d{4}-\d+/.exec(posted)![0];
    assert.match(posted, /Does a bakery chatbot need labelling\?/);
    assert.ok(posted.includes(`About ${id}:`), "the submission's context comes with it");
    // In words a regulator reads, not the database's codes.
    assert.match(posted, /risk degree: (minimal|medium|high) · status: escalated to the regulator/);
    assert.doesNotMatch(posted, /in_review|changes_requested|status: escalated$/m);
    assert.match(posted, new RegExp(`/answer ${qid}`));
    const postId = bot.api.messageIds.get(post)!;

    // Someone who is not (or no longer) in the group replies: told so, and nothing is relayed.
    const strangers = await bot.push(textUpdate(STRANGER, "Yes, label it.", REGULATORS, replyTo(post, postId)));
    assert.match(strangers.filter(to(REGULATORS.id)).map((c) => readable(String(c.params.text))).join("\n"), /Only members of the regulators' group/);
    assert.ok(!strangers.some((c) => to(FOUNDER.id)(c) && /label it/.test(String(c.params.text))));
    assert.match(await teamSays(bot, "/questions"), new RegExp(qid), "the question is still open");

    const answered = await bot.push(textUpdate(REGULATOR, "No: a bakery chatbot is not a deepfake.", REGULATORS, replyTo(post, postId)), to(FOUNDER.id));
    const told = answered.filter(to(FOUNDER.id)).map((c) => readable(String(c.params.text))).join("\n");
    assert.match(told, /No: a bakery chatbot is not a deepfake\./);
    assert.match(told, /[А-Яа-я]{4,}/, "told in Russian, the founder's language");
    const history = await bot.db.all("SELECT e.actor_role, u.channel_user_key FROM submission_events e JOIN users u ON u.id = e.actor_user_id WHERE e.submission_id = ? AND e.action = 'answer'", [id]) as { actor_role: string; channel_user_key: string }[];
    assert.deepEqual(history, [{ actor_role: "regulator", channel_user_key: String(REGULATOR.id) }]);
  } finally {
    await bot.stop();
  }
});

test("telegram: a founder's /person question reaches the regulators' group, and /answer ID text from a member answers it", { timeout: 60_000 }, async () => {
  const bot = await startBot({ regulatorChatId: String(REGULATORS.id) });
  bot.api.members.set(String(REGULATORS.id), new Set([REGULATOR.id]));
  const english: TgUser = { ...FOUNDER, id: 773, language_code: "en" };
  try {
    await bot.push(textUpdate(english, "/start"));
    const from = bot.api.calls.length;
    await bot.push(textUpdate(english, "/person Can I test my system in a sandbox?"));
    const post = await bot.api.waitForCall(to(REGULATORS.id), from);
    const qid = /Q-\d{4}-\d+/.exec(String(post.params.text))![0];
    const answered = await bot.push(textUpdate(REGULATOR, `/answer@kz_ai_triage_bot ${qid} Yes, apply to the sandbox.`, REGULATORS), to(english.id));
    assert.match(answered.filter(to(english.id)).map((c) => readable(String(c.params.text))).join("\n"), /Yes, apply to the sandbox\./);
  } finally {
    await bot.stop();
  }
});
