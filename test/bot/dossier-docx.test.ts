import { test } from "node:test";
import { fixtureAssessment } from "../fixtures/assessments.js";
import assert from "node:assert/strict";
import { assess } from "../../knowledge/assess/assess.js";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { cite, formatArticle, formatCitation } from "../../knowledge/law/articles.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { LANGS } from "../../knowledge/types.js";
import { entryTitle } from "../../flows/assessment/texts.js";
import { DOSSIER_FIELDS, redactForRegulator, type Dossier } from "../../flows/dossier/dossier.js";
import { citedIn } from "../../flows/dossier/document.js";
import { renderDossierMarkdown } from "../../flows/dossier/markdown.js";
import { dossierFileName, renderDossierDocx } from "../../bot/runtime/dossier-docx.js";
import { createTranslator } from "../../bot/runtime/i18n.js";

import { unzipEntry } from "../support/unzip.js";

const t = createTranslator();

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

type Para = { style: string | null; text: string };

/** The document's paragraphs with their style (Heading1, Heading2 or none) and their visible text. */
function paragraphsOf(docx: Uint8Array): Para[] {
  const xml = unzipEntry(docx, "word/document.xml");
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((r) => unescapeXml(r[1]!)).join("");
    return { style, text };
  });
}

const assessment = (): Assessment => fixtureAssessment({ profile: {} });

const SECRET = "Gradient boosting over 40 features & <weights>";

function dossier(): Dossier {
  return {
    submissionId: "KZ-AI-2026-0007",
    entries: {
      systemName: { value: "Скоринг Бот", confidential: false },
      intendedUse: { value: "Credit scoring for SMEs\nin Almaty and Astana", confidential: false },
      algorithmicLogic: { value: SECRET, confidential: true },
      residualRisks: { value: null, confidential: false },
    },
  };
}

