import type { Proposal } from "../../knowledge/interview/proposals.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";

/** A field the two readers read differently: neither value is proposed, and the founder is asked. */
export type Disagreement = { field: ProfileField; values: string[] };

/**
 * The offline reader's proposals merged with a language model's (issue 12). Both are proposals only: the founder
 * still confirms them. Where both read a field the same, one proposal carries both readers' phrases; where only one
 * read it, its proposal stands; where they differ, the field is left out of the proposals (its own question asks
 * it when it matters) and reported, so the founder sees it as uncertain. See test/flows/llm-reading.test.ts.
 */
export function mergeReadings(offline: readonly Proposal[], model: readonly Proposal[]): { proposals: Proposal[]; disagreements: Disagreement[] } {
  const fields = [...new Set([...offline, ...model].map((p) => p.field))];
  const proposals: Proposal[] = [];
  const disagreements: Disagreement[] = [];
  for (const field of fields) {
    const readings = [...offline, ...model].filter((p) => p.field === field);
    const values = [...new Set(readings.map((p) => p.value))];
    if (values.length > 1) {
      disagreements.push({ field, values });
      continue;
    }
    proposals.push({ field, value: values[0]!, evidence: [...new Set(readings.flatMap((p) => p.evidence))] });
  }
  return { proposals, disagreements };
}
