import type { IsoDate } from "../../knowledge/estimate/types.js";

/** Kazakhstan has kept a single time zone, UTC+5, since 1 March 2024; it has no daylight saving. */
const ASTANA_UTC_OFFSET_MS = 5 * 60 * 60 * 1000;

const shifted = (instant: Date | string): Date =>
  new Date((typeof instant === "string" ? Date.parse(instant) : instant.getTime()) + ASTANA_UTC_OFFSET_MS);

/** The calendar date in Astana at an instant: the day working-day deadlines count from. */
export const astanaDate = (instant: Date | string): IsoDate => shifted(instant).toISOString().slice(0, 10);

/** The calendar year in Astana at an instant: readable ids are numbered afresh each year. */
export const astanaYear = (instant: Date | string): number => shifted(instant).getUTCFullYear();
