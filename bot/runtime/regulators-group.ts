import { entryById } from "../../knowledge/entries/index.js";
import type { Lang } from "../../knowledge/types.js";
import type { Queries } from "../storage/db.js";
import { owe } from "../storage/deliveries.js";
import { getQuestion } from "../storage/questions.js";
import { getSubmission } from "../storage/submissions.js";
import { latestTeamQuestionOf } from "../storage/telegram.js";
import { Dossier } from "../../flows/dossier/dossier.js";
import type { Reply } from "../../flows/types.js";
import { astanaDate } from "./astana-time.js";
import type { Translate } from "./i18n.js";

/** The regulators' group (TELEGRAM_REGULATOR_CHAT_ID) as the runtime knows it: where to post, in which language. */
export type RegulatorChat = { chatKey: string; lang: Lang };

/**
 * Posts an escalated question to the regulators' group, in the turn's own transaction (so it goes out durably,
 * like every reply): its id, its text and, where it concerns a submission, what the queue shows of it, with the
 * name withheld when the founder marked it confidential and never a dossier field. The id in the first line is
 * what a regulator's reply is matched by (bot/channels/telegram/regulators.ts).
 */
export async function postToRegulators(
  q: Queries, chat: RegulatorChat, translate: Translate, ref: { questionId: string } | { submissionId: string }, now: string,
): Promise<void> {
  const id = "questionId" in ref ? ref.questionId : await latestTeamQuestionOf(q, ref.submissionId);
  const question = id === null ? null : await getQuestion(q, id);
  if (question === null || question.text === null) return;
  const replies: Reply[] = [{ kind: "say", key: "telegram.regulators.question", params: { id: question.id, asked: astanaDate(question.createdAt), text: question.text } }];
  const submission = question.submissionId === null ? null : await getSubmission(q, question.submissionId);
  if (submission !== null && !submission.anonymised) {
    const dossier = Dossier.safeParse(submission.dossier);
    const confidential = !dossier.success || dossier.data.entries.systemName?.confidential === true;
    const name = submission.systemName === null ? "—" : confidential ? translate(chat.lang, "telegram.regulators.confidential") : submission.systemName;
    // Words, not codes: a regulator reads "high" and "in review" in the group's language, and each flag's title.
    const tier = translate(chat.lang, `queue.tierName.${submission.tier}`);
    const status = translate(chat.lang, `queue.statusName.${submission.status}`);
    replies.push({ kind: "say", key: "telegram.regulators.context", params: { submission: submission.id, name, tier, status } });
    const flags = submission.assessment?.prohibited.map((p) => entryById(`prohibited.${p.code}`)?.title[chat.lang] ?? p.code) ?? [];
    if (flags.length > 0) replies.push({ kind: "say", key: "telegram.regulators.contextFlags", params: { flags: flags.join("; ") } });
  }
  replies.push({ kind: "say", key: "telegram.regulators.howToAnswer", params: { id: question.id } });
  await owe(q, chat.chatKey, chat.lang, replies, now);
}
