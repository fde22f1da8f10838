import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { assess } from "../../../knowledge/assess/assess.js";
import type { Assessment } from "../../../knowledge/assess/assessment.js";
import { type Proposal, withProposals } from "../../../knowledge/interview/proposals.js";
import { ProhibitedCapability } from "../../../knowledge/law/codes.js";
import { emptyProfile, SystemProfile } from "../../../knowledge/profile/schema.js";
import { Lang, LANGS } from "../../../knowledge/types.js";
import type { InterviewQuestionView } from "../../../flows/interview/session.js";
import type { LogFields } from "../../runtime/log.js";
import { type InterviewReply, interviewLine, interviewLineWithModel, type Sessions } from "./interview.js";
import { cliModel } from "./model.js";

/**
 * Offline reading against model-assisted reading (issue 12), for an operator with a model configured (LLM_*): the
 * fresh description sets of the reader issue (test/fixtures/interview/<lang>.<set>.json, written by people who never
 * saw the lexicons, each with its system's true facts) go through the headless interview twice, model off and on,
 * with a founder who answers every question truthfully. Per language and set, side by side:
 * - fields right: of the facts the first reply proposes from the text, the share whose value is the truth's;
 * - prohibited recall: of the prohibited capabilities a text plainly describes, the share proposed from it;
 * - false flags: prohibited codes in the final result that the truth does not have;
 * - tier from text: the provisional tier from the proposals alone is the truth's;
 * - conversation right: the final result has the truth's tier, prohibited codes and required duties.
 * The offline column is the same measure as test/bot/interview-targets.test.ts. The model's calls are counted by
 * outcome: a model that fails is the offline reading again, and its column then says nothing about the model.
 *
 *   npm run --silent compare:llm -- [--sets frozen,dev] [--langs kk,ru,en] [--json]
 */

const TODAY = { today: "2026-03-02" } as const;
/** A set's name, as in its file name <lang>.<set>.json: frozen, dev, dev2 … (more batches are added over time). */
const SetName = z.string().regex(/^[a-z0-9-]+$/, "expected set names like frozen,dev,dev2");

const Fresh = z.array(z.object({ id: z.string(), text: z.string(), truth: SystemProfile, plain: z.array(ProhibitedCapability) }));
type Fresh = z.infer<typeof Fresh>[number];

type Figures = {
  n: number;
  fieldsRead: number;
  fieldsRight: number;
  plain: number;
  plainProposed: number;
  falseFlags: number;
  tierFromText: number;
  conversationRight: number;
};
export type Row = { lang: Lang; set: string; offline: Figures; model: Figures };

const codes = (a: Pick<Assessment, "prohibited">): string[] => [...new Set(a.prohibited.map((f) => f.code))].sort();
const duties = (a: Assessment): string[] => a.obligations.filter((o) => !o.voluntary).map((o) => o.code).sort();
const same = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

type Line = (sessions: Sessions, line: string) => Promise<InterviewReply>;

/** One description through one interview, scored against its truth. */
async function runOne(d: Fresh, lang: Lang, say: Line): Promise<Figures> {
  const expected = assess(d.truth, TODAY);
  const sessions: Sessions = new Map();
  const first = await say(sessions, JSON.stringify({ session: d.id, describe: d.text, lang }));
  if ("error" in first) throw new Error(`${d.id}: ${first.error}`);
  const understood: Proposal[] = first.understood;
  const fromText = assess(withProposals(emptyProfile(), understood), TODAY);
  let reply: InterviewReply = first;
  // The truthful founder: every question answered with the facts it asks about, as they really are.
  for (let asked = 0; "question" in reply && reply.question !== null && asked < 40; asked++) {
    const question: InterviewQuestionView = reply.question;
    reply = await say(sessions, JSON.stringify({ session: d.id, facts: Object.fromEntries(question.fields.map((f) => [f, d.truth[f]])) }));
  }
  if (!("result" in reply) || reply.result === null) throw new Error(`${d.id}: the interview did not end`);
  const got = reply.result as Assessment;
  const plain = [...new Set(d.plain)];
  return {
    n: 1,
    fieldsRead: understood.length,
    fieldsRight: understood.filter((p) => d.truth[p.field] === p.value).length,
    plain: plain.length,
    plainProposed: plain.filter((c) => codes(fromText).includes(c)).length,
    falseFlags: codes(got).filter((c) => !codes(expected).includes(c)).length,
    tierFromText: fromText.tier === expected.tier ? 1 : 0,
    conversationRight: got.tier === expected.tier && same(codes(got), codes(expected)) && same(duties(got), duties(expected)) ? 1 : 0,
  };
}

