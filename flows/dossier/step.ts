import { cite, formatArticle, formatCitation } from "../../knowledge/law/articles.js";
import { fileDossier } from "../filing/step.js";
import type { ConversationState } from "../state.js";
import { ask, choice, moveTo, refuse, remember, say, turn, type Turn } from "../turn.js";
import type { Choice, Effect, Utterance } from "../types.js";
import { contradictionLine, contradictions } from "./contradictions.js";
import { voluntaryNoteParams } from "./document.js";
import { DOSSIER_FIELDS, DossierFieldId, MAX_FIELD_TEXT, basisOf, emptyDossier, missingFields, type Dossier, type DossierEntry } from "./dossier.js";
import { suggestionFor } from "./prefill.js";
import { startReassessment } from "./reassess.js";

/** Art. 15(2)(3): the documentation every owner or possessor keeps; Art. 20(2): the two checks the law adds to an audit. */
const DOCUMENTATION = cite("ai-law", "15", "2", "3");
const AUDIT_CHECKS = cite("ai-law", "20", "2");

type FieldStep = Extract<ConversationState["at"], { step: "dossierField" }>;

const dossierOf = (state: ConversationState): Dossier => state.memory.dossier ?? emptyDossier();

/** Where the founder goes after a field: the next one not yet answered, or the review when none is left. */
function advance(state: ConversationState, before: Utterance[] = []): Turn {
  const next = missingFields(dossierOf(state))[0];
  const moved = moveTo(state, next === undefined ? { step: "dossierReview" } : { step: "dossierField", field: next, editing: false, confidential: false });
  return turn(moved, [...before, ...promptDossier(moved)]);
}

/**
 * Opens the dossier draft. A draft already filed is kept for the record and a fresh one is started, pre-filled
 * from the latest result; an unfinished draft resumes at its first open field. Either way the draft records the
 * latest result as the assessment it is drafted from, as its suggestions are. The audit and trusted lists are
 * mentioned only to a high-risk system, the only kind they are open to (Art. 19, 20).
 */
export function startDossier(state: ConversationState): Turn {
  const result = state.memory.result;
  if (result === undefined) return refuse(state, "errors.noAssessment");
  const current = state.memory.dossier;
  const fresh = current === undefined || (current.submissionId !== undefined && state.memory.filing?.stage !== "resubmitting");
  const opened = remember(state, { dossier: { ...(fresh ? emptyDossier() : current), basis: basisOf(result.assessment) } });
  const intro = [
    say("dossier.intro", {
      total: DOSSIER_FIELDS.length,
      documentation: formatCitation(DOCUMENTATION, state.lang),
      checks: formatArticle(AUDIT_CHECKS, state.lang),
    }),
    ...(result.assessment.tier === "high" ? [say("dossier.voluntary", voluntaryNoteParams(state.lang))] : []),
  ];
  return advance(opened, fresh ? intro : []);
}

function fieldPrompt(state: ConversationState, at: FieldStep): Utterance[] {
  const entry = dossierOf(state).entries[at.field];
  const suggestion = entry?.value ?? suggestionFor(at.field, state);
  const lines: Utterance[] = [];
  if (at.confidential) lines.push(say("dossier.confidentialOn"));
  const choices: Choice[] = [];
  if (suggestion !== null) {
    lines.push(say(entry?.value ? "dossier.current" : "dossier.suggestion", { value: suggestion }));
    choices.push(choice("d:keep", "dossier.choice.keep"));
  }
  choices.push(choice("d:skip", "dossier.choice.skip"));
  choices.push(choice("d:conf", at.confidential ? "dossier.choice.public" : "dossier.choice.confidential"));
  if (at.editing) choices.push(choice("nav:cancel", "dossier.choice.cancelEdit"));
  else if (DOSSIER_FIELDS.indexOf(at.field) > 0) choices.push(choice("nav:back", "dossier.choice.back"));
  const n = DOSSIER_FIELDS.indexOf(at.field) + 1;
  lines.push(ask(`dossier.fields.${at.field}.prompt`, choices, { n, total: DOSSIER_FIELDS.length }));
  return lines;
}

/** The review: what is filled, skipped and confidential, with export, edit and file. */
export function reviewPrompt(state: ConversationState): Utterance[] {
  const entries = Object.values(dossierOf(state).entries) as DossierEntry[];
  const counts = {
    filled: entries.filter((e) => e.value !== null).length,
    skipped: entries.filter((e) => e.value === null).length,
    confidential: entries.filter((e) => e.confidential && e.value !== null).length,
  };
  const resubmitting = state.memory.filing?.stage === "resubmitting";
  return [
    say("dossier.review.summary", counts),
    ask("dossier.review.prompt", [
      choice("d:md", "dossier.review.exportMd"),
      choice("d:docx", "dossier.review.exportDocx"),
      choice("d:edit", "dossier.review.edit"),
      choice("d:file", resubmitting ? "dossier.review.resubmit" : "dossier.review.file"),
    ]),
  ];
}

function editPrompt(): Utterance[] {
  const choices = DOSSIER_FIELDS.map((f) => choice(`edit:${f}`, `dossier.fields.${f}.label`));
  return [ask("dossier.edit.prompt", [...choices, choice("nav:cancel", "dossier.choice.cancelEdit")])];
}

