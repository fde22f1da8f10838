import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { describe, Description, InferredProfile } from "../../knowledge/describe/index.js";
import { LANGS, type Lang } from "../../knowledge/types.js";

const Fixture = z.array(z.object({ id: z.string(), text: z.string().min(1), expected: InferredProfile }));
type Fixture = z.infer<typeof Fixture>;

const devSet = (lang: Lang): Fixture =>
  Fixture.parse(JSON.parse(readFileSync(new URL(`../fixtures/descriptions/${lang}.json`, import.meta.url), "utf8")));

const UNLABELLED: ReadonlySet<string> = new Set(["failureImpact"]);

/**
 * Field-level scores over a dev set. An inferred field is correct when it equals the expected value; a wrong value
 * and a field the reader would not have inferred both count against precision. A description matches exactly when
 * its inferred profile equals the expected one.
 */
function score(fixture: Fixture, lang: Lang) {
  let correct = 0;
  let inferred = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const { id, text, expected: want } of fixture) {
    const read: Record<string, string> = describe(text, lang).profile;
    // This set labels failure impact only where the text states it; since issue 7 the reader also proposes it from
    // the field and the use (for the founder to confirm), which the set never labelled, so only a labelled one counts.
    const got = Object.fromEntries(Object.entries(read).filter(([f]) => !UNLABELLED.has(f) || f in want));
    const wanted: Record<string, string> = want;
    const wrong = [
      ...Object.keys(got).filter((f) => got[f] !== wanted[f]).map((f) => `${f}=${got[f]} (expected ${wanted[f] ?? "nothing"})`),
      ...Object.keys(wanted).filter((f) => got[f] === undefined).map((f) => `${f}=${wanted[f]} missed`),
    ];
    correct += Object.keys(got).filter((f) => got[f] === wanted[f]).length;
    inferred += Object.keys(got).length;
    expected += Object.keys(wanted).length;
    if (wrong.length > 0) misses.push(`${id}: ${wrong.join("; ")}`);
  }
  const exact = fixture.length - misses.length;
  return { precision: correct / inferred, recall: correct / expected, exactRate: exact / fixture.length, exact, misses };
}

// The lexicons were written against these descriptions, so the bar sits above the brief's floor (precision 0.9,
// recall 0.75): a lexicon edit that breaks a case the dev set already covers should fail here. Descriptions the
// lexicons had never seen scored lower when first run, which is why the floor, not this bar, is the promise.
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
const MIN_EXACT = 0.75;

