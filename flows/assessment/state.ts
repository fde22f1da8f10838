import { z } from "zod";
import { ProhibitedCapability } from "../../knowledge/law/codes.js";
import { SystemProfile } from "../../knowledge/profile/schema.js";
import { Proposal } from "../../knowledge/interview/proposals.js";
import { MAX_TEXT } from "../types.js";

/** One answer as given: the question and the option, so the profile can be rebuilt and an answer changed. */
export const GivenAnswer = z.object({ questionId: z.string().min(1), optionId: z.string().min(1) });
export type GivenAnswer = z.infer<typeof GivenAnswer>;

/**
 * An assessment in progress. The profile is never stored: it is `base` (facts the founder gave outside the
 * questions) with the answers applied in order, so going back is dropping the last answer and changing one is
 * replacing it. What the description suggested is kept apart as `proposals`: it becomes an answer only through the
 * confirmation (an answer to CONFIRM_ID) or the field's own question.
 */
export const Draft = z.object({
  description: z.string().max(MAX_TEXT).nullable(),
  base: SystemProfile,
  answers: z.array(GivenAnswer),
  /** Prohibited capabilities already told to the founder, so each is flagged once, the moment it shows. */
  flagged: z.array(ProhibitedCapability),
  /** Drafts stored before proposals existed had the description in `base`; they parse with none. */
  proposals: z.array(Proposal).default([]),
  /**
   * Set while the dossier has this draft re-assessed against what its text says (flows/dossier/reassess.ts): the
   * questions still to ask again after the current one; the result then goes back to the dossier.
   */
  reassessing: z.object({ pending: z.array(z.string().min(1)) }).optional(),
});
export type Draft = z.infer<typeof Draft>;

/** Waiting for the founder's own description (or "skip"). */
export const DescribeStep = z.object({ step: z.literal("describe") });
/** `changing`: re-asking an earlier answer, after which the founder returns to the next open question. */
export const QuestionStep = z.object({ step: z.literal("question"), questionId: z.string().min(1), changing: z.boolean() });
/** Confirming what the description suggested: all correct, correct one item, or not sure. */
export const ConfirmStep = z.object({ step: z.literal("confirm") });
/** Picking the item of the confirmation to correct. */
export const ConfirmFixStep = z.object({ step: z.literal("confirmFix") });
/** "Yes, at least one" on a screening: ticking the ones that apply, then done. */
export const ScreeningPickStep = z.object({
  step: z.literal("screeningPick"),
  questionId: z.string().min(1),
  ticked: z.array(SystemProfile.keyof()),
  /** Re-answering the screening from /change: the new answer replaces the old one. */
  changing: z.boolean(),
});
/** Picking an earlier answer (or a field the description filled) to change. */
export const ChangeAnswerStep = z.object({ step: z.literal("changeAnswer") });
