import MiniSearch from "minisearch";
import { ENTRIES, entryById, type KnowledgeEntry } from "../entries/index.js";
import type { Lang } from "../types.js";
import { searchTerms } from "./terms.js";

/** One entry that matched a question. */
export interface Hit {
  entry: KnowledgeEntry;
  /** minisearch's BM25+ score, summed over the matched query terms and field boosts. */
  score: number;
}

type Doc = { id: string; title: string; text: string; keywords: string };

/** Titles and founder keywords say what an entry is about more surely than a word somewhere in its text. */
const BOOST = { title: 2, keywords: 2, text: 1 };

function buildIndex(lang: Lang): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: ["title", "text", "keywords"],
    tokenize: (text) => searchTerms(text, lang),
    // searchTerms already normalised every term.
    processTerm: (term) => term,
  });
  index.addAll(
    ENTRIES.map((e) => ({ id: e.id, title: e.title[lang], text: e.text[lang], keywords: (e.keywords?.[lang] ?? []).join(" ") })),
  );
  return index;
}

// One index per language, built on first use and kept: the entries never change while the process runs.
const indexes = new Map<Lang, MiniSearch<Doc>>();

function indexFor(lang: Lang): MiniSearch<Doc> {
  const cached = indexes.get(lang);
  if (cached) return cached;
  const built = buildIndex(lang);
  indexes.set(lang, built);
  return built;
}

/** The entries that best answer a question in the given language, best first, with their BM25+ scores. */
export function rank(question: string, lang: Lang): Hit[] {
  return indexFor(lang)
    .search(question, { boost: BOOST, combineWith: "OR" })
    .flatMap((r): Hit[] => {
      const entry = entryById(String(r.id));
      return entry ? [{ entry, score: r.score }] : [];
    });
}
