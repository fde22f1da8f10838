import { test } from "node:test";
import assert from "node:assert/strict";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { startBot } from "./telegram-harness.js";

const t = createTranslator();
const REGULATORS = "-1004242";
type Menu = { scope: { type: string; chat_id?: string }; language_code?: string; commands: { command: string; description: string }[] };

test("telegram: command menus are set per language (kk, ru, en and a default) for private chats, groups and, apart, the regulators' group", { timeout: 30_000 }, async () => {
  const bot = await startBot({ regulatorChatId: REGULATORS });
  try {
    const menus = bot.api.calls.filter((c) => c.method === "setMyCommands").map((c) => c.params as unknown as Menu);
    const of = (type: string, lang?: string) => menus.find((m) => m.scope.type === type && m.language_code === lang);
    for (const lang of ["kk", "ru", "en"] as const) {
      const founders = of("all_private_chats", lang);
      assert.ok(founders, `no private menu in ${lang}`);
      assert.deepEqual(founders.commands.find((c) => c.command === "assess"), { command: "assess", description: t(lang, "telegram.commands.assess") });
      assert.ok(founders.commands.some((c) => c.command === "status"));
      const regulators = menus.find((m) => m.scope.type === "chat" && String(m.scope.chat_id) === REGULATORS && m.language_code === lang);
      assert.ok(regulators, `no regulators' menu in ${lang}`);
      assert.deepEqual(regulators.commands.map((c) => c.command), ["answer", "questions", "help"]);
      // Groups at large get nothing that touches a founder's own data.
      assert.deepEqual(of("all_group_chats", lang)?.commands.map((c) => c.command), ["help", "ask"]);
    }
    // The default menu, for languages we do not speak, is in the configured default (English in these tests).
    assert.equal(of("all_private_chats")?.commands.find((c) => c.command === "assess")?.description, t("en", "telegram.commands.assess"));
    for (const menu of menus) for (const c of menu.commands) assert.match(c.command, /^[a-z0-9_]{1,32}$/);
  } finally {
    await bot.stop();
  }
});
