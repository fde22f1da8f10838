import { test } from "node:test";
import assert from "node:assert/strict";
import { isRealCitation } from "../../knowledge/law/articles.js";
import type { WorkCalendar } from "../../knowledge/estimate/calendar/index.js";
import { CALENDAR_2026 } from "../../knowledge/estimate/calendar/2026.js";
import { TIMELINE_DEFAULTS, listingTimeline, type TimelineOptions } from "../../knowledge/estimate/timeline.js";
import { Timeline, type Effort } from "../../knowledge/estimate/types.js";
import { nextWorkingDay, workingDaysBetween } from "../../knowledge/estimate/working-days.js";

/** A documentation estimate of `low`–`high` person-days; only the range matters to the timeline. */
const effort = (low: number, high: number): Effort => ({
  personDays: { low, high },
  costUsd: { low: low * 500, high: high * 500 },
  costKzt: { low: low * 285_294, high: high * 285_294 },
  usdToKzt: 570.588,
  drivers: [],
  confidence: "secondary",
});

/** What env.now would hand the flow: the eve of Nauryz 2026. */
const EVE_OF_NAURYZ = "2026-03-20";

function plan(start: string, e: Effort, options?: TimelineOptions, cal?: WorkCalendar): Timeline {
  const r = listingTimeline(start, e, options, cal);
  assert.ok(r.ok, `timeline from ${start} should fit the years we hold`);
  return r.value;
}

const dates = (t: Timeline) => Object.fromEntries(t.steps.map((s) => [s.code, [s.start, s.end, s.workingDays]]));

test("work planned on the eve of Nauryz starts after the five days off", () => {
  const t = plan(EVE_OF_NAURYZ, effort(4, 4), { teamSize: 1, includeListing: false });
  assert.deepEqual(dates(t), { documentation: ["2026-03-26", "2026-03-31", 4] });
  assert.equal(t.end, "2026-03-31");
});

test("a typical high-risk system starting on 20 March 2026 is on the trusted list by 24 July 2026", () => {
  const t = plan(EVE_OF_NAURYZ, effort(40, 60));
  assert.equal(t.start, EVE_OF_NAURYZ);
  assert.deepEqual(dates(t), {
    documentation: ["2026-03-26", "2026-04-29", 25],
    auditor_wait: ["2026-04-30", "2026-06-04", 22],
    audit: ["2026-06-05", "2026-07-02", 20],
    authority_review: ["2026-07-03", "2026-07-17", 10],
    publication: ["2026-07-20", "2026-07-24", 5],
    resubmission: ["2026-07-20", "2026-07-24", 5],
  });
  assert.equal(t.end, "2026-07-24");
  assert.ok(Timeline.safeParse(t).success);
});

test("if the authority asks for corrections once, publication moves a working week later", () => {
  const t = plan(EVE_OF_NAURYZ, effort(40, 60));
  assert.equal(t.resubmissionEnd, "2026-07-31");
});

test("the wait for an auditor skips the May holidays and Kurban Ait", () => {
  const t = plan("2026-04-29", effort(1, 1), { auditorWaitWorkingDays: 17, teamSize: 1 });
  const wait = t.steps.find((s) => s.code === "auditor_wait");
  // 1, 7, 11 (Victory Day carried) and 27 May are days off.
  assert.deepEqual([wait?.start, wait?.end], ["2026-05-04", "2026-05-29"]);
});

test("steps follow one another with no gap and no overlap", () => {
  const t = plan("2026-09-01", effort(30, 50), { teamSize: 3 });
  const main = t.steps.filter((s) => s.code !== "resubmission");
  for (let i = 1; i < main.length; i++) {
    assert.deepEqual(nextWorkingDay(main[i - 1]!.end), { ok: true, value: main[i]!.start });
  }
});

test("a longer auditor backlog pushes publication back by the same number of working days", () => {
  const usual = plan("2026-09-01", effort(30, 50));
  const longer = plan("2026-09-01", effort(30, 50), { auditorWaitWorkingDays: TIMELINE_DEFAULTS.auditorWaitWorkingDays + 10 });
  const audit = (t: Timeline) => t.steps.find((s) => s.code === "auditor_wait")?.workingDays;
  assert.equal(audit(usual), 22);
  assert.equal(audit(longer), 32);
  assert.deepEqual(workingDaysBetween(usual.end, longer.end), { ok: true, value: 10 });
});

test("a bigger team finishes the documentation sooner", () => {
  const doc = (teamSize: number) => plan("2026-09-01", effort(40, 60), { teamSize }).steps[0]!;
  assert.equal(doc(1).workingDays, 50);
  assert.equal(doc(5).workingDays, 10);
  assert.ok(doc(5).end < doc(1).end);
});

test("systems below high risk get a documentation-only timeline", () => {
  const t = plan("2026-09-01", effort(6, 10), { includeListing: false });
  assert.deepEqual(t.steps.map((s) => s.code), ["documentation"]);
  assert.equal(t.end, t.steps[0]!.end);
  assert.equal(t.resubmissionEnd, undefined);
});

test("each step says how sure we are and where its duration comes from", () => {
  const t = plan("2026-09-01", effort(40, 60));
  const by = Object.fromEntries(t.steps.map((s) => [s.code, s]));
  assert.equal(by.documentation?.confidence, "secondary");
  assert.equal(by.auditor_wait?.confidence, "secondary");
  assert.equal(by.audit?.confidence, "unverified");
  assert.equal(by.audit?.citation?.act, "order-263");
  for (const code of ["authority_review", "publication", "resubmission"]) {
    assert.equal(by[code]?.confidence, "secondary");
    assert.equal(by[code]?.citation?.act, "trusted-list-rules");
  }
  for (const s of t.steps) if (s.citation) assert.ok(isRealCitation(s.citation), s.code);
});

test("a timeline that runs past 2027 says the calendar is missing rather than guessing", () => {
  const r = listingTimeline("2027-10-01", effort(40, 60));
  assert.deepEqual(r, { ok: false, reason: "calendarMissingYear", detail: "2028" });
});

test("a Government transfer in the calendar moves the dates", () => {
  const cal: WorkCalendar = [
    { ...CALENDAR_2026, transfers: [{ workingDay: "2026-09-05", dayOff: "2026-09-07", confidence: "secondary", source: "test" }] },
  ];
  const t = plan("2026-09-03", effort(3, 3), { teamSize: 1, includeListing: false }, cal);
  assert.deepEqual(dates(t), { documentation: ["2026-09-04", "2026-09-08", 3] });
});
