import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 10 and the Personal Data Law: how personal data meets the AI law. */
export const PERSONAL_DATA_ENTRIES: KnowledgeEntry[] = [
  {
    id: "personal_data.overview",
    topic: "personal_data",
    title: { kk: "ЖИ жүйесіндегі дербес деректер", ru: "Персональные данные в системе ИИ", en: "Personal data in an AI system" },
    text: {
      kk: "Жасанды интеллект (ЖИ) жүйесін деректерді қорғау талаптары сақталғанда ғана пайдалануға болады: дербес деректерді заңсыз жинауға, сақтауға және таратуға жол берілмейді, үшінші тұлғалардың санкцияланбаған қол жеткізуінен қорғау керек, ал модельдерді оқып-үйрену үшін заңды жолмен алынған сапалы, репрезентативті деректер жиынтығы пайдаланылуы тиіс. Дербес деректер туралы заңды бұзу тыйым салынған функционалдық мүмкіндікке айналуы мүмкін. Негізгі талаптар: Қазақстандағы базада сақтау, шетелге беру ережелері және автоматты шешімдерге келісім.",
      ru: "Систему ИИ можно эксплуатировать, только соблюдая требования защиты данных: без незаконного сбора, хранения и распространения персональных данных, с защитой от несанкционированного доступа третьих лиц и с использованием качественных, репрезентативных и законно полученных наборов данных. Нарушение закона о персональных данных может стать запрещённой функциональной возможностью. Главные требования: хранение в базе в Казахстане, правила трансграничной передачи и согласие на автоматизированные решения.",
      en: "An AI system may be operated only while data-protection requirements are met: no unlawful collection, storage or spreading of personal data, protection against unauthorised third-party access, and quality, representative data sets obtained lawfully. Breaching the personal-data law may make it a prohibited capability. The key rules: storage in a database in Kazakhstan, the cross-border transfer rules, and consent for automated decisions.",
    },
    citations: [cite("ai-law", "10", "1"), cite("ai-law", "10", "2"), cite("ai-law", "17", "3", "4"), cite("pd-law", "12", "2")],
    confidence: "primary",
    keywords: {
      kk: ["дербес деректер", "жеке деректер", "құпиялылық", "ЖСН", "клиент деректері", "деректерді қорғау"],
      ru: ["персональные данные", "персданные", "конфиденциальность", "ИИН", "данные клиентов", "защита данных", "приватность"],
      en: ["personal data", "privacy", "data protection", "customer data", "pii", "gdpr", "confidentiality"],
    },
  },
  {
    id: "personal_data.deadlines",
    topic: "personal_data",
    title: { kk: "Дербес деректер бойынша мерзімдер", ru: "Сроки по персональным данным", en: "Personal-data deadlines" },
    text: {
      kk: "Дербес деректер туралы заңдағы жасанды интеллект (ЖИ) өнімі үшін маңызды мерзімдер: автоматтандырылған өңдеуге қарсылықты қарау – 3 жұмыс күні; адам келісімін кері қайтарып алса, өңдеуді тоқтату немесе дәлелді бас тарту – 15 жұмыс күні; деректерді түзету, бұғаттау немесе жою – 1 жұмыс күні.",
      ru: "Сроки закона о персональных данных, важные для продукта с ИИ: рассмотреть возражение против автоматизированной обработки – 3 рабочих дня; прекратить обработку или мотивированно отказать после отзыва согласия – 15 рабочих дней; исправить, заблокировать или уничтожить данные – 1 рабочий день.",
      en: "Personal-data law deadlines that matter for an AI product: review an objection to automated processing within 3 working days; stop processing, or give a reasoned refusal, within 15 working days after consent is withdrawn; correct, block or destroy data within 1 working day.",
    },
    citations: [cite("pd-law", "19-1", "3"), cite("pd-law", "8", "7"), cite("pd-law", "25", "2", "8")],
    confidence: "primary",
    keywords: {
      kk: ["мерзім", "жұмыс күні", "келісімді қайтарып алу", "жою", "бұғаттау", "қанша күн"],
      ru: ["сроки", "рабочих дней", "отзыв согласия", "удаление данных", "блокирование", "сколько дней"],
      en: ["deadlines", "working days", "withdraw consent", "delete data", "erasure", "how many days"],
    },
  },
];