/** The lines of the Markdown that are headings, as [level, text]. */
const markdownHeadings = (md: string): [string, string][] =>
  md.split("\n").flatMap((line) => {
    const m = /^(#{1,2}) (.*)$/.exec(line);
    return m ? [[m[1] === "#" ? "Heading1" : "Heading2", m[2]!] as [string, string]] : [];
  });

test("the DOCX is a Word archive whose headings are the Markdown's, in the same order, in every language", async () => {
  for (const lang of LANGS) {
    const docx = await renderDossierDocx(dossier(), assessment(), lang, t);
    assert.equal(Buffer.from(docx.subarray(0, 2)).toString("latin1"), "PK", lang);
    const headings = paragraphsOf(docx).filter((p) => p.style !== null && p.style !== "ListParagraph").map((p): [string, string] => [p.style!, p.text]);
    assert.deepEqual(headings, markdownHeadings(renderDossierMarkdown(dossier(), assessment(), lang, t)), lang);
    assert.equal(headings.length, 1 + 1 + DOSSIER_FIELDS.length, `${lang}: the title, the assessment it was drafted from, and the fields`);
  }
});

/** The Markdown's text lines as a reader sees them: markers, italics and escapes taken off, blank lines and the rule dropped. */
const markdownTexts = (md: string): string[] =>
  md.split("\n").flatMap((line) => {
    if (line.trim() === "" || line === "---") return [];
    const bare = line.replace(/^#{1,2} /, "").replace(/^- /, "").replace(/^_(.*)_$/, "$1");
    return [bare.replace(/\\([!-/:-@[-`{-~])/g, "$1")];
  });

/** A high-risk system with a flag and duties, so every part of the assessment section shows. */
const flaggedAssessment = (): Assessment =>
  assess(SystemProfile.parse({ failureImpact: "severe", emotionRecognition: "yes", emotionConsent: "no", personalData: "yes", dataStorage: "abroad", wantsTrustedList: "yes" }));

test("the DOCX and the Markdown say the same things in the same order, since both lay out one document", async () => {
  for (const lang of LANGS) {
    for (const a of [assessment(), flaggedAssessment(), undefined]) {
      const docx = paragraphsOf(await renderDossierDocx(dossier(), a, lang, t)).map((p) => p.text).filter((text) => text !== "");
      assert.deepEqual(docx, markdownTexts(renderDossierMarkdown(dossier(), a, lang, t)), lang);
    }
  }
});

test("in kk, ru and en the DOCX has no raw placeholder, and names the system and the article of the risk degree", async () => {
  for (const lang of LANGS) {
    const docx = await renderDossierDocx(dossier(), flaggedAssessment(), lang, t);
    const xml = unzipEntry(docx, "word/document.xml");
    assert.ok(!xml.includes("{{"), `${lang}: a placeholder was left unfilled`);
    const texts = paragraphsOf(docx).map((p) => p.text);
    assert.ok(texts.includes("Скоринг Бот"), lang);
    const tierLine = texts.find((text) => text === t(lang, "dossier.document.tier.high", { article: formatCitation(cite("ai-law", "17", "1"), lang) }));
    assert.ok(tierLine?.includes(formatCitation(cite("ai-law", "17", "1"), lang)), `${lang}: ${texts.join(" | ")}`);
  }
});

test("the assessment section lists the flags and duties with their articles, the voluntary audit marked so", async () => {
  for (const lang of LANGS) {
    const a = flaggedAssessment();
    const texts = paragraphsOf(await renderDossierDocx(dossier(), a, lang, t)).map((p) => p.text);
    const heading = texts.indexOf(t(lang, "dossier.document.basis.heading"));
    const firstField = texts.indexOf(t(lang, "dossier.fields.systemName.label"));
    assert.ok(heading > 0 && heading < firstField, lang);
    const section = texts.slice(heading, firstField);
    const flag = `${entryTitle("prohibited.emotion_recognition_without_consent", lang)} (${formatArticle(cite("ai-law", "17", "3", "6"), lang)})`;
    assert.ok(section.includes(flag), `${lang}: ${section.join(" | ")}`);
    for (const o of a.obligations) {
      const duty = `${entryTitle(`obligation.${o.code}`, lang)} (${citedIn(o.article, lang)})`;
      assert.ok(section.includes(o.voluntary ? t(lang, "dossier.document.basis.voluntaryItem", { duty }) : duty), `${lang}: ${o.code}`);
    }
    assert.ok(a.obligations.some((o) => o.voluntary), "the trusted-list audit is among them");
    assert.ok(section.includes(t(lang, "dossier.document.kbVersion", { version: a.kbVersion })));
  }
});

test("the structure note calls the audit and trusted lists voluntary for a high-risk system only", async () => {
  for (const lang of LANGS) {
    const note = t(lang, "dossier.voluntary", { audit: formatArticle(cite("ai-law", "20"), lang), list: formatArticle(cite("ai-law", "19"), lang) });
    const high = paragraphsOf(await renderDossierDocx(dossier(), fixtureAssessment({ tier: "high" }), lang, t)).map((p) => p.text);
    assert.ok(high.includes(note), lang);
    for (const tier of ["minimal", "medium"] as const) {
      const texts = paragraphsOf(await renderDossierDocx(dossier(), fixtureAssessment({ tier }), lang, t)).map((p) => p.text);
      assert.ok(!texts.includes(note), `${lang} ${tier}`);
      assert.ok(!texts.some((text) => text.includes(formatArticle(cite("ai-law", "19"), lang))), `${lang} ${tier}: no trusted list`);
    }
  }
});

test("a dossier keeps stating the assessment it was drafted from, whatever assessment it is rendered with", async () => {
  const lang = "en";
  const drafted = { ...dossier(), basis: { kbVersion: "kb-2026.10.1", tier: "minimal", tierSettled: true, prohibited: [], prohibitedOpen: false, obligations: [] } } satisfies Dossier;
  const texts = paragraphsOf(await renderDossierDocx(drafted, fixtureAssessment({ tier: "high" }), lang, t)).map((p) => p.text);
  assert.ok(texts.includes(t(lang, "dossier.document.tier.minimal", { article: formatCitation(cite("ai-law", "17", "1"), lang) })));
  assert.ok(texts.includes(t(lang, "dossier.document.kbVersion", { version: "kb-2026.10.1" })));
  assert.ok(texts.includes(t(lang, "dossier.document.basis.obligationsNone")));
  assert.ok(!texts.includes(t(lang, "dossier.voluntary", { audit: "Art. 20", list: "Art. 19" })));
});

test("each language's DOCX carries that language's field labels", async () => {
  const labels = await Promise.all(LANGS.map(async (lang) =>
    paragraphsOf(await renderDossierDocx(dossier(), undefined, lang, t)).filter((p) => p.style === "Heading2").map((p) => p.text)));
  for (const [i, lang] of LANGS.entries()) {
    assert.deepEqual(labels[i], DOSSIER_FIELDS.map((f) => t(lang, `dossier.fields.${f}.label`)), lang);
  }
  assert.notDeepEqual(labels[0], labels[2], "Kazakh and English labels differ");
});

test("the founder's copy keeps a confidential value and marks it; the regulator's copy shows it was redacted", async () => {
  const lang = "en";
  const own = paragraphsOf(await renderDossierDocx(dossier(), assessment(), lang, t)).map((p) => p.text);
  const at = own.indexOf(SECRET);
  assert.ok(at > 0, "the value is kept, XML-escaped and read back intact");
  assert.equal(own[at + 1], t(lang, "dossier.document.confidential"));
  const regulators = paragraphsOf(await renderDossierDocx(redactForRegulator(dossier()), assessment(), lang, t)).map((p) => p.text);
  assert.ok(!regulators.some((text) => text.includes("Gradient boosting")));
  assert.ok(regulators.includes(t(lang, "dossier.document.redacted")));
});

test("the DOCX says which fields were skipped, keeps a value's lines, and ends with the disclaimer", async () => {
  const lang = "ru";
  const texts = paragraphsOf(await renderDossierDocx(dossier(), assessment(), lang, t)).map((p) => p.text);
  const skipped = t(lang, "dossier.document.skipped");
  assert.equal(texts.filter((x) => x === skipped).length, DOSSIER_FIELDS.length - 3, "fields never answered and the one skipped");
  assert.ok(texts.includes("Credit scoring for SMEs") && texts.includes("in Almaty and Astana"));
  assert.ok(texts.includes(t(lang, "dossier.document.submission", { id: "KZ-AI-2026-0007" })));
  assert.equal(texts.at(-1), t(lang, "common.disclaimer"));
});

test("the file is named after the system, in its own alphabet, and a nameless draft still gets a name", () => {
  assert.equal(dossierFileName(dossier(), "docx"), "dossier-скоринг-бот.docx");
  assert.equal(dossierFileName({ entries: { systemName: { value: "  ScoreBot v2.1 (beta)  ", confidential: false } } }, "md"), "dossier-scorebot-v2-1-beta.md");
  assert.equal(dossierFileName({ entries: {} }, "docx"), "dossier-draft.docx");
  assert.equal(dossierFileName({ entries: { systemName: { value: "???", confidential: false } } }, "docx"), "dossier-draft.docx");
});
