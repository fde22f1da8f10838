import { z } from "zod";
import { Lang } from "../../../knowledge/types.js";
import { SystemProfile } from "../../../knowledge/profile/schema.js";

/** A profile file must name only fields we know, so a typo is an error rather than a silent "unknown". */
export const ProfileInput = z.strictObject(SystemProfile.shape);

/** One line of `assess --batch`. */
export const AssessLine = z.union([
  z.strictObject({ profile: ProfileInput }),
  z.strictObject({ describe: z.string().min(1).max(10_000), lang: Lang.optional() }),
]);
export type AssessLine = z.infer<typeof AssessLine>;

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
