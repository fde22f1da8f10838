import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyProfile } from "../../knowledge/profile/schema.js";
import type { Lang } from "../../knowledge/types.js";
import { Chat } from "../support/transcript.js";
import { profileOf } from "../../flows/assessment/draft.js";
import { LANGS, answerAll, currentQuestion, founder, optionFor } from "./drive.js";

/** Founders' own words: cameras reading moods at work (emotion recognition on staff). */
const OFFICE_MOODS: Record<Lang, string> = {
  en: "We put cameras in the office and our software tells managers who looks angry or stressed, so they can talk to those people before a conflict starts.",
  ru: "Камеры в офисе показывают руководителю, кто из сотрудников злится или грустит, чтобы вовремя поговорить с человеком.",
  kk: "Кеңсеге камера орнаттық, бағдарлама басшыларға қай қызметкердің ашуланып не мұңайып жүргенін айтып береді.",
};

/** Founders' own words for manipulation aimed at elderly people. */
const DARK_PATTERNS: Record<Lang, string> = {
  en: "Our shopping app uses dark patterns, fake countdown timers and a hidden cancel button, nudging elderly people to buy more than they planned.",
  ru: "В приложении используем тёмные паттерны: навязчивые таймеры и спрятанную кнопку отписки, особенно давим на пенсионеров, чтобы они покупали больше.",
  kk: "Қосымшада қарт адамдарды көбірек сатып алуға итермелейтін айлалар қолданамыз: жалған таймерлер, жасырын батырмалар.",
};

const noWherePossible = (q: { options: readonly { value: string }[] }): string | undefined =>
  q.options.some((o) => o.value === "no") ? "no" : undefined;

/** The confirmation's text as the founder reads it. */
const confirmationOf = (chat: Chat): string => String(chat.reply("assessment.confirm.prompt")?.params?.text);

