import type { Paragraph } from "docx";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import type { Lang } from "../../knowledge/types.js";
import { dossierDocument, type DossierBlock, type Translate } from "../../flows/dossier/document.js";
import type { Dossier } from "../../flows/dossier/dossier.js";

/** Word's language tags, so spelling and hyphenation follow the founder's language. */
const WORD_LANGUAGE: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };

/** docx is large and most turns never write a document: it is loaded on the first DOCX, not at start-up (issue 13). */
type Docx = typeof import("docx");

/** One block of the document as Word paragraphs; founder text keeps its lines, blank lines dropped as Markdown drops them. */
function paragraphs({ Paragraph, HeadingLevel, TextRun }: Docx, b: DossierBlock): Paragraph[] {
  switch (b.kind) {
    case "title":
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 })];
    case "heading":
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case "paragraph":
      return [new Paragraph({ text: b.text })];
    case "note":
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true })] })];
    case "list":
      return b.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case "founder":
      return b.text.split("\n").filter((line) => line.trim() !== "").map((line) => new Paragraph({ text: line }));
    case "rule":
      return [new Paragraph({ thematicBreak: true })];
  }
}

/**
 * The dossier as a Word document: the blocks of flows/dossier/document.ts, which the Markdown lays out too, in the
 * founder's language. Give it `redactForRegulator(d)` for a regulator's copy.
 */
export async function renderDossierDocx(dossier: Dossier, assessment: Assessment | undefined, lang: Lang, t: Translate): Promise<Uint8Array> {
  const docx = await import("docx");
  const blocks = dossierDocument(dossier, assessment, lang, t);
  const document = new docx.Document({
    title: t(lang, "dossier.document.title"),
    creator: "kz-ai-triage",
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[lang] } } } } },
    sections: [{ children: blocks.flatMap((b) => paragraphs(docx, b)) }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
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
