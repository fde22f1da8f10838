import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ask } from "../../knowledge/ask/index.js";
import { ENTRIES, entryById, type KnowledgeEntry } from "../../knowledge/entries/index.js";
import { type Citation, formatCitation } from "../../knowledge/law/articles.js";
import { LANGS, type Lang } from "../../knowledge/types.js";

/**
 * The legal review's findings that live in the knowledge entries (W1, O1, O3–O7, O9, O10, M4, S2, S5, S6, S8,
 * T1–T4, T6–T10 and two calques in tiers.ts). Each test reads what a founder reads, an entry's text or an
 * `ask()` answer, and fails on the wording the review found. The law's wording the tests expect is quoted
 * here, not read from the shared sources.
 */

function entry(id: string): KnowledgeEntry {
  const e = entryById(id);
  assert.ok(e, `no entry ${id}`);
  return e;
}

const readable = (e: KnowledgeEntry, lang: Lang): string => `${e.title[lang]}\n${e.text[lang]}`;
const cites = (e: KnowledgeEntry, act: Citation["act"], article: string, point?: string, subpoint?: string): boolean =>
  e.citations.some((c) => c.act === act && c.article === article && c.point === point && c.subpoint === subpoint);

/** The first entry block of an answer: title, text and sources of the top entry. */
const firstBlock = (answer: string): string => answer.split("\n\n")[0] ?? "";

describe("legal review: КоАП art. 692-3 exists (W1)", () => {
  test("the entry that denied art. 692-3 is gone, and fines.jurisdiction says who hears 641-1 cases", () => {
    assert.equal(entryById("not_in_law.article_692_3"), undefined);
    const e = entry("fines.jurisdiction");
    assert.equal(e.topic, "fines");
    assert.equal(e.confidence, "primary");
    assert.ok(cites(e, "koap", "692-3", "1") && cites(e, "koap", "692-3", "2") && cites(e, "koap", "641-1"));
    const body: Record<Lang, RegExp> = {
      kk: /жасанды интеллект саласындағы уәкілетті орган/,
      ru: /уполномоченный орган в сфере искусственного интеллекта/,
      en: /authorized body in the field of artificial intelligence/,
    };
    const headAndDeputies: Record<Lang, RegExp> = { kk: /басшысы.*орынбасарлары/, ru: /руководитель.*заместители/, en: /head.*deput/ };
    const finesOnlyIn641: Record<Lang, RegExp> = {
      kk: /айыппұл мөлшерлері тек 641-1-бапта/,
      ru: /размеры штрафов установлены только статьёй 641-1/,
      en: /amounts are set by art\. 641-1 alone/,
    };
    for (const lang of LANGS) {
      const t = readable(e, lang);
      assert.match(t, /692-3/, lang);
      assert.match(t, /641-1/, lang);
      assert.match(t, body[lang], lang);
      assert.match(t, headAndDeputies[lang], lang);
      assert.match(t, finesOnlyIn641[lang], lang);
    }
    // The old denial, in each language.
    assert.doesNotMatch(readable(e, "ru"), /692-3 КоАП об ИИ нет|не нашли/);
    assert.doesNotMatch(readable(e, "kk"), /жоқ|таба алмадық/);
    assert.doesNotMatch(readable(e, "en"), /no (КоАП )?article 692-3|found no/i);
  });

  test("questions about art. 692-3 are answered with the jurisdiction article, not a denial", () => {
    const questions: [Lang, string][] = [
      ["en", "What is article 692-3?"],
      ["en", "What is the fine under article 692-3?"],
      ["ru", "Что за статья 692-3 КоАП?"],
      ["ru", "Штраф по статье 692-3 КоАП"],
      ["kk", "ӘҚБтК-тің 692-3-бабы не туралы?"],
      ["kk", "692-3-бап бойынша айыппұл қандай?"],
    ];
    for (const [lang, q] of questions) {
      const r = ask(q, lang);
      assert.equal(r.escalate, false, q);
      assert.equal(r.citations[0]?.entryId, "fines.jurisdiction", q);
      assert.ok(r.citations.some((c) => c.article === formatCitation({ act: "koap", article: "692-3", point: "1" }, lang)), q);
      assert.doesNotMatch(r.answer, /692-3 КоАП об ИИ нет|There is no КоАП article 692-3|692-3-бап жоқ/, q);
    }
  });

  test("the authorized-body definition says the same body hears art. 641-1 cases", () => {
    const e = entry("def.authorized_body");
    assert.ok(cites(e, "koap", "692-3", "1"));
    for (const lang of LANGS) assert.match(e.text[lang], /692-3[\s\S]*641-1|641-1[\s\S]*692-3/, lang);
  });
});

