import { citationConfidence, formatCitation, type Citation } from "../law/articles.js";
import type { AutonomyClass, ObligationCode, ProhibitedCapability, RiskTier } from "../law/codes.js";
import { entryById } from "../entries/index.js";
import type { Effort, FineExposure, Timeline, TimelineStep } from "../estimate/types.js";
import { OFFENCE_ARTICLE } from "../estimate/fines.js";
import { OBLIGATION_RULES } from "../law/rules-obligations.js";
import type { RevealingField } from "../law/rules-prohibited.js";
import { questionText } from "../profile/question-texts.js";
import { questionById } from "../profile/questions.js";
import type { Confidence, Lang, Trilingual } from "../types.js";
import type { Assessment } from "./assessment.js";
import type { Affect } from "./relevance.js";
import { pending } from "./pending.js";
import { FIELD_LABELS } from "../profile/field-labels.js";
import type { FineOffence } from "../estimate/types.js";
import {
  AFFECT_LABELS,
  AUTONOMY_UNKNOWN,
  CONFIDENCE_LABELS,
  EU_TEXTS,
  FLAG_TEXTS,
  NOTES,
  REMEDY_TEXTS,
  TIER_REASON_TEXTS,
  WHY_TEXTS,
} from "./texts.js";

/** A citation as the founder reads it; `label` warns when the source is a report or our estimate. */
export type CitedSource = { citation: Citation; text: string; confidence: Confidence; label?: string };

type Explained = { title: string; text: string };

/** The assessment in one language: the same facts, each with its text and formatted sources. */
export type ExplainedAssessment = {
  kbVersion: string;
  lang: Lang;
  tier: Explained & { code: RiskTier; settled: boolean; note?: string; reasons: { code: string; text: string; source: CitedSource }[] };
  prohibited: (Explained & { code: ProhibitedCapability; field: string; why: string; remedy: string; sources: CitedSource[] })[];
  obligations: (Explained & { code: ObligationCode; why: string; whyText: string; voluntary: boolean; sources: CitedSource[] })[];
  autonomy: Explained & { class: AutonomyClass; source: CitedSource };
  eu: { code: string; text: string; eu: CitedSource; kz?: CitedSource }[];
  euNote?: string;
  /** Effort and timeline are for the system once its prohibited capability is changed (Art. 18(2)). */
  effort: Effort & { label?: string; onceChanged: boolean };
  fines: (FineExposure & { source: CitedSource })[];
  timeline?: Omit<Timeline, "steps"> & { steps: (TimelineStep & { source?: CitedSource; label?: string })[] };
  openQuestions: { questionId: string; field: string; prompt: string; affects: { code: Affect; label: string }[] }[];
  /** What cannot yet be called "none": the open answers, as labels, that could still add to each part. */
  pending: { prohibited: string[]; fines: { offence: FineOffence; source: CitedSource; fields: string[] }[]; eu: string[] };
};

const label = (confidence: Confidence, lang: Lang): { label?: string } => {
  const text = CONFIDENCE_LABELS[confidence];
  return text ? { label: text[lang] } : {};
};

/** A citation formatted in `lang`, labelled when its act is known only from reports or is our estimate. */
export const citedSource = (citation: Citation, lang: Lang): CitedSource => {
  const confidence = citationConfidence(citation);
  return { citation, text: formatCitation(citation, lang), confidence, ...label(confidence, lang) };
};

/**
 * Every code the engine emits today has its entry and text (test/knowledge/assess.test.ts); a code from an
 * assessment stored under an older knowledge base may not, and then shows as itself rather than failing.
 */
function entry(id: string, lang: Lang): Explained {
  const found = entryById(id);
  return found ? { title: found.title[lang], text: found.text[lang] } : { title: id, text: id };
}

const say = (text: Trilingual, lang: Lang): string => text[lang];
const sayCode = (table: Readonly<Partial<Record<string, Trilingual>>>, code: string, lang: Lang): string => table[code]?.[lang] ?? code;

