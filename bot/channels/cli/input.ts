import { z } from "zod";
import { Lang } from "../../../knowledge/types.js";
import { SystemProfile } from "../../../knowledge/profile/schema.js";

/** Why a text a person sent cannot be read. Each becomes an error naming the field, never an all-"unknown" result. */
export type TextProblem = "empty" | "invisible" | "notUtf8";

// Spaces of every kind (NBSP included), control characters, and characters that draw nothing (U+200B, U+2060, U+FEFF …).
const NOTHING_VISIBLE = /^[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]*$/u;

/** The first reason `text` cannot be read, or null when it can. */
export function textProblem(text: string): TextProblem | null {
  if (text === "") return "empty";
  // U+FFFD is what decoding makes of bytes that are not UTF-8: what we would read is not what was written.
  if (text.includes("\uFFFD")) return "notUtf8";
  return NOTHING_VISIBLE.test(text) ? "invisible" : null;
}

// Batch errors are JSON for programs, in English like zod's own; the terminal says the same in cli.text.* (locales).
const TEXT_PROBLEM: Record<TextProblem, string> = {
  empty: "is empty",
  invisible: "has nothing readable in it (only spaces or invisible characters)",
  notUtf8: "is not valid UTF-8 text (send it as UTF-8)",
};

/** Adds an issue at `path` when `text` cannot be read; the interview's line uses it too (interview.ts). */
export function checkReadable(text: string, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  const problem = textProblem(text);
  if (problem !== null) ctx.addIssue({ code: "custom", path, message: TEXT_PROBLEM[problem] });
}

// Text a person wrote, as a batch field: up to `max` characters, with something readable in it.
const ReadableText = (max: number) => z.string().max(max).superRefine((text, ctx) => checkReadable(text, ctx));

/** A profile file must name only fields we know, so a typo is an error rather than a silent "unknown". */
export const ProfileInput = z.strictObject(SystemProfile.shape);

const ProfileLine = z.strictObject({ profile: ProfileInput, lang: Lang.optional() });
const DescribeLine = z.strictObject({ describe: ReadableText(10_000), lang: Lang.optional() });

/**
 * One line of `assess --batch`. The variant is picked by its key before parsing, so an error names the
 * field inside it (`profile.failureImpact: …`) instead of a union's bare "invalid input".
 */
export const AssessLine = z.unknown().transform((raw, ctx) => {
  const schema = typeof raw === "object" && raw !== null && "profile" in raw ? ProfileLine : DescribeLine;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});
export type AssessLine = z.output<typeof AssessLine>;

/** One line of `ask --batch`. */
export const AskLine = z.strictObject({ question: ReadableText(2_000), lang: Lang.optional() });
export type AskLine = z.infer<typeof AskLine>;

/** One batch line parsed by `schema`, or the error to print for it; `raw` is what the line held, when it was JSON. */
export function parseJsonLine<T>(line: string, schema: z.ZodType<T>): { value: T } | { error: string; raw?: unknown } {
  if (NOTHING_VISIBLE.test(line)) return { error: "line is empty" };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: "line is not valid JSON" };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { value: parsed.data } : { error: describeIssues(parsed.error), raw };
}

// Lists in an error stop after this many items: 5,000 unknown keys made a 54 KB line no one could read.
const SHOWN = 5;
const MAX_NAME = 40;

const capped = (items: string[], separator: string): string =>
  items.length <= SHOWN ? items.join(separator) : `${items.slice(0, SHOWN).join(separator)}${separator}and ${items.length - SHOWN} more`;

// A key is the sender's text and may be any length.
const shortName = (name: string): string => ([...name].length > MAX_NAME ? `${[...name].slice(0, MAX_NAME - 1).join("")}…` : name);

function issueMessage(issue: z.core.$ZodIssue): string {
  // The variant pickers re-add zod's unrecognized_keys issue as a custom one; its `keys` survive either way.
  const keys = (issue as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) return issue.message;
  const names = keys.map((k) => JSON.stringify(shortName(String(k))));
  return `unknown ${names.length === 1 ? "key" : "keys"} ${capped(names, ", ")}`;
}

/** A zod failure as one line that names each field, e.g. `profile.autonomy: expected one of low|medium|high|unknown`. */
export function describeIssues(error: z.ZodError, prefix = ""): string {
  const described = error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map((p) => shortName(String(p)))].filter(Boolean).join(".");
    return `${path || "input"}: ${issueMessage(issue)}`;
  });
  return capped(described, "; ");
}
