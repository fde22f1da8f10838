import { BaseRetriever, type BaseRetrieverInput } from "@langchain/core/retrievers";
import { Document } from "@langchain/core/documents";
import { rank } from "../../knowledge/ask/index.js";
import { formatCitation } from "../../knowledge/law/articles.js";
import type { Lang } from "../../knowledge/types.js";

/** What each retrieved document carries besides its text: the entry it is, so an answer can cite it by id. */
export type EntryMetadata = { entryId: string; score: number };

/**
 * Our own retrieval (knowledge/ask's BM25+ over the knowledge entries) as a langchain retriever, in one language.
 * It lives in bot/ because knowledge/ imports no langchain (test/architecture.test.ts); @langchain/community's
 * BM25 is not used: it does not install beside our packages and scores Cyrillic text as NaN.
 */
export class KnowledgeRetriever extends BaseRetriever<EntryMetadata> {
  override lc_namespace = ["kz-ai-triage", "retrievers"];

  constructor(
    private readonly lang: Lang,
    private readonly k = 4,
    fields?: BaseRetrieverInput,
  ) {
    super(fields);
  }

  override async _getRelevantDocuments(query: string): Promise<Document<EntryMetadata>[]> {
    return rank(query, this.lang)
      .slice(0, this.k)
      .map(({ entry, score }) => new Document<EntryMetadata>({
        pageContent: `${entry.title[this.lang]}\n${entry.text[this.lang]}\n${entry.citations.map((c) => formatCitation(c, this.lang)).join("; ")}`,
        metadata: { entryId: entry.id, score },
      }));
  }
}