describe("legal review: overstated and understated statements", () => {
  test("O3: a personal-data breach may (not always does) become a prohibited capability", () => {
    const e = entry("personal_data.overview");
    assert.match(e.text.ru, /может стать запрещённой/);
    assert.doesNotMatch(e.text.ru, /превращается/);
    assert.match(e.text.en, /may make it a prohibited capability/);
    assert.doesNotMatch(e.text.en, /law becomes a prohibited/);
    assert.match(e.text.kk, /айналуы мүмкін/);
    assert.doesNotMatch(e.text.kk, /мүмкіндікке айналады/);
  });

  test("O5: 641-1(1)(2) is a negative impact on health or well-being, and a repeat counts from the first penalty", () => {
    const o = entry("fines.overview");
    assert.match(o.text.en, /negative impact on people's health or well-being/);
    assert.doesNotMatch(o.text.en, /harm to health/);
    assert.match(o.text.ru, /негативное воздействие на здоровье или благополучие людей/);
    assert.doesNotMatch(o.text.ru, /вред здоровью/);
    assert.match(o.text.kk, /денсаулығына немесе саламаттылығына теріс әсер/);
    assert.doesNotMatch(o.text.kk, /денсаулыққа зиян/);
    const repeat: Record<Lang, RegExp> = {
      en: /repeat within a year after the first penalty was imposed/,
      ru: /в течение года после наложения первого взыскания/,
      kk: /әкімшілік жаза қолданылғаннан кейін бір жыл ішінде/iu,
    };
    for (const id of ["fines.overview", "fines.individual", "fines.small_or_nonprofit", "fines.medium", "fines.large"]) {
      for (const lang of LANGS) assert.match(entry(id).text[lang], repeat[lang], `${id} ${lang}`);
    }
  });

  test("O6: no duty to disclose code or logic, but users may ask for explanations and for the data behind a decision", () => {
    const e = entry("not_in_law.licensing");
    assert.ok(cites(e, "ai-law", "16", "1", "4") && cites(e, "ai-law", "16", "1", "5"));
    assert.match(e.text.en, /right to an explanation of results that affect their rights/);
    assert.match(e.text.ru, /разъяснения о результатах, затрагивающих их права/);
    assert.match(e.text.kk, /түсіндірме алуға/);
  });

  test("O6: the new duty obligation.user_explanations rests on 16(1)(4), 16(1)(5) and 7(2)", () => {
    const e = entry("obligation.user_explanations");
    assert.equal(e.topic, "obligations");
    assert.equal(e.confidence, "primary");
    assert.ok(cites(e, "ai-law", "16", "1", "4") && cites(e, "ai-law", "16", "1", "5") && cites(e, "ai-law", "7", "2"));
    const said: Record<Lang, RegExp[]> = {
      en: [/explain a result/, /what data a decision/, /object/],
      ru: [/разъяснить результат/, /сведения о данных/, /возразить/],
      kk: [/түсіндіруді сұрай алады/, /деректер туралы ақпарат/, /қарсылық білдіру/],
    };
    for (const lang of LANGS) for (const re of said[lang]) assert.match(e.text[lang], re, lang);
    const questions: Record<Lang, string> = {
      en: "A customer asks why our AI rejected their application and what data it used. Must we answer?",
      ru: "Клиент просит объяснить, почему ИИ отказал ему и на каких данных основано решение. Обязаны ли мы ответить?",
      kk: "Клиент ЖИ неге бас тартқанын және шешім қандай деректерге негізделгенін түсіндіруді сұрайды. Жауап беруге міндеттіміз бе?",
    };
    for (const lang of LANGS) assert.equal(ask(questions[lang], lang).citations[0]?.entryId, "obligation.user_explanations", lang);
  });

  test("O7: models are regulated too (art. 23, 27); the system, not the model alone, carries most duties", () => {
    const e = entry("def.ai_system");
    assert.doesNotMatch(e.text.en, /not the model alone/);
    assert.doesNotMatch(e.text.ru, /Регулируется не сама модель/);
    assert.doesNotMatch(e.text.kk, /модельдің өзі емес/);
    for (const lang of LANGS) assert.match(e.text[lang], /23[\s\S]*27/, lang);
    assert.ok(cites(e, "ai-law", "23") && cites(e, "ai-law", "27"));
  });

  test("O9: 'no approval before launch' keeps the state information-security caveat of 17(1)", () => {
    const e = entry("not_in_law.registration");
    assert.match(e.text.en, /critically important ICT infrastructure object[\s\S]*information-security requirements for state systems/);
    assert.match(e.text.ru, /критически важным объектам[\s\S]*информационной безопасности/);
    assert.match(e.text.kk, /аса маңызды объектісіне[\s\S]*ақпараттық қауіпсіздік/);
  });

  test("O10: the medium tier gives no chatbot example; the tier follows from what a failure would do", () => {
    const e = entry("tier.medium");
    for (const lang of LANGS) {
      assert.doesNotMatch(`${readable(e, lang)} ${(e.keywords?.[lang] ?? []).join(" ")}`, /chatbot|чат-бот/i, lang);
    }
    assert.match(e.text.en, /depends on what its failure would do/);
  });

  test("O1: manipulation joins distortion and limitation with «and», and forces (not nudges) harmful decisions", () => {
    const e = entry("prohibited.manipulation");
    assert.match(e.text.en, /distort a person's behaviour and limit/);
    assert.doesNotMatch(e.text.en, /behaviour, limit/);
    assert.match(e.text.en, /force them into decisions/);
    assert.doesNotMatch(e.text.en, /push them into decisions/);
    assert.match(e.text.ru, /вынуждают/);
    assert.doesNotMatch(e.text.ru, /подталкивающие/);
    assert.match(e.text.kk, /мәжбүрлейтін/);
    assert.doesNotMatch(e.text.kk, /итермелейтін/);
  });

  test("O4: the PD-law consent rule is not limited to 'fully' automated decisions", () => {
    const e = entry("obligation.automated_decision_consent");
    assert.doesNotMatch(e.title.en, /fully/i);
    assert.doesNotMatch(e.title.ru, /полностью/);
    assert.doesNotMatch(e.title.kk, /Толық/);
    assert.match(e.text.en, /no \"solely\" or \"fully\" qualifier/);
    assert.match(e.text.ru, /нет оговорки «исключительно»/);
    assert.match(e.text.kk, /«тек қана» немесе «толық» деген шектеу жоқ/);
  });
});

describe("legal review: citations that carry the statement (M4)", () => {
  test("the trusted-list audit cites 20(1) for 'follows the information-system audit rules'", () => {
    assert.ok(cites(entry("obligation.trusted_list_audit"), "ai-law", "20", "1"));
  });

  test("the user agreement cites 16(1)(4)-(5) and says the agreement and the legislation set the procedure", () => {
    const e = entry("obligation.user_agreement");
    assert.ok(cites(e, "ai-law", "16", "1", "4") && cites(e, "ai-law", "16", "1", "5"));
    assert.match(e.text.ru, /и соглашение, и законодательство Казахстана/);
    assert.match(e.text.en, /both the agreement and Kazakh legislation/);
    assert.match(e.text.kk, /келісім де, Қазақстан заңнамасы да/);
  });
});

describe("legal review: style", () => {
  test("S2: English texts say Code of Administrative Offences (CAO), never the Cyrillic «КоАП»", () => {
    for (const e of ENTRIES) {
      assert.doesNotMatch(`${e.title.en} ${e.text.en} ${(e.keywords?.en ?? []).join(" ")}`, /КоАП/, e.id);
    }
    assert.match(entry("fines.overview").text.en, /Code of Administrative Offences \(CAO\)/);
  });

  test("S5 and ask (b): 'must every chatbot text be labelled' gets the labelling-scope answer first in every language", () => {
    const questions: Record<Lang, string> = {
      en: "Do we have to label every text our chatbot writes?",
      ru: "Нужно ли маркировать все тексты, которые пишет наш чат-бот?",
      kk: "Чат-ботымыз жазатын барлық мәтінді таңбалау керек пе?",
    };
    const no: Record<Lang, string> = { en: "No.", ru: "Нет.", kk: "Жоқ." };
    const synthetic: Record<Lang, RegExp> = { en: /synthetic results/, ru: /синтетических результатов/, kk: /синтетикалық нәтижелерге/ };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.escalate, false, lang);
      assert.equal(r.citations[0]?.entryId, "labelling.scope", lang);
      const block = firstBlock(r.answer);
      assert.ok(block.split("\n")[1]?.startsWith(no[lang]), `${lang}: ${block}`);
      assert.match(block, synthetic[lang], lang);
      assert.ok(block.includes(formatCitation({ act: "ai-law", article: "21", point: "2" }, lang)), lang);
    }
  });

  test("S6: data-library owners ensure quality, not mere accuracy", () => {
    assert.match(entry("def.data_library").text.en, /quality/);
  });

  test("S8: every Kazakh text that abbreviates ЖИ also spells out «жасанды интеллект»", () => {
    const missing = ENTRIES.filter((e) => /ЖИ/.test(e.text.kk) && !/жасанды интеллект/i.test(e.text.kk)).map((e) => e.id);
    assert.deepEqual(missing, []);
  });

  test("Kazakh calques in tiers.ts: verb last in who_classifies, «бөлек аудит» not «жеке аудит»", () => {
    assert.match(entry("tier.who_classifies").text.kk, /сыныптау қағидаларына сүйеніп, өзі анықтайды/);
    assert.doesNotMatch(entry("tier.who_classifies").text.kk, /өзі анықтайды, ақпараттандыру/);
    assert.match(entry("tier.medium").text.kk, /бөлек аудит/);
    assert.doesNotMatch(entry("tier.medium").text.kk, /жеке аудит/);
  });
});

describe("legal review: the law's own Kazakh terms", () => {
  const kkTexts = (): [string, string][] => ENTRIES.map((e) => [e.id, `${e.title.kk}\n${e.text.kk}`]);

  test("T1: model training is «оқып-үйрену», never «оқыту»", () => {
    assert.deepEqual(kkTexts().filter(([, t]) => /оқыт/i.test(t)).map(([id]) => id), []);
    assert.match(entry("obligation.copyright_opt_out").text.kk, /оқып-үйрену/);
  });

  test("T2: works are «туындылар», not «шығармалар»", () => {
    assert.deepEqual(kkTexts().filter(([, t]) => /шығарма(?!шы)/i.test(t)).map(([id]) => id), []);
    assert.match(entry("obligation.copyright_opt_out").text.kk, /Туындыларды/);
  });

  test("T3: restricted data is «қол жеткізілуі шектелген»", () => {
    assert.deepEqual(kkTexts().filter(([, t]) => /қолжетімділігі шектелген|қол жеткізу шектелген/i.test(t)).map(([id]) => id), []);
    assert.match(entry("obligation.local_regime").text.kk, /қол жеткізілуі шектелген/);
  });

  test("T4: preventing is «болғызбау», not «болдырмау»", () => {
    assert.deepEqual(kkTexts().filter(([, t]) => /болдырма/i.test(t)).map(([id]) => id), []);
    assert.match(entry("obligation.prohibited_capability_response").text.kk, /залалды болғызбау/);
  });

  test("T6: the seventh principle is safety and security in kk and ru", () => {
    const e = entry("law.principles");
    assert.match(e.text.kk, /қауіпсіздік және қорғалу/);
    assert.match(e.text.ru, /безопасность и защищённость/);
  });

  test("T7: the individuals' fine category speaks of the owner or possessor, not «жүйе иесі»", () => {
    const e = entry("not_in_law.user_fines");
    assert.doesNotMatch(e.text.kk, /жүйе иесі/);
    assert.match(e.text.kk, /меншік иесі немесе иегері жеке адам/);
    assert.match(e.text.ru, /собственник или владелец системы – физическое лицо/);
  });

  test("T8: the 21(2) warning is visual or in another form, not only «көрінетін»", () => {
    assert.deepEqual(kkTexts().filter(([, t]) => /көрінетін ескерту/i.test(t)).map(([id]) => id), []);
    assert.match(entry("labelling.scope").text.kk, /көрнекі нысанмен не өзге де нысанмен ескерту/);
    assert.doesNotMatch(entry("labelling.scope").text.en, /visible warning/);
  });

  test("T9: «social scoring» is our label; the text gives the law's evaluating and classifying", () => {
    const e = entry("prohibited.social_scoring");
    assert.match(e.text.kk, /бағалау және сыныптау/);
    assert.match(e.text.kk, /терминді қолданбайды/);
    assert.match(e.text.ru, /такого термина нет/);
    assert.match(e.text.en, /does not use the term/);
  });

  test("T10: the prohibited-outputs entry says the kk and ru official texts of 17(3)(7) differ", () => {
    const e = entry("prohibited.prohibited_outputs");
    assert.match(e.text.kk, /қазақша мәтін заңдарда тыйым салынған ЖИ жүйелерін құруды/);
    assert.match(e.text.ru, /казахский – о создании запрещённых законами систем ИИ/);
    assert.match(e.text.en, /the Kazakh of creating AI systems that laws prohibit/);
  });
});

describe("legal review: ask answers founders' questions in all three languages", () => {
  test("(a) who hears art. 641-1 cases: art. 692-3 and the authorized body", () => {
    const questions: Record<Lang, string> = {
      en: "Who hears cases under article 641-1 of the Code of Administrative Offences?",
      ru: "Кто рассматривает дела о штрафах по статье 641-1 КоАП?",
      kk: "ӘҚБтК-тің 641-1-бабы бойынша істерді кім қарайды?",
    };
    const body: Record<Lang, RegExp> = { en: /authorized body/, ru: /уполномоченный орган/, kk: /уәкілетті орган/ };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.escalate, false, lang);
      assert.equal(r.citations[0]?.entryId, "fines.jurisdiction", lang);
      const block = firstBlock(r.answer);
      assert.match(block, /692-3/, lang);
      assert.match(block, body[lang], lang);
      assert.ok(block.includes(formatCitation({ act: "koap", article: "692-3", point: "2" }, lang)), lang);
    }
  });

  test("(c) the fine for an unlabelled deepfake gives the first-offence amounts by offender category", () => {
    const questions: Record<Lang, string> = {
      en: "How much is the fine for an unlabelled deepfake?",
      ru: "Какой штраф за дипфейк без маркировки?",
      kk: "Таңбаланбаған дипфейк үшін айыппұл қанша?",
    };
    const amounts: Record<Lang, RegExp[]> = {
      en: [/15 for individuals/, /20 for small businesses and non-profits/, /30 for medium/, /100 for large businesses/],
      ru: [/физлицам 15/, /НКО 20/, /среднего 30/, /крупного 100 МРП/],
      kk: [/жеке тұлғаларға 15/, /коммерциялық емес ұйымдарға 20/, /орта кәсіпкерлікке 30/, /ірі кәсіпкерлікке 100 АЕК/],
    };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.escalate, false, lang);
      assert.equal(r.citations[0]?.entryId, "fines.overview", lang);
      for (const re of amounts[lang]) assert.match(r.answer, re, lang);
    }
  });

  test("(d) registration before launch: not required", () => {
    const questions: Record<Lang, string> = {
      en: "Do we need to register our AI system with the state before launch?",
      ru: "Нужно ли регистрировать систему ИИ в госорганах перед запуском?",
      kk: "Іске қоспас бұрын ЖИ жүйесін мемлекеттік органда тіркеу керек пе?",
    };
    const notRequired: Record<Lang, RegExp> = { en: /does not require registering/, ru: /не требует регистрировать/, kk: /тіркеуді[^.]*талап етпейді/ };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.citations[0]?.entryId, "not_in_law.registration", lang);
      assert.match(firstBlock(r.answer), notRequired[lang], lang);
    }
  });

  test("(e) the audit: not mandatory, voluntary and only for the trusted list", () => {
    const questions: Record<Lang, string> = {
      en: "Is an audit of our high-risk AI system mandatory?",
      ru: "Обязателен ли аудит для нашей высокорисковой системы ИИ?",
      kk: "Қауіп-қатер дәрежесі жоғары жүйеміз үшін аудит міндетті ме?",
    };
    const voluntary: Record<Lang, RegExp[]> = {
      en: [/not mandatory/, /trusted list/, /voluntary/],
      ru: [/не обязателен/, /перечень доверенных/, /добровольное/],
      kk: [/міндетті емес/, /сенімді жүйелер тізбесіне/, /ерікті/],
    };
    for (const lang of LANGS) {
      const r = ask(questions[lang], lang);
      assert.equal(r.citations[0]?.entryId, "not_in_law.mandatory_audit", lang);
      for (const re of voluntary[lang]) assert.match(firstBlock(r.answer), re, lang);
    }
  });
});
