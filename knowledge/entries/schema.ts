import { z } from "zod";
import { Citation, citationConfidence, isRealCitation } from "../law/articles.js";
import { Confidence, Trilingual } from "../types.js";

/** What an entry is about; the ask index and the assessment renderer group entries by it. */
export const Topic = z.enum([
  "definitions",
  "tiers",
  "autonomy",
  "prohibited",
  "obligations",
  "transparency",
  "personal_data",
  "trusted_list",
  "audit",
  "fines",
  "not_in_law",
  "eu",
  "platform",
  "users",
  "copyright",
  "law",
]);
export type Topic = z.infer<typeof Topic>;

/** Extra search words per language: the words founders use that the law's own text does not. */
export const Keywords = z.object({ kk: z.array(z.string().min(1)), ru: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });
export type Keywords = z.infer<typeof Keywords>;

/** Strongest first: an entry may claim no more than its weakest source allows. */
const STRENGTH: readonly Confidence[] = Confidence.options;

/** The least certain of the confidences given (the act confidence of each citation, for an entry). */
export function weakestConfidence(confidences: readonly Confidence[]): Confidence {
  return confidences.reduce<Confidence>((weakest, c) => (STRENGTH.indexOf(c) > STRENGTH.indexOf(weakest) ? c : weakest), "primary");
}

/**
 * One explanation in our own words, in kk, ru and en, with the articles it rests on. Every citation must name
 * an article that exists (`isRealCitation`), and the entry's confidence may not be stronger than the weakest
 * act it cites: an entry resting on the trusted-list rules is secondary however primary its other citations are.
 */
export const KnowledgeEntry = z
  .object({
    id: z.string().regex(/^[a-z_]+(\.[a-z0-9_]+)+$/, "ids look like 'tier.high' or 'obligation.data_localisation'"),
    topic: Topic,
    title: Trilingual,
    text: Trilingual,
    citations: z.array(Citation).min(1),
    confidence: Confidence,
    keywords: Keywords.optional(),
  })
  .superRefine((entry, ctx) => {
    entry.citations.forEach((c, i) => {
      if (!isRealCitation(c)) ctx.addIssue({ code: "custom", path: ["citations", i], message: `${entry.id}: no such article ${JSON.stringify(c)}` });
    });
    const floor = weakestConfidence(entry.citations.map(citationConfidence));
    if (STRENGTH.indexOf(entry.confidence) < STRENGTH.indexOf(floor)) {
      ctx.addIssue({ code: "custom", path: ["confidence"], message: `${entry.id}: claims ${entry.confidence} but cites a ${floor} act` });
    }
  });
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;
