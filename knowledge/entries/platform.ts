import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 12, 25, 26, 28: the national AI platform, compute and state support. */
export const PLATFORM_ENTRIES: KnowledgeEntry[] = [
  {
    id: "platform.national",
    topic: "platform",
    title: { kk: "Жасанды интеллектінің ұлттық платформасы және есептеу ресурстары", ru: "Национальная платформа ИИ и вычислительные ресурсы", en: "The national AI platform and compute" },
    text: {
      kk: "Жасанды интеллектінің ұлттық платформасы модельдер мен платформалық өнімдерді шектеулі уақыт ішінде әзірлеуге, оқып-үйренуге және тәжірибелік пайдалануға бақыланатын орта береді. Оның операторын Үкімет айқындайды, ал оператормен жұмыс тәртібін уәкілетті орган белгілейді. Оператор есептеу ресурстарына қол жеткізуді уәкілетті орган бекіткен қағидалар бойынша береді, басымдық санаттары мен экономиканың басым секторлары ескеріледі. Платформаны пайдалану міндетті емес, бұл – ұсыныс. Мемлекеттік қолдау Кәсіпкерлік кодексі мен ақпараттандыру туралы заңнама бойынша көрсетіледі.",
      ru: "Национальная платформа ИИ даёт контролируемую среду для разработки, обучения и опытной эксплуатации моделей и платформенных продуктов в течение ограниченного времени. Её оператора определяет Правительство, а порядок работы с оператором устанавливает уполномоченный орган. Доступ к вычислительным ресурсам оператор даёт по правилам уполномоченного органа, с учётом приоритетных категорий лиц и приоритетных секторов экономики. Пользоваться платформой не обязательно – это возможность, а не требование. Господдержка оказывается по Предпринимательскому кодексу и законодательству об информатизации.",
      en: "The national AI platform offers a controlled environment for developing, training and pilot-running models and platform products for a limited period. The Government appoints its operator, and the authorized body sets how the operator deals with users. The operator grants access to computing resources under rules approved by the authorized body, with priority categories of users and priority economic sectors. Using the platform is optional: it is an offer, not a requirement. State support runs under the Entrepreneurial Code and informatization law.",
    },
    citations: [cite("ai-law", "25", "1"), cite("ai-law", "25", "2"), cite("ai-law", "26", "1"), cite("ai-law", "12", "2"), cite("ai-law", "28", "1")],
    confidence: "primary",
    keywords: {
      kk: ["ұлттық платформа", "есептеу ресурстары", "GPU", "суперкомпьютер", "мемлекеттік қолдау", "грант", "оператор"],
      ru: ["национальная платформа", "вычислительные ресурсы", "GPU", "суперкомпьютер", "господдержка", "гранты", "оператор платформы"],
      en: ["national platform", "compute", "gpu", "supercomputer", "state support", "grants", "platform operator", "infrastructure"],
    },
  },
];
