import { shortResult, resultSection } from "../../../flows/result/render.js";
import type { Utterance } from "../../../flows/types.js";
import { questionText } from "../../../knowledge/profile/question-texts.js";
import { questionForField } from "../../../knowledge/profile/questions.js";
import { PROFILE_FIELDS, fieldValues } from "../../../knowledge/profile/schema.js";
import type { Lang } from "../../../knowledge/types.js";
import type { Translate } from "../../runtime/i18n.js";
import type { AskOutput, AssessOutput } from "./output.js";

const DISCLAIMER_KEY = "common.disclaimer";

/** Utterances as lines; the disclaimer is left out here because the caller prints it once, last. */
const utterancesText = (t: Translate, lang: Lang, utterances: Utterance[]): string =>
  utterances
    .flatMap((u) => (u.kind === "typing" || u.key === DISCLAIMER_KEY ? [] : [t(lang, u.key, u.params)]))
    .join("\n");

/**
 * The assessment for a person at a terminal: what describe-first read, then the same short result and
 * detail sections the chat shows, so the CLI and the bot never disagree on wording or citations.
 */
export function renderAssessment(t: Translate, output: AssessOutput): string {
  const lang = output.lang;
  const lines: string[] = [];
  // With a model, the merged proposals are what the result assumes; the offline reader's own list otherwise.
  const proposed = output.proposals ?? output.inferences ?? [];
  if (proposed.length > 0) {
    lines.push(t(lang, "cli.heading.inferred"));
    for (const i of proposed) lines.push(`  ${i.field} = ${i.value}  («${i.evidence.join("», «")}»)`);
    lines.push("");
  }
  if (output.uncertain && output.uncertain.length > 0) {
    lines.push(t(lang, "cli.heading.uncertain"));
    for (const d of output.uncertain) lines.push(`  ${d.field} = ${d.values.join(" / ")}`);
    lines.push("");
  }
  lines.push(utterancesText(t, lang, shortResult(output, lang)), "", utterancesText(t, lang, resultSection(output, "all", lang)));
  lines.push("", t(lang, DISCLAIMER_KEY));
  return lines.join("\n");
}

/** An answer with its sources, its confidence and, when unsure, the advice to ask a person. */
export function renderAnswer(t: Translate, lang: Lang, output: AskOutput): string {
  // The answer already ends with the disclaimer in the asked language (knowledge/ask).
  const lines = [output.answer, ...(output.wordedByModel ? [t(lang, "cli.heading.model")] : []), ""];
  if (output.citations.length > 0) {
    lines.push(t(lang, "cli.heading.citations"));
    for (const c of output.citations) lines.push(`  ${c.article} [${c.entryId}, ${c.confidence}]`);
  }
  lines.push(`${t(lang, "cli.heading.confidence")}: ${output.confidence.toFixed(2)}`);
  if (output.escalate) lines.push(t(lang, "cli.heading.escalate"));
  return lines.join("\n");
}

/** The profile's fields with the values each accepts and, in `lang`, the question that fills it. */
export function renderSchema(t: Translate, lang: Lang): string {
  const lines = [t(lang, "cli.heading.schema")];
  for (const field of PROFILE_FIELDS) {
    const question = questionForField(field);
    lines.push(`  ${field}: ${fieldValues(field).join(" | ")}${question ? `\n      ${questionText(question, lang).prompt}` : ""}`);
  }
  return lines.join("\n");
}
