import { fail, ok, type Result } from "../types.js";
import { BUILT_IN_CALENDAR, type WorkCalendar } from "./calendar/index.js";
import type { IsoDate } from "./types.js";

const DAY_MS = 86_400_000;

function toTime(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const time = Date.UTC(y, m - 1, d);
  // A date like 2026-02-30 passes the IsoDate pattern; rolling it over silently would shift every deadline.
  if (toIso(time) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return time;
}

const toIso = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);
const addDays = (date: IsoDate, n: number): IsoDate => toIso(toTime(date) + n * DAY_MS);
const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

type Resolved = { years: ReadonlySet<number>; daysOff: ReadonlySet<IsoDate>; workingDays: ReadonlySet<IsoDate> };

const resolved = new WeakMap<WorkCalendar, Resolved>();

/**
 * Holidays Law art. 5: a holiday on a weekend day makes the next working day after the holiday a day off.
 * Religious days off (Labour Code art. 84(5)) block a carried day but never carry themselves. Government
 * transfers (art. 85(3)) are applied last, since each decree is drawn up against the carried calendar.
 */
function resolve(cal: WorkCalendar): Resolved {
  const cached = resolved.get(cal);
  if (cached) return cached;
  const holidays = cal.flatMap((y) => y.holidays.map((h) => h.date)).sort();
  const daysOff = new Set<IsoDate>([...holidays, ...cal.flatMap((y) => y.religiousDaysOff.map((r) => r.date))]);
  for (const holiday of holidays.filter(isWeekend)) {
    let day = addDays(holiday, 1);
    while (isWeekend(day) || daysOff.has(day)) day = addDays(day, 1);
    daysOff.add(day);
  }
  const workingDays = new Set<IsoDate>();
  for (const transfer of cal.flatMap((y) => y.transfers)) {
    if (transfer.workingDay !== undefined) {
      workingDays.add(transfer.workingDay);
      daysOff.delete(transfer.workingDay);
    }
    if (transfer.dayOff !== undefined) daysOff.add(transfer.dayOff);
  }
  const result = { years: new Set(cal.map((y) => y.year)), daysOff, workingDays };
  resolved.set(cal, result);
  return result;
}

/** The failure for a date outside the years we hold; `detail` names the year to add. */
const missingYear = (date: IsoDate) => fail("calendarMissingYear", String(yearOf(date)));
const covers = (r: Resolved, date: IsoDate): boolean => r.years.has(yearOf(date));

/**
 * Whether people work on this day in Kazakhstan under a five-day week: not a weekend, a holiday
 * (Holidays Law art. 5), a carried-over day, a religious day off or a transferred day off.
 */
export function isWorkingDay(date: IsoDate, cal: WorkCalendar = BUILT_IN_CALENDAR): Result<boolean, "calendarMissingYear"> {
  const r = resolve(cal);
  if (!covers(r, date)) return missingYear(date);
  if (r.workingDays.has(date)) return ok(true);
  return ok(!r.daysOff.has(date) && !isWeekend(date));
}

/**
 * The n-th working day after `start`: day 1 is the first working day strictly after it, as periods counted
 * in working days run from the next day. n = 0 gives `start` itself.
 */
export function workingDaysAfter(start: IsoDate, n: number, cal: WorkCalendar = BUILT_IN_CALENDAR): Result<IsoDate, "calendarMissingYear"> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  if (!covers(resolve(cal), start)) return missingYear(start);
  let day = start;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    const working = isWorkingDay(day, cal);
    if (!working.ok) return working;
    if (working.value) counted += 1;
  }
  return ok(day);
}

/** The first working day strictly after `date`. */
export const nextWorkingDay = (date: IsoDate, cal: WorkCalendar = BUILT_IN_CALENDAR): Result<IsoDate, "calendarMissingYear"> =>
  workingDaysAfter(date, 1, cal);

/**
 * Working days in the span after `from` up to and including `to`, so that
 * `workingDaysBetween(s, workingDaysAfter(s, n))` is n. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: WorkCalendar = BUILT_IN_CALENDAR): Result<number, "calendarMissingYear"> {
  if (to < from) {
    const reverse = workingDaysBetween(to, from, cal);
    return reverse.ok ? ok(-reverse.value) : reverse;
  }
  const r = resolve(cal);
  if (!covers(r, from)) return missingYear(from);
  if (!covers(r, to)) return missingYear(to);
  let count = 0;
  for (let day = from; day < to; ) {
    day = addDays(day, 1);
    const working = isWorkingDay(day, cal);
    if (!working.ok) return working;
    if (working.value) count += 1;
  }
  return ok(count);
}
