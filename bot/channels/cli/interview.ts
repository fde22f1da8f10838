import type { AssessOptions } from "../../../knowledge/assess/assess.js";
import { explainAssessment } from "../../../knowledge/assess/explain.js";
import { answerFacts, InterviewLine, startSession, viewSession, type InterviewOutput, type InterviewSession } from "../../../flows/interview/session.js";
import { checkReadable, parseJsonLine } from "./input.js";

/** Interview sessions of one run, by the integrator's session id; they live as long as the process. */
export type Sessions = Map<string, InterviewSession>;

export type InterviewReply = (Omit<InterviewOutput, "result"> & { result: unknown }) | { session?: string; error: string };

// The flow's line, and the CLI's rule that a description has something readable in it (as `assess --batch` has).
const Line = InterviewLine.superRefine((line, ctx) => {
  if ("describe" in line) checkReadable(line.describe, ctx, ["describe"]);
});

// An error names the session it was for, when the line named one.
const sessionOf = (raw: unknown): { session?: string } =>
  typeof raw === "object" && raw !== null && "session" in raw && typeof raw.session === "string" ? { session: raw.session } : {};

/**
 * One line of `interview --batch`: a description starts (or restarts) a session, facts answer it. The reply is
 * the session's state after the line; a bad line gets `{ error }` and changes nothing.
 */
export function interviewLine(sessions: Sessions, line: string, when: AssessOptions): InterviewReply {
  const parsed = parseJsonLine(line, Line);
  if ("error" in parsed) return { ...sessionOf(parsed.raw), error: parsed.error };
  const input = parsed.value;
  let session: InterviewSession;
  if ("describe" in input) session = startSession(input.describe, input.lang);
  else {
    const known = sessions.get(input.session);
    if (known === undefined) return { session: input.session, error: `no session "${input.session}": start it with a "describe" line` };
    session = answerFacts(known, input.facts);
  }
  const viewed = viewSession(input.session, session, when);
  sessions.set(input.session, viewed.session);
  const { result, ...rest } = viewed.output;
  // The result in the shape `assess --json` prints, explained in the session's language.
  return { ...rest, result: result === null ? null : { ...result, lang: session.lang, explanation: explainAssessment(result, session.lang) } };
}
