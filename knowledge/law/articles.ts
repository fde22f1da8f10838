import { z } from "zod";
import type { Confidence, Lang, Trilingual } from "../types.js";

/**
 * The acts we cite. Each carries the confidence of what we take from it: the AI law, the Code of
 * Administrative Offences, the Personal Data Law, the budget and the Holidays Law are read in their own
 * text; the audit orders only through an excerpt; the trusted-list rules and the Labour Code's days off
 * only through reports, so the bot labels anything resting on them as secondary.
 */
export const ActId = z.enum([
  "ai-law",
  "koap",
  "pd-law",
  "budget-2026",
  "holidays-law",
  "labour-code",
  "digital-code",
  "order-263",
  "trusted-list-rules",
  "eu-ai-act",
]);
export type ActId = z.infer<typeof ActId>;

/**
 * A pointer into an act: article, then point (часть / пункт / тармақ), then subpoint (подпункт / тармақша).
 * Trusted-list rules are cited as a whole, since their item numbers were never seen.
 */
export const Citation = z.object({
  act: ActId,
  article: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  subpoint: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** point → number of subpoints (0: the point has none). */
type Structure = Record<string, Record<string, number>>;

const points = (n: number, subs: Record<string, number> = {}): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), subs[String(i + 1)] ?? 0]));

/**
 * Every article, point and subpoint that exists in the sources we hold (shared/sources at authoring time),
 * so that a test can refuse any citation that names something else. AI law: counted from the Russian text
 * of 17.11.2025. Art. 1, 4, 12 and 14 of the AI law and art. 7 of the budget law list bracketed items directly
 * under the article: they are stored as points here, but they are subpoints in the law's own terms, and
 * `formatArticle` renders them so (see DIRECT_ITEMS).
 */
const ARTICLES: Record<ActId, Structure> = {
  "ai-law": {
    "1": points(15), "2": points(2), "3": points(2, { "2": 4 }), "4": points(7), "5": {}, "6": {},
    "7": points(2), "8": points(3), "9": {}, "10": points(2), "11": points(3), "12": points(4),
    "13": points(2, { "1": 8, "2": 5 }), "14": points(6), "15": points(3, { "1": 2, "2": 5 }),
    "16": points(3, { "1": 6, "2": 2 }), "17": points(4, { "1": 3, "2": 3, "3": 7 }), "18": points(2, { "1": 4 }),
    "19": points(2), "20": points(2, { "2": 2 }), "21": points(5), "22": points(3), "23": points(5), "24": points(2),
    "25": points(2), "26": points(3), "27": points(5), "28": points(2), "29": points(2), "30": {}, "31": {},
  },
  // 641-1 sets the fines; 692-3 names who hears those cases (the authorized body in the AI field).
  koap: { "641-1": points(2, { "1": 2 }), "692-3": points(2) },
  "pd-law": { "8": { "7": 0 }, "12": points(2), "16": points(5, { "3": 4 }), "19-1": points(3), "25": { "2": 8 } },
  "budget-2026": { "7": points(5) },
  "holidays-law": { "1": {}, "2": {}, "3": {}, "4": {}, "5": {} },
  "labour-code": { "84": { "5": 0 }, "85": { "3": 0 } },
  "digital-code": { "43": {}, "100": { "4": 0 } },
  "order-263": { "11": {}, "13-1": {} },
  "trusted-list-rules": {},
  "eu-ai-act": {
    "5": { "1": 8 }, "6": { "1": 0, "2": 0, "3": 0 }, "9": {}, "10": {}, "11": {}, "13": {}, "14": {}, "15": {},
    "43": {}, "49": {}, "50": points(4), "99": { "3": 0, "4": 0 }, "Annex III": points(8),
  },
};

const ACTS: Record<ActId, { name: Trilingual; confidence: Confidence }> = {
  "ai-law": {
    name: { kk: "«Жасанды интеллект туралы» № 230-VIII ҚРЗ Заң", ru: "Закон «Об искусственном интеллекте» № 230-VIII ЗРК", en: "Law No. 230-VIII \"On Artificial Intelligence\"" },
    confidence: "primary",
  },
  koap: {
    name: { kk: "ҚР Әкімшілік құқық бұзушылық туралы кодексі", ru: "Кодекс РК об административных правонарушениях", en: "Code of Administrative Offences" },
    confidence: "primary",
  },
  "pd-law": {
    name: { kk: "«Дербес деректер және оларды қорғау туралы» № 94-V Заң", ru: "Закон «О персональных данных и их защите» № 94-V", en: "Personal Data Law No. 94-V" },
    confidence: "primary",
  },
  "budget-2026": {
    name: { kk: "2026–2028 жылдарға арналған республикалық бюджет туралы № 239-VIII Заң", ru: "Закон о республиканском бюджете на 2026–2028 годы № 239-VIII", en: "Budget Law No. 239-VIII (2026–2028)" },
    confidence: "primary",
  },
  "holidays-law": {
    name: { kk: "«Қазақстан Республикасындағы мерекелер туралы» № 267-II Заң", ru: "Закон «О праздниках в Республике Казахстан» № 267-II", en: "Holidays Law No. 267-II" },
    confidence: "primary",
  },
  "labour-code": {
    name: { kk: "ҚР Еңбек кодексі", ru: "Трудовой кодекс РК", en: "Labour Code" },
    confidence: "secondary",
  },
  "digital-code": {
    name: { kk: "ҚР Цифрлық кодексі № 255-VIII", ru: "Цифровой кодекс РК № 255-VIII", en: "Digital Code No. 255-VIII" },
    confidence: "primary",
  },
  "order-263": {
    name: {
      kk: "Ақпараттық жүйелер аудитін жүргізу қағидалары (№ 263 бұйрық, № 102/НҚ бұйрығымен өзгертілген)",
      ru: "Правила проведения аудита информационных систем (приказ № 263, с изменениями приказа № 102/НҚ)",
      en: "Rules for auditing information systems (Order No. 263, as amended by Order No. 102/НҚ)",
    },
    confidence: "primary-mirror",
  },
  "trusted-list-rules": {
    name: {
      kk: "Қауіп-қатер дәрежесі жоғары ЖИ сенімді жүйелерінің тізбелерін қалыптастыру қағидалары (10.04.2026 бұйрық, баяндалуы бойынша)",
      ru: "Правила формирования перечней доверенных систем ИИ высокой степени риска (приказ от 10.04.2026, по сообщениям)",
      en: "Rules for trusted lists of high-risk AI systems (order of 10 Apr 2026, as reported)",
    },
    confidence: "secondary",
  },
  "eu-ai-act": {
    name: { kk: "ЕО ЖИ туралы регламенті (EU) 2024/1689", ru: "Регламент ЕС об ИИ (EU) 2024/1689", en: "EU AI Act, Regulation (EU) 2024/1689" },
    confidence: "primary-mirror",
  },
};

