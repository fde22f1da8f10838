import type { Confidence, Trilingual } from "../types.js";

/** Closes every answer: the bot triages, it does not advise. */
export const DISCLAIMER: Trilingual = {
  kk: "Бұл алдын ала бағалауға көмек, заңгерлік кеңес емес.",
  ru: "Это помощь в первичной оценке, а не юридическая консультация.",
  en: "Triage aid, not legal advice.",
};

/** Replaces the answer when retrieval is too unsure to show one: a person should answer instead. */
export const NOT_SURE: Trilingual = {
  kk: "Біздің материалдар бұл сұраққа жауап беретініне сенімді емеспіз. Адамнан сұраңыз: компанияңыздың комплаенс тобынан, заңгерден немесе уәкілетті органнан (реттеушіден).",
  ru: "Мы не уверены, что наши материалы отвечают на этот вопрос. Лучше спросить человека: вашу команду по комплаенсу, юриста или уполномоченный орган (регулятора).",
  en: "We are not sure our notes answer this question. Please ask a person: your compliance team, a lawyer, or the authorized body (the regulator).",
};

/** Heads the list of articles under each entry. */
export const SOURCES: Trilingual = { kk: "Дереккөздер", ru: "Источники", en: "Sources" };

/**
 * Marks an entry whose facts rest on reports rather than an official text. Primary-mirror entries carry no
 * mark: their own text says which excerpt they were read from.
 */
export const CONFIDENCE_MARK: Record<Confidence, Trilingual | undefined> = {
  primary: undefined,
  "primary-mirror": undefined,
  secondary: { kk: "(хабарланғандай, қосалқы дереккөз)", ru: "(по сообщениям, вторичный источник)", en: "(reported, secondary)" },
  unverified: { kk: "(тексерілмеген)", ru: "(не проверено)", en: "(unverified)" },
};
