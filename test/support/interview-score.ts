import { readFileSync } from "node:fs";
import { z } from "zod";
import { assess } from "../../knowledge/assess/assess.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { describe } from "../../knowledge/describe/index.js";
import { proposalsFrom, withProposals } from "../../knowledge/interview/proposals.js";
import { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { emptyProfile, SystemProfile } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import type { InterviewQuestionView } from "../../flows/interview/session.js";
import { interviewLine, type Sessions } from "../../bot/channels/cli/interview.js";

/**
 * A description written fresh by someone who never saw the lexicons, with the true facts of the system as its
 * founder knows them, the prohibited capabilities the text itself plainly describes, and whether it is a trap
 * (an innocent system in scary words).
 */
export const FreshDescription = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  truth: SystemProfile.strict(),
  plain: z.array(ProhibitedCapability),
  trap: z.boolean(),
  note: z.string().optional(),
});
export type FreshDescription = z.infer<typeof FreshDescription>;

export type Batch = "dev" | "dev2" | "dev3" | "dev4" | "dev5" | "dev6" | "frozen";

export const freshSet = (lang: Lang, batch: Batch): FreshDescription[] =>
  z.array(FreshDescription).parse(JSON.parse(readFileSync(new URL(`../fixtures/interview/${lang}.${batch}.json`, import.meta.url), "utf8")));

const codes = (a: Pick<Assessment, "prohibited">): string[] => [...new Set(a.prohibited.map((f) => f.code))].sort();
const duties = (a: Assessment): string[] => a.obligations.filter((o) => !o.voluntary).map((o) => o.code).sort();

/**
 * A founder who tells the truth: every question, the confirmation included, is answered with the facts it asks
 * about, as they really are. (A screening answered this way is the chat's "yes, at least one" with the ones that
 * apply ticked, or "none of these".)
 */
const truthfulFacts = (question: InterviewQuestionView, truth: SystemProfile): Record<string, string> =>
  Object.fromEntries(question.fields.map((f) => [f, truth[f]]));

export type Run = {
  id: string;
  /** The conversation's result matches the truth's: tier, prohibited codes and required duties. */
  right: boolean;
  falseFlags: string[];
  questions: number;
  /** From the text alone: the prohibited codes proposed, and the provisional tier. */
  proposedCodes: string[];
  plain: string[];
  trap: boolean;
  tierFromText: boolean;
  detail: string;
};

const TODAY = { today: "2026-03-02" } as const;

export function runOne(d: FreshDescription, lang: Lang): Run {
  const expected = assess(d.truth, TODAY);
  const sessions: Sessions = new Map();
  let reply = interviewLine(sessions, JSON.stringify({ session: d.id, describe: d.text, lang }), TODAY);
  let questions = 0;
  while ("question" in reply && reply.question !== null && questions < 40) {
    questions += 1;
    reply = interviewLine(sessions, JSON.stringify({ session: d.id, facts: truthfulFacts(reply.question, d.truth) }), TODAY);
  }
  if (!("result" in reply) || reply.result === null) throw new Error(`${d.id}: the interview did not end (${JSON.stringify(reply).slice(0, 200)})`);
  const got = reply.result as Assessment;
  const right = got.tier === expected.tier && codes(got).join() === codes(expected).join() && duties(got).join() === duties(expected).join();
  const proposed = assess(withProposals(emptyProfile(), proposalsFrom(describe(d.text, lang))), TODAY);
  return {
    id: d.id,
    right,
    falseFlags: codes(got).filter((c) => !codes(expected).includes(c)),
    questions,
    proposedCodes: codes(proposed),
    plain: [...new Set(d.plain)].sort(),
    trap: d.trap,
    tierFromText: proposed.tier === expected.tier,
    detail: right ? "" : `tier ${got.tier}/${expected.tier}; prohibited ${codes(got)}/${codes(expected)}; duties ${duties(got)}/${duties(expected)}`,
  };
}

export type Scores = {
  n: number;
  conversationRight: number;
  falseFlags: number;
  prohibitedRecall: number;
  plainCount: number;
  trapsFlagged: number;
  traps: number;
  tierFromText: number;
  medianQuestions: number;
  maxQuestions: number;
};

export function score(runs: readonly Run[]): Scores {
  const plain = runs.flatMap((r) => r.plain.map((c) => r.proposedCodes.includes(c)));
  const traps = runs.filter((r) => r.trap);
  const qs = runs.map((r) => r.questions).sort((a, b) => a - b);
  return {
    n: runs.length,
    conversationRight: runs.filter((r) => r.right).length / runs.length,
    falseFlags: runs.reduce((n, r) => n + r.falseFlags.length, 0),
    prohibitedRecall: plain.length === 0 ? 1 : plain.filter(Boolean).length / plain.length,
    plainCount: plain.length,
    trapsFlagged: traps.filter((r) => r.proposedCodes.length > 0).length,
    traps: traps.length,
    tierFromText: runs.filter((r) => r.tierFromText).length / runs.length,
    medianQuestions: qs[Math.floor((qs.length - 1) / 2)] ?? 0,
    maxQuestions: qs.at(-1) ?? 0,
  };
}

export const scoreLine = (lang: Lang, batch: Batch, s: Scores): string =>
  `${lang} ${batch}: n=${s.n} conversation right ${(s.conversationRight * 100).toFixed(1)}%, false flags ${s.falseFlags}, ` +
  `prohibited proposed from text ${(s.prohibitedRecall * 100).toFixed(1)}% of ${s.plainCount}, traps flagged ${s.trapsFlagged}/${s.traps}, ` +
  `tier from text ${(s.tierFromText * 100).toFixed(1)}%, questions median ${s.medianQuestions} max ${s.maxQuestions}`;
