import { Telegraf } from "telegraf";

/**
 * The ceiling for the Telegram figures: a bare telegraf bot (the same telegraf from node_modules, telegraf's own
 * long polling) that answers every message with one message carrying a one-button keyboard, and every button
 * press with answerCbQuery and then such a message, so its Bot API calls match the product's per turn.
 */
const bot = new Telegraf(process.env.TELEGRAM_BOT_TOKEN ?? "", { telegram: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "" } });
const keyboard = { reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] } };
bot.on("message", (ctx) => ctx.reply("echo", keyboard));
bot.on("callback_query", async (ctx) => {
  await ctx.answerCbQuery();
  await ctx.reply("echo", keyboard);
});
void bot.launch();
const stop = (reason: string) => {
  try {
    bot.stop(reason);
  } catch {
    // Not polling yet: nothing to stop but the process.
    process.exit(0);
  }
};
process.once("SIGTERM", () => stop("SIGTERM"));
process.once("SIGINT", () => stop("SIGINT"));
