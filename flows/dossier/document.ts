import type { Assessment } from "../../knowledge/assess/assessment.js";
import { cite, formatArticle, formatCitation, type Citation } from "../../knowledge/law/articles.js";
import type { Lang } from "../../knowledge/types.js";
import { entryTitle } from "../assessment/texts.js";
import type { Params } from "../types.js";
import { DOSSIER_FIELDS, basisOf, type Dossier, type DossierBasis, type DossierEntry } from "./dossier.js";

/** A translator over our locale files, as bot/runtime/i18n.ts makes one; passed in so building the document stays pure. */
export type Translate = (lang: Lang, key: string, params?: Params) => string;

/** Art. 17(1) sets the risk degrees, Art. 17(3) lists the prohibited capabilities, Art. 20(2) adds two checks to an audit. */
const RISK_DEGREES = cite("ai-law", "17", "1");
const PROHIBITED = cite("ai-law", "17", "3");
const AUDIT_CHECKS = cite("ai-law", "20", "2");
/** Art. 19 (trusted lists) and Art. 20 (audit): voluntary, and for high-risk systems only. */
const TRUSTED_LIST = cite("ai-law", "19");
const AUDIT = cite("ai-law", "20");

/**
 * A citation inside running text: an article of the AI law goes short, since the document names the law in full
 * before it cites any of its articles; an article of another act is named with its act.
 */
export const citedIn = (c: Citation, lang: Lang): string => (c.act === "ai-law" ? formatArticle(c, lang) : formatCitation(c, lang));

/**
 * One block of the dossier document, every text already in the reader's language. `note` is set in italics;
 * `founder` is the founder's own text, kept line by line and never read as markup.
 */
export type DossierBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "note"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "founder"; text: string }
  | { kind: "rule" };

/**
 * The high-risk note: the audit (Art. 20) and a trusted list (Art. 19) are voluntary and only for high-risk systems,
 * so it is said only to those. Shared by the chat's intro and the document's structure note.
 */
export const voluntaryNoteParams = (lang: Lang): Params => ({ audit: formatArticle(AUDIT, lang), list: formatArticle(TRUSTED_LIST, lang) });

function entryBlocks(entry: DossierEntry | undefined, lang: Lang, t: Translate): DossierBlock[] {
  if (entry === undefined || (entry.value === null && !entry.redacted)) return [{ kind: "note", text: t(lang, "dossier.document.skipped") }];
  if (entry.value === null) return [{ kind: "note", text: t(lang, "dossier.document.redacted") }];
  const body: DossierBlock = { kind: "founder", text: entry.value };
  return entry.confidential ? [body, { kind: "note", text: t(lang, "dossier.document.confidential") }] : [body];
}

/** "Assessment this dossier was drafted from": the degree, the flags and the duties, each with its article. */
function basisBlocks(basis: DossierBasis, lang: Lang, t: Translate): DossierBlock[] {
  const blocks: DossierBlock[] = [
    { kind: "heading", text: t(lang, "dossier.document.basis.heading") },
    { kind: "paragraph", text: t(lang, `dossier.document.tier.${basis.tier}`, { article: formatCitation(RISK_DEGREES, lang) }) },
  ];
  if (!basis.tierSettled) blocks.push({ kind: "note", text: t(lang, "dossier.document.basis.provisional", { article: formatArticle(RISK_DEGREES, lang) }) });
  const prohibited = { article: formatArticle(PROHIBITED, lang) };
  if (basis.prohibited.length > 0) {
    blocks.push(
      { kind: "paragraph", text: t(lang, "dossier.document.basis.prohibited", prohibited) },
      { kind: "list", items: basis.prohibited.map((p) => `${entryTitle(`prohibited.${p.code}`, lang)} (${citedIn(p.article, lang)})`) },
    );
  } else {
    blocks.push({ kind: "paragraph", text: t(lang, basis.prohibitedOpen ? "dossier.document.basis.prohibitedOpen" : "dossier.document.basis.prohibitedNone", prohibited) });
  }
  if (basis.obligations.length > 0) {
    blocks.push(
      { kind: "paragraph", text: t(lang, "dossier.document.basis.obligations") },
      {
        kind: "list",
        items: basis.obligations.map((o) => {
          const line = `${entryTitle(`obligation.${o.code}`, lang)} (${citedIn(o.article, lang)})`;
          return o.voluntary ? t(lang, "dossier.document.basis.voluntaryItem", { duty: line }) : line;
        }),
      },
    );
  } else {
    blocks.push({ kind: "paragraph", text: t(lang, "dossier.document.basis.obligationsNone") });
  }
  blocks.push({ kind: "paragraph", text: t(lang, "dossier.document.kbVersion", { version: basis.kbVersion }) });
  return blocks;
}

/**
 * The dossier as a document in `lang`, independent of any file format: the title and how the structure was chosen
 * (the audit and trusted-list note only for a high-risk system), the submission id once filed, the assessment it
 * was drafted from, a heading per field, and the disclaimer. flows/dossier/markdown.ts and bot/runtime/dossier-docx.ts
 * only lay these blocks out, so the two files cannot say different things. The dossier's own record of its assessment
 * comes first; `assessment` (the latest, or the filed one) stands in for drafts stored before that record existed.
 * Give it `redactForRegulator(d)` for a regulator's copy.
 */
export function dossierDocument(dossier: Dossier, assessment: Assessment | undefined, lang: Lang, t: Translate): DossierBlock[] {
  const basis = dossier.basis ?? (assessment === undefined ? undefined : basisOf(assessment));
  const blocks: DossierBlock[] = [
    { kind: "title", text: t(lang, "dossier.document.title") },
    { kind: "note", text: t(lang, "dossier.document.structure", { checks: formatCitation(AUDIT_CHECKS, lang) }) },
  ];
  if (basis?.tier === "high") blocks.push({ kind: "note", text: t(lang, "dossier.voluntary", voluntaryNoteParams(lang)) });
  if (dossier.submissionId !== undefined) blocks.push({ kind: "paragraph", text: t(lang, "dossier.document.submission", { id: dossier.submissionId }) });
  if (basis !== undefined) blocks.push(...basisBlocks(basis, lang, t));
  for (const field of DOSSIER_FIELDS) {
    blocks.push({ kind: "heading", text: t(lang, `dossier.fields.${field}.label`) }, ...entryBlocks(dossier.entries[field], lang, t));
  }
  blocks.push({ kind: "rule" }, { kind: "note", text: t(lang, "common.disclaimer") });
  return blocks;
}
