import { z } from "zod";
import type { Queries } from "./db.js";
import { parseRow } from "./rows.js";

const MetaRow = z.object({ value: z.string() });

/** A process-wide setting kept with the data, such as the knowledge base version users were last told about. */
export async function getMeta(q: Queries, key: string): Promise<string | null> {
  const row = await q.get("SELECT value FROM meta WHERE key = ?", [key]);
  return row === undefined ? null : parseRow(MetaRow, row, "meta").value;
}

export async function setMeta(q: Queries, key: string, value: string): Promise<void> {
  await q.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]);
}
