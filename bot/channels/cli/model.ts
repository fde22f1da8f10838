import { type ConfigIssue, parseConfig } from "../../config.js";
import type { ModelAssist } from "../../llm/assist.js";
import { type Log, stderrLog } from "../../runtime/log.js";

/**
 * The language model for the CLI (issue 12), from the same LLM_* variables as the bot and with the same rules
 * (bot/llm/assist.ts): unset, or founder text not allowed to leave (LLM_SEND_PERSONAL_TEXT, by default only with
 * LLM_IN_COUNTRY=true), everything runs offline. Only the LLM_* variables are read: the CLI needs no bot token,
 * and a Telegram variable set for the bot must not stop it. The log (stderr by default, so stdout stays the
 * CLI's output) says that a call happened and how it ended, never its text. langchain is loaded only when a model
 * is configured, so the offline CLI starts as fast as before.
 */
export async function cliModel(env: NodeJS.ProcessEnv, log: Log = stderrLog): Promise<{ model?: ModelAssist } | { issues: ConfigIssue[] }> {
  const config = parseConfig(Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith("LLM_"))));
  if (!config.ok) return { issues: config.issues ?? [] };
  if (config.value.llm === undefined) return {};
  const model = (await import("../../llm/assist.js")).createModelAssist(config.value.llm, log);
  return model === undefined ? {} : { model };
}
