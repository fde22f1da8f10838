import { z } from "zod";
import { Lang } from "../knowledge/types.js";
import { ChangeAnswerStep, ConfirmFixStep, ConfirmStep, DescribeStep, Draft, QuestionStep, ScreeningPickStep } from "./assessment/state.js";
import { Dossier } from "./dossier/dossier.js";
import { DossierEditStep, DossierFieldStep, DossierReviewStep } from "./dossier/state.js";
import { Filing } from "./filing/state.js";
import { HomeStep, LanguageStep } from "./onboarding/state.js";
import { ResultMemory, ResultStep } from "./result/state.js";
import { MAX_TEXT } from "./types.js";

/** Where the conversation stands: one named step per screen, each sub-flow owning its own. */
export const At = z.discriminatedUnion("step", [
  LanguageStep,
  HomeStep,
  DescribeStep,
  ConfirmStep,
  ConfirmFixStep,
  QuestionStep,
  ScreeningPickStep,
  ChangeAnswerStep,
  ResultStep,
  DossierFieldStep,
  DossierReviewStep,
  DossierEditStep,
]);
export type At = z.infer<typeof At>;
export type StepName = At["step"];

/** What outlives a step: the assessment in progress, the latest result, the dossier draft, the filing. */
export const Memory = z.object({
  draft: Draft.optional(),
  result: ResultMemory.optional(),
  dossier: Dossier.optional(),
  filing: Filing.optional(),
  /** The founder's last knowledge question, so "talk to a person" can escalate it. */
  lastQuestion: z.string().max(MAX_TEXT).optional(),
});
export type Memory = z.infer<typeof Memory>;

/** The version of the stored shape; bump it (and add a migration or accept a restart) when the shape changes. */
export const STATE_VERSION = 1;

/**
 * A whole conversation as stored between messages. `stamp` numbers the current prompt: it moves on whenever
 * the step changes, and a button from an older prompt is refused with errors.staleButton.
 */
export const ConversationState = z
  .object({
    v: z.literal(STATE_VERSION),
    lang: Lang,
    stamp: z.number().int().nonnegative(),
    at: At,
    memory: Memory,
  })
  .superRefine((s, ctx) => {
    const needs: Partial<Record<StepName, keyof Memory>> = {
      question: "draft",
      confirm: "draft",
      confirmFix: "draft",
      screeningPick: "draft",
      changeAnswer: "draft",
      result: "result",
      dossierField: "dossier",
      dossierReview: "dossier",
      dossierEdit: "dossier",
    };
    const field = needs[s.at.step];
    if (field !== undefined && s.memory[field] === undefined) {
      ctx.addIssue({ code: "custom", path: ["memory", field], message: `step ${s.at.step} needs memory.${field}` });
    }
  });
export type ConversationState = z.infer<typeof ConversationState>;
