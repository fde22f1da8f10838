import type { Assessment } from "../../knowledge/assess/assessment.js";
import type { Lang } from "../../knowledge/types.js";
import { dossierDocument, type DossierBlock, type Translate } from "./document.js";
import type { Dossier } from "./dossier.js";

/**
 * What would open a block in CommonMark at the start of a line: a heading (`#` then a space), a quote, a list
 * item (`-`, `+`, `*` or `1.`/`1)` then a space), a fence, or a line of `-`, `=`, `*` or `_` alone (a rule, or a
 * heading underline for the line above). A version such as "1.2.0" or a word such as "-based" opens nothing.
 */
const BLOCK_START = /^( {0,3})(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|`{3,}|~{3,}|(?:[-=*_][ \t]*)+$)/;

/**
 * One line of founder text as text: a block marker gets a backslash where CommonMark reads one, before the
 * punctuation, so "1. first" becomes "1\. first" (a backslash before a digit would be printed as is).
 */
function escapeLine(line: string): string {
  const m = BLOCK_START.exec(line);
  if (m === null) return line;
  const [, indent = "", marker = "", digits, delimiter] = m;
  const escaped = digits !== undefined ? `${digits}\\${delimiter}` : `\\${marker}`;
  return indent + escaped + line.slice(indent.length + marker.length);
}

/** Founder text goes in as paragraphs, each line escaped so that it stays text. */
const escapeBlock = (text: string): string => text.split("\n").map(escapeLine).join("\n");

function block(b: DossierBlock): string {
  switch (b.kind) {
    case "title":
      return `# ${b.text}`;
    case "heading":
      return `## ${b.text}`;
    case "paragraph":
      return b.text;
    case "note":
      return `_${b.text}_`;
    case "list":
      return b.items.map((item) => `- ${item}`).join("\n");
    case "founder":
      return escapeBlock(b.text);
    case "rule":
      return "---";
  }
}

/**
 * The dossier as a Markdown document in the founder's language: the blocks of `dossierDocument`, one after
 * another. Give it `redactForRegulator(d)` for a regulator's copy.
 */
export function renderDossierMarkdown(dossier: Dossier, assessment: Assessment | undefined, lang: Lang, t: Translate): string {
  return `${dossierDocument(dossier, assessment, lang, t).map(block).join("\n\n")}\n`;
}
