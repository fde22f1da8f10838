import type { Translate } from "../../runtime/i18n.js";

/**
 * Telegram's HTML parse mode reads `<`, `>` and `&` as markup; every text we send is escaped first, so what a
 * founder typed (a description holding `<b>` or `<script>`) and what storage holds arrive literally.
 */
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Lines that carry the result's weight: list headings, the risk degree and each prohibited flag. A key names
 * what a text is in every language, so the choice is made on keys, never on translated words.
 */
const BOLD_KEYS = [/\.(header|heading|headerOnceChanged|driversHeader|title)$/, /^result\.tier\./, /^result\.prohibited\.(item|lead)$/, /^assessment\.prohibited$/, /^queue\.gravity/, /^result\.rulesChanged\.tier$/];

/** Each line bold on its own, so no tag spans a line break and a split at a line never leaves one open. */
const bold = (html: string): string => html.split("\n").map((line) => (line.trim() === "" ? line : `<b>${line}</b>`)).join("\n");

/**
 * A translator whose output is Telegram HTML: the rendered text escaped, then headings, tier and flags in bold.
 * `extra` are parameters only Telegram has (the bot's own link), offered to every text that names them.
 */
export function htmlTranslator(t: Translate, extra: Record<string, string> = {}): Translate {
  return (lang, key, params) => {
    const html = escapeHtml(t(lang, key, { ...extra, ...params }));
    return BOLD_KEYS.some((pattern) => pattern.test(key)) ? bold(html) : html;
  };
}
