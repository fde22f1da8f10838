import { parseArgs } from "node:util";
import { z } from "zod";
import type { AssessOptions } from "../../../knowledge/assess/assess.js";
import { IsoDate } from "../../../knowledge/estimate/types.js";
import { profileJsonSchema } from "../../../knowledge/profile/schema.js";
import { detectLang } from "../../../knowledge/text/detect-lang.js";
import { Lang } from "../../../knowledge/types.js";
import { astanaDate } from "../../runtime/astana-time.js";
import { errorCode } from "../../runtime/errors.js";
import { createTranslator } from "../../runtime/i18n.js";
import { AskLine, AssessLine, ProfileInput, describeIssues, parseJsonLine, textProblem } from "./input.js";
import { readProfileText, stdinLines } from "./read-input.js";
import { renderAnswer, renderAssessment, renderSchema } from "./render.js";
import { type AssessOutput, assessOutput, assessOutputWithModel, askOutput, askOutputWithModel } from "./output.js";
import { interviewLine, interviewLineWithModel, type Sessions } from "./interview.js";
import { cliModel } from "./model.js";
import type { ModelAssist } from "../../llm/assist.js";

/** Exit code for input the user can fix: a message naming the field, never a stack trace. */
const INVALID_INPUT = 2;

class InvalidInput extends Error {}

const Options = z.object({
  profile: z.string().optional(),
  describe: z.string().optional(),
  lang: Lang.optional(),
  today: IsoDate.optional(),
  "auditor-wait": z.coerce.number().int().min(0).max(260).optional(),
  batch: z.boolean().optional(),
  json: z.boolean().optional(),
  help: z.boolean().optional(),
});
type Options = z.infer<typeof Options>;

function parseCommandLine(argv: string[]): { command: string | undefined; text: string; options: Options } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      profile: { type: "string" },
      describe: { type: "string" },
      lang: { type: "string" },
      today: { type: "string" },
      "auditor-wait": { type: "string" },
      batch: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const options = Options.safeParse(values);
  if (!options.success) throw new InvalidInput(describeIssues(options.error));
  return { command: positionals[0], text: positionals.slice(1).join(" "), options: options.data };
}

const t = createTranslator();
const print = (text: string) => process.stdout.write(`${text}\n`);

/**
 * Answers every stdin line with one JSON line that carries its `line` number, blank lines included, so that
 * answer N is always the answer to line N.
 */
async function answerEachLine(answer: (line: string) => object | Promise<object>): Promise<void> {
  for await (const { number, text } of stdinLines()) print(JSON.stringify({ line: number, ...(await answer(text)) }));
}

/** A text typed after `command`, refused in the user's language when nothing in it can be read. */
function readableText(text: string, command: string, lang: Lang | undefined): string {
  const problem = textProblem(text);
  if (problem !== null) throw new InvalidInput(t(lang ?? "en", `cli.text.${problem}`, { command }));
  return text;
}

/** An assessment, with the model's reading beside the offline reader's when one is configured (issue 12). */
const assessWith = (model: ModelAssist | undefined) => (input: AssessLine, when: AssessOptions): AssessOutput | Promise<AssessOutput> =>
  model === undefined ? assessOutput(input, when) : assessOutputWithModel(input, when, model);

async function runAssess(options: Options, lang: Lang | undefined, when: AssessOptions, model: ModelAssist | undefined): Promise<void> {
  const assessOne = assessWith(model);
  if (options.batch) return answerEachLine((line) => assessLine(line, when, assessOne));
  let output: AssessOutput;
  if (options.describe !== undefined) {
    output = await assessOne({ describe: readableText(options.describe, "--describe", lang), ...(lang && { lang }) }, when);
  } else if (options.profile !== undefined) {
    const text = await readProfileText(options.profile);
    if (text === null) throw new InvalidInput(t(lang ?? "en", "cli.readFailed", { file: options.profile }));
    output = assessOutput({ profile: parseProfile(text), ...(lang && { lang }) }, when);
  } else {
    throw new InvalidInput("assess needs --profile FILE|-, --describe TEXT or --batch");
  }
  print(options.json ? JSON.stringify(output, null, 2) : renderAssessment(t, output));
}

