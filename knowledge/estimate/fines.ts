import { cite, type Citation } from "../law/articles.js";
import { EntitySize } from "../law/codes.js";
import type { FineExposure, FineOffence } from "./types.js";

/** Budget Law No. 239-VIII art. 7(4): the monthly calculation index from 1 January 2026, in tenge. */
export const MCI_KZT = 4_325;
export const MCI_CITATION: Citation = cite("budget-2026", "7", "4");

/**
 * КоАП art. 641-1 sanctions in MCI by offender category: part 1 for a first offence, part 2 for a repeat
 * within a year of the earlier penalty, which also brings suspension or prohibition of the AI system.
 */
export const FINES_MCI: Readonly<Record<EntitySize, { first: number; repeat: number }>> = {
  individual: { first: 15, repeat: 30 },
  small_or_nonprofit: { first: 20, repeat: 50 },
  medium: { first: 30, repeat: 70 },
  large: { first: 100, repeat: 200 },
};

/** КоАП art. 641-1(1): item 1 is the synthetic-results disclosure, item 2 the high-risk risk management that caused harm. */
export const OFFENCE_ARTICLE: Readonly<Record<FineOffence, Citation>> = {
  synthetic_results_not_disclosed: cite("koap", "641-1", "1", "1"),
  high_risk_risk_management_failure: cite("koap", "641-1", "1", "2"),
};

/**
 * КоАП art. 641-1: what each offence costs each offender category, first and repeat, in MCI and in tenge
 * at the 2026 MCI. An unknown size gives all four categories, smallest first.
 */
export function finesExposure(entitySize: EntitySize | "unknown", offences: readonly FineOffence[]): FineExposure[] {
  const sizes = entitySize === "unknown" ? EntitySize.options : [entitySize];
  return offences.flatMap((offence) =>
    sizes.map((size) => {
      const { first, repeat } = FINES_MCI[size];
      return {
        entitySize: size,
        offence,
        article: OFFENCE_ARTICLE[offence],
        first: { mci: first, kzt: first * MCI_KZT },
        repeat: { mci: repeat, kzt: repeat * MCI_KZT, sanction: "suspension_or_ban" as const },
      };
    }),
  );
}
