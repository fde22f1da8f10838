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

test("/start with a deep link's language chooses it, as the language screen does", () => {
  const chat = Chat.start({ platformLocale: "ru" }).command("start", "kk");
  assert.equal(chat.state.lang, "kk");
  assert.deepEqual(chat.effects("setLanguage"), [{ kind: "setLanguage", lang: "kk" }]);
  assert.equal(chat.state.at.step, "describe");
});

test("/start with a submission id opens that submission's status; someone else's is said to be not theirs", () => {
  const chat = founder("en").command("start", "kz-ai-2026-0002");
  assert.deepEqual(chat.last.effects, [{ kind: "loadStatus", requested: "KZ-AI-2026-0002" }]);
  const mine = { id: "KZ-AI-2026-0001", status: "in_review", systemName: "Kasiet", updatedOn: "2026-03-03" } as const;
  const linked = { ...mine, id: "KZ-AI-2026-0002", systemName: "Other", status: "approved" } as const;
  chat.send({ type: "statusLoaded", submissions: [mine, linked], requested: "KZ-AI-2026-0002" });
  assert.deepEqual(chat.keys(), ["filing.status.header", "filing.status.item.approved"]);
  chat.expect("filing.status.header", { count: 1 });
  chat.send({ type: "statusLoaded", submissions: [mine], requested: "KZ-AI-2026-0009" });
  assert.deepEqual(chat.keys(), ["filing.status.notYours", "filing.status.header", "filing.status.item.in_review"]);
  chat.expect("filing.status.notYours", { id: "KZ-AI-2026-0009" });
});

test("/start with a link code it does not know says so and goes on as a bare /start; a newcomer still picks a language first", () => {
  const chat = founder("ru").command("start", "promo2026");
  assert.deepEqual(chat.keys(), ["errors.unknownStartLink", "onboarding.welcomeBack", "assessment.describe.prompt"]);
  assert.deepEqual(chat.last.effects, []);
  const newcomer = Chat.start({ platformLocale: "en" }).command("start", "KZ-AI-2026-0001");
  assert.deepEqual(newcomer.keys(), ["onboarding.language.prompt"]);
  assert.deepEqual(newcomer.last.effects, []);
});
