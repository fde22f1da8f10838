import { z } from "zod";
import { fail, ok, Lang, type Result } from "../../knowledge/types.js";
import { Role } from "../../flows/queue/transitions.js";
import type { Queries } from "./db.js";
import { CountRow, parseRow, parseRows } from "./rows.js";
import { nextReadableId } from "./readable-id.js";

const common = {
  id: z.string(),
  /** user_id, chat_key and text are null once the asker has used /forget. */
  user_id: z.number().int().nullable(),
  chat_key: z.string().nullable(),
  lang: Lang,
  text: z.string().nullable(),
  created_at: z.string(),
  submission_id: z.string().nullable(),
  asked_by: z.enum(["founder", "team"]),
};

const base = (r: z.infer<z.ZodObject<typeof common>>) => ({
  id: r.id,
  userId: r.user_id,
  chatKey: r.chat_key,
  lang: r.lang,
  text: r.text,
  createdAt: r.created_at,
  submissionId: r.submission_id,
  askedBy: r.asked_by,
});

const OpenRow = z.object({ ...common, status: z.literal("open"), answer: z.null(), answered_by_role: z.null(), answered_at: z.null() })
  .transform((r) => ({ ...base(r), status: r.status, answer: null, answeredByRole: null, answeredAt: null }));

/** An answer is null once /forget erased it with the question it answered (it may quote or name the person). */
const AnsweredRow = z.object({ ...common, status: z.literal("answered"), answer: z.string().nullable(), answered_by_role: Role, answered_at: z.string() })
  .transform((r) => ({ ...base(r), status: r.status, answer: r.answer, answeredByRole: r.answered_by_role, answeredAt: r.answered_at }));

const QuestionRow = z.union([OpenRow, AnsweredRow]);
export type Question = z.output<typeof QuestionRow>;

const IdRow = z.object({ id: z.string() });
const COLUMNS = "id, user_id, chat_key, lang, text, status, answer, answered_by_role, created_at, answered_at, submission_id, asked_by";

/** `askedBy` team: a reviewer's /escalate question, always about `submissionId`. */
export type NewQuestion = { userId: number; chatKey: string; lang: Lang; text: string; submissionId?: string; askedBy?: "founder" | "team" };

export async function getQuestion(q: Queries, id: string): Promise<Question | null> {
  const row = await q.get(`SELECT ${COLUMNS} FROM questions WHERE id = ?`, [id]);
  return row === undefined ? null : parseRow(QuestionRow, row, "questions");
}

/** The ids of the team's escalated questions about one submission: each has a post in the regulators' channel. */
export async function teamQuestionIdsAbout(q: Queries, submissionId: string): Promise<string[]> {
  const rows = await q.all("SELECT id FROM questions WHERE submission_id = ? AND asked_by = 'team' ORDER BY id", [submissionId]);
  return parseRows(IdRow, rows, "questions").map((r) => r.id);
}

/** Records a question for a reviewer under the next readable id (Q-2026-0001, numbered afresh each year). */
export async function createQuestion(q: Queries, input: NewQuestion, now: string): Promise<Question> {
  const id = await nextReadableId(q, "Q", now);
  const row = await q.get(
    `INSERT INTO questions (id, user_id, chat_key, lang, text, status, created_at, submission_id, asked_by)
     VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?) RETURNING ${COLUMNS}`,
    [id, input.userId, input.chatKey, input.lang, input.text, now, input.submissionId ?? null, input.askedBy ?? "founder"],
  );
  return parseRow(QuestionRow, row, "questions");
}

/** Answers an open question once; a second answer is refused so the asker is never told two things. */
export async function answerQuestion(
  q: Queries,
  id: string,
  answer: string,
  byRole: Role,
  now: string,
): Promise<Result<Question, "notFound" | "alreadyAnswered">> {
  const row = await q.get(
    `UPDATE questions SET status = 'answered', answer = ?, answered_by_role = ?, answered_at = ?
     WHERE id = ? AND status = 'open' RETURNING ${COLUMNS}`,
    [answer, byRole, now, id],
  );
  if (row !== undefined) return ok(parseRow(QuestionRow, row, "questions"));
  return (await getQuestion(q, id)) === null ? fail("notFound") : fail("alreadyAnswered");
}

/** Questions waiting for the team or a regulator, a page at a time, oldest first, on the status index. */
export async function openQuestionsPage(q: Queries, page: { offset: number; limit: number }): Promise<{ total: number; questions: Question[] }> {
  const open = "status = 'open' AND text IS NOT NULL";
  const total = CountRow.parse(await q.get(`SELECT COUNT(*) AS n FROM questions WHERE ${open}`)).n;
  const rows = await q.all(`SELECT ${COLUMNS} FROM questions WHERE ${open} ORDER BY created_at, id LIMIT ? OFFSET ?`, [page.limit, page.offset]);
  return { total, questions: parseRows(QuestionRow, rows, "questions") };
}

/**
 * What a founder can read again under /questions, newest first: their own questions to a person, answered or
 * not, and the answered questions the compliance team put to the regulator about their submissions.
 */
export async function listQuestionsOf(q: Queries, userId: number): Promise<Question[]> {
  const rows = await q.all(
    `SELECT ${COLUMNS} FROM questions
     WHERE (user_id = ?1 AND asked_by = 'founder')
        OR (asked_by = 'team' AND status = 'answered' AND submission_id IN (SELECT id FROM submissions WHERE founder_user_id = ?1))
     ORDER BY created_at DESC, id DESC`,
    [userId],
  );
  return parseRows(QuestionRow, rows, "questions");
}

/** A founder's questions still waiting for a person. */
export async function countOpenQuestions(q: Queries, userId: number): Promise<number> {
  const row = await q.get("SELECT COUNT(*) AS n FROM questions WHERE user_id = ? AND asked_by = 'founder' AND status = 'open'", [userId]);
  return CountRow.parse(row).n;
}
