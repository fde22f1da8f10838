import { cite, type Citation } from "../law/articles.js";
import { ok, type Confidence, type Result } from "../types.js";
import { BUILT_IN_CALENDAR, type WorkCalendar } from "./calendar/index.js";
import type { Effort, IsoDate, Timeline, TimelineStep, TimelineStepCode } from "./types.js";
import { workingDaysAfter } from "./working-days.js";

export type TimelineOptions = {
  /** Working days before an auditor can start; the article reports month-long backlogs. */
  auditorWaitWorkingDays?: number;
  /** Working days the audit itself takes; Order No. 263 sets no duration that we have seen. */
  auditWorkingDays?: number;
  /** People writing the documentation in parallel. */
  teamSize?: number;
  /** Trusted lists are for high-risk systems only (Art. 19): pass false for other tiers. */
  includeListing?: boolean;
};

/** Defaults for every step, with how sure we are of each. */
export const TIMELINE_DEFAULTS = {
  teamSize: 2,
  /** News article: "month-long waiting times" for audits, taken as 22 working days (secondary). */
  auditorWaitWorkingDays: 22,
  /** Our estimate of an audit under Order No. 263: about a working month (unverified). */
  auditWorkingDays: 20,
  /** Trusted-list rules as reported: completeness and conformity check (secondary). */
  authorityReviewWorkingDays: 10,
  /** Trusted-list rules as reported: publication after approval (secondary). */
  publicationWorkingDays: 5,
  /** Trusted-list rules as reported: re-review of corrected documents (secondary). */
  resubmissionWorkingDays: 5,
} as const;

type Planned = { code: TimelineStepCode; workingDays: number; confidence: Confidence; citation?: Citation };

/** Dates a step that begins the working day after `anchor`; a step of no days sits on `anchor`. */
function dated(anchor: IsoDate, plan: Planned, cal: WorkCalendar): Result<TimelineStep, "calendarMissingYear"> {
  if (plan.workingDays === 0) return ok({ ...plan, start: anchor, end: anchor });
  const start = workingDaysAfter(anchor, 1, cal);
  if (!start.ok) return start;
  const end = workingDaysAfter(anchor, plan.workingDays, cal);
  if (!end.ok) return end;
  return ok({ ...plan, start: start.value, end: end.value });
}

/**
 * The road from today to publication on a sectoral trusted list (Art. 19(2), Art. 20, trusted-list rules
 * as reported), in Kazakh working days. Work starts the working day after `start`. Documentation takes the
 * midpoint of the effort range shared by the team. If the authority asks for corrections once, the
 * re-review follows its first review and publication follows the re-review, giving `resubmissionEnd`; the
 * time the applicant needs to correct the documents is not counted.
 */
export function listingTimeline(
  start: IsoDate,
  effort: Effort,
  options: TimelineOptions = {},
  cal: WorkCalendar = BUILT_IN_CALENDAR,
): Result<Timeline, "calendarMissingYear"> {
  const d = {
    ...TIMELINE_DEFAULTS,
    teamSize: options.teamSize ?? TIMELINE_DEFAULTS.teamSize,
    auditorWaitWorkingDays: options.auditorWaitWorkingDays ?? TIMELINE_DEFAULTS.auditorWaitWorkingDays,
    auditWorkingDays: options.auditWorkingDays ?? TIMELINE_DEFAULTS.auditWorkingDays,
  };
  if (!Number.isInteger(d.teamSize) || d.teamSize < 1) throw new RangeError(`team size must be a whole number ≥ 1, got ${d.teamSize}`);
  const midpoint = (effort.personDays.low + effort.personDays.high) / 2;
  const plan: Planned[] = [
    {
      code: "documentation",
      workingDays: Math.max(1, Math.ceil(midpoint / d.teamSize)),
      confidence: effort.confidence,
      citation: cite("ai-law", "15", "2", "3"),
    },
  ];
  if (options.includeListing !== false) {
    plan.push(
      { code: "auditor_wait", workingDays: d.auditorWaitWorkingDays, confidence: "secondary" },
      { code: "audit", workingDays: d.auditWorkingDays, confidence: "unverified", citation: cite("order-263", "13-1") },
      { code: "authority_review", workingDays: d.authorityReviewWorkingDays, confidence: "secondary", citation: cite("trusted-list-rules") },
      { code: "publication", workingDays: d.publicationWorkingDays, confidence: "secondary", citation: cite("trusted-list-rules") },
    );
  }
  const steps: TimelineStep[] = [];
  let anchor = start;
  for (const planned of plan) {
    const step = dated(anchor, planned, cal);
    if (!step.ok) return step;
    steps.push(step.value);
    anchor = step.value.end;
  }
  const review = steps.find((s) => s.code === "authority_review");
  if (review === undefined) return ok(withReportedChanges({ start, steps, end: anchor }, cal));

  const resubmission = dated(
    review.end,
    { code: "resubmission", workingDays: d.resubmissionWorkingDays, confidence: "secondary", citation: cite("trusted-list-rules") },
    cal,
  );
  if (!resubmission.ok) return resubmission;
  const resubmissionEnd = workingDaysAfter(resubmission.value.end, d.publicationWorkingDays, cal);
  if (!resubmissionEnd.ok) return resubmissionEnd;
  return ok(withReportedChanges({ start, steps: [...steps, resubmission.value], end: anchor, resubmissionEnd: resubmissionEnd.value }, cal));
}

/** The timeline with the days inside it that a reported, unconfirmed holiday change decides (secondary). */
function withReportedChanges(timeline: Timeline, cal: WorkCalendar): Timeline {
  const last = timeline.resubmissionEnd ?? timeline.end;
  const changes = cal
    .flatMap((y) => y.reportedChanges)
    .filter((c) => c.date > timeline.start && c.date <= last)
    .map(({ date, counted }) => ({ date, counted }));
  return changes.length > 0 ? { ...timeline, reportedChanges: changes } : timeline;
}
