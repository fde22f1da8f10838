import { conditionFields, couldHold, fieldHolds } from "../law/rules-condition.js";
import { RULE_FOOTPRINTS } from "../assess/footprints.js";
import { findings, type Findings } from "../assess/findings.js";
import { AFFECT_PRIORITY, answerAffects, withValue, type Affect } from "../assess/relevance.js";
import { fail, ok, type Result } from "../types.js";
import {
  allQuestions,
  followUps,
  groupQuestions,
  interviewQuestionById,
  presentValue,
  tickedFields,
  interviewQuestions,
  isGroup,
  unsettledFields,
  type GroupQuestion,
  type InterviewQuestion,
  type Question,
} from "./questions.js";
import type { ProfileField, SystemProfile } from "./schema.js";

/** Fields of the combined questions already asked: they are not asked again one by one. */
function closedFields(asked: ReadonlySet<string>): Set<ProfileField> {
  return new Set(groupQuestions().filter((g) => g.kind === "combined" && asked.has(g.id)).flatMap((g) => g.fields));
}

/** Fields a question could still fill: unknown, their own question not yet asked, and no combined question asked about them. */
export function openFields(profile: SystemProfile, asked: readonly string[]): Set<ProfileField> {
  const done = new Set(asked);
  const closed = closedFields(done);
  return new Set(allQuestions().filter((q) => profile[q.field] === "unknown" && !done.has(q.id) && !closed.has(q.field)).map((q) => q.field));
}

/**
 * What some answer to the question could change, or nothing when it is not to be asked now. A field's own
 * question: its field is open and its `askWhen` holds. A screening: at least two of its fields are open and
 * could change the result (for one, that field's own question is shorter). A combined question: every field
 * it asks about is open, and one of them could change the result.
 */
function affectsOf(question: InterviewQuestion, profile: SystemProfile, open: ReadonlySet<ProfileField>, base: Findings): Affect[] {
  if (question.askWhen && !fieldHolds(question.askWhen, profile)) return [];
  if (!isGroup(question)) return open.has(question.field) ? answerAffects(profile, question.field, open, base) : [];
  const fields = question.fields.filter((f) => open.has(f));
  if (question.kind === "combined" && fields.length < question.fields.length) return [];
  const each = fields.map((f) => answerAffects(profile, f, open, base)).filter((a) => a.length > 0);
  if (each.length < (question.kind === "screening" ? 2 : 1)) return [];
  const all = new Set(each.flat());
  return AFFECT_PRIORITY.filter((a) => all.has(a));
}

/**
 * The next question to ask, or null when no answer could change the result. A question qualifies when it
 * was not asked before, its `askWhen` holds, what it asks is still open, and some answer to it could change
 * the tier (Art. 17(1)), a prohibited capability (Art. 17(3)) or a duty. Among those, the one settling the
 * most urgent part wins (prohibited, then tier, then duties); ties go to the interview order, which puts a
 * group question before the fields' own questions.
 */
export function nextQuestion(profile: SystemProfile, asked: readonly string[]): InterviewQuestion | null {
  const done = new Set(asked);
  const open = openFields(profile, asked);
  const base = findings(profile);
  let best: { question: InterviewQuestion; rank: number } | null = null;
  for (const question of interviewQuestions()) {
    if (done.has(question.id)) continue;
    const affects = affectsOf(question, profile, open, base);
    if (affects.length === 0) continue;
    const rank = Math.min(...affects.map((a) => AFFECT_PRIORITY.indexOf(a)));
    if (rank === 0) return question;
    if (best === null || rank < best.rank) best = { question, rank };
  }
  return best?.question ?? null;
}

/**
 * Writes the chosen option into the profile: a field's own question overwrites its field; a group question
 * writes only the fields it would still settle (`unsettledFields`), so it never overwrites what the founder
 * said, and undoing it (replaying the answers without it) restores them.
 */
export function applyAnswer(
  profile: SystemProfile,
  questionId: string,
  optionId: string,
): Result<SystemProfile, "unknownQuestion" | "unknownOption"> {
  const question = interviewQuestionById(questionId);
  if (!question) return fail("unknownQuestion", questionId);
  if (!isGroup(question)) {
    const option = question.options.find((o) => o.id === optionId);
    return option ? ok(withValue(profile, question.field, option.value)) : fail("unknownOption", `${questionId}.${optionId}`);
  }
  const ticked = question.kind === "screening" ? tickedFields(optionId) : null;
  if (ticked !== null) {
    const none: Partial<Record<ProfileField, string>> = question.options.find((o) => o.id === "no")?.sets ?? {};
    let out = profile;
    for (const field of unsettledFields(question, profile)) {
      const value = ticked.includes(field) ? presentValue(question, field) : none[field];
      if (value !== undefined) out = withValue(out, field, value);
    }
    return ok(out);
  }
  const option = question.options.find((o) => o.id === optionId);
  if (!option) return fail("unknownOption", `${questionId}.${optionId}`);
  const sets: Partial<Record<ProfileField, string>> = option.sets;
  let out = profile;
  for (const field of unsettledFields(question, profile)) {
    const value = sets[field];
    if (value !== undefined) out = withValue(out, field, value);
  }
  return ok(out);
}

