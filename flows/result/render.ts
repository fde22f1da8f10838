import type { Assessment } from "../../knowledge/assess/assessment.js";
import { explainAssessment, type CitedSource, type ExplainedAssessment } from "../../knowledge/assess/explain.js";
import { actName, cite, formatArticle, formatCitation } from "../../knowledge/law/articles.js";
import { driverReads } from "../../knowledge/estimate/effort.js";
import { conditionFields } from "../../knowledge/law/rules-condition.js";
import { PROHIBITED_RULES } from "../../knowledge/law/rules-prohibited.js";
import { FIELD_LABELS } from "../../knowledge/profile/field-labels.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { say } from "../turn.js";
import type { Utterance } from "../types.js";

/** The detail a founder can ask for under the short result. */
export const RESULT_SECTIONS = ["obligations", "effort", "fines", "eu", "all"] as const;
export type ResultSection = (typeof RESULT_SECTIONS)[number];

/** Art. 18(2): what an owner or possessor must do once a prohibited capability shows. */
export const ACT_ON_PROHIBITED = cite("ai-law", "18", "2");
/** КоАП art. 641-1: the only fines the AI law's duties carry. */
const FINES_ARTICLE = cite("koap", "641-1");
/** Art. 17(1): the three risk degrees. */
const RISK_DEGREES = cite("ai-law", "17", "1");

const LOCALE_OF: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };

/** Numbers grouped the way each language writes them (1 234 567 / 1,234,567). */
const number = (n: number, lang: Lang): string => new Intl.NumberFormat(LOCALE_OF[lang], { maximumFractionDigits: 0 }).format(n);

/**
 * Sources as one line, articles of the same act together ("Law No. 230-VIII …, Art. 15(2)(1), Art. 18(1)"); a
 * secondary or unverified act carries its label, so the founder sees it is not the law's own text.
 */
export function sourcesText(sources: readonly CitedSource[], lang: Lang): string {
  const byAct = new Map<string, CitedSource[]>();
  for (const s of sources) byAct.set(s.citation.act, [...(byAct.get(s.citation.act) ?? []), s]);
  return [...byAct.values()]
    .map((group) => {
      const first = group[0]!;
      const articles = group.map((s) => formatArticle(s.citation, lang)).filter((a) => a !== "");
      const text = articles.length > 0 ? `${actName(first.citation.act, lang)}, ${articles.join(", ")}` : first.text;
      return first.label ? `${text} (${first.label})` : text;
    })
    .join("; ");
}

/** Labels joined as a list in a sentence ("emotion recognition, consent to emotion recognition"). */
const list = (labels: readonly string[]): string => labels.join(", ");

/**
 * A confirmed prohibited capability comes first, with Art. 18(2) and how each can be changed: nothing else in
 * the result matters until it is. Otherwise "none", or, while an open answer could still reveal one, what is open.
 */
function prohibitedLines(ex: ExplainedAssessment): Utterance[] {
  const lang = ex.lang;
  if (ex.prohibited.length === 0) {
    return ex.pending.prohibited.length > 0 ? [say("result.prohibited.open", { fields: list(ex.pending.prohibited) })] : [say("result.prohibited.none")];
  }
  const titles = [...new Set(ex.prohibited.map((p) => p.title))];
  return [
    say("result.prohibited.lead", { prohibited: list(titles), article: formatCitation(ACT_ON_PROHIBITED, lang) }),
    ...ex.prohibited.flatMap((p) => [
      say("result.prohibited.item", { title: p.title, why: p.why, sources: sourcesText(p.sources, lang) }),
      ...(p.remedy === "" ? [] : [say("result.prohibited.remedy", { text: p.remedy })]),
    ]),
  ];
}

/** Prohibited capabilities first when there are any, then the tier with its reasons, and how many duties apply. */
export function shortResult(a: Assessment, lang: Lang): Utterance[] {
  const ex = explainAssessment(a, lang);
  const prohibited = prohibitedLines(ex);
  const lines: Utterance[] = ex.prohibited.length > 0 ? [...prohibited] : [];
  lines.push(say(`result.tier.${ex.tier.code}`, { article: formatCitation(RISK_DEGREES, lang) }));
  for (const r of ex.tier.reasons) lines.push(say("result.reason", { text: r.text, source: sourcesText([r.source], lang) }));
  if (ex.tier.note !== undefined) lines.push(say("result.provisional", { note: ex.tier.note }));
  if (ex.prohibited.length === 0) lines.push(...prohibited);
  const voluntary = ex.obligations.filter((o) => o.voluntary).length;
  lines.push(say("result.obligations.summary", { count: ex.obligations.length - voluntary, voluntary }));
  lines.push(say("common.disclaimer"));
  return lines;
}

function obligations(ex: ExplainedAssessment): Utterance[] {
  const lang = ex.lang;
  if (ex.obligations.length === 0) return [say("result.obligations.none")];
  return [
    say("result.obligations.header"),
    ...ex.obligations.map((o) =>
      say(o.voluntary ? "result.obligations.voluntaryItem" : "result.obligations.item", { title: o.title, why: o.whyText, sources: sourcesText(o.sources, lang) }),
    ),
  ];
}

/**
 * The rules behind the prohibited capabilities the result flags, by the answers they read: a driver that reads
 * one of them is work on the capability itself, which exists only if the founder keeps it the lawful way
 * (consent for emotion recognition, Art. 17(3)(6); lawful handling for 17(3)(4)) rather than drop it.
 */
function keptOnlyIfChanged(ex: ExplainedAssessment): (driver: string) => boolean {
  if (!ex.effort.onceChanged) return () => false;
  const read = new Set(
    PROHIBITED_RULES.filter((r) => ex.prohibited.some((p) => p.code === r.code && p.field === r.field)).flatMap((r) => conditionFields(r.when)),
  );
  return (driver) => driverReads(driver).some((f) => read.has(f));
}

