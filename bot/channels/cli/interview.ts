import type { AssessOptions } from "../../../knowledge/assess/assess.js";
import { explainAssessment } from "../../../knowledge/assess/explain.js";
import type { Proposal } from "../../../knowledge/interview/proposals.js";
import type { Lang } from "../../../knowledge/types.js";
import { mergeReadings, type Disagreement } from "../../../flows/assessment/model-reading.js";
import { answerFacts, InterviewLine, startSession, viewSession, type InterviewOutput, type InterviewSession } from "../../../flows/interview/session.js";
import { checkReadable, parseJsonLine } from "./input.js";

/**
 * An interview session of one run. `uncertain` is set when a language model read the description too: the fields
 * it and the offline reader read differently, which neither proposes (issue 12).
 */
export type CliSession = InterviewSession & { uncertain?: Disagreement[] };

/** Interview sessions of one run, by the integrator's session id; they live as long as the process. */
export type Sessions = Map<string, CliSession>;

export type InterviewReply =
  | (Omit<InterviewOutput, "result"> & { result: unknown; uncertain?: Disagreement[] })
  | { session?: string; error: string };

/** A language model's reading of a description as proposals; null when it failed and the offline reading stands. */
export type ModelRead = (text: string, lang: Lang) => Promise<Proposal[] | null>;

// The flow's line, and the CLI's rule that a description has something readable in it (as `assess --batch` has).
const Line = InterviewLine.superRefine((line, ctx) => {
  if ("describe" in line) checkReadable(line.describe, ctx, ["describe"]);
});

// An error names the session it was for, when the line named one.
const sessionOf = (raw: unknown): { session?: string } =>
  typeof raw === "object" && raw !== null && "session" in raw && typeof raw.session === "string" ? { session: raw.session } : {};

type Step = { id: string; session: CliSession; described?: string } | { session?: string; error: string };

/** The session after one line, before it is viewed: started by a description, or answered by facts. */
function step(sessions: Sessions, line: string): Step {
  const parsed = parseJsonLine(line, Line);
  if ("error" in parsed) return { ...sessionOf(parsed.raw), error: parsed.error };
  const input = parsed.value;
  if ("describe" in input) return { id: input.session, session: startSession(input.describe, input.lang), described: input.describe };
  const known = sessions.get(input.session);
  if (known === undefined) return { session: input.session, error: `no session "${input.session}": start it with a "describe" line` };
  return { id: input.session, session: { ...answerFacts(known, input.facts), ...(known.uncertain && { uncertain: known.uncertain }) } };
}

function reply(sessions: Sessions, id: string, session: CliSession, when: AssessOptions): InterviewReply {
  const viewed = viewSession(id, session, when);
  sessions.set(id, { ...viewed.session, ...(session.uncertain && { uncertain: session.uncertain }) });
  const { result, ...rest } = viewed.output;
  // Uncertain until the founder answers the field (its own question asks it where it matters).
  const uncertain = session.uncertain?.filter((d) => viewed.session.settled[d.field] === "unknown");
  return {
    ...rest,
    ...(uncertain && { uncertain }),
    // The result in the shape `assess --json` prints, explained in the session's language.
    result: result === null ? null : { ...result, lang: session.lang, explanation: explainAssessment(result, session.lang) },
  };
}

/**
 * One line of `interview --batch`: a description starts (or restarts) a session, facts answer it. The reply is
 * the session's state after the line; a bad line gets `{ error }` and changes nothing.
 */
export function interviewLine(sessions: Sessions, line: string, when: AssessOptions): InterviewReply {
  const next = step(sessions, line);
  return "error" in next ? next : reply(sessions, next.id, next.session, when);
}

/**
 * The same line with a language model configured: a description is read by the model too, and its facts are merged
 * with the offline reader's as proposals (flows/assessment/model-reading.ts), exactly as the chat does. Where the
 * two disagree the field is proposed by neither and listed as `uncertain`, so it is asked, never settled.
 */
export async function interviewLineWithModel(sessions: Sessions, line: string, when: AssessOptions, read: ModelRead): Promise<InterviewReply> {
  const next = step(sessions, line);
  if ("error" in next) return next;
  if (next.described === undefined) return reply(sessions, next.id, next.session, when);
  const merged = mergeReadings(next.session.proposals, (await read(next.described, next.session.lang)) ?? []);
  return reply(sessions, next.id, { ...next.session, proposals: merged.proposals, uncertain: merged.disagreements }, when);
}
