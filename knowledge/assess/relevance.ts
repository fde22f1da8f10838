import { fieldHolds } from "../law/rules-condition.js";
import { followUps } from "../profile/questions.js";
import { PROFILE_FIELDS, fieldValues, type ProfileField, type SystemProfile } from "../profile/schema.js";
import type { OpenQuestion } from "./assessment.js";
import { findings, profileKey, type Findings } from "./findings.js";

export type Affect = OpenQuestion["affects"][number];

/** The order in which questions are settled: prohibited capabilities, then the tier, then duties. */
export const AFFECT_PRIORITY: readonly Affect[] = ["prohibited", "tier", "obligations"];

/** Which parts of the findings differ; compared field by field, since this runs for every answer tried. */
function differences(a: Findings, b: Findings, out: Set<Affect>): void {
  if (a.tier !== b.tier || a.tierSettled !== b.tierSettled) out.add("tier");
  if (a.prohibited.length !== b.prohibited.length || a.prohibited.some((f, i) => f.code !== b.prohibited[i]?.code || f.field !== b.prohibited[i]?.field)) {
    out.add("prohibited");
  }
  if (
    a.obligations.length !== b.obligations.length ||
    a.obligations.some((o, i) => o.code !== b.obligations[i]?.code || o.why !== b.obligations[i]?.why || o.voluntary !== b.obligations[i]?.voluntary)
  ) {
    out.add("obligations");
  }
}

/** Whether two findings agree on the tier, the prohibited capabilities and the duties. */
export function sameFindings(a: Findings, b: Findings): boolean {
  const out = new Set<Affect>();
  differences(a, b, out);
  return out.size === 0;
}

/** Sets `field` to `value`; the value comes from `fieldValues(field)`, so it fits the field. */
export const withValue = (profile: SystemProfile, field: ProfileField, value: string): SystemProfile =>
  ({ ...profile, [field]: value }) as SystemProfile;

function collect(profile: SystemProfile, base: Findings, field: ProfileField, open: ReadonlySet<ProfileField>, out: Set<Affect>): void {
  const rest = new Set(open);
  rest.delete(field);
  for (const value of fieldValues(field)) {
    if (value === profile[field]) continue;
    const variant = withValue(profile, field, value);
    const changed = findings(variant);
    differences(base, changed, out);
    for (const next of followUps(field)) {
      if (rest.has(next.field) && next.askWhen && fieldHolds(next.askWhen, variant)) collect(variant, changed, next.field, rest, out);
    }
  }
}

/**
 * Which parts of the result (tier, prohibited capabilities, duties) some answer to `field` could change:
 * by itself, or through a narrower question its answer opens (a question among `open`, the fields still
 * to be asked, whose `askWhen` reads this field). Found by re-assessing with every value; no list of which
 * question matters where is kept by hand. Empty when no answer would change anything. `base` saves
 * re-assessing the profile itself when a caller asks about many fields.
 */
export function answerAffects(
  profile: SystemProfile,
  field: ProfileField,
  open: ReadonlySet<ProfileField>,
  base?: Findings,
): Affect[] {
  // The same profile, field and open fields come back many times a turn (the next question, the count of those
  // left, the assessment's open questions), and the answer depends on nothing else (issue 13).
  const key = `${profileKey(profile)}/${field}/${PROFILE_FIELDS.map((f) => (open.has(f) ? "1" : "0")).join("")}`;
  const known = memo.get(key);
  // A copy, so a caller's array never changes the memo.
  if (known !== undefined) return [...known];
  const out = new Set<Affect>();
  collect(profile, base ?? findings(profile), field, open, out);
  const affects = Object.freeze(AFFECT_PRIORITY.filter((a) => out.has(a)));
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, affects);
  return [...affects];
}

/** answerAffects' results, bounded like the findings memo; frozen, as they are shared. */
const MEMO_SIZE = 20_000;
const memo = new Map<string, readonly Affect[]>();
