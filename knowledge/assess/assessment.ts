import { z } from "zod";
import { Citation } from "../law/articles.js";
import { AutonomyClass, ObligationCode, ProhibitedCapability, RiskTier } from "../law/codes.js";
import { Effort, FineExposure, Timeline } from "../estimate/types.js";
import { SystemProfile } from "../profile/schema.js";

/** Why the tier is what it is. Codes have trilingual text in knowledge/entries. */
export const TierReason = z.object({ code: z.string(), citation: Citation });

/** A prohibited capability that the profile shows: Art. 17(3), acted on under Art. 18(2). */
export const ProhibitedFlag = z.object({ code: ProhibitedCapability, article: Citation, field: z.string() });
export type ProhibitedFlag = z.infer<typeof ProhibitedFlag>;

/** A duty that applies, with the condition that made it apply (`why`). */
export const AppliedObligation = z.object({
  code: ObligationCode,
  article: Citation,
  why: z.string(),
  /** Voluntary duties (the trusted-list audit) are listed but not required. */
  voluntary: z.boolean(),
});
export type AppliedObligation = z.infer<typeof AppliedObligation>;

export const EuCounterpart = z.object({ code: z.string(), euArticle: Citation, kzArticle: Citation.optional() });
export type EuCounterpart = z.infer<typeof EuCounterpart>;

/** A question still open whose answer could change the result. */
export const OpenQuestion = z.object({
  questionId: z.string(),
  field: z.string(),
  affects: z.array(z.enum(["tier", "prohibited", "obligations"])),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** What `assess(profile)` returns; stored with every filed submission. */
export const Assessment = z.object({
  kbVersion: z.string(),
  profile: SystemProfile,
  tier: RiskTier,
  /** false when the Art. 17(1) test is still unanswered and the tier is our provisional reading. */
  tierSettled: z.boolean(),
  reasons: z.array(TierReason),
  prohibited: z.array(ProhibitedFlag),
  obligations: z.array(AppliedObligation),
  autonomy: z.object({ class: AutonomyClass, article: Citation }),
  eu: z.array(EuCounterpart),
  effort: Effort,
  /** Set when a prohibited capability shows: effort and timeline are then for the system once changed (Art. 18(2)). */
  effortBasis: z.literal("once_changed").optional(),
  fines: z.array(FineExposure),
  timeline: Timeline.optional(),
  /** Why a timeline was asked for (a start date given) but could not be dated: no working calendar for a year it spans. */
  timelineIssue: z.enum(["calendarMissingYear"]).optional(),
  openQuestions: z.array(OpenQuestion),
});
export type Assessment = z.infer<typeof Assessment>;
