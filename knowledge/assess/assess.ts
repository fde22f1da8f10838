import { cite, type Citation } from "../law/articles.js";
import type { AutonomyClass } from "../law/codes.js";
import { estimateEffort } from "../estimate/effort.js";
import type { EffortParams } from "../estimate/effort-model.js";
import { finesExposure } from "../estimate/fines.js";
import { listingTimeline } from "../estimate/timeline.js";
import type { FineOffence, IsoDate } from "../estimate/types.js";
import { allQuestions } from "../profile/questions.js";
import type { SystemProfile } from "../profile/schema.js";
import { KB_VERSION } from "../version.js";
import type { Assessment, OpenQuestion } from "./assessment.js";
import { euCounterparts } from "./eu-map.js";
import { findings, type Findings } from "./findings.js";
import { onceChanged } from "./prohibited.js";
import { answerAffects } from "./relevance.js";

export type AssessOptions = {
  /** The founder's today (Astana); with it the assessment dates a timeline. The engine never reads the clock. */
  today?: IsoDate;
  effortParams?: Partial<EffortParams>;
  auditorWaitWorkingDays?: number;
};

/** Art. 17(2)(1)–(3): the class the founder named, pointed at its subpoint. */
const AUTONOMY_ARTICLE: Readonly<Record<AutonomyClass, Citation>> = {
  low: cite("ai-law", "17", "2", "1"),
  medium: cite("ai-law", "17", "2", "2"),
  high: cite("ai-law", "17", "2", "3"),
  unknown: cite("ai-law", "17", "2"),
};

/** Every unknown field whose answer, alone or through the question it opens, could change the result. */
function openQuestions(profile: SystemProfile, base: Findings): OpenQuestion[] {
  const unknown = new Set(allQuestions().filter((q) => profile[q.field] === "unknown").map((q) => q.field));
  return allQuestions().flatMap((q) => {
    if (!unknown.has(q.field)) return [];
    const affects = answerAffects(profile, q.field, unknown, base);
    return affects.length > 0 ? [{ questionId: q.id, field: q.field, affects }] : [];
  });
}

/**
 * Triage of one AI system under Law No. 230-VIII: the risk tier (Art. 17(1)), prohibited capabilities
 * (Art. 17(3)), the owner's and possessor's duties, the autonomy class (Art. 17(2)), the EU cross-map,
 * documentation effort, КоАП art. 641-1 exposure and, given `today`, a dated road to a trusted list.
 * Pure and deterministic: the same profile and options give the same assessment.
 */
export function assess(profile: SystemProfile, options: AssessOptions = {}): Assessment {
  const found = findings(profile);
  const facts = { tier: found.tier, flagged: found.prohibited.map((f) => f.code) };
  // Art. 18(2): a system with a prohibited capability may not be run as it is, so documenting it as it is would
  // plan for something that must not exist. The effort and the road to a trusted list are for the changed system.
  const changed = found.prohibited.length > 0 ? onceChanged(profile, found.prohibited) : null;
  const planned = changed === null ? { profile, tier: found.tier } : { profile: changed, tier: findings(changed).tier };
  const effort = estimateEffort(planned.profile, planned.tier, options.effortParams);
  const offences: FineOffence[] = [
    ...(profile.syntheticContent === "yes" ? (["synthetic_results_not_disclosed"] as const) : []),
    ...(found.tier === "high" ? (["high_risk_risk_management_failure"] as const) : []),
  ];
  const assessment: Assessment = {
    kbVersion: KB_VERSION.id,
    profile,
    ...found,
    autonomy: { class: profile.autonomy, article: AUTONOMY_ARTICLE[profile.autonomy] },
    eu: euCounterparts(profile, facts),
    effort,
    fines: finesExposure(profile.entitySize, offences),
    openQuestions: openQuestions(profile, found),
    ...(changed === null ? {} : { effortBasis: "once_changed" as const }),
  };
  if (options.today === undefined) return assessment;
  const timeline = listingTimeline(options.today, effort, {
    auditorWaitWorkingDays: options.auditorWaitWorkingDays,
    includeListing: planned.tier === "high",
  });
  return timeline.ok ? { ...assessment, timeline: timeline.value } : { ...assessment, timelineIssue: timeline.reason };
}