function explainPending(a: Assessment, lang: Lang): ExplainedAssessment["pending"] {
  const open = pending(a);
  const labels = (fields: readonly (keyof typeof FIELD_LABELS)[]): string[] => fields.map((f) => FIELD_LABELS[f][lang]);
  return {
    prohibited: labels(open.prohibited),
    fines: open.fines.map((f) => ({ offence: f.offence, source: citedSource(OFFENCE_ARTICLE[f.offence], lang), fields: labels(f.fields) })),
    eu: labels(open.eu),
  };
}

/**
 * The assessment with human-readable text in `lang`: titles and texts from the knowledge entries, reasons
 * and why codes from our own texts, every citation formatted, and a label where a source is secondary.
 */
export function explainAssessment(a: Assessment, lang: Lang): ExplainedAssessment {
  const autonomy: Explained =
    a.autonomy.class === "unknown"
      ? { title: say(AUTONOMY_UNKNOWN.title, lang), text: say(AUTONOMY_UNKNOWN.text, lang) }
      : entry(`autonomy.${a.autonomy.class}`, lang);
  const explained: ExplainedAssessment = {
    kbVersion: a.kbVersion,
    lang,
    tier: {
      code: a.tier,
      settled: a.tierSettled,
      ...entry(`tier.${a.tier}`, lang),
      ...(a.tierSettled ? {} : { note: say(NOTES.provisionalTier, lang) }),
      reasons: a.reasons.map((r) => ({
        code: r.code,
        text: sayCode(TIER_REASON_TEXTS, r.code, lang),
        source: citedSource(r.citation, lang),
      })),
    },
    prohibited: a.prohibited.map((f) => {
      const flag: { text: Trilingual; also: readonly Citation[] } | undefined = FLAG_TEXTS[f.field as RevealingField];
      const remedy: Trilingual | undefined = REMEDY_TEXTS[f.field as RevealingField];
      return {
        code: f.code,
        field: f.field,
        ...entry(`prohibited.${f.code}`, lang),
        why: flag ? say(flag.text, lang) : f.field,
        remedy: remedy ? say(remedy, lang) : "",
        sources: [f.article, ...(flag?.also ?? [])].map((c) => citedSource(c, lang)),
      };
    }),
    obligations: a.obligations.map((o) => {
      const also = OBLIGATION_RULES.find((r) => r.code === o.code)?.also ?? [];
      return {
        code: o.code,
        ...entry(`obligation.${o.code}`, lang),
        why: o.why,
        whyText: sayCode(WHY_TEXTS, o.why, lang),
        voluntary: o.voluntary,
        sources: [o.article, ...also].map((c) => citedSource(c, lang)),
      };
    }),
    autonomy: { class: a.autonomy.class, ...autonomy, source: citedSource(a.autonomy.article, lang) },
    eu: a.eu.map((e) => ({
      code: e.code,
      text: sayCode(EU_TEXTS, e.code, lang),
      eu: citedSource(e.euArticle, lang),
      ...(e.kzArticle ? { kz: citedSource(e.kzArticle, lang) } : {}),
    })),
    ...(a.eu.length > 0 && a.profile.euMarket === "unknown" ? { euNote: say(NOTES.euMarketUnknown, lang) } : {}),
    effort: { ...a.effort, ...label(a.effort.confidence, lang), onceChanged: a.effortBasis === "once_changed" },
    fines: a.fines.map((f) => ({ ...f, source: citedSource(f.article, lang) })),
    openQuestions: a.openQuestions.map((q) => {
      const question = questionById(q.questionId);
      return {
        questionId: q.questionId,
        field: q.field,
        prompt: question ? questionText(question, lang).prompt : q.field,
        affects: q.affects.map((code) => ({ code, label: say(AFFECT_LABELS[code], lang) })),
      };
    }),
    pending: explainPending(a, lang),
  };
  if (!a.timeline) return explained;
  const steps = a.timeline.steps.map((s) => ({
    ...s,
    ...(s.citation ? { source: citedSource(s.citation, lang) } : {}),
    ...label(s.confidence, lang),
  }));
  return { ...explained, timeline: { ...a.timeline, steps } };
}