const sum = (all: readonly Figures[]): Figures => {
  const total: Figures = { n: 0, fieldsRead: 0, fieldsRight: 0, plain: 0, plainProposed: 0, falseFlags: 0, tierFromText: 0, conversationRight: 0 };
  for (const f of all) for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += f[key];
  return total;
};

const share = (part: number, whole: number): string => (whole === 0 ? "-" : `${((part / whole) * 100).toFixed(1)}%`);

/** The table: per language and set, each measure with model off and on, side by side. */
export function table(rows: readonly Row[]): string {
  const measures: [string, (f: Figures) => string][] = [
    ["fields right", (f) => `${share(f.fieldsRight, f.fieldsRead)} of ${f.fieldsRead}`],
    ["prohibited recall", (f) => `${share(f.plainProposed, f.plain)} of ${f.plain}`],
    ["false flags", (f) => String(f.falseFlags)],
    ["tier from text", (f) => share(f.tierFromText, f.n)],
    ["conversation right", (f) => share(f.conversationRight, f.n)],
  ];
  const lines = [["lang", "set", "n", "measure", "offline", "model"]];
  for (const r of rows) for (const [name, show] of measures) lines.push([r.lang, r.set, String(r.offline.n), name, show(r.offline), show(r.model)]);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

// "frozen,dev" → ["frozen", "dev"], each checked.
const List = <T extends z.ZodType<string, string>>(item: T) => z.string().transform((v) => v.split(",").map((s) => s.trim())).pipe(z.array(item).min(1));

const Options = z.object({
  sets: List(SetName).default(["frozen", "dev"]),
  langs: List(Lang).default([...LANGS]),
  dir: z.string().default(fileURLToPath(new URL("../../../test/fixtures/interview/", import.meta.url))),
  json: z.boolean().optional(),
});

/** A set's descriptions, or null when the file is missing or not a set. */
async function readSet(file: string): Promise<Fresh[] | null> {
  try {
    const parsed = Fresh.safeParse(JSON.parse(await readFile(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { sets: { type: "string" }, langs: { type: "string" }, dir: { type: "string" }, json: { type: "boolean" } } });
  const options = Options.safeParse(values);
  if (!options.success) {
    process.stderr.write(`${options.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n`);
    return 2;
  }
  const outcomes = new Map<string, number>();
  const count = (_: unknown, fields: LogFields) => {
    if (fields.event === "llm.call") outcomes.set(fields.code ?? "ok", (outcomes.get(fields.code ?? "ok") ?? 0) + 1);
  };
  const loaded = await cliModel(process.env, count);
  if ("issues" in loaded || loaded.model === undefined) {
    const why = "issues" in loaded ? loaded.issues.map((i) => `${i.variable}: ${i.message}`).join("\n")
      : "no language model to compare with: set LLM_BASE_URL and LLM_MODEL, and LLM_SEND_PERSONAL_TEXT=true (or LLM_IN_COUNTRY=true) so the descriptions may be sent";
    process.stderr.write(`${why}\n`);
    return 2;
  }
  const model = loaded.model;
  const offline: Line = async (sessions, line) => interviewLine(sessions, line, TODAY);
  const assisted: Line = (sessions, line) => interviewLineWithModel(sessions, line, TODAY, model.read);
  const rows: Row[] = [];
  for (const set of options.data.sets) {
    for (const lang of options.data.langs) {
      const descriptions = await readSet(`${options.data.dir}/${lang}.${set}.json`);
      if (descriptions === null) {
        process.stderr.write(`cannot read the description set ${options.data.dir}/${lang}.${set}.json (a JSON list of {id, text, truth, plain})\n`);
        return 2;
      }
      const off: Figures[] = [];
      const on: Figures[] = [];
      for (const d of descriptions) {
        off.push(await runOne(d, lang, offline));
        on.push(await runOne(d, lang, assisted));
      }
      rows.push({ lang, set, offline: sum(off), model: sum(on) });
    }
  }
  const calls = Object.fromEntries(outcomes);
  process.stdout.write(options.data.json ? `${JSON.stringify({ rows, calls })}\n` : `${table(rows)}\n\nmodel calls by outcome: ${JSON.stringify(calls)}\n`);
  return 0;
}

process.exitCode = await main();
