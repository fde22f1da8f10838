import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeChoicePayload, encodeChoicePayload } from "../../bot/runtime/choice-payload.js";

test("a button's choice and stamp survive the round trip, colons in the choice id included", () => {
  for (const [id, stamp] of [["lang:en", 3], ["a:no", 0], ["menu:assess", undefined]] as const) {
    const decoded = decodeChoicePayload(encodeChoicePayload(id, stamp));
    assert.deepEqual(decoded, stamp === undefined ? { choiceId: id } : { choiceId: id, stamp });
  }
});

test("forged or old-format button data is refused rather than guessed at", () => {
  for (const data of ["", "lang:en", "v2:lang:en:1", "v1::1", "v1:lang en:1", "v1:lang:en:x"]) assert.equal(decodeChoicePayload(data), null, data);
});

test("a payload over Telegram's 64 bytes is a programming error caught at once", () => {
  assert.throws(() => encodeChoicePayload("ж".repeat(40), 1));
});
