import { z } from "zod";
import type { RiskTier } from "../law/codes.js";

/**
 * What can move the documentation estimate. The codes are a public contract: the lead translates them.
 * `unknown_answers` gathers every driver the founder has not answered yet; it widens the upper bound.
 */
export const EffortDriverCode = z.enum([
  "personal_data",
  "data_abroad",
  "biometrics",
  "emotion_recognition",
  "automated_decisions",
  "synthetic_content",
  "high_autonomy",
  "restricted_data",
  "state_infosec",
  "eu_market",
  "trusted_list_audit",
  "copyrighted_training",
  "low_autonomy",
  "not_user_facing",
  "unknown_answers",
]);
export type EffortDriverCode = z.infer<typeof EffortDriverCode>;
export const EFFORT_DRIVER_CODES: readonly EffortDriverCode[] = EffortDriverCode.options;

export type RaisingDriver = Exclude<EffortDriverCode, "low_autonomy" | "not_user_facing" | "unknown_answers">;
export type LoweringDriver = Extract<EffortDriverCode, "low_autonomy" | "not_user_facing">;

export type EffortParams = {
  dayRateUsd: number;
  usdToKzt: number;
  /** Person-days for a plain system of the tier, before any driver. */
  basePersonDays: Record<RiskTier, number>;
  /** Art. 15(2)(3): documentation follows the system's impact, so a driver weighs less on a lower tier. */
  tierScale: Record<RiskTier, number>;
  /** Person-days a driver adds (or, for a lowering driver, removes) on a high-risk system. */
  driverPersonDays: Record<RaisingDriver | LoweringDriver, number>;
  /** Market spread around the estimate: the range is known × (1 ± spread). */
  spread: number;
};

/**
 * The news article's market figures (secondary): a high-risk technical file averages about US$25,000;
 * complex platforms with stress-testing and fairness metrics reach about US$80,000; 62 AI projects worth
 * 9.7 bn tenge are "about US$17 million", which is the only exchange rate the article implies.
 */
export const MARKET_CALIBRATION = {
  typicalHighRiskFileUsd: 25_000,
  complexPlatformUsd: 80_000,
  projectsKzt: 9_700_000_000,
  projectsUsd: 17_000_000,
} as const;

/**
 * Calibrated so that, at US$500 a person-day, a typical high-risk file (personal data, automated
 * decisions, trusted-list audit preparation) is 50 person-days ≈ US$25,000, and a complex platform that
 * adds data abroad, biometrics, high autonomy (stress-testing), critical infrastructure and the EU market
 * is 160 person-days ≈ US$80,000. The day rate is our assumption; only the totals come from the market.
 */
export const DEFAULT_EFFORT_PARAMS: EffortParams = {
  dayRateUsd: 500,
  usdToKzt: MARKET_CALIBRATION.projectsKzt / MARKET_CALIBRATION.projectsUsd,
  basePersonDays: { minimal: 3, medium: 8, high: 20 },
  tierScale: { minimal: 0.25, medium: 0.5, high: 1 },
  driverPersonDays: {
    personal_data: 6,
    data_abroad: 10,
    biometrics: 14,
    emotion_recognition: 8,
    automated_decisions: 14,
    synthetic_content: 4,
    high_autonomy: 24,
    restricted_data: 10,
    state_infosec: 32,
    eu_market: 30,
    trusted_list_audit: 10,
    copyrighted_training: 3,
    low_autonomy: 3,
    not_user_facing: 2,
  },
  spread: 0.2,
};