function parseProfile(text: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InvalidInput("profile: not valid JSON");
  }
  const profile = ProfileInput.safeParse(raw);
  if (!profile.success) throw new InvalidInput(describeIssues(profile.error, "profile"));
  return profile.data;
}

/** One batch line: a result, or `{ error }` naming what was wrong; the batch goes on either way. */
function assessLine(line: string, when: AssessOptions, assessOne: ReturnType<typeof assessWith>): object | Promise<object> {
  const parsed = parseJsonLine(line, AssessLine);
  return "error" in parsed ? { error: parsed.error } : assessOne(parsed.value, when);
}

async function runAsk(text: string, options: Options, lang: Lang | undefined, model: ModelAssist | undefined): Promise<void> {
  // The model words an answer only where retrieval is sure enough (bot/channels/cli/output.ts).
  const answer = (question: string, asked: Lang | undefined) =>
    model === undefined ? askOutput(question, asked) : askOutputWithModel(question, asked, model);
  if (options.batch) {
    return answerEachLine((line) => {
      const parsed = parseJsonLine(line, AskLine);
      return "error" in parsed ? { error: parsed.error } : answer(parsed.value.question, parsed.value.lang);
    });
  }
  const question = readableText(text, "ask", lang);
  const answerLang = lang ?? detectLang(question);
  const output = await answer(question, answerLang);
  print(options.json ? JSON.stringify(output, null, 2) : renderAnswer(t, answerLang, output));
}

/** Each line is answered as soon as it is read, so a program can hold conversations over the pipe. */
async function runInterview(options: Options, when: AssessOptions, model: ModelAssist | undefined): Promise<void> {
  if (!options.batch) throw new InvalidInput("interview needs --batch (JSON lines on stdin)");
  const sessions: Sessions = new Map();
  if (model === undefined) return answerEachLine((line) => interviewLine(sessions, line, when));
  return answerEachLine((line) => interviewLineWithModel(sessions, line, when, model.read));
}

/** The configured language model, if any; a malformed LLM_* variable is the user's to fix, named. */
async function languageModel(): Promise<ModelAssist | undefined> {
  const loaded = await cliModel(process.env);
  if ("issues" in loaded) throw new InvalidInput(loaded.issues.map((i) => `${i.variable}: ${i.message}`).join("\n"));
  return loaded.model;
}

async function main(argv: string[]): Promise<void> {
  const { command, text, options } = parseCommandLine(argv);
  const lang = options.lang;
  const auditorWait = options["auditor-wait"];
  const when: AssessOptions = { today: options.today ?? astanaDate(new Date()), ...(auditorWait !== undefined && { auditorWaitWorkingDays: auditorWait }) };
  switch (command) {
    case "assess":
      return runAssess(options, lang, when, await languageModel());
    case "ask":
      return runAsk(text, options, lang, await languageModel());
    case "interview":
      return runInterview(options, when, await languageModel());
    case "schema":
      print(options.json ? JSON.stringify(profileJsonSchema(), null, 2) : renderSchema(t, lang ?? "en"));
      return;
    case undefined:
    case "help":
      print(t(lang ?? "en", "cli.usage"));
      return;
    default:
      throw new InvalidInput(`${t(lang ?? "en", "cli.unknownCommand", { command })}\n${t(lang ?? "en", "cli.usage")}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // parseArgs reports unknown flags with a code; both it and our own input errors are the user's to fix.
  const isArgError = errorCode(error).startsWith("ERR_PARSE_ARGS");
  if (error instanceof InvalidInput || isArgError) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = INVALID_INPUT;
    return;
  }
  process.stderr.write(`triage failed unexpectedly (${error instanceof Error ? error.name : "unknown"})\n`);
  process.exitCode = 1;
});
