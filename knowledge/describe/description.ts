import { z } from "zod";
import { fieldValues, PROFILE_FIELDS, SystemProfile, type ProfileField } from "../profile/schema.js";

/** A profile value that says something: "unknown" is what a description leaves out, so it is never inferred. */
export type KnownValue<F extends ProfileField> = Exclude<SystemProfile[F], "unknown">;

/** Only the fields a description gave away; a field it says nothing about is absent, not "unknown". */
export type InferredProfile = { [F in ProfileField]?: KnownValue<F> };

const knownValues = (field: ProfileField): [string, ...string[]] => {
  const [first, ...rest] = fieldValues(field).filter((v) => v !== "unknown");
  return [first!, ...rest];
};

// SystemProfile.partial() would still fill every absent field with its default "unknown", so the shape is rebuilt
// from each field's values. The cast only restores the static type that Object.fromEntries loses.
export const InferredProfile = z
  .object(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, z.enum(knownValues(f)).optional()])))
  .strict() as unknown as z.ZodType<InferredProfile>;

/** One field read from the founder's text, with the words that gave it away. */
export const Inference = z.object({
  field: SystemProfile.keyof(),
  value: z.string(),
  /** The founder's own words, exactly as written (each is a substring of the text). */
  evidence: z.array(z.string().min(1)).min(1),
  confidence: z.number().min(0).max(1),
});
export type Inference = z.infer<typeof Inference>;

/** What `describe` reads from a free-text description: a partial profile and the reasons for each field. */
export const Description = z.object({ profile: InferredProfile, inferences: z.array(Inference) });
export type Description = z.infer<typeof Description>;
