import { z } from "zod";
import { stems } from "../text/stem.js";
import { Lang, type Trilingual } from "../types.js";

/**
 * An answer a person gave to a question (a regulator, or the compliance team) that the team published for /ask
 * (issue 11). It is not the law and never reads as if it were: it is shown marked as a person's answer, in its
 * own language, with who answered and when. Passed in as data: knowledge/ stays pure and reads no storage.
 */
export const PersonAnswer = z.object({
  questionId: z.string(),
  lang: Lang,
  question: z.string(),
  answer: z.string(),
  byRole: z.enum(["reviewer", "regulator"]),
  answeredOn: z.string(),
});
export type PersonAnswer = z.infer<typeof PersonAnswer>;

/** Share of the published question's stems the new question must contain to count as the same question. */
const SAME_QUESTION = 0.6;

const LEAD: Record<PersonAnswer["byRole"], Trilingual> = {
  regulator: {
    kk: "Бұрын осындай сұраққа реттеуші жауап берген ({{on}}). Бұл адамның жауабы, заң мәтіні емес:",
    ru: "На похожий вопрос уже ответил регулятор ({{on}}). Это ответ человека, а не текст закона:",
    en: "A regulator answered a question like this before ({{on}}). This is a person's answer, not the text of the law:",
  },
  reviewer: {
    kk: "Бұрын осындай сұраққа комплаенс тобы жауап берген ({{on}}). Бұл адамның жауабы, заң мәтіні емес:",
    ru: "На похожий вопрос уже ответила команда по комплаенсу ({{on}}). Это ответ человека, а не текст закона:",
    en: "The compliance team answered a question like this before ({{on}}). This is a person's answer, not the text of the law:",
  },
};

/**
 * The published answer to the same question in the same language, if there is one: most of its stems appear in
 * the new question. Deterministic, like `ask`.
 */
export function findPersonAnswer(question: string, lang: Lang, published: readonly PersonAnswer[]): PersonAnswer | undefined {
  const asked = new Set(stems(question, lang));
  let best: { entry: PersonAnswer; share: number } | undefined;
  for (const entry of published) {
    if (entry.lang !== lang) continue;
    const own = [...new Set(stems(entry.question, lang))];
    if (own.length === 0) continue;
    const share = own.filter((s) => asked.has(s)).length / own.length;
    if (share >= SAME_QUESTION && (best === undefined || share > best.share)) best = { entry, share };
  }
  return best?.entry;
}

/** The person's answer as a block that says whose it is. */
export const personAnswerBlock = (entry: PersonAnswer): string =>
  `${LEAD[entry.byRole][entry.lang].replace("{{on}}", entry.answeredOn)}\n${entry.answer}`;