/**
 * The answers still open behind the estimate's upper bound, named, so the founder knows what would narrow it;
 * the chat also offers a way to give each (flows/result/step.ts, `effortPrompts`).
 */
const openAnswerLines = (ex: ExplainedAssessment, fields: readonly ProfileField[]): Utterance[] =>
  fields.length === 0 ? [] : [say("result.effort.openFields", { fields: fieldList(fields, ex.lang) })];

/** Profile fields as a list in a sentence, in their short labels ("biometric data, the EU market"). */
export const fieldList = (fields: readonly ProfileField[], lang: Lang): string => list(fields.map((f) => FIELD_LABELS[f][lang]));

function effortAndTimeline(ex: ExplainedAssessment, lang: Lang): Utterance[] {
  const e = ex.effort;
  const kept = keptOnlyIfChanged(ex);
  const lines: Utterance[] = e.onceChanged ? [say("result.effort.onceChanged")] : [];
  lines.push(
    say("result.effort.range", {
      daysLow: number(e.personDays.low, lang),
      daysHigh: number(e.personDays.high, lang),
      usdLow: number(e.costUsd.low, lang),
      usdHigh: number(e.costUsd.high, lang),
      kztLow: number(e.costKzt.low, lang),
      kztHigh: number(e.costKzt.high, lang),
      rate: number(e.usdToKzt, lang),
    }),
  );
  if (e.drivers.length > 0) lines.push(say("result.effort.driversHeader"));
  for (const d of e.drivers) {
    lines.push(say(`result.effort.driver.${d.code}`, { days: number(Math.abs(d.personDays), lang) }));
    if (kept(d.code)) lines.push(say("result.effort.keptIfChanged"));
    if (d.code === "unknown_answers") lines.push(...openAnswerLines(ex, d.fields ?? []));
  }
  if (e.label !== undefined) lines.push(say("result.effort.secondary", { label: e.label }));
  const t = ex.timeline;
  if (t === undefined) return [...lines, say("result.timeline.unavailable")];
  // A prohibited system may not run as it is (Art. 18(2)): its dates are for the changed system, and say so.
  lines.push(say(e.onceChanged ? "result.timeline.headerOnceChanged" : "result.timeline.header", { start: t.start, end: t.end }));
  for (const s of t.steps) {
    const source = s.source ? sourcesText([s.source], lang) : "—";
    // The label (secondary, unverified) comes with its own separator, so a primary step shows none.
    lines.push(say(`result.timeline.step.${s.code}`, { start: s.start, end: s.end, days: s.workingDays, source, label: s.label ? ` · ${s.label}` : "" }));
  }
  if (t.resubmissionEnd !== undefined) lines.push(say("result.timeline.resubmissionEnd", { date: t.resubmissionEnd }));
  for (const c of t.reportedChanges ?? []) lines.push(say(`result.timeline.reportedChange.${c.counted}`, { date: c.date }));
  return lines;
}

function fines(ex: ExplainedAssessment, lang: Lang): Utterance[] {
  const open = ex.pending.fines.map((p) => say(`result.fines.pending.${p.offence}`, { source: sourcesText([p.source], lang), fields: list(p.fields) }));
  if (ex.fines.length === 0) return open.length > 0 ? open : [say("result.fines.none", { article: formatCitation(FINES_ARTICLE, lang) })];
  const lines: Utterance[] = [];
  let offence: string | null = null;
  for (const f of ex.fines) {
    if (f.offence !== offence) {
      offence = f.offence;
      lines.push(say(`result.fines.offence.${f.offence}`, { source: sourcesText([f.source], lang) }));
    }
    lines.push(
      say(`result.fines.size.${f.entitySize}`, {
        firstMci: f.first.mci,
        firstKzt: number(f.first.kzt, lang),
        repeatMci: f.repeat.mci,
        repeatKzt: number(f.repeat.kzt, lang),
      }),
    );
  }
  return [...lines, ...open];
}

function eu(ex: ExplainedAssessment): Utterance[] {
  const lang = ex.lang;
  if (ex.eu.length === 0) return ex.pending.eu.length > 0 ? [say("result.eu.open", { fields: list(ex.pending.eu) })] : [say("result.eu.none")];
  const lines = ex.eu.map((c) => say("result.eu.item", { text: c.text, eu: sourcesText([c.eu], lang), kz: c.kz ? sourcesText([c.kz], lang) : "—" }));
  return ex.euNote !== undefined ? [...lines, say("result.eu.note", { note: ex.euNote })] : lines;
}

function everythingElse(ex: ExplainedAssessment): Utterance[] {
  const lang = ex.lang;
  const lines: Utterance[] = [say("result.autonomy", { title: ex.autonomy.title, text: ex.autonomy.text, source: sourcesText([ex.autonomy.source], lang) })];
  for (const q of ex.openQuestions) lines.push(say("result.open", { prompt: q.prompt, affects: q.affects.map((a) => a.label).join(", ") }));
  return lines;
}

/** One "more" section of the result, in the founder's language. */
export function resultSection(a: Assessment, section: ResultSection, lang: Lang): Utterance[] {
  const ex = explainAssessment(a, lang);
  switch (section) {
    case "obligations":
      return obligations(ex);
    case "effort":
      return effortAndTimeline(ex, lang);
    case "fines":
      return fines(ex, lang);
    case "eu":
      return eu(ex);
    case "all":
      return [...obligations(ex), ...effortAndTimeline(ex, lang), ...fines(ex, lang), ...eu(ex), ...everythingElse(ex)];
  }
}
