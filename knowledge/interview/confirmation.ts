import type { ProhibitedFlag } from "../assess/assessment.js";
import { entryById } from "../entries/index.js";
import { formatArticle } from "../law/articles.js";
import type { ProfileField } from "../profile/schema.js";
import type { Lang, Trilingual } from "../types.js";
import type { Proposal } from "./proposals.js";
import { STATEMENTS } from "./statements.js";

const LEAD: Trilingual = {
  kk: "Сипаттамаңыздан мынаны түсіндім (жақшада – сіздің сөздеріңіз):",
  ru: "Из вашего описания я понял следующее (в кавычках – ваши слова):",
  en: "From your description I understood this (in quotes, your own words):",
};

const CHECK: Trilingual = {
  kk: "Дұрыс па? Растасаңыз ғана бұлар жауап ретінде есептеледі.",
  ru: "Всё верно? Это станет ответом, только когда вы подтвердите.",
  en: "Is this right? None of it counts as an answer until you confirm it.",
};

const LOOKS_PROHIBITED: Trilingual = {
  kk: "⚠ Бұл тыйым салынған мүмкіндікке ұқсайды: {title} ({article}). Растасаңыз ғана белгіленеді.",
  ru: "⚠ Похоже на запрещённую возможность: {title} ({article}). Она будет отмечена, только если вы это подтвердите.",
  en: "⚠ This looks like a prohibited capability: {title} ({article}). It is flagged only if you confirm it.",
};

/** The two ways to answer the whole confirmation at once; correcting one item is the chat's own button. */
export const CONFIRM_OPTIONS = {
  confirm: { kk: "Иә, бәрі дұрыс", ru: "Да, всё верно", en: "Yes, all correct" },
  unknown: { kk: "Сенімді емеспін", ru: "Не уверен", en: "Not sure" },
} as const satisfies Record<string, Trilingual>;

/** A fact in plain words: "The system reads people's emotions". */
export function statement(field: ProfileField, value: string, lang: Lang): string {
  const byValue: Readonly<Record<string, Trilingual>> = STATEMENTS[field];
  return byValue[value]?.[lang] ?? `${field}: ${value}`;
}

/** One understood fact with the founder's words that gave it: "• The system reads people's emotions («looks stressed»)". */
export const understoodLine = (p: Proposal, lang: Lang): string =>
  `• ${statement(p.field, p.value, lang)}${p.evidence.length > 0 ? ` (${p.evidence.map((e) => `«${e}»`).join(", ")})` : ""}`;

/** A prohibited capability the text suggests, raised at once but not flagged until confirmed. */
export function looksProhibitedLine(flag: ProhibitedFlag, lang: Lang): string {
  const title = entryById(`prohibited.${flag.code}`)?.title[lang] ?? flag.code;
  return LOOKS_PROHIBITED[lang].replace("{title}", title).replace("{article}", formatArticle(flag.article, lang));
}

/** The whole confirmation as one message: what was understood, what looks prohibited, and the question. */
export function confirmationText(proposals: readonly Proposal[], flags: readonly ProhibitedFlag[], lang: Lang): string {
  const looks = [...new Map(flags.map((f) => [f.code, f])).values()];
  return [LEAD[lang], ...proposals.map((p) => understoodLine(p, lang)), ...looks.map((f) => looksProhibitedLine(f, lang)), CHECK[lang]].join("\n");
}
