import { test } from "node:test";
import assert from "node:assert/strict";
import { describe } from "../../knowledge/describe/index.js";
import type { Lang } from "../../knowledge/types.js";

// The describe readings the legal review (shared/reviews/legal-review.md) found contradicting the founder's own
// description: W4 (automated decisions read as high autonomy), W6 (negation and scope) and the last sentence of W2
// (deepfakes of a famous actor not read as synthetic content in ru and en). Each test states what the founder is told.

const read = (text: string, lang: Lang) => describe(text, lang).profile;

test("W4: automated decisions say nothing about the autonomy class, so the autonomy question stays open", () => {
  // Art. 17(2)(3) needs human correction to be excluded or impossible; PD Law 19-1 even requires an objection
  // channel answered within three working days, so an automated decision is normally corrected afterwards.
  const texts: [string, Lang][] = [
    ["Наш бот сам, без участия человека, одобряет или отклоняет заявки на кредит и сразу сообщает клиенту ответ.", "ru"],
    ["Our bot approves or rejects loan applications by itself, with no human involved, and tells the customer at once.", "en"],
    ["Мы автоматически отклоняем заявки на кредит, если у клиента есть просрочки.", "ru"],
    ["We automatically reject loan applications from customers with overdue payments.", "en"],
  ];
  for (const [text, lang] of texts) {
    const profile = read(text, lang);
    assert.equal(profile.automatedDecisions, "yes", `automatedDecisions in "${text}"`);
    assert.equal(profile.autonomy, undefined, `autonomy must be asked, not read, in "${text}"`);
  }
});

test("W6 kk: a decision taken without a person's participation is an automated decision, never low autonomy", () => {
  const kk = "Біздің жүйе банк клиенттерінің өтінімдерін талдайды, ал несие беру туралы шешімді жүйе өзі адамның қатысуынсыз қабылдайды.";
  const profile = read(kk, "kk");
  assert.notEqual(profile.autonomy, "low", "«адамның қатысуынсыз» is not «түпкілікті таңдауды әрдайым адам жасайды»");
  assert.equal(profile.autonomy, undefined, "participation says nothing about later correction (Art. 17(2)(2) vs (3))");
  assert.equal(profile.automatedDecisions, "yes");
  // The same phrase in the other two languages.
  const others: [string, Lang][] = [
    ["Решение о выдаче кредита система принимает без участия человека.", "ru"],
    ["The system takes the credit decision without a human.", "en"],
    ["Loan applications are approved or rejected with no human involved.", "en"],
  ];
  for (const [text, lang] of others) {
    const p = read(text, lang);
    assert.equal(p.autonomy, undefined, `autonomy in "${text}"`);
    assert.equal(p.automatedDecisions, "yes", `automatedDecisions in "${text}"`);
  }
});

test("W6 ru: staff's missing consent to emotion recognition is emotionConsent = no, not unlawful data or high autonomy", () => {
  const ru = "Камеры в офисе определяют эмоции сотрудников: злость и усталость. Согласия сотрудников нет.";
  const profile = read(ru, "ru");
  assert.equal(profile.emotionRecognition, "yes");
  assert.equal(profile.emotionConsent, "no", "Art. 17(3)(6) is where the missing consent belongs");
  assert.equal(profile.personalDataLawful, undefined, "no 17(3)(4) reading from consent to one feature");
  assert.equal(profile.autonomy, undefined, "«сотрудников нет» is about consent, not about who corrects decisions");
});

test("W6 ru: an actor's missing permission is not, by itself, a breach of the personal-data law", () => {
  const ru = "Генерируем рекламные видео с голосом и лицом известного актёра без его разрешения и публикуем в соцсетях без пометок.";
  assert.equal(read(ru, "ru").personalDataLawful, undefined, `personalDataLawful in "${ru}"`);
  const en = "We generate ad videos with a famous actor's face and voice without his permission and post them without labels.";
  assert.equal(read(en, "en").personalDataLawful, undefined, `personalDataLawful in "${en}"`);
});

test("W2 ru: videos with a famous actor's face and voice, deepfakes and cloned voices are synthetic content", () => {
  const texts = [
    "Генерируем рекламные видео с голосом и лицом известного актёра без его разрешения и публикуем в соцсетях без пометок.",
    "Создаём ролики, в которых лицо и голос известного актёра рекламируют товары клиентов.",
    "Делаем дипфейки для рекламных кампаний.",
    "Озвучиваем рекламу клонированным голосом блогера.",
    "Для рекламных роликов используем синтез голоса диктора.",
  ];
  for (const text of texts) assert.equal(read(text, "ru").syntheticContent, "yes", `syntheticContent in "${text}"`);
});

test("W2 en: videos with a famous actor's face and voice, deepfakes and cloned voices are synthetic content", () => {
  const texts = [
    "We generate ad videos with a famous actor's face and voice without his permission and post them without labels.",
    "We create clips with the face and voice of a famous actor for our clients' ads.",
    "We make deepfakes for ad campaigns.",
    "Our ads are voiced with a cloned voice of a blogger.",
    "We use a synthesised voice for the narration of our ads.",
  ];
  for (const text of texts) assert.equal(read(text, "en").syntheticContent, "yes", `syntheticContent in "${text}"`);
});
