import { z } from "zod";

/** The three languages the product speaks; Kazakh first, as the state language. */
export const Lang = z.enum(["kk", "ru", "en"]);
export type Lang = z.infer<typeof Lang>;
export const LANGS: readonly Lang[] = Lang.options;

/**
 * How sure we are of a fact, in the research notes' own marks.
 * `primary`: the law's own text; `primary-mirror`: an official text seen through an excerpt or copy;
 * `secondary`: news or law-firm reports; `unverified`: a single non-official source.
 */
export const Confidence = z.enum(["primary", "primary-mirror", "secondary", "unverified"]);
export type Confidence = z.infer<typeof Confidence>;

/** A text in each of the product's languages. */
export const Trilingual = z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
export type Trilingual = z.infer<typeof Trilingual>;

/** An expected outcome: a value, or a reason the caller turns into a message. */
export type Result<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R; detail?: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(reason: R, detail?: string): { ok: false; reason: R; detail?: string } =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

/** Ends every exhaustive switch over a union. */
export function assertNever(x: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(x)}`);
}

/** Freezes `value` and everything in it, for results shared between callers (memos, reused states). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
