import { CALENDAR_2026 } from "./2026.js";
import { CALENDAR_2027 } from "./2027.js";
import { CalendarYear, type WorkCalendar } from "./schema.js";

export * from "./schema.js";

/** The years we hold, parsed once so that a typo in the data fails at load rather than giving a wrong day. */
export const BUILT_IN_CALENDAR: WorkCalendar = CalendarYear.array().parse([CALENDAR_2026, CALENDAR_2027]);