for (const lang of LANGS) {
  test(`describe reads the ${lang} dev set with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, (t) => {
    const fixture = devSet(lang);
    assert.ok(fixture.length >= 30, `the ${lang} dev set holds at least 30 descriptions`);
    const s = score(fixture, lang);
    const line = `${lang}: ${fixture.length} descriptions, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, exact ${s.exact}/${fixture.length} (${s.exactRate.toFixed(3)})`;
    t.diagnostic(line);
    console.log(line);
    for (const miss of s.misses) t.diagnostic(`  ${miss}`);
    assert.ok(s.precision >= MIN_PRECISION, line);
    assert.ok(s.recall >= MIN_RECALL, line);
    assert.ok(s.exactRate >= MIN_EXACT, line);
  });
}

/** The founders' phrasings the brief names, said the way a founder would say them in each language. */
const EXAMPLES: { name: string; texts: Record<Lang, string>; expect: InferredProfile; domainOneOf?: readonly string[] }[] = [
  {
    name: "cameras that tell managers who looks angry read as emotion recognition on biometric, personal data",
    texts: {
      en: "Cameras tell managers who looks angry.",
      ru: "Камеры подсказывают менеджерам, кто выглядит злым.",
      kk: "Камералар менеджерлерге кімнің ашулы екенін айтады.",
    },
    expect: { emotionRecognition: "yes", biometrics: "yes", personalData: "yes" },
  },
  {
    name: "approving loans with no officer reads as automated decisions in finance, leaving autonomy to the founder (Art. 17(2))",
    texts: {
      en: "We approve loans with no officer.",
      ru: "Одобряем кредиты без участия сотрудника.",
      kk: "Несиені ешбір қызметкерсіз мақұлдаймыз.",
    },
    expect: { automatedDecisions: "yes", domain: "finance", autonomy: undefined },
  },
  {
    name: "a bot that writes ad copy and replies to customers faces users, in marketing or customer service",
    texts: {
      en: "Our bot writes ad copy and replies to customers.",
      ru: "Наш бот пишет рекламные тексты и отвечает клиентам.",
      kk: "Біздің бот жарнама мәтіндерін жазып, клиенттерге жауап береді.",
    },
    expect: { userFacing: "yes" },
    domainOneOf: ["marketing", "customer_service"],
  },
  {
    name: "videos with a famous person's face and voice swapped read as synthetic content",
    texts: {
      en: "We make videos where a famous person's face and voice are swapped.",
      ru: "Делаем видео, где лицо и голос знаменитости подменяются.",
      kk: "Белгілі адамның беті мен дауысы ауыстырылған бейнелер жасаймыз.",
    },
    expect: { syntheticContent: "yes" },
  },
  {
    name: "ranking citizens by their behaviour over the year reads as social scoring",
    texts: {
      en: "We rank citizens by their behaviour over the year to give bonuses.",
      ru: "Ранжируем граждан по их поведению за год, чтобы давать бонусы.",
      kk: "Азаматтарды бір жылғы мінез-құлқына қарай рейтингке қойып, бонус береміз.",
    },
    expect: { socialScoring: "yes" },
  },
  {
    name: "dark patterns nudging elderly people to buy read as manipulation of a vulnerable group",
    texts: {
      en: "Dark patterns nudging elderly people to buy.",
      ru: "Тёмные паттерны подталкивают пожилых людей покупать.",
      kk: "Қарт адамдарды сатып алуға итермелейтін айлалар қолданамыз.",
    },
    expect: { manipulation: "yes", exploitsVulnerability: "yes" },
  },
  {
    name: "a power grid that goes down when the system stops reads as severe, critical infrastructure",
    texts: {
      en: "If it stops working the power grid in the region goes down.",
      ru: "Если она перестанет работать, в регионе отключится электросеть.",
      kk: "Ол істен шықса, облыста электр желісі сөнеді.",
    },
    expect: { failureImpact: "severe", criticalInfrastructure: "yes", domain: "critical_infrastructure" },
  },
  {
    name: "a spellchecker whose failure nobody notices reads as minimal impact",
    texts: {
      en: "A spellchecker; if it breaks nobody really notices.",
      ru: "Проверка орфографии; если сломается, никто особо не заметит.",
      kk: "Емле тексеретін бағдарлама; бұзылса, ешкім байқамайды.",
    },
    expect: { failureImpact: "minimal" },
  },
];

for (const example of EXAMPLES) {
  for (const lang of LANGS) {
    test(`${example.name} (${lang})`, () => {
      const { profile } = describe(example.texts[lang], lang);
      for (const [field, value] of Object.entries(example.expect)) {
        assert.equal(profile[field as keyof InferredProfile], value, `${field} in "${example.texts[lang]}"`);
      }
      if (example.domainOneOf) assert.ok(example.domainOneOf.includes(profile.domain ?? "none"), `domain ${profile.domain}`);
    });
  }
}

const NEGATED_PERSONAL_DATA: Record<Lang, readonly string[]> = {
  en: ["We don't collect any personal data.", "There is no personal data in it.", "Personal data is not stored."],
  ru: ["Мы не собираем персональные данные.", "Персональные данные мы не храним.", "Никаких персональных данных."],
  kk: ["Дербес деректер жинамаймыз.", "Біз дербес деректерді сақтамаймыз.", "Ешқандай жеке деректер жоқ."],
};
const AFFIRMED_PERSONAL_DATA: Record<Lang, string> = {
  en: "We collect personal data of our clients.",
  ru: "Мы собираем персональные данные клиентов.",
  kk: "Біз клиенттердің дербес деректерін жинаймыз.",
};

for (const lang of LANGS) {
  test(`a founder who says there is no personal data gets personalData "no", not "yes" (${lang})`, () => {
    for (const text of NEGATED_PERSONAL_DATA[lang]) {
      const { profile } = describe(text, lang);
      assert.equal(profile.personalData, "no", text);
      assert.equal(profile.trainingLocation, "no_personal_data", text);
    }
    assert.equal(describe(AFFIRMED_PERSONAL_DATA[lang], lang).profile.personalData, "yes");
  });
}

test("'without consent' negates the consent and not the data before it", () => {
  const { profile } = describe("Собираем данные о пользователях без их согласия и продаём профили.", "ru");
  assert.equal(profile.personalData, "yes");
  assert.equal(profile.personalDataLawful, "no");
});

test("a negation about where data go does not deny that there are personal data", () => {
  assert.notEqual(describe("We do not send personal data abroad.", "en").profile.personalData, "no");
  assert.equal(describe("We do not store the data abroad.", "en").profile.dataStorage, "kazakhstan");
});

const STORAGE: { lang: Lang; text: string; expected: "kazakhstan" | "abroad" | "both" }[] = [
  { lang: "en", text: "We store data in Almaty.", expected: "kazakhstan" },
  { lang: "en", text: "Everything runs on servers in Kazakhstan.", expected: "kazakhstan" },
  { lang: "ru", text: "Данные храним в Казахстане.", expected: "kazakhstan" },
  { lang: "kk", text: "Деректерді Қазақстанда сақтаймыз.", expected: "kazakhstan" },
  { lang: "en", text: "We host everything on AWS Frankfurt.", expected: "abroad" },
  { lang: "en", text: "We keep the data abroad.", expected: "abroad" },
  { lang: "ru", text: "Серверы стоят в Германии.", expected: "abroad" },
  { lang: "kk", text: "Деректерді шетелдегі серверлерде сақтаймыз.", expected: "abroad" },
  { lang: "ru", text: "Данные храним и в Алматы, и на серверах AWS во Франкфурте.", expected: "both" },
];

for (const { lang, text, expected } of STORAGE) {
  test(`"${text}" places the data: ${expected}`, () => {
    assert.equal(describe(text, lang).profile.dataStorage, expected);
  });
}

test("every piece of evidence is the founder's own words, copied exactly from the text", () => {
  for (const lang of LANGS) {
    for (const { id, text } of devSet(lang)) {
      const description = describe(text, lang);
      Description.parse(description);
      for (const inference of description.inferences) {
        assert.ok(inference.evidence.length > 0, `${lang}/${id}: ${inference.field} has evidence`);
        for (const words of inference.evidence) assert.ok(text.includes(words), `${lang}/${id}: "${words}" is in the text`);
        assert.equal(description.profile[inference.field], inference.value, `${lang}/${id}: profile agrees on ${inference.field}`);
      }
    }
  }
});

test("the same text always gives the same description", () => {
  for (const lang of LANGS) {
    for (const { text } of devSet(lang).slice(0, 10)) assert.deepEqual(describe(text, lang), describe(text, lang));
  }
});

const long = (seed: string): string => seed.repeat(Math.ceil(10_000 / seed.length)).slice(0, 10_000);
const ODD_INPUTS: readonly string[] = [
  "",
  "   \n\t ",
  "🤖🔥👍🏽💬",
  "...,,,;;;!!!???",
  long("а"),
  long("Камеры показывают, кто злится. No personal data! Дербес деректер жинамаймыз, 4.2, "),
  long("no no not without "),
];

test("describe never throws on empty, emoji-only, punctuation-only or 10,000-character text", () => {
  for (const lang of LANGS) {
    for (const text of ODD_INPUTS) {
      const description = describe(text, lang);
      Description.parse(description);
    }
    assert.deepEqual(describe("", lang), { profile: {}, inferences: [] });
    assert.deepEqual(describe("🤖🔥👍🏽💬", lang), { profile: {}, inferences: [] });
  }
});
