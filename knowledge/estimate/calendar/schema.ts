import { z } from "zod";
import { Confidence } from "../../types.js";
import { IsoDate } from "../types.js";

/**
 * Holidays Law No. 267-II, art. 2 (national) and art. 3 (state) holidays, plus Constitution Day on its new date.
 * The codes are a public contract: the lead translates them into kk, ru and en.
 */
export const HolidayName = z.enum([
  "new_year",
  "womens_day",
  "nauryz",
  "unity_day",
  "defender_day",
  "victory_day",
  "capital_day",
  "constitution_day",
  "republic_day",
  "independence_day",
]);
export type HolidayName = z.infer<typeof HolidayName>;

/** Labour Code art. 84(5) (secondary): religious days off, which never carry to a working day. */
export const ReligiousDayName = z.enum(["orthodox_christmas", "kurban_ait"]);
export type ReligiousDayName = z.infer<typeof ReligiousDayName>;

/** Where a calendar fact comes from, so that a reviewer can re-check it. */
const Sourced = z.object({ confidence: Confidence, source: z.string().min(1) });

export const Holiday = Sourced.extend({ date: IsoDate, name: HolidayName });
export type Holiday = z.infer<typeof Holiday>;

export const ReligiousDayOff = Sourced.extend({ date: IsoDate, name: ReligiousDayName });
export type ReligiousDayOff = z.infer<typeof ReligiousDayOff>;

/**
 * Labour Code art. 85(3) (secondary): a Government decree moves a day off, usually by making a Saturday a
 * working day and a weekday a day off. Either half may stand alone.
 */
export const DayOffTransfer = Sourced.extend({ workingDay: IsoDate.optional(), dayOff: IsoDate.optional() })
  .refine((t) => t.workingDay !== undefined || t.dayOff !== undefined, "a transfer moves at least one day");
export type DayOffTransfer = z.infer<typeof DayOffTransfer>;

/**
 * A day whose status rests on a reported, unconfirmed change rather than on a law's text we hold: Constitution
 * Day reported moved from 30 August to 15 March. A timeline that crosses it says so.
 */
export const ReportedChange = Sourced.extend({ date: IsoDate, counted: z.enum(["working_day", "day_off"]) });
export type ReportedChange = z.infer<typeof ReportedChange>;

/**
 * One year of the Kazakh working calendar. Holidays are listed on their statutory dates only: the days
 * that Holidays Law art. 5 carries over are computed in working-days.ts, never listed by hand.
 */
export const CalendarYear = z
  .object({
    year: z.number().int(),
    holidays: z.array(Holiday),
    religiousDaysOff: z.array(ReligiousDayOff),
    transfers: z.array(DayOffTransfer),
    reportedChanges: z.array(ReportedChange).default([]),
    /** What we know we do not know about this year. */
    notes: z.array(z.string()),
  })
  .superRefine((y, ctx) => {
    const dates = [
      ...y.holidays.map((h) => h.date),
      ...y.religiousDaysOff.map((r) => r.date),
      ...y.transfers.flatMap((t) => [t.workingDay, t.dayOff].filter((d): d is string => d !== undefined)),
    ];
    for (const date of dates) {
      if (!date.startsWith(`${y.year}-`)) ctx.addIssue({ code: "custom", message: `${date} is not in ${y.year}` });
    }
  });
export type CalendarYear = z.infer<typeof CalendarYear>;

/** The years a calculation may use; a date in any other year is a `calendarMissingYear` failure. */
export type WorkCalendar = readonly CalendarYear[];
