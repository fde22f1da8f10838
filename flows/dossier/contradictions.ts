import { describe } from "../../knowledge/describe/index.js";
import { statement } from "../../knowledge/interview/confirmation.js";
import { proposalsFrom, type Proposal } from "../../knowledge/interview/proposals.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import { detectLang } from "../../knowledge/text/detect-lang.js";
import { LANGS, type Lang } from "../../knowledge/types.js";
import type { ResultMemory } from "../result/state.js";
import { say } from "../turn.js";
import type { Utterance } from "../types.js";
import type { Dossier, DossierFieldId } from "./dossier.js";
import { suggestion } from "./prefill.js";

/**
 * Dossier fields whose text the offline reader (knowledge/describe) can hold against the assessment, and the answers
 * it reads there: who has the final word (Art. 17(2)), where personal data are kept and trained on (PD Law arts. 12(2),
 * 16), and the field of use. Other fields are left alone: the reader would find in them facts they do not state.
 */
const READ_AGAINST = {
  purpose: ["domain"],
  dataLocation: ["dataStorage", "trainingLocation"],
  humanOversight: ["autonomy"],
} as const satisfies Partial<Record<DossierFieldId, readonly ProfileField[]>>;
type CheckedField = keyof typeof READ_AGAINST;
const CHECKED = Object.keys(READ_AGAINST) as CheckedField[];

/** A dossier field whose text reads otherwise than an answer the assessment rests on. */
export type Contradiction = { field: CheckedField; reading: Proposal; was: string };

/**
 * Where the dossier's text and the assessment disagree: the reader proposes, from the founder's own words, a value
 * other than the one the assessment has (an answer still unknown is not contradicted, only filled). A value that is
 * our own suggestion, in any language, is the assessment's own wording and is not read. `fields` narrows the check.
 */
export function contradictions(dossier: Dossier, result: ResultMemory, fields: readonly DossierFieldId[] = CHECKED): Contradiction[] {
  const profile = result.assessment.profile;
  return CHECKED.filter((f) => fields.includes(f)).flatMap((field) => {
    const text = dossier.entries[field]?.value;
    if (text === undefined || text === null || LANGS.some((l) => suggestion(field, result, l) === text)) return [];
    const read: readonly ProfileField[] = READ_AGAINST[field];
    return proposalsFrom(describe(text, detectLang(text)))
      .filter((p) => read.includes(p.field) && profile[p.field] !== "unknown" && profile[p.field] !== p.value)
      .map((reading) => ({ field, reading, was: String(profile[reading.field]) }));
  });
}

/** What the reader took and what the assessment has, each in plain words; the founder's words that gave it in quotes. */
export function contradictionLine(c: Contradiction, lang: Lang): Utterance {
  const evidence = c.reading.evidence.length > 0 ? ` (${c.reading.evidence.map((e) => `«${e}»`).join(", ")})` : "";
  return say(`dossier.contradiction.${c.field}`, {
    reading: `${statement(c.reading.field, c.reading.value, lang)}${evidence}`,
    was: statement(c.reading.field, c.was, lang),
  });
}
