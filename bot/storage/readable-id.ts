import { z } from "zod";
import type { Queries } from "./db.js";
import { IsoInstant, parseRow } from "./rows.js";

const ASTANA_UTC_OFFSET_MS = 5 * 60 * 60 * 1000;

/** The calendar year in Astana at `now`: Kazakhstan has kept a single time zone, UTC+5, since 1 March 2024. */
export function astanaYear(now: string): number {
  const instant = Date.parse(IsoInstant.parse(now));
  return new Date(instant + ASTANA_UTC_OFFSET_MS).getUTCFullYear();
}

const Counter = z.object({ counter: z.number().int().positive() });

/**
 * The next readable id, `${prefix}-${year}-0001` onwards, numbered afresh each year. The counter lives in its own
 * table so an id is never handed out twice, even after rows are deleted. Call it inside the inserting transaction.
 */
export async function nextReadableId(q: Queries, prefix: string, now: string): Promise<string> {
  const scope = `${prefix}-${astanaYear(now)}`;
  const row = await q.get(
    `INSERT INTO id_sequences (scope, counter) VALUES (?, 1)
     ON CONFLICT (scope) DO UPDATE SET counter = counter + 1
     RETURNING counter`,
    [scope],
  );
  const { counter } = parseRow(Counter, row, "id_sequences");
  return `${scope}-${String(counter).padStart(4, "0")}`;
}
