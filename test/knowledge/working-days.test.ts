import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BUILT_IN_CALENDAR,
  CalendarYear,
  HolidayName,
  ReligiousDayName,
  type WorkCalendar,
} from "../../knowledge/estimate/calendar/index.js";
import { CALENDAR_2026 } from "../../knowledge/estimate/calendar/2026.js";
import {
  isWorkingDay,
  nextWorkingDay,
  workingDaysAfter,
  workingDaysBetween,
} from "../../knowledge/estimate/working-days.js";

function working(date: string, cal?: WorkCalendar): boolean {
  const r = isWorkingDay(date, cal);
  assert.ok(r.ok, `${date} should be in a year we hold`);
  return r.value;
}

function after(start: string, n: number, cal?: WorkCalendar): string {
  const r = workingDaysAfter(start, n, cal);
  assert.ok(r.ok, `${start} + ${n} should stay in the years we hold`);
  return r.value;
}

const dayOff = (dates: string[], cal?: WorkCalendar) => dates.forEach((d) => assert.equal(working(d, cal), false, `${d} is a day off`));
const workday = (dates: string[], cal?: WorkCalendar) => dates.forEach((d) => assert.equal(working(d, cal), true, `${d} is a working day`));

test("Nauryz on a weekend in 2026 gives five days off in a row, 21 to 25 March", () => {
  workday(["2026-03-20", "2026-03-26"]);
  dayOff(["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"]);
});

test("the days carried past a weekend holiday are computed, not typed into the data", () => {
  const listed = CALENDAR_2026.holidays.map((h) => h.date);
  for (const carried of ["2026-03-09", "2026-03-24", "2026-03-25", "2026-05-11", "2026-10-26"]) {
    assert.ok(!listed.includes(carried), `${carried} must not be hand-listed`);
    dayOff([carried]);
  }
});

test("a holiday on a weekend makes the next working day a day off (Women's Day, Victory Day, Republic Day 2026)", () => {
  dayOff(["2026-03-08", "2026-03-09", "2026-05-09", "2026-05-11", "2026-10-25", "2026-10-26"]);
  workday(["2026-03-10", "2026-05-08", "2026-05-12", "2026-10-27"]);
});

test("weekday holidays of 2026 are days off and the days around them are not", () => {
  dayOff(["2026-01-01", "2026-01-02", "2026-05-01", "2026-05-07", "2026-07-06", "2026-12-16"]);
  workday(["2026-01-05", "2026-01-06", "2026-05-04", "2026-05-06", "2026-07-07", "2026-12-15", "2026-12-17"]);
});

test("Orthodox Christmas and the first day of Kurban Ait are days off in 2026", () => {
  dayOff(["2026-01-07", "2026-05-27"]);
  workday(["2026-01-08", "2026-05-28"]);
});

test("a religious day off on a weekend gives no extra day off", () => {
  const cal: WorkCalendar = [
    { ...CALENDAR_2026, religiousDaysOff: [{ date: "2026-05-30", name: "kurban_ait", confidence: "unverified", source: "test" }] },
  ];
  dayOff(["2026-05-30"], cal);
  workday(["2026-06-01"], cal);
});

test("30 August 2026 is no longer Constitution Day, so Monday 31 August is a working day", () => {
  workday(["2026-08-31", "2026-09-01"]);
});

test("Constitution Day on Monday 15 March 2027 is a day off", () => {
  dayOff(["2027-03-15"]);
  workday(["2027-03-16", "2027-08-30"]);
});

test("in 2027 Nauryz starts on a Sunday and carries to Wednesday 24 March", () => {
  dayOff(["2027-03-21", "2027-03-22", "2027-03-23", "2027-03-24"]);
  workday(["2027-03-19", "2027-03-25"]);
});

test("counting across the new year skips the 2027 New Year days and Christmas", () => {
  assert.equal(after("2026-12-30", 1), "2026-12-31");
  dayOff(["2027-01-01", "2027-01-02", "2027-01-04", "2027-01-07"]);
  assert.equal(after("2026-12-31", 1), "2027-01-05");
  assert.equal(after("2026-12-31", 2), "2027-01-06");
  assert.equal(after("2026-12-31", 3), "2027-01-08");
});

test("a Government transfer makes a Saturday a working day and a weekday a day off", () => {
  const cal: WorkCalendar = [
    { ...CALENDAR_2026, transfers: [{ workingDay: "2026-07-04", dayOff: "2026-07-07", confidence: "secondary", source: "test" }] },
  ];
  workday(["2026-07-04"], cal);
  dayOff(["2026-07-06", "2026-07-07"], cal);
  assert.equal(after("2026-07-03", 1, cal), "2026-07-04");
  assert.equal(after("2026-07-04", 1, cal), "2026-07-08");
  workday(["2026-07-07"]);
});

test("a date in a year we do not hold is reported as missing, never guessed", () => {
  assert.deepEqual(isWorkingDay("2025-12-31"), { ok: false, reason: "calendarMissingYear", detail: "2025" });
  assert.deepEqual(workingDaysAfter("2027-12-29", 5), { ok: false, reason: "calendarMissingYear", detail: "2028" });
  assert.deepEqual(workingDaysBetween("2026-06-01", "2028-01-10"), { ok: false, reason: "calendarMissingYear", detail: "2028" });
  assert.deepEqual(isWorkingDay("2026-03-20", [CALENDAR_2026]), { ok: true, value: true });
  assert.equal(isWorkingDay("2027-03-15", [CALENDAR_2026]).ok, false);
});

test("the first working day after a date counts from the next day", () => {
  assert.equal(after("2026-03-20", 0), "2026-03-20");
  assert.equal(after("2026-03-20", 1), "2026-03-26");
  assert.deepEqual(nextWorkingDay("2026-03-20"), { ok: true, value: "2026-03-26" });
  assert.deepEqual(nextWorkingDay("2026-03-26"), { ok: true, value: "2026-03-27" });
});

test("the working days between two dates match the count used to reach them", () => {
  assert.deepEqual(workingDaysBetween("2026-03-20", "2026-03-31"), { ok: true, value: 4 });
  assert.deepEqual(workingDaysBetween("2026-03-31", "2026-03-20"), { ok: true, value: -4 });
  assert.deepEqual(workingDaysBetween("2026-03-20", "2026-03-20"), { ok: true, value: 0 });
  for (const n of [1, 10, 22, 60]) {
    assert.deepEqual(workingDaysBetween("2026-11-20", after("2026-11-20", n)), { ok: true, value: n });
  }
});

test("a date that does not exist is a bug, not a day off", () => {
  assert.throws(() => isWorkingDay("2026-02-30"), RangeError);
});

test("the built-in calendar holds 2026 and 2027, each date inside its own year and every name known", () => {
  assert.deepEqual(BUILT_IN_CALENDAR.map((y) => y.year), [2026, 2027]);
  for (const year of BUILT_IN_CALENDAR) {
    assert.ok(CalendarYear.safeParse(year).success);
    for (const h of year.holidays) assert.ok(HolidayName.options.includes(h.name));
    for (const r of year.religiousDaysOff) assert.ok(ReligiousDayName.options.includes(r.name));
  }
  const misplaced = { ...CALENDAR_2026, holidays: [{ date: "2027-01-01", name: "new_year", confidence: "primary", source: "test" }] };
  assert.equal(CalendarYear.safeParse(misplaced).success, false);
});
