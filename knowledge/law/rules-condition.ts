import type { ProhibitedCapability, RiskTier } from "./codes.js";
import type { ProfileField, SystemProfile } from "../profile/schema.js";

/** A field holds one of the listed values; the values are checked against the field's own type. */
type FieldIs = { [F in ProfileField]: { field: F; is: readonly SystemProfile[F][] } }[ProfileField];
/** A field holds none of the listed values ("unknown" counts as a value). */
type FieldNot = { [F in ProfileField]: { field: F; not: readonly SystemProfile[F][] } }[ProfileField];

/** A condition on the profile alone: the language of questions' `askWhen` and of rule tables. */
export type FieldCondition = FieldIs | FieldNot | { all: readonly FieldCondition[] } | { any: readonly FieldCondition[] };

/**
 * A rule's condition: profile fields, plus the tier the tier rules gave and the prohibited capabilities the
 * profile shows, for duties that follow from them (Art. 18(2), 19(2)).
 */
export type RuleCondition =
  | FieldIs
  | FieldNot
  | { tier: readonly RiskTier[] }
  | { flagged: ProhibitedCapability | "any" }
  | { all: readonly RuleCondition[] }
  | { any: readonly RuleCondition[] };

/** What rule conditions may read beyond the profile. */
export type Facts = { tier: RiskTier; flagged: readonly ProhibitedCapability[] };

export type ConditionTest = (profile: SystemProfile, facts: Facts) => boolean;

/**
 * Turns a rule condition into a function once, so that the re-assessments behind every question do not
 * walk the condition tree each time (rule tables are compiled when their module loads).
 */
export function compileCondition(c: RuleCondition): ConditionTest {
  if ("all" in c) {
    const parts = c.all.map(compileCondition);
    return (p, f) => parts.every((t) => t(p, f));
  }
  if ("any" in c) {
    const parts = c.any.map(compileCondition);
    return (p, f) => parts.some((t) => t(p, f));
  }
  if ("tier" in c) {
    const tiers = c.tier;
    return (_, f) => tiers.includes(f.tier);
  }
  if ("flagged" in c) {
    const code = c.flagged;
    return code === "any" ? (_, f) => f.flagged.length > 0 : (_, f) => f.flagged.includes(code);
  }
  const field = c.field;
  if ("is" in c) {
    const values: readonly string[] = c.is;
    return (p) => values.includes(p[field]);
  }
  const values: readonly string[] = c.not;
  return (p) => !values.includes(p[field]);
}

/** Profile-only conditions never read the facts. */
const NO_FACTS: Facts = { tier: "minimal", flagged: [] };

/** `compileCondition` for a profile-only condition. */
export function compileFieldCondition(c: FieldCondition): (profile: SystemProfile) => boolean {
  const test = compileCondition(c);
  return (p) => test(p, NO_FACTS);
}

const fieldAtom = (c: FieldIs | FieldNot, profile: SystemProfile): boolean => {
  const value: string = profile[c.field];
  return "is" in c ? (c.is as readonly string[]).includes(value) : !(c.not as readonly string[]).includes(value);
};

/** Whether a profile-only condition holds. */
export function fieldHolds(c: FieldCondition, profile: SystemProfile): boolean {
  if ("all" in c) return c.all.every((x) => fieldHolds(x, profile));
  if ("any" in c) return c.any.some((x) => fieldHolds(x, profile));
  return fieldAtom(c, profile);
}

/**
 * Whether some answers to the `open` fields could make the condition hold. Over-approximates under `all`
 * (each part is checked on its own), which is what an upper bound needs.
 */
export function couldHold(c: FieldCondition, profile: SystemProfile, open: ReadonlySet<ProfileField>): boolean {
  if ("all" in c) return c.all.every((x) => couldHold(x, profile, open));
  if ("any" in c) return c.any.some((x) => couldHold(x, profile, open));
  return open.has(c.field) || fieldAtom(c, profile);
}

/** The profile fields a condition reads; tier and prohibited facts are reported separately by the caller. */
export function conditionFields(c: RuleCondition): ProfileField[] {
  if ("all" in c) return c.all.flatMap(conditionFields);
  if ("any" in c) return c.any.flatMap(conditionFields);
  if ("tier" in c || "flagged" in c) return [];
  return [c.field];
}

/** Whether a condition reads the tier (so its footprint includes every field the tier rules read). */
export function readsTier(c: RuleCondition): boolean {
  if ("all" in c) return c.all.some(readsTier);
  if ("any" in c) return c.any.some(readsTier);
  return "tier" in c;
}
