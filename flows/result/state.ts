import { z } from "zod";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { Draft } from "../assessment/state.js";

/** Showing the result; the assessment itself is in memory (`ResultMemory`), since the dossier and filing need it too. */
export const ResultStep = z.object({ step: z.literal("result") });

/** The latest result with the answers that produced it, so an answer can still be changed from the result. */
export const ResultMemory = z.object({ assessment: Assessment, draft: Draft });
export type ResultMemory = z.infer<typeof ResultMemory>;
