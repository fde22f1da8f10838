import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { groupQuestions, interviewQuestions, isGroup, unsettledFields } from "../../knowledge/profile/questions.js";
import type { ProfileField, SystemProfile } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { profileOf } from "../../flows/assessment/draft.js";
import type { Chat } from "../support/transcript.js";
import { LANGS, answerAll, founder, type Driven } from "./drive.js";

const DevSet = z.array(z.object({ id: z.string(), text: z.string(), expected: z.record(z.string(), z.string()) }));
type Description = z.infer<typeof DevSet>[number];

const devSet = (lang: Lang) =>
  DevSet.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, "..", "fixtures", "descriptions", `${lang}.json`), "utf8")));

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** For each field a screening lists, the value its "none of these" writes: the capability is absent. */
const ABSENT: ReadonlyMap<ProfileField, string> = new Map(
  groupQuestions().flatMap((g) => (g.kind === "screening" ? Object.entries(g.options.find((o) => o.id === "no")?.sets ?? {}) : [])) as [ProfileField, string][],
);

/**
 * How a founder answers, given the fields the dev set says the description implies (`expected`):
 * - "strict": a field's own question with the expected value, else "not sure"; a screening "at least one" when
 *   an expected value shows a listed capability, "none of these" only when the expected values rule out every
 *   listed one, else "not sure"; a combined question with the option whose every field is expected, else "not sure".
 * - "knows": the same, except that the founder knows which of the rare capabilities the screenings list their
 *   product has, and the dev set's expected fields name them: a screening is "none of these" unless one is
 *   expected, and so is each such field's own question. (Where the dev set arguably misses one, say voice
 *   cloning as a synthetic result, this founder follows the dev set, so that description's count is low by
 *   the questions "at least one" would open.)
 */
type Founder = "strict" | "knows";

function pick(who: Founder, d: Description, chat: Chat): (q: Driven) => string | undefined {
  const expected = (f: ProfileField): string | undefined => d.expected[f] ?? (who === "knows" ? ABSENT.get(f) : undefined);
  return (q) => {
    const question = q.question;
    if (!isGroup(question)) return expected(question.field as ProfileField);
    const draft = chat.state.memory.draft;
    assert.ok(draft);
    const profile: SystemProfile = profileOf(draft);
    if (question.kind === "screening") {
      const listed = unsettledFields(question, profile).map((f) => ({ said: expected(f), none: ABSENT.get(f) }));
      if (listed.some((f) => f.said !== undefined && f.said !== f.none)) return "yes";
      return listed.every((f) => f.said === f.none) ? "no" : "unknown";
    }
    const fitting = question.options.filter((o) => {
      const sets = Object.entries(o.sets);
      return sets.length > 0 && sets.every(([f, v]) => expected(f as ProfileField) === v);
    });
    return fitting.sort((a, b) => Object.keys(b.sets).length - Object.keys(a.sets).length)[0]?.id;
  };
}

/** Questions to a result for each dev-set description written into the chat, per language. */
function questionsToResult(who: Founder): Record<Lang, number[]> {
  const out = {} as Record<Lang, number[]>;
  for (const lang of LANGS) {
    out[lang] = devSet(lang).map((d) => {
      const chat = founder(lang).text(d.text);
      const asked = answerAll(chat, pick(who, d, chat));
      assert.equal(chat.state.at.step, "result", `${lang}/${d.id} ends in a result`);
      assert.ok(asked <= interviewQuestions().length, `${lang}/${d.id} asks no question twice`);
      return asked;
    });
  }
  return out;
}

/**
 * Issue 3 asks for the median number of questions to a result with describe-first, aiming at no more than 6.
 * Each dev-set description is written into the chat, and every question is answered as `pick` describes.
 */
test("a founder who knows their product reaches a result in at most 6 questions (median) after describing it, in every language", (t) => {
  const counts = questionsToResult("knows");
  for (const lang of LANGS) t.diagnostic(`knows, ${lang}: ${counts[lang].length} descriptions, median ${median(counts[lang])} questions, max ${Math.max(...counts[lang])}`);
  const all = LANGS.flatMap((l) => counts[l]);
  t.diagnostic(`knows, all: ${all.length} descriptions, median ${median(all)} questions to a result (issue 3 aims at 6 or fewer)`);
  for (const lang of LANGS) assert.ok(median(counts[lang]) <= 6, `${lang}: median ${median(counts[lang])}`);
});

/**
 * The old measure, kept for comparison: a founder who says "not sure" to whatever the description leaves
 * out, screenings included. "Not sure" on a screening leads to each capability's own question (where the
 * founder says "not sure" again), so this founder still meets every question that can change the result:
 * the median stays where one question per field left it (kk 17, ru 17, en 16.5 before the screenings).
 */
test("a founder unsure of everything the description leaves out still reaches a result, each field asked at most once", (t) => {
  const counts = questionsToResult("strict");
  for (const lang of LANGS) t.diagnostic(`strict, ${lang}: ${counts[lang].length} descriptions, median ${median(counts[lang])} questions, max ${Math.max(...counts[lang])}`);
  const all = LANGS.flatMap((l) => counts[l]);
  t.diagnostic(`strict, all: ${all.length} descriptions, median ${median(all)} questions to a result`);
  // The confirmation of what the description suggested counts as one more question since issue 7.
  for (const lang of LANGS) assert.ok(median(counts[lang]) <= 18 && Math.max(...counts[lang]) <= 21, `${lang}: median ${median(counts[lang])}`);
});