for (const lang of LANGS) {
  test(`[${lang}] describe first: what the description suggests is shown for confirmation with the founder's words, and settles only when confirmed`, () => {
    const chat = founder(lang).text(OFFICE_MOODS[lang]);
    assert.equal(chat.state.at.step, "confirm");
    const text = confirmationOf(chat);
    assert.match(text, /«.+»/, "the founder's own words are the evidence");
    assert.match(text, { kk: /эмоция/, ru: /эмоци/, en: /emotion/ }[lang]);
    const draft = chat.state.memory.draft;
    assert.ok(draft);
    assert.equal(profileOf(draft).emotionRecognition, "unknown", "a proposal is not an answer");
    assert.ok(draft.proposals.some((p) => p.field === "emotionRecognition" && p.value === "yes"));
    chat.choose("c:all");
    assert.equal(profileOf(chat.state.memory.draft!).emotionRecognition, "yes");
    const q = currentQuestion(chat);
    assert.ok(q.fields.some((f) => profileOf(chat.state.memory.draft!)[f] === "unknown"), "the next question asks something still open");
    chat.expect("assessment.question", { n: 2 });
    answerAll(chat);
    assert.equal(chat.state.at.step, "result");
  });

  test(`[${lang}] a prohibited capability in the description is raised at once, and flagged with Art. 18(2) only once confirmed`, () => {
    const chat = founder(lang).text(DARK_PATTERNS[lang]);
    assert.equal(chat.keys().filter((k) => k === "assessment.prohibited").length, 0, "not flagged on the reader's word alone");
    assert.match(confirmationOf(chat), /⚠.*17\(3\)\(1\)|⚠.*ст\. 17 п\. 3 пп\. 1|⚠.*17-бабының 3-тармағының 1\) тармақшасы/);
    chat.choose("c:all");
    const flags = chat.last.replies.filter((r) => r.kind === "say" && r.key === "assessment.prohibited");
    assert.equal(flags.length, 2, "manipulation and exploiting vulnerability");
    for (const f of flags) {
      assert.ok(f.kind === "say");
      assert.match(String(f.params?.article), /17/);
      assert.match(String(f.params?.action), /18/);
    }
    const keys = chat.keys();
    assert.ok(keys.indexOf("assessment.prohibited") < keys.indexOf("assessment.question"), "the flag comes before the next question");
  });

  test(`[${lang}] a proposed prohibited capability the founder rejects at the confirmation is never flagged`, () => {
    const chat = founder(lang).text(DARK_PATTERNS[lang]);
    for (const field of ["manipulation", "exploitsVulnerability"] as const) {
      chat.choose("c:fix").expect("assessment.confirm.which");
      chat.choose(`fix:${field}`);
      assert.deepEqual(currentQuestion(chat).fields, [field]);
      chat.choose(optionFor(chat, "no"));
    }
    // Back at the confirmation with what is left of it, if anything.
    if (chat.state.at.step === "confirm") chat.choose("c:all");
    answerAll(chat, (q) => (q.options.some((o) => o.value === "no") ? "no" : undefined));
    assert.equal(chat.state.at.step, "result");
    assert.deepEqual(chat.state.memory.result?.assessment.prohibited, []);
    assert.ok(!chat.turns.some((t) => t.replies.some((r) => r.kind === "say" && r.key === "assessment.prohibited")));
  });

  test(`[${lang}] a misread fact is corrected at the confirmation, and the rest is confirmed`, () => {
    const chat = founder(lang).text(OFFICE_MOODS[lang]);
    chat.choose("c:fix").choose("fix:emotionRecognition");
    chat.choose(optionFor(chat, "no"));
    assert.equal(chat.state.at.step === "confirm" || chat.state.at.step === "question", true);
    if (chat.state.at.step === "confirm") {
      assert.doesNotMatch(confirmationOf(chat), { kk: /эмоцияларын айқындайды/, ru: /определяет эмоции/, en: /reads people's emotions|determines people's emotions/ }[lang]);
      chat.choose("c:all");
    }
    const profile = profileOf(chat.state.memory.draft!);
    assert.equal(profile.emotionRecognition, "no", "the correction holds");
    answerAll(chat);
    assert.equal(chat.state.memory.result?.assessment.profile.emotionRecognition, "no");
  });

  test(`[${lang}] "not sure" at the confirmation settles nothing, and each fact that matters is asked on its own`, () => {
    const chat = founder(lang).text(OFFICE_MOODS[lang]);
    chat.choose("c:unsure");
    assert.equal(profileOf(chat.state.memory.draft!).emotionRecognition, "unknown");
    const asked = new Set<string>();
    answerAll(chat, (q) => {
      asked.add(q.id);
      return undefined;
    });
    assert.ok(asked.has("emotions") || asked.has("emotion-recognition") || asked.has("prohibited-practices"), [...asked].join(", "));
    assert.equal(chat.state.at.step, "result");
  });

  test(`[${lang}] a conversation resumed after a restart while the confirmation is pending shows it again`, () => {
    const chat = founder(lang).text(OFFICE_MOODS[lang]);
    const stored = JSON.stringify(chat.state);
    const resumed = Chat.resume(stored, { platformLocale: lang }).command("start");
    assert.deepEqual(resumed.keys(), ["onboarding.welcomeBack", "assessment.confirm.prompt"]);
    assert.equal(confirmationOf(resumed), confirmationOf(chat));
    resumed.choose("c:all");
    assert.equal(profileOf(resumed.state.memory.draft!).emotionRecognition, "yes");
    answerAll(resumed);
    assert.equal(resumed.state.at.step, "result");
  });

  test(`[${lang}] a prohibited capability is flagged the moment an answer shows it, and only once`, () => {
    const chat = founder(lang).choose("nav:skip");
    let flaggedAt: string | null = null;
    while (chat.state.at.step === "question") {
      const q = currentQuestion(chat);
      if (q.fields.includes("manipulation") && q.question.id === "prohibited-practices") {
        // "Yes, at least one", then manipulation ticked in the list: one answer.
        chat.choose(optionFor(chat, "yes")).expect("assessment.pick.prompt");
        assert.equal(chat.keys().filter((k) => k === "assessment.prohibited").length, 0, "nothing flagged before done");
        chat.choose("tick:manipulation").choose("tick:done");
        assert.equal(chat.keys().filter((k) => k === "assessment.prohibited").length, 1, "flagged on the answer that shows it");
        flaggedAt = q.id;
        continue;
      }
      chat.choose(optionFor(chat, noWherePossible(q) ?? "unknown"));
      assert.equal(chat.keys().filter((k) => k === "assessment.prohibited").length, 0, `no flag after ${q.id}`);
    }
    assert.equal(flaggedAt, "prohibited-practices");
    assert.equal(profileOf(chat.state.memory.result!.draft).exploitsVulnerability, "no", "what was not ticked is absent");
    chat.expect("result.prohibited.lead").expect("result.prohibited.item").expect("result.prohibited.remedy");
  });

  test(`[${lang}] ticking at a screening toggles, and back returns to the screening`, () => {
    const chat = founder(lang).choose("nav:skip");
    while (currentQuestion(chat).id !== "prohibited-practices") chat.choose(optionFor(chat, noWherePossible(currentQuestion(chat)) ?? "unknown"));
    chat.choose(optionFor(chat, "yes")).choose("tick:socialScoring");
    assert.ok(chat.read().some((l) => l.includes("☑")));
    chat.choose("tick:socialScoring");
    assert.ok(!chat.read().some((l) => l.includes("☑")), "a second tap unticks");
    chat.choose("nav:back");
    assert.equal(currentQuestion(chat).id, "prohibited-practices");
  });

  test(`[${lang}] back takes the last answer back and asks that question again`, () => {
    const chat = founder(lang).choose("nav:skip");
    const first = currentQuestion(chat);
    chat.choose(optionFor(chat, "no"));
    const second = currentQuestion(chat);
    chat.choose(optionFor(chat, noWherePossible(second) ?? "unknown"));
    chat.command("back");
    chat.expect("assessment.undone");
    assert.equal(currentQuestion(chat).id, second.id);
    assert.equal(chat.state.memory.draft?.answers.length, 1);
    chat.choose("nav:back");
    assert.equal(currentQuestion(chat).id, first.id);
    assert.equal(chat.state.memory.draft?.answers.length, 0);
    chat.command("back");
    assert.equal(chat.state.at.step, "describe", "back from the first question returns to the description");
  });

  test(`[${lang}] "not sure" is an answer: the question is not asked again and counts in the progress`, () => {
    const chat = founder(lang).choose("nav:skip");
    const first = currentQuestion(chat);
    chat.choose(optionFor(chat, "unknown"));
    assert.notEqual(currentQuestion(chat).id, first.id);
    assert.deepEqual(chat.state.memory.draft?.answers, [{ questionId: first.id, optionId: "unknown" }]);
    chat.expect("assessment.question", { n: 2 });
  });

  test(`[${lang}] resume after a restart picks up exactly where the founder was`, () => {
    const chat = founder(lang).text(OFFICE_MOODS[lang]).choose("c:all");
    chat.choose(optionFor(chat, "unknown"));
    const waiting = currentQuestion(chat);
    const stored = JSON.stringify(chat.state);
    const resumed = Chat.resume(stored, { platformLocale: lang }).command("start");
    assert.deepEqual(resumed.keys(), ["onboarding.welcomeBack", "assessment.question"]);
    assert.equal(currentQuestion(resumed).id, waiting.id);
    resumed.expect("assessment.question", { n: 3 });
    answerAll(resumed);
    assert.equal(resumed.state.at.step, "result");
  });

  test(`[${lang}] switching language mid-question keeps every answer and asks the same question in the new language`, () => {
    const other: Lang = lang === "en" ? "kk" : "en";
    const chat = founder(lang).choose("nav:skip");
    chat.choose(optionFor(chat, "no"));
    const draft = chat.state.memory.draft;
    const waiting = currentQuestion(chat).id;
    chat.command("language", other);
    assert.deepEqual(chat.keys(), ["onboarding.language.switched", "assessment.question"]);
    assert.deepEqual(chat.effects("setLanguage"), [{ kind: "setLanguage", lang: other }]);
    assert.equal(chat.state.lang, other);
    assert.deepEqual(chat.state.memory.draft, draft);
    assert.equal(currentQuestion(chat).id, waiting);
  });
}

