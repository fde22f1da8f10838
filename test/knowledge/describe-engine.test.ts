import { test } from "node:test";
import assert from "node:assert/strict";
import { compileLexicon, findHits } from "../../knowledge/describe/match.js";
import type { Lexicon } from "../../knowledge/describe/rule.js";
import { readWords } from "../../knowledge/describe/text-units.js";

/** A lexicon of one or two rules, to try the pattern language on its own. */
const lexicon = (rules: Lexicon["rules"]): Lexicon => ({ lang: "en", negationWords: ["not"], forwardNegationWords: ["no", "without"], clauseWords: ["but"], rules });
const values = (lex: Lexicon, text: string): string[] => findHits(readWords(text, lex), compileLexicon(lex)).map((h) => `${h.rule.field}=${h.value}`);

test("=word matches that word only, where a stem would join words of different meaning", () => {
  const lex = lexicon([{ field: "personalData", value: "yes", weight: 0.9, patterns: ["=information"] }]);
  assert.deepEqual(values(lex, "We keep information about buyers."), ["personalData=yes"]);
  assert.deepEqual(values(lex, "Buyers are informed by email."), [], "the stem of 'informed' is the stem of 'information'");
  const stemmed = lexicon([{ field: "personalData", value: "yes", weight: 0.9, patterns: ["information"] }]);
  assert.deepEqual(values(stemmed, "Buyers are informed by email."), ["personalData=yes"], "without = the stems meet");
});

test("unlessInSentence cancels a match from another clause of the sentence; unless only from its own clause", () => {
  const rule = { field: "personalDataLawful", value: "no", weight: 0.9, patterns: ["!neg ask*"] } as const;
  const text = "The cameras read emotions; staff are not asked.";
  assert.deepEqual(values(lexicon([{ ...rule, unless: "emotion*" }]), text), ["personalDataLawful=no"], "the emotion word is in the other clause");
  assert.deepEqual(values(lexicon([{ ...rule, unlessInSentence: "emotion*" }]), text), []);
  assert.deepEqual(values(lexicon([{ ...rule, unlessInSentence: "emotion*" }]), "The cameras read emotions. Staff are not asked."), ["personalDataLawful=no"], "another sentence is another matter");
});

test("a forward negation fills !neg only for what follows it: contacts taken without permission are still contacts", () => {
  const lex = lexicon([{ field: "personalData", value: "no", weight: 0.9, patterns: ["!neg contact*"] }]);
  assert.deepEqual(values(lex, "We collect no contacts."), ["personalData=no"]);
  assert.deepEqual(values(lex, "We collect contacts without permission."), [], "'without' here is about the permission");
});

test("a negated mention does not hide a plain one later in the sentence", () => {
  const lex = lexicon([{ field: "emotionRecognition", value: "yes", weight: 0.9, patterns: ["detect* emotion*"] }]);
  assert.deepEqual(values(lex, "We do not detect emotions of staff and detect emotions of guests."), ["emotionRecognition=yes"]);
  assert.deepEqual(values(lex, "We detect faces, but not emotions."), []);
});

test("a slot written with a space is refused when the lexicon loads, instead of silently matching less", () => {
  const lex = lexicon([{ field: "personalData", value: "yes", weight: 0.9, patterns: ["contact*"], unless: "phone book" }]);
  assert.throws(() => compileLexicon(lex), /has a space/);
});
