import { test } from "node:test";
import assert from "node:assert/strict";
import { Chat } from "../support/transcript.js";
import { LANGS, founder } from "./drive.js";

for (const lang of LANGS) {
  test(`[${lang}] the language screen speaks the platform's language and pre-selects it`, () => {
    const chat = Chat.start({ platformLocale: lang });
    const ask = chat.reply("onboarding.language.prompt");
    assert.ok(ask?.kind === "ask");
    assert.deepEqual(ask.choices.map((c) => c.id), ["lang:kk", "lang:ru", "lang:en"]);
    assert.deepEqual(ask.choices.filter((c) => c.selected).map((c) => c.id), [`lang:${lang}`]);
    assert.equal(chat.state.lang, lang);
  });

  test(`[${lang}] choosing the language shows the privacy notice, the not-legal-advice line, then asks for a description`, () => {
    const chat = Chat.start({ platformLocale: lang }).choose(`lang:${lang}`);
    assert.deepEqual(chat.keys(), ["onboarding.privacy", "common.disclaimer", "assessment.describe.prompt"]);
    assert.deepEqual(chat.effects("setLanguage"), [{ kind: "setLanguage", lang }]);
    assert.equal(chat.state.at.step, "describe");
  });

  test(`[${lang}] /forget asks first, then erases and starts over`, () => {
    const chat = founder(lang).command("forget");
    chat.expect("onboarding.forget.confirm");
    assert.deepEqual(chat.last.effects, []);
    chat.choose("forget:yes");
    assert.deepEqual(chat.last.effects, [{ kind: "forget" }]);
    chat.expect("onboarding.forget.done").expect("onboarding.language.prompt");
    assert.deepEqual(chat.state.memory, {});
    assert.equal(chat.state.at.step, "language");
  });
}

test("a platform language we do not speak falls back to Kazakh, the state language", () => {
  assert.equal(Chat.start().state.lang, "kk");
});

test("typing a language's name picks it", () => {
  const chat = Chat.start({ platformLocale: "en" }).text("Русский");
  assert.equal(chat.state.lang, "ru");
  assert.equal(chat.state.at.step, "describe");
});

test("typing something else on the language screen asks again and changes nothing", () => {
  const chat = Chat.start({ platformLocale: "en" });
  const before = chat.state;
  chat.text("We build a chatbot for clinics");
  assert.deepEqual(chat.keys(), ["errors.chooseLanguage", "onboarding.language.prompt"]);
  assert.deepEqual(chat.state, before);
});

test("staff see the review help instead of a description prompt", () => {
  const chat = Chat.start({ platformLocale: "en", role: "reviewer" }).choose("lang:en");
  assert.deepEqual(chat.keys(), ["onboarding.privacy", "common.disclaimer", "queue.help.reviewer", "onboarding.menu.prompt"]);
  const menu = chat.reply("onboarding.menu.prompt");
  assert.ok(menu?.kind === "ask" && menu.choices.some((c) => c.id === "menu:queue"));
});

test("/forget answered 'no' erases nothing", () => {
  const chat = founder("en").command("forget").choose("forget:no");
  chat.expect("onboarding.forget.kept");
  assert.deepEqual(chat.last.effects, []);
  assert.equal(chat.state.at.step, "describe");
});

test("/privacy and /help answer at any step without moving on", () => {
  const chat = founder("kk");
  const at = chat.state.at;
  chat.command("privacy").expect("onboarding.privacy").expect("common.disclaimer");
  chat.command("help").expect("onboarding.help");
  assert.deepEqual(chat.state.at, at);
});

test("/start mid-way says welcome back and repeats where the founder was", () => {
  const chat = founder("ru").command("start");
  assert.deepEqual(chat.keys(), ["onboarding.welcomeBack", "assessment.describe.prompt"]);
});