test("an option typed out is taken as the answer, in any of our languages", () => {
  const chat = founder("en").choose("nav:skip");
  const first = currentQuestion(chat);
  chat.text("не знаю");
  assert.deepEqual(chat.state.memory.draft?.answers, [{ questionId: first.id, optionId: "unknown" }]);
  const second = currentQuestion(chat);
  chat.text("No");
  assert.deepEqual(chat.state.memory.draft?.answers.at(-1), { questionId: second.id, optionId: "no" });
});

test("a question typed in the middle of a question is answered from the law, then the question is asked again", () => {
  const chat = founder("en").choose("nav:skip");
  const waiting = currentQuestion(chat).id;
  const draft = chat.state.memory.draft;
  chat.text("What fines apply for unlabelled deepfakes?");
  assert.deepEqual(chat.keys(), ["questions.answer", "questions.followUp", "assessment.question"]);
  assert.equal(currentQuestion(chat).id, waiting);
  assert.deepEqual(chat.state.memory.draft, draft);
});

test("an earlier answer can be changed from the list, then the assessment goes on", () => {
  const chat = founder("en").choose("nav:skip");
  const first = currentQuestion(chat);
  chat.choose(optionFor(chat, "no"));
  chat.choose(optionFor(chat, "no"));
  chat.choose("nav:change");
  chat.expect("assessment.change.prompt");
  chat.choose(`change:${first.id}`);
  chat.expect("assessment.questionChanging");
  chat.choose(optionFor(chat, "yes"));
  const answers = chat.state.memory.draft?.answers ?? [];
  assert.deepEqual(answers[0], { questionId: first.id, optionId: "yes" });
  assert.equal(answers.length, 2, "the change replaced the answer");
  assert.equal(chat.state.at.step, "question");
});