/**
 * Articles whose items, written "4)", sit directly under the article. The law itself calls such items
 * subpoints (AI law 13(2): «подпунктов 2) и 3)»; КоАП 692-1: «подпунктами 1), 2)…»), so they are cited as
 * «пп. 4) ст. 7» and «7-бабының 4) тармақшасы», not as points.
 */
const DIRECT_ITEMS: Readonly<Partial<Record<ActId, readonly string[]>>> = {
  "ai-law": ["1", "4", "12", "14"],
  "budget-2026": ["7"],
};
const hasDirectItems = (c: Citation): boolean => c.article !== undefined && (DIRECT_ITEMS[c.act]?.includes(c.article) ?? false);

/** Whether the citation names an article (and point, subpoint) that exists in the act. */
export function isRealCitation(c: Citation): boolean {
  const act = ARTICLES[c.act];
  if (c.article === undefined) return c.point === undefined && Object.keys(act).length === 0;
  const article = act[c.article];
  if (article === undefined) return false;
  if (c.point === undefined) return c.subpoint === undefined;
  const subs = article[c.point];
  if (subs === undefined) return false;
  if (c.subpoint === undefined) return true;
  const n = Number(c.subpoint);
  // EU points and Annex III areas use letters a, b, c… in place of numbers.
  const index = Number.isInteger(n) ? n : c.subpoint.charCodeAt(0) - "a".charCodeAt(0) + 1;
  return c.subpoint.length <= 2 && index >= 1 && index <= subs;
}

export const citationConfidence = (c: Citation): Confidence => ACTS[c.act].confidence;
export const actName = (act: ActId, lang: Lang): string => ACTS[act].name[lang];

/**
 * A short reference in the user's language, e.g. "Art. 17(3)(6)", "ст. 17 п. 3 пп. 6",
 * "17-бабының 3-тармағының 6) тармақшасы". The КоАП is divided into parts (ч. / бөлік); rules approved by an
 * order into items (п. / тармақ / item), not articles; bracketed items directly under an article are subpoints.
 */
export function formatArticle(c: Citation, lang: Lang): string {
  if (c.article === undefined) return "";
  const annex = c.article.startsWith("Annex");
  if (c.act === "order-263") return { en: `item ${c.article}`, ru: `п. ${c.article}`, kk: `${c.article}-тармақ` }[lang];
  if (lang === "en") {
    const head = annex ? c.article : `Art. ${c.article}`;
    return head + (c.point ? `(${c.point})` : "") + (c.subpoint ? `(${c.subpoint})` : "");
  }
  const direct = hasDirectItems(c) && c.point !== undefined;
  if (lang === "ru") {
    const head = annex ? c.article.replace("Annex", "Приложение") : `ст. ${c.article}`;
    if (direct) return `пп. ${c.point}) ${head}`;
    const pointWord = c.act === "koap" ? "ч." : "п.";
    return [head, c.point && `${pointWord} ${c.point}`, c.subpoint && `пп. ${c.subpoint}`].filter(Boolean).join(" ");
  }
  if (annex) return [c.article.replace("Annex", "қосымша"), c.point && `${c.point}-тармақ`, c.subpoint && `${c.subpoint}) тармақша`].filter(Boolean).join(" ");
  // Kazakh cites from the whole to the part in the genitive: «17-бабының 3-тармағының 6) тармақшасы».
  if (direct) return `${c.article}-бабының ${c.point}) тармақшасы`;
  const [pointOf, pointIs] = c.act === "koap" ? ["бөлігінің", "бөлігі"] : ["тармағының", "тармағы"];
  if (c.point === undefined) return `${c.article}-бап`;
  if (c.subpoint === undefined) return `${c.article}-бабының ${c.point}-${pointIs}`;
  return `${c.article}-бабының ${c.point}-${pointOf} ${c.subpoint}) тармақшасы`;
}

/** The full reference: act name and article, e.g. "Law No. 230-VIII "On Artificial Intelligence", Art. 17(3)(6)". */
export function formatCitation(c: Citation, lang: Lang): string {
  const article = formatArticle(c, lang);
  return article ? `${actName(c.act, lang)}, ${article}` : actName(c.act, lang);
}

/** Shorthand for authoring: cite("ai-law", "17", "3", "6"). */
export function cite(act: ActId, article?: string, point?: string, subpoint?: string): Citation {
  return Citation.parse({ act, article, point, subpoint });
}
