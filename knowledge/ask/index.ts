import { z } from "zod";
import { entryById, weakestConfidence, type KnowledgeEntry } from "../entries/index.js";
import { citationConfidence, formatCitation } from "../law/articles.js";
import { Confidence, type Lang } from "../types.js";
import { CONFIDENCE_MARK, DISCLAIMER, NOT_SURE, SOURCES } from "./messages.js";
import { rank, type Hit } from "./rank.js";
import { searchTerms } from "./terms.js";
import { findPersonAnswer, personAnswerBlock, type PersonAnswer } from "./people.js";

export { DISCLAIMER, NOT_SURE } from "./messages.js";
export { rank, type Hit } from "./rank.js";
export { PersonAnswer } from "./people.js";

/** What `ask` returns: the answer text in the asked language, the articles behind it, and how sure we are. */
export const AskResult = z.object({
  answer: z.string(),
  citations: z.array(
    z.object({
      entryId: z.string(),
      /** `formatCitation(c, lang)`, e.g. "Закон «Об искусственном интеллекте» № 230-VIII ЗРК, ст. 21 п. 2". */
      article: z.string(),
      /** The weaker of the act's confidence and the entry's: a primary article cited for a reported fact is not shown as primary. */
      confidence: Confidence,
    }),
  ),
  /** Calibrated probability, 0..1, that the first entry shown answers the question. */
  confidence: z.number().min(0).max(1),
  /** true when `confidence` is below `ESCALATE_BELOW`: the answer then only says to ask a person. */
  escalate: z.boolean(),
});
export type AskResult = z.infer<typeof AskResult>;

/** Below this confidence the question goes to a person: an answer is then more likely wrong than right. */
export const ESCALATE_BELOW = 0.5;

/**
 * Further entries are shown only while they score at least this share of the best one, and never more than
 * three. On the dev set 0.6 keeps an expected entry in 98.6% of answers at 1.4 entries each; 0.5 gains
 * 0.7 points for a fifth more reading.
 */
const RELATED_SHARE = 0.6;
const MAX_ENTRIES = 3;

/**
 * Confidence = 1 / (1 + e^-(2.2·ln(1 + s1) + 2.3·m − 8.6)), where s1 is the top BM25+ score and
 * m = (s1 − s2) / s1 the margin over the runner-up (1 when there is none). The log tames BM25's growth with
 * question length; the margin rewards a clear winner over a tie between topics. The coefficients come from a
 * logistic regression of "the first entry is an expected one" on the dev set (test/fixtures/questions, all
 * three languages, off-topic questions as negatives), rounded. On that set (165 questions) the first entry
 * was right for 99% of answers at 0.9 or more, 63% at 0.5–0.9, 60% at 0.2–0.5 and 5% below 0.2: fitted and
 * measured on the same questions, so treat the middle bands as optimistic. Refit when the entries change
 * much, since BM25 scores depend on the whole corpus.
 */
function calibrate(hits: readonly Hit[]): number {
  const s1 = hits[0]?.score ?? 0;
  if (s1 <= 0) return 0;
  const s2 = hits[1]?.score ?? 0;
  const margin = (s1 - s2) / s1;
  const z = 2.2 * Math.log1p(s1) + 2.3 * margin - 8.6;
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

/**
 * Words that ask what something costs in fines, per language, as search terms. A founder who asks "what is the
 * fine for …" wants the amounts, but the entry for the duty itself (labelling says that breaching it is fined)
 * often outranks the entry with the amounts, because the question names the duty more than the fine.
 */
const FINE_TERMS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(searchTerms("fine fines fined penalty penalties", "en")),
  ru: new Set(searchTerms("штраф штрафы штрафуют", "ru")),
  kk: new Set(searchTerms("айыппұл", "kk")),
};

/** The entries that state the КоАП art. 641-1 amounts: the overview, and one per offender category. */
const AMOUNTS_SHOWN_BY = new Set(["fines.overview", "fines.individual", "fines.small_or_nonprofit", "fines.medium", "fines.large"]);

/**
 * The entries to show, with the fines overview right after the best one when the question asks about a fine
 * and no entry shown gives the amounts: "is fined under art. 641-1" answers nothing about how much.
 */
function withAmounts(shown: readonly KnowledgeEntry[], question: string, lang: Lang): KnowledgeEntry[] {
  const asksFine = searchTerms(question, lang).some((term) => FINE_TERMS[lang].has(term));
  const overview = entryById("fines.overview");
  if (!asksFine || overview === undefined || shown.some((e) => AMOUNTS_SHOWN_BY.has(e.id))) return [...shown];
  return [...shown.slice(0, 1), overview, ...shown.slice(1)].slice(0, MAX_ENTRIES);
}

function entryBlock(entry: KnowledgeEntry, lang: Lang): string {
  const mark = CONFIDENCE_MARK[entry.confidence]?.[lang];
  const title = mark ? `${mark} ${entry.title[lang]}` : entry.title[lang];
  const sources = entry.citations.map((c) => formatCitation(c, lang)).join("; ");
  return `${title}\n${entry.text[lang]}\n${SOURCES[lang]}: ${sources}`;
}

/**
 * Answers a founder's question from the knowledge entries (Law No. 230-VIII and its neighbours): the best one
 * to three entries in the asked language, each with its articles, secondary ones marked as reported, and the
 * disclaimer last. When retrieval is unsure, it says so and points to a person instead of guessing.
 * Pure and deterministic: the same question always gets the same answer.
 */
export function ask(question: string, lang: Lang, people: readonly PersonAnswer[] = []): AskResult {
  // A published answer from a person to this same question comes first, marked as a person's (issue 11).
  const person = findPersonAnswer(question, lang, people);
  if (person !== undefined) return { answer: `${personAnswerBlock(person)}\n\n${DISCLAIMER[lang]}`, citations: [], confidence: 1, escalate: false };
  const hits = rank(question, lang);
  const confidence = calibrate(hits);
  if (confidence < ESCALATE_BELOW) {
    return { answer: `${NOT_SURE[lang]}\n\n${DISCLAIMER[lang]}`, citations: [], confidence, escalate: true };
  }
  const top = hits[0]?.score ?? 0;
  const related = hits.slice(0, MAX_ENTRIES).filter((h, i) => i === 0 || h.score >= RELATED_SHARE * top).map((h) => h.entry);
  const shown = withAmounts(related, question, lang);
  const answer = [...shown.map((e) => entryBlock(e, lang)), DISCLAIMER[lang]].join("\n\n");
  const citations = shown.flatMap((e) =>
    e.citations.map((c) => ({
      entryId: e.id,
      article: formatCitation(c, lang),
      confidence: weakestConfidence([e.confidence, citationConfidence(c)]),
    })),
  );
  return { answer, citations, confidence, escalate: false };
}
