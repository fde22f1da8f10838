/**
 * The knowledge base's version. Every assessment records it, so that a later version can re-run stored
 * profiles and tell founders what changed (issue 3, "Rule changes"). Bump the id whenever a rule, an
 * obligation's condition or a legal fact changes.
 */
export const KB_VERSION = { id: "kb-2026.12.1", effectiveDate: "2026-12-02" } as const;
export type KbVersion = typeof KB_VERSION;
