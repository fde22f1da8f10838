import { z } from "zod";
import { COPYRIGHT_ENTRIES } from "./copyright.js";
import { DEFINITION_ENTRIES } from "./definitions.js";
import { EU_ENTRIES } from "./eu.js";
import { FINE_ENTRIES } from "./fines.js";
import { LAW_ENTRIES } from "./law.js";
import { LISTING_ENTRIES } from "./listing.js";
import { NOT_IN_LAW_ENTRIES } from "./not-in-law.js";
import { OBLIGATION_ENTRIES } from "./obligations.js";
import { PERSONAL_DATA_ENTRIES } from "./personal-data.js";
import { PLATFORM_ENTRIES } from "./platform.js";
import { PROHIBITED_ENTRIES } from "./prohibited.js";
import { KnowledgeEntry } from "./schema.js";
import { AUTONOMY_ENTRIES, TIER_ENTRIES } from "./tiers.js";
import { USER_ENTRIES } from "./users.js";

export { KnowledgeEntry, Keywords, Topic, weakestConfidence } from "./schema.js";

const Entries = z
  .array(KnowledgeEntry)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    for (const { id } of entries) {
      if (seen.has(id)) ctx.addIssue({ code: "custom", message: `duplicate entry id ${id}` });
      seen.add(id);
    }
  });

/**
 * Every knowledge entry, parsed once at module load so that a bad citation, an overclaimed confidence or a
 * duplicate id fails the first test that imports this module rather than reaching a founder.
 */
export const ENTRIES: readonly KnowledgeEntry[] = Object.freeze(
  Entries.parse([
    ...DEFINITION_ENTRIES,
    ...TIER_ENTRIES,
    ...AUTONOMY_ENTRIES,
    ...PROHIBITED_ENTRIES,
    ...OBLIGATION_ENTRIES,
    ...PERSONAL_DATA_ENTRIES,
    ...LISTING_ENTRIES,
    ...FINE_ENTRIES,
    ...NOT_IN_LAW_ENTRIES,
    ...EU_ENTRIES,
    ...PLATFORM_ENTRIES,
    ...USER_ENTRIES,
    ...COPYRIGHT_ENTRIES,
    ...LAW_ENTRIES,
  ]),
);

const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

/** The entry with this id, e.g. `tier.high`, `prohibited.social_scoring`, `obligation.data_localisation`. */
export const entryById = (id: string): KnowledgeEntry | undefined => BY_ID.get(id);
