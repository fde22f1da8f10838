import { test } from "node:test";
import assert from "node:assert/strict";
import type { Dossier } from "../../flows/dossier/dossier.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import type { Lang } from "../../knowledge/types.js";
import { render } from "../support/transcript.js";
import { LANGS } from "./drive.js";

const t = (l: Lang, key: string, params?: Record<string, string | number>) => render(l, key, params);

const withLimitations = (value: string): Dossier => ({
  entries: { version: { value: "1.2.0", confidential: false }, limitations: { value, confidential: false } },
});

/** The lines of the Markdown under a field's heading, up to the next heading. */
function section(md: string, heading: string): string[] {
  const lines = md.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, heading);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end).filter((line) => line !== "");
}

test("a version such as 1.2.0 reads as written in the Markdown", () => {
  for (const lang of LANGS) {
    const md = renderDossierMarkdown(withLimitations("none"), undefined, lang, t);
    assert.deepEqual(section(md, t(lang, "dossier.fields.version.label")), ["1.2.0"], lang);
  }
});

test("founder lines that would open a list, a heading, a quote or a rule stay text, escaped where Markdown reads them", () => {
  const text = ["1. first step", "2) second", "- a dash", "-based", "# not a heading", "#hashtag", "> quoted", "---", "2026. year"].join("\n");
  const md = renderDossierMarkdown(withLimitations(text), undefined, "en", t);
  assert.deepEqual(section(md, t("en", "dossier.fields.limitations.label")), [
    "1\\. first step",
    "2\\) second",
    "\\- a dash",
    "-based",
    "\\# not a heading",
    "#hashtag",
    "\\> quoted",
    "\\---",
    "2026\\. year",
  ]);
});
