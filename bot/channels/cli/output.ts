import { type AskResult, ask, DISCLAIMER } from "../../../knowledge/ask/index.js";
import type { Assessment } from "../../../knowledge/assess/assessment.js";
import { type AssessOptions, assess } from "../../../knowledge/assess/assess.js";
import { type ExplainedAssessment, explainAssessment } from "../../../knowledge/assess/explain.js";
import { describe, type Inference } from "../../../knowledge/describe/index.js";
import { entryById, weakestConfidence } from "../../../knowledge/entries/index.js";
import { type Proposal, proposalsFrom, withProposals } from "../../../knowledge/interview/proposals.js";
import { citationConfidence, formatCitation } from "../../../knowledge/law/articles.js";
import { emptyProfile, SystemProfile } from "../../../knowledge/profile/schema.js";
import { detectLang } from "../../../knowledge/text/detect-lang.js";
import type { Lang } from "../../../knowledge/types.js";
import { mergeReadings, type Disagreement } from "../../../flows/assessment/model-reading.js";
import type { ModelAssist } from "../../llm/assist.js";
import type { AssessLine } from "./input.js";

/**
 * What `assess` prints with --json and per batch line: the assessment's codes and citations (the public
 * contract), what describe-first read from the text, and the same result explained in `lang`. With a language
 * model that answered (issue 12), `proposals` are the facts the result assumes (both readers' merged) and
 * `uncertain` the fields the two read differently; `inferences` stay the offline reader's own.
 */
export type AssessOutput = Assessment & {
  lang: Lang;
  inferences?: Inference[];
  proposals?: Proposal[];
  uncertain?: Disagreement[];
  explanation: ExplainedAssessment;
};

export function assessOutput(input: AssessLine, options: AssessOptions): AssessOutput {
  if ("profile" in input) {
    const lang = input.lang ?? "en";
    const assessment = assess(SystemProfile.parse(input.profile), options);
    return { ...assessment, lang, explanation: explainAssessment(assessment, lang) };
  }
  const lang = input.lang ?? detectLang(input.describe);
  const description = describe(input.describe, lang);
  const assessment = assess(SystemProfile.parse(description.profile), options);
  return { ...assessment, lang, inferences: description.inferences, explanation: explainAssessment(assessment, lang) };
}

/**
 * `assessOutput` with the model reading a description too: its facts are proposals beside the offline reader's
 * (flows/assessment/model-reading.ts). A field the two disagree on is listed as uncertain and keeps the offline
 * reader's value: with no one to ask here, a model that contradicts the text (or obeys an injection in it) must not
 * take a fact out of the result. A model that failed leaves the offline output exactly as it is.
 */
export async function assessOutputWithModel(input: AssessLine, options: AssessOptions, model: ModelAssist): Promise<AssessOutput> {
  const offline = assessOutput(input, options);
  if (!("describe" in input)) return offline;
  const read = await model.read(input.describe, offline.lang);
  if (read === null) return offline;
  const own = proposalsFrom({ profile: {}, inferences: offline.inferences ?? [] });
  const merged = mergeReadings(own, read);
  const proposals = [...merged.proposals, ...own.filter((p) => merged.disagreements.some((d) => d.field === p.field))];
  const assessment = assess(withProposals(emptyProfile(), proposals), options);
  return {
    ...assessment, lang: offline.lang, ...(offline.inferences && { inferences: offline.inferences }),
    proposals, uncertain: merged.disagreements, explanation: explainAssessment(assessment, offline.lang),
  };
}

export const askOutput = (question: string, lang: Lang | undefined): AskResult => ask(question, lang ?? detectLang(question));

/** What `ask` prints when a model worded the answer: its text, and the sources of the entries it cites, from us. */
export type AskOutput = AskResult & { wordedByModel?: true };

/**
 * `askOutput` with the model wording the answer from the entries retrieval found (bot/llm/answerer.ts), only where
 * retrieval is sure enough: an unsure question is never sent and still says to ask a person. The citations are
 * the cited entries' own, written by us; a failed or discarded answer is the offline one.
 */
export async function askOutputWithModel(question: string, lang: Lang | undefined, model: ModelAssist): Promise<AskOutput> {
  const answerLang = lang ?? detectLang(question);
  const offline = askOutput(question, answerLang);
  if (offline.escalate) return offline;
  const worded = await model.answer(question, answerLang);
  const entries = worded?.entryIds.map(entryById) ?? [];
  if (worded === null || entries.length === 0 || entries.some((e) => e === undefined)) return offline;
  const citations = entries.flatMap((e) => e!.citations.map((c) => ({
    entryId: e!.id, article: formatCitation(c, answerLang), confidence: weakestConfidence([e!.confidence, citationConfidence(c)]),
  })));
  return { answer: `${worded.text}\n\n${DISCLAIMER[answerLang]}`, citations, confidence: offline.confidence, escalate: false, wordedByModel: true };
}
