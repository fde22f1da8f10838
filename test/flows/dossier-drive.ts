import assert from "node:assert/strict";
import { isGroup } from "../../knowledge/profile/questions.js";
import type { ProfileField } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import type { Chat } from "../support/transcript.js";
import { answerAll, founder } from "./drive.js";

export type Facts = Partial<Record<ProfileField, string>>;

/**
 * A founder with a result whose answers are `facts` wherever a question asks them, and "no" (or "none of these")
 * elsewhere: the description skipped, every question answered through the chat's own buttons.
 */
export function resultWith(lang: Lang, facts: Facts): Chat {
  const chat = founder(lang).choose("nav:skip");
  answerAll(chat, (q) => {
    if (q.field !== null) return facts[q.field] ?? (q.options.some((o) => o.value === "no") ? "no" : undefined);
    const group = q.question;
    if (!isGroup(group)) return undefined;
    const sets = (o: { sets: Partial<Record<ProfileField, string>> }): [string, string][] => Object.entries(o.sets) as [string, string][];
    const fits = group.options.find((o) => sets(o).length > 0 && sets(o).every(([f, v]) => facts[f as ProfileField] === v));
    if (fits !== undefined) return fits.id;
    // A group touching a given fact that no option fits: "not sure", so each of its fields is asked on its own.
    return group.fields.some((f) => facts[f] !== undefined) ? "unknown" : group.options.some((o) => o.id === "no") ? "no" : undefined;
  });
  assert.equal(chat.state.at.step, "result");
  const profile = chat.state.memory.result?.assessment.profile;
  for (const [field, value] of Object.entries(facts)) assert.equal(profile?.[field as ProfileField], value, field);
  return chat;
}

/** Opens the dossier and walks it: `typed` fields get that text, every other field keeps its suggestion or is skipped. */
export function draftDossier(chat: Chat, typed: Partial<Record<string, string>> = {}): Chat {
  chat.choose("result:dossier");
  while (chat.state.at.step === "dossierField") {
    const text = typed[chat.state.at.field];
    if (text !== undefined) chat.text(text);
    else chat.choose(chat.offered().includes("d:keep") ? "d:keep" : "d:skip");
  }
  assert.equal(chat.state.at.step, "dossierReview");
  return chat;
}
