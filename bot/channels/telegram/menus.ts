import type { Telegram } from "telegraf";
import type { BotCommand, BotCommandScope } from "telegraf/types";
import { LANGS, type Lang } from "../../../knowledge/types.js";
import { errorCode } from "../../runtime/errors.js";
import type { Translate } from "../../runtime/i18n.js";
import type { Log } from "../../runtime/log.js";
import { botApiCode } from "./bot-api-errors.js";

/** Founders' commands in a private chat, in the order the menu shows them. */
const FOUNDER = ["start", "assess", "result", "dossier", "file", "status", "ask", "person", "questions", "language", "privacy", "forget", "help"] as const;
/** In other groups the bot answers only these (bot.ts): nothing there touches a founder's own data. */
const GROUP = ["help", "ask"] as const;
/** The regulators' group: answering escalated questions. */
const REGULATORS = [["answer", "answer"], ["questions", "regulatorQuestions"], ["help", "help"]] as const;

const commands = (t: Translate, lang: Lang, entries: readonly (readonly [string, string])[]): BotCommand[] =>
  entries.map(([command, key]) => ({ command, description: t(lang, `telegram.commands.${key}`) }));

/**
 * Sets the command menus Telegram shows beside the text field: one per language Telegram reports for the user
 * (kk, ru, en), and a default in `defaultLanguage` for everyone else, for private chats, for groups, and,
 * scoped to that one chat, for the regulators' group. Telegram picks the narrowest scope that applies. A menu
 * that cannot be set is logged and the bot starts anyway: typed commands work without it.
 */
export async function setCommandMenus(
  telegram: Telegram,
  deps: { translate: Translate; log: Log; defaultLanguage: Lang; regulatorChatId?: string },
): Promise<void> {
  const { translate: t, log } = deps;
  const menus: { scope: BotCommandScope; entries: readonly (readonly [string, string])[] }[] = [
    { scope: { type: "all_private_chats" }, entries: FOUNDER.map((c) => [c, c] as const) },
    { scope: { type: "all_group_chats" }, entries: GROUP.map((c) => [c, c] as const) },
    ...(deps.regulatorChatId !== undefined ? [{ scope: { type: "chat", chat_id: deps.regulatorChatId } as BotCommandScope, entries: REGULATORS }] : []),
  ];
  for (const { scope, entries } of menus) {
    for (const lang of [...LANGS, undefined]) {
      try {
        await telegram.setMyCommands(commands(t, lang ?? deps.defaultLanguage, entries), { scope, ...(lang !== undefined && { language_code: lang }) });
      } catch (error) {
        log("warn", { event: "telegram.menu_failed", code: botApiCode(error) ?? errorCode(error), channel: "telegram" });
      }
    }
  }
}
