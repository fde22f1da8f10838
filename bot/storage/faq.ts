import { z } from "zod";
import type { PersonAnswer } from "../../knowledge/ask/people.js";
import { Lang } from "../../knowledge/types.js";
import type { Queries } from "./db.js";
import { parseRows } from "./rows.js";

const FaqRow = z.object({
  question_id: z.string(),
  lang: Lang,
  question: z.string(),
  answer: z.string(),
  answered_by_role: z.enum(["reviewer", "regulator"]),
  answered_on: z.string(),
}).transform((r): PersonAnswer => ({
  questionId: r.question_id, lang: r.lang, question: r.question, answer: r.answer, byRole: r.answered_by_role, answeredOn: r.answered_on,
}));

/** Publishes an answered question; publishing it again changes nothing (false). */
export async function publishFaq(q: Queries, entry: PersonAnswer, publishedBy: number, now: string): Promise<boolean> {
  const { changes } = await q.run(
    `INSERT INTO faq_entries (question_id, lang, question, answer, answered_by_role, answered_on, published_by_user_id, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING`,
    [entry.questionId, entry.lang, entry.question, entry.answer, entry.byRole, entry.answeredOn, publishedBy, now],
  );
  return changes === 1;
}

/** Every published answer from a person, for /ask to search alongside the law's entries. */
export async function faqEntries(q: Queries): Promise<PersonAnswer[]> {
  return parseRows(FaqRow, await q.all("SELECT question_id, lang, question, answer, answered_by_role, answered_on FROM faq_entries ORDER BY id"), "faq_entries");
}

export async function isPublished(q: Queries, questionId: string): Promise<boolean> {
  return (await q.get("SELECT 1 AS one FROM faq_entries WHERE question_id = ?", [questionId])) !== undefined;
}