/** The current dossier screen, for resuming and after a language switch. */
export function promptDossier(state: ConversationState): Utterance[] {
  const at = state.at;
  switch (at.step) {
    case "dossierField":
      return fieldPrompt(state, at);
    case "dossierReview":
      return reviewPrompt(state);
    case "dossierEdit":
      return editPrompt();
    default:
      return [];
  }
}

function setEntry(state: ConversationState, field: DossierFieldId, entry: DossierEntry): ConversationState {
  const dossier = dossierOf(state);
  return remember(state, { dossier: { ...dossier, entries: { ...dossier.entries, [field]: entry } } });
}

function afterField(state: ConversationState, at: FieldStep, before: Utterance[] = []): Turn {
  if (at.editing) {
    const review = moveTo(state, { step: "dossierReview" });
    return turn(review, [say("dossier.saved"), ...before, ...reviewPrompt(review)]);
  }
  return advance(state, before);
}

/**
 * The founder typed a field's value. Where it reads otherwise than the assessment (flows/dossier/contradictions.ts),
 * they hear it at once; the offer to re-assess comes before filing, so the walk through the fields goes on.
 */
export function dossierText(state: ConversationState, at: FieldStep, text: string): Turn {
  if (text.length > MAX_FIELD_TEXT) return refuse(state, "errors.textTooLong", { max: MAX_FIELD_TEXT });
  const saved = setEntry(state, at.field, { value: text, confidential: at.confidential });
  const result = saved.memory.result;
  const found = result === undefined ? [] : contradictions(dossierOf(saved), result, [at.field]);
  const noted = found.length === 0 ? [] : [...found.map((c) => contradictionLine(c, state.lang)), say("dossier.contradiction.later")];
  return afterField(saved, at, noted);
}

/** Goes to the field before this one; its current value is offered to keep. */
export function dossierBack(state: ConversationState): Turn {
  const at = state.at;
  if (at.step === "dossierEdit" || (at.step === "dossierField" && at.editing)) {
    const review = moveTo(state, { step: "dossierReview" });
    return turn(review, reviewPrompt(review));
  }
  if (at.step !== "dossierField") return refuse(state, "errors.nothingToGoBackTo");
  const previous = DOSSIER_FIELDS[DOSSIER_FIELDS.indexOf(at.field) - 1];
  if (previous === undefined) return refuse(state, "errors.nothingToGoBackTo");
  const entry = dossierOf(state).entries[previous];
  const moved = moveTo(state, { step: "dossierField", field: previous, editing: false, confidential: entry?.confidential ?? false });
  return turn(moved, promptDossier(moved));
}

/** Buttons of the dossier screens; null when the choice is not one of them. */
export function dossierChoice(state: ConversationState, choiceId: string): Turn | null {
  const at = state.at;
  if (at.step === "dossierField") {
    const existing = dossierOf(state).entries[at.field];
    switch (choiceId) {
      case "d:keep": {
        const value = existing?.value ?? suggestionFor(at.field, state);
        if (value === null) return null;
        return afterField(setEntry(state, at.field, { value, confidential: at.confidential }), at);
      }
      case "d:skip":
        return afterField(setEntry(state, at.field, { value: null, confidential: false }), at);
      case "d:conf": {
        const toggled = { ...at, confidential: !at.confidential };
        // A value already given changes its mark at once; a new one takes the mark when it is typed.
        const marked = existing === undefined ? state : setEntry(state, at.field, { ...existing, confidential: toggled.confidential });
        const moved = moveTo(marked, toggled);
        return turn(moved, promptDossier(moved));
      }
      case "nav:back":
      case "nav:cancel":
        return dossierBack(state);
      default:
        return null;
    }
  }
  if (at.step === "dossierReview") {
    const dossier = dossierOf(state);
    const assessment = state.memory.result?.assessment;
    switch (choiceId) {
      case "d:md":
      case "d:docx": {
        const effect: Effect = {
          kind: "exportDossier",
          format: choiceId === "d:md" ? "md" : "docx",
          dossier,
          lang: state.lang,
          ...(assessment ? { assessment } : {}),
        };
        return turn(state, [say("dossier.exporting"), { kind: "typing" }], [effect]);
      }
      case "d:edit": {
        const moved = moveTo(state, { step: "dossierEdit" });
        return turn(moved, editPrompt());
      }
      case "d:reassess":
        return startReassessment(state);
      case "d:fileAsIs":
        return fileDossier(state, { asIs: true });
      default:
        return null;
    }
  }
  if (at.step === "dossierEdit") {
    if (choiceId === "nav:cancel") return dossierBack(state);
    const field = DossierFieldId.safeParse(choiceId.replace(/^edit:/, ""));
    if (!choiceId.startsWith("edit:") || !field.success) return null;
    const entry = dossierOf(state).entries[field.data];
    const moved = moveTo(state, { step: "dossierField", field: field.data, editing: true, confidential: entry?.confidential ?? false });
    return turn(moved, promptDossier(moved));
  }
  return null;
}
