import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 23(1)–(2): who holds rights in AI-assisted works and prompts. Training on works is `obligation.copyright_opt_out`. */
export const COPYRIGHT_ENTRIES: KnowledgeEntry[] = [
  {
    id: "copyright.outputs",
    topic: "copyright",
    title: { kk: "ЖИ көмегімен жасалған туындыларға авторлық құқық", ru: "Авторское право на созданное с помощью ИИ", en: "Copyright in AI-assisted works" },
    text: {
      kk: "Жасанды интеллект (ЖИ) көмегімен жасалған туынды адам оған шығармашылық үлес қосқан жағдайда ғана авторлық құқықпен қорғалады. Адамның шығармашылық еңбегінің нәтижесі болып табылатын мәтіндік сұрау салулар (промпттар) авторлық құқық объектісі бола алады. Толығымен ЖИ жасаған, адамның шығармашылық үлесі жоқ нәтиже қорғалмайды.",
      ru: "Произведение, созданное с помощью ИИ, охраняется авторским правом, только если в него есть творческий вклад человека. Текстовые запросы (промпты), которые сами являются результатом творческого труда человека, могут быть объектами авторского права. Результат, созданный целиком ИИ без творческого вклада человека, не охраняется.",
      en: "A work made with AI is protected by copyright only if a human made a creative contribution to it. Text prompts that are themselves the result of a person's creative work can be copyright objects. Output made entirely by AI, with no human creative contribution, is not protected.",
    },
    citations: [cite("ai-law", "23", "1"), cite("ai-law", "23", "2")],
    confidence: "primary",
    keywords: {
      kk: ["авторлық құқық", "кімге тиесілі", "промпт", "туынды", "шығармашылық үлес", "меншік"],
      ru: ["авторское право", "кому принадлежит", "промпт", "произведение", "творческий вклад", "права на контент"],
      en: ["copyright", "who owns", "prompt", "ownership", "creative contribution", "ip", "intellectual property"],
    },
  },
];
