import { test } from "node:test";
import assert from "node:assert/strict";
import { fileInLanguage, startBot, teamSays, textUpdate, type TgUser } from "./telegram-harness.js";

const FOUNDER: TgUser = { id: 740, is_bot: false, first_name: "Gulnara", language_code: "en" };
const UNREACHABLE = /cannot be reached on Telegram since (\d{4}-\d{2}-\d{2})/;
const toFounder = (c: { method: string; params: Record<string, unknown> }) => c.method === "sendMessage" && String(c.params.chat_id) === String(FOUNDER.id);
const membership = (status: "kicked" | "member", date: number) => ({
  my_chat_member: {
    chat: { id: FOUNDER.id, type: "private" }, from: FOUNDER, date,
    old_chat_member: { user: { id: 42, is_bot: true, first_name: "Triage" }, status: status === "kicked" ? "member" : "kicked" },
    new_chat_member: { user: { id: 42, is_bot: true, first_name: "Triage" }, status },
  },
});

test("telegram: a founder who blocked the bot is sent a notification once, not retried, and marked in the reviewer's view until they write again", { timeout: 120_000 }, async () => {
  const bot = await startBot();
  try {
    const id = await fileInLanguage(bot, FOUNDER, "en");
    await teamSays(bot, "/role reviewer");
    assert.doesNotMatch(await teamSays(bot, `/view ${id}`), UNREACHABLE);
    await teamSays(bot, `/claim ${id}`);
    await bot.runtime.deliverOutbox();
    await bot.quiet();

    const from = bot.api.calls.length;
    bot.api.blockedBy.add(String(FOUNDER.id));
    await teamSays(bot, `/changes ${id} Please name the owner.`);
    await bot.api.waitForCall((c) => toFounder(c) && c.refusedWith === 403, from);
    await bot.runtime.deliverOutbox();
    await bot.quiet();
    assert.equal(bot.api.calls.slice(from).filter(toFounder).length, 1, "one try, no retries of a permanent refusal");
    assert.ok(bot.log.entries.some((e) => e.event === "deliver.dropped" && e.code === "telegram_403"));
    assert.match(await teamSays(bot, `/view ${id}`), UNREACHABLE);

    // They unblock and write: reachable again, answered, and the mark is gone.
    bot.api.blockedBy.delete(String(FOUNDER.id));
    const back = await bot.push(textUpdate(FOUNDER, "/status"));
    assert.ok(back.some((c) => toFounder(c) && c.refusedWith === undefined && String(c.params.text).includes(id)));
    assert.doesNotMatch(await teamSays(bot, `/view ${id}`), UNREACHABLE);
  } finally {
    await bot.stop();
  }
});

test("telegram: my_chat_member 'kicked' marks the founder unreachable from that day, and 'member' clears it", { timeout: 120_000 }, async () => {
  const bot = await startBot();
  try {
    const id = await fileInLanguage(bot, FOUNDER, "en");
    await teamSays(bot, "/role reviewer");
    bot.api.pushUpdate(membership("kicked", Date.UTC(2026, 10, 20, 12) / 1000));
    await bot.quiet();
    assert.equal(UNREACHABLE.exec(await teamSays(bot, `/view ${id}`))?.[1], "2026-11-20");
    bot.api.pushUpdate(membership("member", Date.UTC(2026, 10, 21, 12) / 1000));
    await bot.quiet();
    assert.doesNotMatch(await teamSays(bot, `/view ${id}`), UNREACHABLE);
  } finally {
    await bot.stop();
  }
});