/** Fields whose values can decide whether an answer to `field` matters; see RULE_FOOTPRINTS. */
function neighbours(field: ProfileField): Set<ProfileField> {
  const out = new Set<ProfileField>();
  for (const footprint of RULE_FOOTPRINTS) if (footprint.has(field)) footprint.forEach((f) => out.add(f));
  for (const next of followUps(field)) {
    out.add(next.field);
    if (next.askWhen) conditionFields(next.askWhen).forEach((f) => out.add(f));
    neighbours(next.field).forEach((f) => out.add(f));
  }
  out.delete(field);
  return out;
}

const NEIGHBOURS: ReadonlyMap<ProfileField, ReadonlySet<ProfileField>> = new Map(allQuestions().map((q) => [q.field, neighbours(q.field)]));

/** Whether a group question may still be asked, given the fields whose own questions may still be. */
function groupMayCome(group: GroupQuestion, profile: SystemProfile, open: ReadonlySet<ProfileField>, pending: ReadonlySet<ProfileField>): boolean {
  if (group.askWhen && !couldHold(group.askWhen, profile, open)) return false;
  const live = group.fields.filter((f) => pending.has(f)).length;
  if (group.kind === "screening") return live >= 2;
  return live >= 1 && group.fields.every((f) => open.has(f));
}

/**
 * The questions that may still be asked, group questions included: an upper bound on what any path from here
 * can still ask. A field's question that cannot matter now can only come to matter after an answer to a
 * question it shares a rule with (RULE_FOOTPRINTS), or after a group question writes such a field; so
 * starting from the questions that matter now and adding their neighbours, and the fields pending group
 * questions may write, gives a set that holds every question any path from here can still reach.
 */
export function pendingQuestions(profile: SystemProfile, asked: readonly string[]): InterviewQuestion[] {
  const done = new Set(asked);
  const open = openFields(profile, asked);
  const candidates = allQuestions().filter((q) => open.has(q.field) && (!q.askWhen || couldHold(q.askWhen, profile, open)));
  const base = findings(profile);
  const pending = new Set<ProfileField>();
  const seeds = new Set<ProfileField>();
  const joinsPending = (q: Question): boolean => [...(NEIGHBOURS.get(q.field) ?? [])].some((f) => pending.has(f) || seeds.has(f));
  // A neighbour already pending is enough, so a question's own answer is tried only when none is.
  for (const q of candidates) if (joinsPending(q) || answerAffects(profile, q.field, open, base).length > 0) pending.add(q.field);
  let groups: GroupQuestion[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const q of candidates) {
      if (pending.has(q.field) || !joinsPending(q)) continue;
      pending.add(q.field);
      grew = true;
    }
    groups = groupQuestions().filter((g) => !done.has(g.id) && groupMayCome(g, profile, open, pending));
    for (const f of groups.flatMap((g) => unsettledFields(g, profile))) {
      if (seeds.has(f)) continue;
      seeds.add(f);
      grew = true;
    }
  }
  const mayCome = new Set<InterviewQuestion>([...candidates.filter((q) => pending.has(q.field)), ...groups]);
  return interviewQuestions().filter((q) => mayCome.has(q));
}

/** The answer that opens nothing more: "none of these", "no", else "I don't know". */
function quietOption(question: InterviewQuestion): string {
  const ids: readonly string[] = question.options.map((o) => o.id);
  return ids.includes("no") ? "no" : "unknown";
}

/**
 * A realistic count of the questions still to come, for "question 3 of about 6": the questions asked if the
 * founder answered "none of these" or "no" from here on (and "I don't know" where there is no "no"), which
 * includes the follow-ups earlier answers already opened. At least 1 while a question remains; 0 when none does.
 */
export function estimateRemaining(profile: SystemProfile, asked: readonly string[]): number {
  let p = profile;
  const done = [...asked];
  for (let q = nextQuestion(p, done); q !== null; q = nextQuestion(p, done)) {
    const answered = applyAnswer(p, q.id, quietOption(q));
    if (answered.ok) p = answered.value;
    done.push(q.id);
  }
  return done.length - asked.length;
}
