import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import type { Lang } from "../../knowledge/types.js";
import { cite, formatCitation } from "../../knowledge/law/articles.js";
import { DOSSIER_FIELDS, type Dossier, type DossierEntry } from "../../flows/dossier/dossier.js";
import type { Translate } from "../../flows/dossier/markdown.js";

/** Word's language tags, so spelling and hyphenation follow the founder's language. */
const WORD_LANGUAGE: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };

const note = (text: string): Paragraph => new Paragraph({ children: [new TextRun({ text, italics: true })] });

/** Founder text keeps its line breaks: one paragraph per line, blank lines dropped as Markdown drops them. */
const paragraphs = (text: string): Paragraph[] =>
  text.split("\n").filter((line) => line.trim() !== "").map((line) => new Paragraph({ text: line }));

/** The same three cases as the Markdown: skipped, redacted, or the value (marked when confidential). */
function entryBody(entry: DossierEntry | undefined, lang: Lang, t: Translate): Paragraph[] {
  if (entry === undefined || (entry.value === null && !entry.redacted)) return [note(t(lang, "dossier.document.skipped"))];
  if (entry.value === null) return [note(t(lang, "dossier.document.redacted"))];
  const body = paragraphs(entry.value);
  return entry.confidential ? [...body, note(t(lang, "dossier.document.confidential"))] : body;
}

/**
 * The dossier as a Word document with the sections and headings of flows/dossier/markdown.ts, in the founder's
 * language: the title, the submission id and triage result when known, a heading per field, and the disclaimer.
 * Give it `redactForRegulator(d)` for a regulator's copy.
 */
export async function renderDossierDocx(dossier: Dossier, assessment: Assessment | undefined, lang: Lang, t: Translate): Promise<Uint8Array> {
  const title = t(lang, "dossier.document.title");
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), note(t(lang, "dossier.document.structure"))];
  if (dossier.submissionId !== undefined) children.push(new Paragraph({ text: t(lang, "dossier.document.submission", { id: dossier.submissionId }) }));
  if (assessment !== undefined) {
    children.push(
      new Paragraph({ text: t(lang, `dossier.document.tier.${assessment.tier}`, { article: formatCitation(cite("ai-law", "17", "1"), lang) }) }),
      new Paragraph({ text: t(lang, "dossier.document.kbVersion", { version: assessment.kbVersion }) }),
    );
  }
  for (const field of DOSSIER_FIELDS) {
    children.push(
      new Paragraph({ text: t(lang, `dossier.fields.${field}.label`), heading: HeadingLevel.HEADING_2 }),
      ...entryBody(dossier.entries[field], lang, t),
    );
  }
  children.push(note(t(lang, "common.disclaimer")));
  const document = new Document({
    title,
    creator: "kz-ai-triage",
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[lang] } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * `dossier-<system>.docx` (or .md): the system's name in lower case with anything but letters and digits
 * turned into dashes, so the name is safe on every platform yet still readable in Kazakh and Russian.
 */
export function dossierFileName(dossier: Dossier, format: "md" | "docx"): string {
  const name = dossier.entries.systemName?.value ?? "";
  const slug = name.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return `dossier-${slug || "draft"}.${format}`;
}
