import { z } from "zod";
import type { Queries } from "./db.js";
import { astanaYear } from "../runtime/astana-time.js";
import { IsoInstant, parseRow } from "./rows.js";

const Counter = z.object({ counter: z.number().int().positive() });

/**
 * The next readable id, `${prefix}-${year}-0001` onwards, numbered afresh each year. The counter lives in its own
 * table so an id is never handed out twice, even after rows are deleted. Call it inside the inserting transaction.
 */
export async function nextReadableId(q: Queries, prefix: string, now: string): Promise<string> {
  const scope = `${prefix}-${astanaYear(IsoInstant.parse(now))}`;
  const row = await q.get(
    `INSERT INTO id_sequences (scope, counter) VALUES (?, 1)
     ON CONFLICT (scope) DO UPDATE SET counter = counter + 1
     RETURNING counter`,
    [scope],
  );
  const { counter } = parseRow(Counter, row, "id_sequences");
  return `${scope}-${String(counter).padStart(4, "0")}`;
}
