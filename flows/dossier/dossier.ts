import { z } from "zod";

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

/** A dossier draft: the entries answered so far, keyed by field. */
export const Dossier = z.object({
  entries: z.partialRecord(DossierFieldId, DossierEntry),
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
  return d.submissionId === undefined ? { entries } : { entries, submissionId: d.submissionId };
}
