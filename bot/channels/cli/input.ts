import { z } from "zod";
import { Lang } from "../../../knowledge/types.js";
import { SystemProfile } from "../../../knowledge/profile/schema.js";

/** A profile file must name only fields we know, so a typo is an error rather than a silent "unknown". */
export const ProfileInput = z.strictObject(SystemProfile.shape);

const ProfileLine = z.strictObject({ profile: ProfileInput, lang: Lang.optional() });
const DescribeLine = z.strictObject({ describe: z.string().min(1).max(10_000), lang: Lang.optional() });

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
export const AskLine = z.strictObject({ question: z.string().min(1).max(2_000), lang: Lang.optional() });
export type AskLine = z.infer<typeof AskLine>;

/** A zod failure as one line that names each field, e.g. `profile.autonomy: expected one of low|medium|high|unknown`. */
export function describeIssues(error: z.ZodError, prefix = ""): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
      return `${path || "input"}: ${issue.message}`;
    })
    .join("; ");
}
