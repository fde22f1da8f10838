import type { RiskTier } from "../law/codes.js";
import type { ProfileField, SystemProfile, YesNo } from "../profile/schema.js";
import {
  DEFAULT_EFFORT_PARAMS,
  type EffortParams,
  type LoweringDriver,
  type RaisingDriver,
} from "./effort-model.js";
import type { Effort, EffortDriver } from "./types.js";

const when = (yes: boolean, no: boolean): YesNo => (yes ? "yes" : no ? "no" : "unknown");

type Raising = {
  /** The answers the driver reads: while one of them is unknown, so may the driver be. */
  reads: readonly ProfileField[];
  /** Whether the profile has the driver. */
  has: (p: SystemProfile, tier: RiskTier) => YesNo;
};

/** For each raising driver, what it reads and whether the profile has it; the law behind each is named beside it. */
const RAISING: Record<RaisingDriver, Raising> = {
  // Art. 10 and the PD Law.
  personal_data: { reads: ["personalData"], has: (p) => p.personalData },
  // PD Law art. 12(2) and 16: storage in Kazakhstan, conditions for transfer.
  data_abroad: {
    reads: ["personalData", "dataStorage", "trainingLocation"],
    has: (p) =>
      p.personalData === "no"
        ? "no"
        : when(
            p.dataStorage === "abroad" || p.dataStorage === "both" || p.trainingLocation === "abroad",
            (p.dataStorage === "kazakhstan" || p.dataStorage === "none") &&
              (p.trainingLocation === "kazakhstan" || p.trainingLocation === "no_personal_data"),
          ),
  },
  // Art. 17(3)(5).
  biometrics: { reads: ["biometrics"], has: (p) => p.biometrics },
  // Art. 17(3)(6): consent has to be evidenced.
  emotion_recognition: { reads: ["emotionRecognition"], has: (p) => p.emotionRecognition },
  // PD Law art. 19-1 and Art. 6: consent, objection, and fairness evidence.
  automated_decisions: { reads: ["automatedDecisions"], has: (p) => p.automatedDecisions },
  // Art. 21(2): machine-readable marking and a visible warning.
  synthetic_content: { reads: ["syntheticContent"], has: (p) => p.syntheticContent },
  // Art. 17(2): no human can correct the decision, so robustness must be stress-tested.
  high_autonomy: { reads: ["autonomy"], has: (p) => (p.autonomy === "unknown" ? "unknown" : p.autonomy === "high" ? "yes" : "no") },
  // Art. 17(4): restricted data need a local regime.
  restricted_data: { reads: ["restrictedData"], has: (p) => p.restrictedData },
  // Art. 17(1), last paragraph: only high-risk systems are equated to state ones for infosec.
  state_infosec: {
    reads: ["criticalInfrastructure", "stateResources"],
    has: (p, tier) =>
      tier !== "high"
        ? "no"
        : when(
            p.criticalInfrastructure === "yes" || p.stateResources === "yes",
            p.criticalInfrastructure === "no" && p.stateResources === "no",
          ),
  },
  eu_market: { reads: ["euMarket"], has: (p) => p.euMarket },
  // Art. 19(2), 20(2): trusted lists are for high-risk systems, and need an audit.
  trusted_list_audit: { reads: ["wantsTrustedList"], has: (p, tier) => (tier === "high" ? p.wantsTrustedList : "no") },
  // Art. 23(5): machine-readable opt-outs must be checked.
  copyrighted_training: { reads: ["trainsOnWorks"], has: (p) => p.trainsOnWorks },
};

/**
 * The answers a raising driver reads, so that a result can tell which of its lines an answer moves (a driver
 * kept only once a prohibited capability is changed, for instance).
 */
export const driverReads = (code: string): readonly ProfileField[] => RAISING[code as RaisingDriver]?.reads ?? [];

const LOWERING: Record<LoweringDriver, (p: SystemProfile) => boolean> = {
  // Art. 17(2): a human makes every final choice, so oversight is simpler to document.
  low_autonomy: (p) => p.autonomy === "low",
  // Art. 15(2)(4)-(5), 21(1): no user agreement, user support or disclosure material to write.
  not_user_facing: (p) => p.userFacing === "no",
};

const tenth = (x: number): number => Math.round(x * 10) / 10;

/**
 * Art. 15(2)(3): documentation effort scaled to the system's impact. A base per risk tier plus additive
 * drivers, ± the market spread. An unanswered driver is left out of the lower bound, counted in full in the
 * upper bound, and reported at half its weight under `unknown_answers`, which names the unknown answers behind
 * it so the founder can settle them. Market calibration comes from a
 * news report, so the result is always secondary.
 */
export function estimateEffort(profile: SystemProfile, tier: RiskTier, params: Partial<EffortParams> = {}): Effort {
  // An explicit `undefined` in params keeps the default rather than erasing it.
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  const p: EffortParams = { ...DEFAULT_EFFORT_PARAMS, ...given };
  const scale = p.tierScale[tier];
  const drivers: EffortDriver[] = [];
  let known = p.basePersonDays[tier];
  let unknown = 0;
  const open = new Set<ProfileField>();
  for (const [code, driver] of Object.entries(RAISING) as [RaisingDriver, Raising][]) {
    const weight = p.driverPersonDays[code] * scale;
    const a = driver.has(profile, tier);
    if (a === "yes") {
      known += weight;
      drivers.push({ code, effect: "raises", personDays: tenth(weight) });
    } else if (a === "unknown") {
      unknown += weight;
      for (const field of driver.reads) if (profile[field] === "unknown") open.add(field);
    }
  }
  for (const [code, applies] of Object.entries(LOWERING) as [LoweringDriver, (typeof LOWERING)[LoweringDriver]][]) {
    if (!applies(profile)) continue;
    const weight = p.driverPersonDays[code] * scale;
    known -= weight;
    drivers.push({ code, effect: "lowers", personDays: tenth(weight) });
  }
  if (unknown > 0) drivers.push({ code: "unknown_answers", effect: "raises", personDays: tenth(unknown / 2), fields: [...open] });
  known = Math.max(known, 1);
  const low = Math.max(1, Math.round(known * (1 - p.spread)));
  const high = Math.max(low, Math.round((known + unknown) * (1 + p.spread)));
  const usd = { low: low * p.dayRateUsd, high: high * p.dayRateUsd };
  return {
    personDays: { low, high },
    costUsd: usd,
    costKzt: { low: Math.round(usd.low * p.usdToKzt), high: Math.round(usd.high * p.usdToKzt) },
    usdToKzt: p.usdToKzt,
    drivers,
    confidence: "secondary",
  };
}
