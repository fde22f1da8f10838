import type { CalendarYear } from "./schema.js";

const LAW = "Holidays Law No. 267-II, art. 3 (version of 19.04.2023)";

/**
 * 2027. Days carried over under Holidays Law art. 5 (4 January, 24 March, 3 and 10 May) are computed, not listed.
 * Constitution Day is on its new date, 15 March; 30 August is no longer a holiday.
 */
export const CALENDAR_2027: CalendarYear = {
  year: 2027,
  holidays: [
    { date: "2027-01-01", name: "new_year", confidence: "primary", source: LAW },
    { date: "2027-01-02", name: "new_year", confidence: "primary", source: LAW },
    { date: "2027-03-08", name: "womens_day", confidence: "primary", source: LAW },
    {
      date: "2027-03-15",
      name: "constitution_day",
      confidence: "secondary",
      source: "Ministry of Labour via taspanews.kz (18 Mar 2026): the referendum date, observed from 2027; the amending law (reportedly No. 306-VIII) was not seen",
    },
    { date: "2027-03-21", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2027-03-22", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2027-03-23", name: "nauryz", confidence: "primary", source: LAW },
    { date: "2027-05-01", name: "unity_day", confidence: "primary", source: LAW },
    { date: "2027-05-07", name: "defender_day", confidence: "primary", source: LAW },
    { date: "2027-05-09", name: "victory_day", confidence: "primary", source: LAW },
    { date: "2027-07-06", name: "capital_day", confidence: "primary", source: LAW },
    { date: "2027-10-25", name: "republic_day", confidence: "primary", source: "Holidays Law No. 267-II, art. 2" },
    { date: "2027-12-16", name: "independence_day", confidence: "primary", source: LAW },
  ],
  religiousDaysOff: [
    { date: "2027-01-07", name: "orthodox_christmas", confidence: "secondary", source: "Labour Code art. 84(5), via research notes §15" },
    {
      date: "2027-05-16",
      name: "kurban_ait",
      confidence: "unverified",
      source: "Tabulated date of Eid al-Adha 2027 (vacanza/holidays, holidays/calendars/islamic.py); the Spiritual Administration's 2027 calendar was not collected. A Sunday, so it changes no working day unless it moves to Monday 17 May",
    },
  ],
  // The Government's 2027 transfer decree (Labour Code art. 85(3)) was not collected, so no transfer is assumed.
  transfers: [],
  reportedChanges: [
    { date: "2027-03-15", counted: "day_off", confidence: "secondary", source: "Constitution Day reported on its new date (taspanews.kz, 18 Mar 2026)" },
    { date: "2027-08-30", counted: "working_day", confidence: "secondary", source: "30 August reported no longer a holiday (taspanews.kz, 18 Mar 2026)" },
  ],
  notes: [
    "Government transfers for 2027: not collected; add them when the decree is published.",
    "Kurban Ait 2027: unverified estimate; re-check against the Spiritual Administration's calendar (usually published in November).",
  ],
};
