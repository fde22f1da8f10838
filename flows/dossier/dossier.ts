import { z } from "zod";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { Citation } from "../../knowledge/law/articles.js";
import { ObligationCode, ProhibitedCapability, RiskTier } from "../../knowledge/law/codes.js";

/**
 * A suggested structure for the system's documentation (Art. 15(2)(3)), in the order a founder is asked. Neither
 * Art. 19 nor Art. 20 lists these fields: most follow press reports of what auditors look at (secondary); two are
 * the checks Art. 20(2) itself adds to an audit (`dataLibraries`, `prohibitedCapabilities`). Labels live in
 * locales/<lang>/dossier.json under `fields.<id>`.
 */
export const DossierFieldId = z.enum([
  "systemName",
  "version",
  "intendedUse",
  "limitations",
  "purpose",
  "functionality",
  "dataSources",
  "dataLocation",
  "dataLibraries",
  "algorithmicLogic",
  "potentialHarms",
  "mitigationMeasures",
  "residualRisks",
  "prohibitedCapabilities",
  "humanOversight",
]);
export type DossierFieldId = z.infer<typeof DossierFieldId>;
/** The fields in asking order. */
export const DOSSIER_FIELDS: readonly DossierFieldId[] = DossierFieldId.options;

/** The longest answer one dossier field takes; the flow refuses longer text with errors.textTooLong. */
export const MAX_FIELD_TEXT = 4_000;

/**
 * One field. `value: null` means skipped. A confidential field (a trade secret) is kept for the founder and
 * the compliance team but shown redacted to regulators; `redacted` marks a copy where the value was removed.
 */
export const DossierEntry = z.object({
  value: z.string().max(MAX_FIELD_TEXT).nullable(),
  confidential: z.boolean(),
  redacted: z.boolean().optional(),
});
export type DossierEntry = z.infer<typeof DossierEntry>;

/**
 * The triage result a dossier was drafted from, as the document states it: the risk degree (Art. 17(1)), the
 * prohibited capabilities flagged (Art. 17(3)), the duties with the articles they rest on, and the knowledge-base
 * version. Kept in the dossier itself, so a filed or exported copy still says what it rests on after the founder
 * assesses again or the rules change.
 */
export const DossierBasis = z.object({
  kbVersion: z.string(),
  tier: RiskTier,
  /** false while the Art. 17(1) question is open and the degree is a provisional reading. */
  tierSettled: z.boolean(),
  prohibited: z.array(z.object({ code: ProhibitedCapability, article: Citation })),
  /** No capability flagged, but an open answer could still show one: the document then says so, not "none". */
  prohibitedOpen: z.boolean(),
  obligations: z.array(z.object({ code: ObligationCode, article: Citation, voluntary: z.boolean() })),
});
export type DossierBasis = z.infer<typeof DossierBasis>;

/** What a dossier records of the assessment it is drafted from. */
export const basisOf = (a: Assessment): DossierBasis => ({
  kbVersion: a.kbVersion,
  tier: a.tier,
  tierSettled: a.tierSettled,
  prohibited: [...new Map(a.prohibited.map((p) => [p.code, { code: p.code, article: p.article }])).values()],
  prohibitedOpen: a.openQuestions.some((q) => q.affects.includes("prohibited")),
  obligations: a.obligations.map((o) => ({ code: o.code, article: o.article, voluntary: o.voluntary })),
});

/** A dossier draft: the entries answered so far, keyed by field. */
export const Dossier = z.object({
  entries: z.partialRecord(DossierFieldId, DossierEntry),
  /** Drafts stored before the basis was recorded parse without one; their documents fall back to the filed assessment. */
  basis: DossierBasis.optional(),
  /** Set once filed, so a later re-submission knows which submission this draft corrects. */
  submissionId: z.string().min(1).max(40).optional(),
});
export type Dossier = z.infer<typeof Dossier>;

/** A draft with nothing answered yet. */
export const emptyDossier = (): Dossier => ({ entries: {} });

/** Fields the founder has not yet answered or skipped, in the asking order. */
export const missingFields = (d: Dossier): DossierFieldId[] => DOSSIER_FIELDS.filter((f) => d.entries[f] === undefined);

/**
 * The dossier as a regulator may see it: confidential values removed and marked redacted, everything else as is.
 * The founder's own copy keeps every value (issue 3, "Dossier draft").
 */
export function redactForRegulator(d: Dossier): Dossier {
  const entries: Dossier["entries"] = {};
  for (const field of DOSSIER_FIELDS) {
    const entry = d.entries[field];
    if (entry === undefined) continue;
    entries[field] = entry.confidential && entry.value !== null ? { value: null, confidential: true, redacted: true } : entry;
  }
  return { ...d, entries };
}
