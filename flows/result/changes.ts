import { z } from "zod";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { ObligationCode, ProhibitedCapability, RiskTier } from "../../knowledge/law/codes.js";

/** One way a newer knowledge base changes a stored result (issue 3, "Rule changes"). */
export const AssessmentChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("tier"), from: RiskTier, to: RiskTier }),
  z.object({ kind: z.literal("prohibitedAdded"), code: ProhibitedCapability }),
  z.object({ kind: z.literal("prohibitedRemoved"), code: ProhibitedCapability }),
  z.object({ kind: z.literal("obligationAdded"), code: ObligationCode }),
  z.object({ kind: z.literal("obligationRemoved"), code: ObligationCode }),
]);
export type AssessmentChange = z.infer<typeof AssessmentChange>;

const added = <T>(before: readonly T[], after: readonly T[]): T[] => after.filter((x) => !before.includes(x));

/**
 * What differs between a stored result and the same profile re-assessed under newer rules. Empty means the
 * founder need not hear anything: the runtime notifies only when this has entries.
 */
export function assessmentChanges(before: Assessment, after: Assessment): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  if (before.tier !== after.tier) changes.push({ kind: "tier", from: before.tier, to: after.tier });
  const prohibitedBefore = before.prohibited.map((p) => p.code);
  const prohibitedAfter = after.prohibited.map((p) => p.code);
  for (const code of added(prohibitedBefore, prohibitedAfter)) changes.push({ kind: "prohibitedAdded", code });
  for (const code of added(prohibitedAfter, prohibitedBefore)) changes.push({ kind: "prohibitedRemoved", code });
  const obligationsBefore = before.obligations.map((o) => o.code);
  const obligationsAfter = after.obligations.map((o) => o.code);
  for (const code of added(obligationsBefore, obligationsAfter)) changes.push({ kind: "obligationAdded", code });
  for (const code of added(obligationsAfter, obligationsBefore)) changes.push({ kind: "obligationRemoved", code });
  return changes;
}