test("what the founder confirmed from the description can be corrected with /change", () => {
  const chat = founder("en").text(OFFICE_MOODS.en).choose("c:all").command("change");
  const list = chat.reply("assessment.change.prompt");
  assert.ok(list?.kind === "ask" && list.choices.some((c) => c.id === "change:emotion-recognition"));
  chat.choose("change:emotion-recognition").choose(optionFor(chat, "no"));
  assert.deepEqual(chat.state.memory.draft?.answers.at(-1), { questionId: "emotion-recognition", optionId: "no" });
});

test("skipping the description goes straight to the questions", () => {
  const chat = founder("ru").choose("nav:skip");
  assert.equal(chat.state.at.step, "question");
  assert.deepEqual(chat.state.memory.draft?.base, emptyProfile());
  assert.equal(chat.state.memory.draft?.description, null);
});

test("a button from a question that has moved on is refused and changes nothing", () => {
  const chat = founder("en").choose("nav:skip");
  const stale = chat.state.stamp;
  const option = optionFor(chat, "no");
  chat.choose(option);
  const before = chat.state;
  chat.send({ type: "choice", choiceId: option, stamp: stale });
  assert.deepEqual(chat.keys(), ["errors.staleButton"]);
  assert.deepEqual(chat.state, before);
});

test("a document is read as the description", () => {
  const chat = founder("en").send({ type: "document", fileName: "product.txt", text: DARK_PATTERNS.en });
  assert.match(confirmationOf(chat), /looks like a prohibited capability/);
});

