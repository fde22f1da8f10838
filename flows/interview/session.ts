import { z } from "zod";
import { assess, type AssessOptions } from "../../knowledge/assess/assess.js";
import type { Assessment } from "../../knowledge/assess/assessment.js";
import { findProhibited } from "../../knowledge/assess/prohibited.js";
import { withValue } from "../../knowledge/assess/relevance.js";
import { describe } from "../../knowledge/describe/index.js";
import { confirmationText, CONFIRM_OPTIONS } from "../../knowledge/interview/confirmation.js";
import { CONFIRM_ID, nextStep, type InterviewStep } from "../../knowledge/interview/next.js";
import { proposalsFrom, proposedFlags, Proposal } from "../../knowledge/interview/proposals.js";
import type { Citation } from "../../knowledge/law/articles.js";
import type { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { questionText } from "../../knowledge/profile/question-texts.js";
import { isGroup, questionForField, unsettledFields, type InterviewQuestion } from "../../knowledge/profile/questions.js";
import { emptyProfile, fieldValues, PROFILE_FIELDS, SystemProfile, type ProfileField } from "../../knowledge/profile/schema.js";
import { detectLang } from "../../knowledge/text/detect-lang.js";
import { Lang } from "../../knowledge/types.js";

/**
 * The headless interview: the same proposals, confirmation and questions as the chat, as data, for integrators and
 * for measuring the reader. A session is started by a description and answered by facts; each line in gets one
 * line out. Pure: the CLI keeps the sessions and does the reading and writing.
 */

const MAX_DESCRIPTION = 10_000;

/** Any profile field with one of its values ("unknown" included), nothing else. */
const Facts = z.record(z.string(), z.string()).superRefine((facts, ctx) => {
  for (const [field, value] of Object.entries(facts)) {
    if (!(PROFILE_FIELDS as readonly string[]).includes(field)) ctx.addIssue({ code: "custom", path: [field], message: "no such profile field" });
    else if (!fieldValues(field as ProfileField).includes(value)) {
      ctx.addIssue({ code: "custom", path: [field], message: `expected one of ${fieldValues(field as ProfileField).join("|")}` });
    }
  }
});

const SessionId = z.string().min(1).max(200);
const StartLine = z.strictObject({ session: SessionId, describe: z.string().min(1).max(MAX_DESCRIPTION), lang: Lang.optional() });
const FactsLine = z.strictObject({ session: SessionId, facts: Facts });

/** One input line; the variant is picked by its key so that an error names the field inside it. */
export const InterviewLine = z.unknown().transform((raw, ctx) => {
  const schema = typeof raw === "object" && raw !== null && "facts" in raw ? FactsLine : StartLine;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});
export type InterviewLine = z.output<typeof InterviewLine>;

export const InterviewSession = z.object({
  lang: Lang,
  proposals: z.array(Proposal),
  /** The founder's answers: confirmed proposals, facts and answered questions. The result rests on these only. */
  settled: SystemProfile,
  /** Questions answered (the confirmation included), so that none is asked twice. */
  asked: z.array(z.string()),
  /** The question the last output asked; the next facts answer it. */
  pending: z.string().nullable(),
});
export type InterviewSession = z.infer<typeof InterviewSession>;

type Option = { id: string; label: string; sets: Partial<Record<ProfileField, string>> };
export type InterviewQuestionView = { id: string; kind: "confirm" | "field" | "screening" | "combined"; fields: ProfileField[]; text: string; options: Option[] };
export type InterviewOutput = {
  session: string;
  understood: Proposal[];
  prohibited: { code: ProhibitedCapability; article: Citation; settled: boolean }[];
  question: InterviewQuestionView | null;
  result: Assessment | null;
};

export function startSession(text: string, lang?: Lang): InterviewSession {
  const language = lang ?? detectLang(text);
  return { lang: language, proposals: proposalsFrom(describe(text, language)), settled: emptyProfile(), asked: [], pending: null };
}

/** The fields the pending question asks about, so that facts naming one of them answer it. */
function pendingFields(session: InterviewSession): ProfileField[] {
  const step = nextStep(session.settled, session.proposals, session.asked);
  if (step === null) return [];
  if (step.kind === "confirm") return step.proposals.map((p) => p.field);
  return questionFields(step.question, session.settled);
}

/**
 * Facts are answers: each field takes its value (a correction overwrites), and its own question is not asked again
 * ("unknown" included). They answer the pending question when they name one of its fields, or when they are empty
 * (an option that sets nothing: "yes, at least one", "not sure").
 */
export function answerFacts(session: InterviewSession, facts: Readonly<Record<string, string>>): InterviewSession {
  const fields = Object.keys(facts) as ProfileField[];
  const answersPending = session.pending !== null && (fields.length === 0 || pendingFields(session).some((f) => fields.includes(f)));
  let settled = session.settled;
  for (const field of fields) settled = withValue(settled, field, facts[field]!);
  const ownQuestions = fields.flatMap((f) => questionForField(f)?.id ?? []);
  const asked = [...new Set([...session.asked, ...(answersPending && session.pending ? [session.pending] : []), ...ownQuestions])];
  return { ...session, settled, asked };
}

function questionFields(question: InterviewQuestion, settled: SystemProfile): ProfileField[] {
  if (!isGroup(question)) return [question.field];
  return question.kind === "screening" ? unsettledFields(question, settled) : [...question.fields];
}

function questionView(step: NonNullable<InterviewStep>, session: InterviewSession): InterviewQuestionView {
  const lang = session.lang;
  if (step.kind === "confirm") {
    const sets = Object.fromEntries(step.proposals.map((p) => [p.field, p.value]));
    const flags = proposedFlags(session.settled, session.proposals);
    return {
      id: CONFIRM_ID,
      kind: "confirm",
      fields: step.proposals.map((p) => p.field),
      text: confirmationText(step.proposals, flags, lang),
      options: [
        { id: "confirm", label: CONFIRM_OPTIONS.confirm[lang], sets },
        { id: "unknown", label: CONFIRM_OPTIONS.unknown[lang], sets: {} },
      ],
    };
  }
  const q = step.question;
  const text = questionText(q, lang, session.settled);
  const fields = questionFields(q, session.settled);
  const labelOf = (id: string) => text.options.find((o) => o.id === id)?.label ?? id;
  if (!isGroup(q)) {
    return { id: q.id, kind: "field", fields, text: text.prompt, options: q.options.map((o) => ({ id: o.id, label: labelOf(o.id), sets: { [q.field]: String(o.value) } })) };
  }
  const options = q.options.map((o) => {
    const all: Partial<Record<ProfileField, string>> = o.sets;
    const sets = Object.fromEntries(fields.flatMap((f) => (all[f] === undefined ? [] : [[f, all[f]!]])));
    return { id: o.id, label: labelOf(o.id), sets };
  });
  return { id: q.id, kind: q.kind, fields, text: text.prompt, options };
}

/** What one line gets back: what was understood, the flags (settled or only suggested), the next question or the result. */
export function viewSession(id: string, session: InterviewSession, options: AssessOptions): { session: InterviewSession; output: InterviewOutput } {
  const step = nextStep(session.settled, session.proposals, session.asked);
  const settledFlags = findProhibited(session.settled).map((f) => ({ code: f.code, article: f.article, settled: true }));
  const suggested = proposedFlags(session.settled, session.proposals).map((f) => ({ code: f.code, article: f.article, settled: false }));
  const output: InterviewOutput = {
    session: id,
    understood: session.proposals,
    prohibited: [...settledFlags, ...suggested],
    question: step === null ? null : questionView(step, session),
    result: step === null ? assess(session.settled, options) : null,
  };
  const pending = step === null ? null : step.kind === "confirm" ? CONFIRM_ID : step.question.id;
  return { session: { ...session, pending }, output };
}
