import type { CalendarYear } from "./schema.js";

const LAW = "Holidays Law No. 267-II, art. 3 (version of 19.04.2023)";

/** 2026. Days carried over under Holidays Law art. 5 (9, 24, 25 March; 11 May; 26 October) are computed, not listed. */
export const CALENDAR_2026: CalendarYear = {
  year: 2026,
  holidays: [
    { date: "2026-01-01", name: "new_year", confidence: "primary", source: LAW },
    { date: "2026-01-02", name: "new_year", confidence: "primary", source: LAW },
    { date: "2026-03-08", name: "womens_day", confidence: "primary", source: LAW },
    { date: "2026-03-21", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2026-03-22", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2026-03-23", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2026-05-01", name: "unity_day", confidence: "primary", source: LAW },
    { date: "2026-05-07", name: "defender_day", confidence: "primary", source: LAW },
    { date: "2026-05-09", name: "victory_day", confidence: "primary", source: LAW },
    { date: "2026-07-06", name: "capital_day", confidence: "primary", source: LAW },
    { date: "2026-10-25", name: "republic_day", confidence: "primary", source: "Holidays Law No. 267-II, art. 2" },
    { date: "2026-12-16", name: "independence_day", confidence: "primary", source: LAW },
  ],
  religiousDaysOff: [
    { date: "2026-01-07", name: "orthodox_christmas", confidence: "secondary", source: "Labour Code art. 84(5), via research notes §15" },
    {
      date: "2026-05-27",
      name: "kurban_ait",
      confidence: "secondary",
      source: "Spiritual Administration of Muslims of Kazakhstan calendar for 2026, reported by zakon.kz (6 Nov 2025) and kazpravda.kz (14 Jan 2026); may move by one day with the new moon",
    },
  ],
  // No Government transfer for 2026 was found: Kazinform's overview of the year's days off (inform.kz, 2 Jan 2026)
  // and the e-government calendar as reported by alau.kz list only the art. 5 carry-overs. A later decree was not seen.
  transfers: [],
  // Had 30 August (a Sunday) stayed a holiday, art. 5 would carry it to Monday 31 August.
  reportedChanges: [
    { date: "2026-08-31", counted: "working_day", confidence: "secondary", source: "Constitution Day reported moved to 15 March (taspanews.kz, 18 Mar 2026)" },
  ],
  notes: [
    "30 August is not a holiday in 2026: the Ministry of Labour said Constitution Day moves to 15 March from 2027 (taspanews.kz, 18 Mar 2026; secondary). Art. 3 of the stored Holidays Law still lists 30 August.",
    "Government transfers for 2026 (Labour Code art. 85(3)): none reported as of January 2026 (secondary); a decree adopted later in the year is not reflected.",
  ],
};
