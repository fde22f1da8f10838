import { z } from "zod";
import { Citation } from "../law/articles.js";
import { Confidence } from "../types.js";
import { EntitySize } from "../law/codes.js";
import { SystemProfile } from "../profile/schema.js";

/** A calendar date, YYYY-MM-DD, in Astana time; the engine never reads the clock. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

const Range = z.object({ low: z.number(), high: z.number() });
export type Range = z.infer<typeof Range>;

/** What moves the documentation estimate, and by how much (person-days at the midpoint). */
export const EffortDriver = z.object({
  code: z.string(),
  effect: z.enum(["raises", "lowers"]),
  personDays: z.number(),
  /** For `unknown_answers`: the unknown answers it stands for. Absent in assessments stored before it existed. */
  fields: z.array(SystemProfile.keyof()).optional(),
});
export type EffortDriver = z.infer<typeof EffortDriver>;

/** Documentation effort: a transparent model whose parameters live in data (knowledge/estimate/effort-model.ts). */
export const Effort = z.object({
  personDays: Range,
  costUsd: Range,
  costKzt: Range,
  usdToKzt: z.number(),
  drivers: z.array(EffortDriver),
  /** Market calibration comes from a news article: always secondary. */
  confidence: Confidence,
});
export type Effort = z.infer<typeof Effort>;

export const TimelineStepCode = z.enum([
  "documentation",
  "auditor_wait",
  "audit",
  "authority_review",
  "publication",
  "resubmission",
]);
export type TimelineStepCode = z.infer<typeof TimelineStepCode>;

/** One dated step; `start` and `end` are working days, `end` inclusive. */
export const TimelineStep = z.object({
  code: TimelineStepCode,
  workingDays: z.number().int().nonnegative(),
  start: IsoDate,
  end: IsoDate,
  citation: Citation.optional(),
  confidence: Confidence,
});
export type TimelineStep = z.infer<typeof TimelineStep>;

export const Timeline = z.object({
  start: IsoDate,
  steps: z.array(TimelineStep),
  /** The last day of the main path, without the re-submission branch. */
  end: IsoDate,
  /** Days after `end` if the authority asks for corrections once. */
  resubmissionEnd: IsoDate.optional(),
  /** Days inside the timeline whose status rests on a reported, unconfirmed holiday change (secondary). */
  reportedChanges: z.array(z.object({ date: IsoDate, counted: z.enum(["working_day", "day_off"]) })).optional(),
});
export type Timeline = z.infer<typeof Timeline>;

export const FineOffence = z.enum(["synthetic_results_not_disclosed", "high_risk_risk_management_failure"]);
export type FineOffence = z.infer<typeof FineOffence>;

const Amount = z.object({ mci: z.number().int(), kzt: z.number().int() });

/** КоАП art. 641-1 exposure for one offender category. */
export const FineExposure = z.object({
  entitySize: EntitySize,
  offence: FineOffence,
  article: Citation,
  first: Amount,
  repeat: Amount.extend({ sanction: z.literal("suspension_or_ban") }),
});
export type FineExposure = z.infer<typeof FineExposure>;
