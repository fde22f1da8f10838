import { z } from "zod";
import { SubmissionStatus } from "../queue/transitions.js";
import { Dossier } from "../dossier/dossier.js";
import { IsoDate } from "../../knowledge/estimate/types.js";
import { MAX_TEXT, SubmissionId } from "../types.js";

/**
 * Where the founder's latest submission stands, as far as this chat knows. `sending` waits for the runtime's
 * `filed` event; `changesRequested` keeps the filed draft so the founder can correct and re-submit it.
 */
export const Filing = z.discriminatedUnion("stage", [
  z.object({ stage: z.literal("sending") }),
  z.object({ stage: z.literal("filed"), submissionId: SubmissionId, status: SubmissionStatus }),
  z.object({
    stage: z.literal("changesRequested"),
    submissionId: SubmissionId,
    reason: z.string().max(MAX_TEXT).optional(),
    resubmissionDue: IsoDate.optional(),
    dossier: Dossier.optional(),
  }),
  z.object({ stage: z.literal("resubmitting"), submissionId: SubmissionId }),
]);
export type Filing = z.infer<typeof Filing>;
