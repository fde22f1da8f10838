import type { Assessment } from "../../knowledge/assess/assessment.js";
import { cite, formatCitation } from "../../knowledge/law/articles.js";
import type { Lang } from "../../knowledge/types.js";
import type { Params } from "../types.js";
import { DOSSIER_FIELDS, type Dossier, type DossierEntry } from "./dossier.js";

/** A translator over our locale files, as bot/runtime/i18n.ts makes one; passed in so rendering stays pure. */
export type Translate = (lang: Lang, key: string, params?: Params) => string;

/** Founder text goes in as paragraphs; a line that would open a heading or a list is escaped so it stays text. */
const escapeBlock = (text: string): string =>
  text
    .split("\n")
    .map((line) => line.replace(/^(\s*)([#>*+-]|\d+\.)/, "$1\\$2"))
    .join("\n");

function entryText(entry: DossierEntry | undefined, lang: Lang, t: Translate): string {
  if (entry === undefined || (entry.value === null && !entry.redacted)) return `_${t(lang, "dossier.document.skipped")}_`;
  if (entry.value === null) return `_${t(lang, "dossier.document.redacted")}_`;
  const body = escapeBlock(entry.value);
  return entry.confidential ? `${body}\n\n_${t(lang, "dossier.document.confidential")}_` : body;
}

/**
 * The dossier as a Markdown document in the founder's language: a heading per field, skipped fields and
 * redacted ones said so plainly, and the triage result it was drafted from. Give it `redactForRegulator(d)`
 * for a regulator's copy. Labels come from locales/<lang>/dossier.json through `t`, the same keys a DOCX uses.
 */
export function renderDossierMarkdown(dossier: Dossier, assessment: Assessment | undefined, lang: Lang, t: Translate): string {
  const lines = [`# ${t(lang, "dossier.document.title")}`, "", `_${t(lang, "dossier.document.structure")}_`, ""];
  if (dossier.submissionId !== undefined) lines.push(t(lang, "dossier.document.submission", { id: dossier.submissionId }), "");
  if (assessment !== undefined) {
    const article = formatCitation(cite("ai-law", "17", "1"), lang);
    lines.push(t(lang, `dossier.document.tier.${assessment.tier}`, { article }), "", t(lang, "dossier.document.kbVersion", { version: assessment.kbVersion }), "");
  }
  for (const field of DOSSIER_FIELDS) {
    lines.push(`## ${t(lang, `dossier.fields.${field}.label`)}`, "", entryText(dossier.entries[field], lang, t), "");
  }
  lines.push("---", "", `_${t(lang, "common.disclaimer")}_`, "");
  return lines.join("\n");
}
