import { fail, ok, type Result } from "../../knowledge/types.js";
import type { Queries } from "./db.js";

export type ForgetSummary = { sessions: number; questions: number; assessments: number; outbox: number; submissions: number };

/**
 * /forget: erases what points at the user and keeps what the queue must still account for.
 * Sessions, assessments, their open questions and every outbox row and unsent reply to their chats are deleted; answered
 * questions lose their text and asker; submissions keep only status, tier, dates and their (append-only)
 * events. The users row goes last, so a reference this function missed fails the foreign key and rolls back.
 * Nothing of it stays readable on disk: secure_delete (set in db.ts) zeroes the erased bytes, and the WAL,
 * which still holds the pages as they were, is emptied once the transaction commits.
 * Call inside `db.tx`.
 */
export async function forgetUser(q: Queries, userId: number): Promise<Result<ForgetSummary, "notFound">> {
  if ((await q.get("SELECT 1 FROM users WHERE id = ?", [userId])) === undefined) return fail("notFound");
  const theirChats = `SELECT chat_key FROM sessions WHERE user_id = ?1
       UNION SELECT chat_key FROM assessments WHERE user_id = ?1
       UNION SELECT chat_key FROM questions WHERE user_id = ?1 AND chat_key IS NOT NULL
       UNION SELECT founder_chat_key FROM submissions WHERE founder_user_id = ?1 AND founder_chat_key IS NOT NULL`;
  const outbox = await q.run(`DELETE FROM outbox WHERE chat_key IN (${theirChats})`, [userId]);
  // Replies not yet sent hold what they wrote (a dossier document, an answer quoting them); the forget turn's own
  // reply is written after this.
  await q.run(`DELETE FROM deliveries WHERE chat_key IN (${theirChats})`, [userId]);
  // A published FAQ entry copies a question (theirs, or the team's about their filing) and its answer: it goes.
  await q.run(
    `DELETE FROM faq_entries WHERE question_id IN (
       SELECT id FROM questions WHERE user_id = ?1
       UNION SELECT id FROM questions WHERE asked_by = 'team' AND submission_id IN (SELECT id FROM submissions WHERE founder_user_id = ?1))`,
    [userId],
  );
  // Free text others wrote about them goes too: reviewers' reasons on their filings, the answers they were
  // given, and the team's questions (with their answers) about their filings. Who did what, and when, stays.
  await q.run("UPDATE submission_events SET reason = NULL WHERE reason IS NOT NULL AND submission_id IN (SELECT id FROM submissions WHERE founder_user_id = ?)", [userId]);
  await q.run("UPDATE questions SET text = NULL, answer = NULL WHERE asked_by = 'team' AND submission_id IN (SELECT id FROM submissions WHERE founder_user_id = ?)", [userId]);
  const sessions = await q.run("DELETE FROM sessions WHERE user_id = ?", [userId]);
  // An open question has no one left to answer; an answered one stays as a count in the reviewers' history.
  const openQuestions = await q.run("DELETE FROM questions WHERE user_id = ? AND status = 'open'", [userId]);
  const answeredQuestions = await q.run("UPDATE questions SET text = NULL, answer = NULL, user_id = NULL, chat_key = NULL WHERE user_id = ?", [userId]);
  const assessments = await q.run("DELETE FROM assessments WHERE user_id = ?", [userId]);
  const submissions = await q.run(
    `UPDATE submissions SET
       founder_user_id = NULL, founder_chat_key = NULL, system_name = NULL, anonymised = 1,
       assessment_json = json_object('tier', json_extract(assessment_json, '$.tier')),
       dossier_json = json_object('anonymised', json('true'))
     WHERE founder_user_id = ?`,
    [userId],
  );
  await q.run("DELETE FROM users WHERE id = ?", [userId]);
  await q.purgeWalAfterCommit();
  return ok({
    sessions: sessions.changes,
    questions: openQuestions.changes + answeredQuestions.changes,
    assessments: assessments.changes,
    outbox: outbox.changes,
    submissions: submissions.changes,
  });
}
