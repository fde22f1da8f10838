import { type AskResult, ask } from "../../../knowledge/ask/index.js";
import type { Assessment } from "../../../knowledge/assess/assessment.js";
import { type AssessOptions, assess } from "../../../knowledge/assess/assess.js";
import { type ExplainedAssessment, explainAssessment } from "../../../knowledge/assess/explain.js";
import { describe, type Inference } from "../../../knowledge/describe/index.js";
import { SystemProfile } from "../../../knowledge/profile/schema.js";
import { detectLang } from "../../../knowledge/text/detect-lang.js";
import type { Lang } from "../../../knowledge/types.js";
import type { AssessLine } from "./input.js";

/**
 * What `assess` prints with --json and per batch line: the assessment's codes and citations (the public
 * contract), what describe-first read from the text, and the same result explained in `lang`.
 */
export type AssessOutput = Assessment & { lang: Lang; inferences?: Inference[]; explanation: ExplainedAssessment };

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

export const askOutput = (question: string, lang: Lang | undefined): AskResult => ask(question, lang ?? detectLang(question));
