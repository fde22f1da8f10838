import { test } from "node:test";
import assert from "node:assert/strict";
import { Chat } from "../support/transcript.js";

const ANGRY = "Cameras in the office tell managers which employees look angry or stressed.";

/** A chat at the description screen, with the runtime saying a model is configured. */
function describing(modelAssist: boolean): Chat {
  const chat = Chat.start().choose("lang:en");
  chat.env = { ...chat.env, ...(modelAssist && { modelAssist: true }) };
  return chat;
}

test("with no model configured the description is read offline at once, and no model is asked", () => {
  const chat = describing(false).text(ANGRY);
  assert.deepEqual(chat.effects("readWithModel"), []);
  chat.expect("assessment.confirm.prompt");
});

test("with a model the description waits for its reading, and a failed reading is the offline one", () => {
  const offline = describing(false).text(ANGRY).read();
  const chat = describing(true).text(ANGRY);
  assert.deepEqual(chat.effects("readWithModel"), [{ kind: "readWithModel", text: ANGRY, lang: "en" }]);
  chat.send({ type: "modelReading", proposals: null });
  assert.deepEqual(chat.read(), offline);
});

test("the model's reading is proposed for confirmation; a disagreement is shown as uncertain and left to ask", () => {
  const chat = describing(true).text(ANGRY).send({
    type: "modelReading",
    proposals: [{ field: "emotionRecognition", value: "no", evidence: ["look angry"] }],
  });
  chat.expect("llm.uncertain").expect("assessment.confirm.prompt");
  const confirmation = chat.read().find((line) => line.startsWith("From your description"))!;
  assert.doesNotMatch(confirmation, /reads people's emotions/);
});

test("a reading that arrives when no description waits changes nothing", () => {
  const chat = describing(true).text(ANGRY).send({ type: "modelReading", proposals: null });
  const before = JSON.stringify(chat.state);
  chat.send({ type: "modelReading", proposals: [{ field: "emotionRecognition", value: "yes", evidence: ["angry"] }] });
  assert.equal(JSON.stringify(chat.state), before);
  assert.deepEqual(chat.read(), []);
});
