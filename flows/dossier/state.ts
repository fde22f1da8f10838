import { z } from "zod";
import { DossierFieldId } from "./dossier.js";

/**
 * Asking one field. `editing`: the founder picked it from the review, so the next stop is the review again.
 * `confidential`: the mark the typed value will carry (toggled with a button before or after typing).
 */
export const DossierFieldStep = z.object({
  step: z.literal("dossierField"),
  field: DossierFieldId,
  editing: z.boolean(),
  confidential: z.boolean(),
});
/**
 * The whole draft shown back, with export, edit and file. `reassessed`: the founder has just re-assessed against
 * what the dossier says, so filing goes ahead without offering it again (any edit comes back without the mark).
 */
export const DossierReviewStep = z.object({ step: z.literal("dossierReview"), reassessed: z.literal(true).optional() });
/** Picking a field to edit. */
export const DossierEditStep = z.object({ step: z.literal("dossierEdit") });