for (const lang of LANGS) {
  test(`[${lang}] a screening lists the rare practices, and "none of these" settles them all at once; back restores them`, () => {
    const chat = founder(lang).choose("nav:skip");
    chat.choose(optionFor(chat, "yes"));
    assert.equal(currentQuestion(chat).id, "prohibited-practices");
    const prompt = String(chat.reply("assessment.question")?.params?.prompt);
    assert.equal(prompt.split("\n").filter((l) => l.startsWith("• ")).length, 7);
    assert.match(String(chat.reply("assessment.question")?.params?.article), /17/);
    chat.choose(optionFor(chat, "no"));
    const settled = chat.state.memory.draft ? profileOf(chat.state.memory.draft) : undefined;
    assert.equal(settled?.manipulation, "no");
    assert.equal(settled?.emotionRecognition, "no");
    assert.equal(settled?.personalDataLawful, "yes");
    chat.command("back");
    assert.equal(currentQuestion(chat).id, "prohibited-practices");
    const restored = chat.state.memory.draft ? profileOf(chat.state.memory.draft) : undefined;
    assert.equal(restored?.manipulation, "unknown");
    assert.equal(restored?.emotionRecognition, "unknown");
  });
}

test("changing a screening answer from 'none of these' to 'not sure' brings back each practice's own question", () => {
  const chat = founder("en").choose("nav:skip");
  chat.choose(optionFor(chat, "no"));
  chat.choose(optionFor(chat, "no"));
  assert.ok(!["manipulation", "vulnerability"].includes(currentQuestion(chat).id));
  chat.choose("nav:change");
  const list = chat.reply("assessment.change.prompt");
  assert.ok(list?.kind === "ask" && list.choices.some((c) => c.id === "change:prohibited-practices" && c.key === "assessment.answerGroup.prohibited-practices"));
  chat.choose("change:prohibited-practices");
  chat.expect("assessment.questionChanging");
  assert.equal(String(chat.reply("assessment.questionChanging")?.params?.prompt).split("\n").length, 7, "the same six practices as before, personal data aside");
  chat.choose(optionFor(chat, "unknown"));
  const asked = new Set<string>();
  answerAll(chat, (q) => {
    asked.add(q.id);
    return q.options.some((o) => o.value === "no") ? "no" : undefined;
  });
  assert.ok(asked.has("manipulation") && asked.has("vulnerability") && asked.has("prohibited-outputs"));
  assert.equal(chat.state.at.step, "result");
});

test("the progress is a realistic count: a founder answering 'no' throughout sees the true total from the first question", () => {
  const chat = founder("en").choose("nav:skip");
  const totals: number[] = [];
  answerAll(chat, (q) => {
    totals.push(Number(chat.reply("assessment.question")?.params?.total));
    return q.options.some((o) => o.value === "no") ? "no" : undefined;
  });
  assert.ok(totals.length <= 7, `${totals.length} questions`);
  assert.deepEqual(new Set(totals), new Set([totals.length]), `totals ${totals.join(", ")}`);
});

test("a founder describing in Russian from a Kazakh chat is read in Russian and answered in Kazakh", () => {
  const chat = founder("kk").text(OFFICE_MOODS.ru);
  assert.ok(chat.state.memory.draft?.proposals.some((p) => p.field === "emotionRecognition" && p.value === "yes"));
  assert.match(confirmationOf(chat), /Сипаттамаңыздан/);
  assert.match(confirmationOf(chat), /«злится»|«грустит»/, "the evidence stays in the founder's words");
  assert.equal(chat.state.lang, "kk");
});

test("a screening answered with ticks can be changed with /change: the new ticks replace the old", () => {
  const chat = founder("en").choose("nav:skip");
  while (currentQuestion(chat).id !== "prohibited-practices") chat.choose(optionFor(chat, "no"));
  chat.choose(optionFor(chat, "yes")).choose("tick:socialScoring").choose("tick:done");
  assert.equal(profileOf(chat.state.memory.draft!).socialScoring, "yes");
  chat.command("change").choose("change:prohibited-practices");
  chat.choose(optionFor(chat, "yes")).choose("tick:manipulation").choose("tick:done");
  const profile = profileOf(chat.state.memory.draft!);
  assert.deepEqual([profile.manipulation, profile.socialScoring], ["yes", "no"]);
  assert.equal(chat.state.memory.draft!.answers.filter((a) => a.questionId === "prohibited-practices").length, 1);
});
