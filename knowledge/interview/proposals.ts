import { z } from "zod";
import { findings, profileKey } from "../assess/findings.js";
import { findProhibited } from "../assess/prohibited.js";
import { answerAffects, sameFindings, withValue } from "../assess/relevance.js";
import type { Description } from "../describe/description.js";
import type { ProhibitedFlag } from "../assess/assessment.js";
import { questionForField } from "../profile/questions.js";
import { PROFILE_FIELDS, SystemProfile } from "../profile/schema.js";

/**
 * What the reader took from the founder's own words: a proposal, never an answer. It counts only once the founder
 * confirms it (or answers its question); until then the result does not rest on it.
 */
export const Proposal = z.object({
  field: SystemProfile.keyof(),
  value: z.string().min(1),
  /** The founder's words, exactly as written. */
  evidence: z.array(z.string().min(1)),
});
export type Proposal = z.infer<typeof Proposal>;

export const proposalsFrom = (d: Description): Proposal[] => d.inferences.map((i) => ({ field: i.field, value: i.value, evidence: i.evidence }));

/** The settled profile with every proposal filled in where the founder has not yet answered: what the text suggests. */
export function withProposals(settled: SystemProfile, proposals: readonly Proposal[]): SystemProfile {
  let out = settled;
  for (const p of proposals) if (settled[p.field] === "unknown") out = withValue(out, p.field, p.value);
  return out;
}

/**
 * The proposals the founder is asked to confirm: those still unanswered, with a question to correct them by, that
 * matter to what the text suggests: without them the tier, a prohibited flag or a duty would differ, or their
 * answer could change one (emotion recognition matters through the consent question it opens). The others change
 * nothing now; if one comes to matter later, its own question asks it.
 */
export function toConfirm(settled: SystemProfile, proposals: readonly Proposal[]): Proposal[] {
  // Asked several times a turn (the confirmation, the profile it leads to, the questions left) for the same
  // answers and proposals; what is kept depends on nothing else, so it is worked out once (issue 13). The memo
  // holds positions, so each caller gets its own proposals back, evidence included.
  const key = `${profileKey(settled)}/${proposals.map((p) => `${p.field}=${p.value}`).join(",")}`;
  let kept = confirmMemo.get(key);
  if (kept === undefined) {
    kept = Object.freeze(confirmable(settled, proposals));
    if (confirmMemo.size >= MEMO_SIZE) confirmMemo.delete(confirmMemo.keys().next().value!);
    confirmMemo.set(key, kept);
  }
  return kept.map((i) => proposals[i]!);
}

const MEMO_SIZE = 5_000;
const confirmMemo = new Map<string, readonly number[]>();

function confirmable(settled: SystemProfile, proposals: readonly Proposal[]): number[] {
  const suggested = withProposals(settled, proposals);
  const base = findings(suggested);
  const kept: number[] = [];
  proposals.forEach((p, i) => {
    if (settled[p.field] !== "unknown" || questionForField(p.field) === undefined) return;
    const without = withValue(suggested, p.field, "unknown");
    if (!sameFindings(base, findings(without))) kept.push(i);
    else if (answerAffects(without, p.field, new Set(PROFILE_FIELDS.filter((f) => without[f] === "unknown"))).length > 0) kept.push(i);
  });
  return kept;
}

/** Prohibited capabilities the text suggests that the settled answers do not (yet) show: "this looks like 17(3)(6)". */
export function proposedFlags(settled: SystemProfile, proposals: readonly Proposal[]): ProhibitedFlag[] {
  const shown = findProhibited(settled);
  return findProhibited(withProposals(settled, proposals)).filter((f) => !shown.some((s) => s.code === f.code && s.field === f.field));
}

/** The confirmation, answered "all correct": every proposal it listed becomes an answer. */
export function confirmAll(settled: SystemProfile, proposals: readonly Proposal[]): SystemProfile {
  let out = settled;
  for (const p of toConfirm(settled, proposals)) out = withValue(out, p.field, p.value);
  return out;
}

