import { z } from "zod";
import { StorageError } from "./errors.js";

// Row schemas live at module level, never inside a repository function: zod 4 compiles a schema on its first
// parse (about 0.1 ms), so one built per call paid that on every turn (issue 13's profile: a fifth of a turn's CPU).

/** `SELECT COUNT(*) AS n …` */
export const CountRow = z.object({ n: z.number().int() });

/** Parses one row read from `table`; a row that does not fit means a damaged file or a bug, not user error. */
export function parseRow<S extends z.ZodType>(schema: S, row: unknown, table: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new StorageError(`a row of ${table} does not match its schema`, { cause: parsed.error });
  return parsed.data;
}

export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[], table: string): z.output<S>[] {
  return rows.map((row) => parseRow(schema, row, table));
}

/** A TEXT column that holds JSON, checked against `schema` once parsed. */
export function jsonColumn<S extends z.ZodType>(schema: S) {
  return z.string().transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "the column does not hold JSON" });
      return z.NEVER;
    }
  }).pipe(schema);
}

/** Callers pass timestamps in (repositories never read the clock); an offset is required so the instant is unambiguous. */
export const IsoInstant = z.iso.datetime({ offset: true });
export type IsoInstant = z.infer<typeof IsoInstant>;
