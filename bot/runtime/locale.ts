import { Lang } from "../../knowledge/types.js";

/**
 * A platform's language code ("ru", "kk-KZ", "en-US"; Telegram's `language_code`, Slack's locale) as one of
 * ours, or undefined when we do not speak it. The stored choice and the configured default are applied by
 * the caller, in that order around this.
 */
export function negotiateLocale(platformCode: string | undefined): Lang | undefined {
  const base = platformCode?.toLowerCase().split(/[-_]/)[0];
  // Some Kazakh clients report "kz", the country code, instead of the language code "kk".
  const parsed = Lang.safeParse(base === "kz" ? "kk" : base);
  return parsed.success ? parsed.data : undefined;
}
