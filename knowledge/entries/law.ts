import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** The act itself: when it took effect (Art. 31) and the principles behind every duty (Art. 4–9). */
export const LAW_ENTRIES: KnowledgeEntry[] = [
  {
    id: "law.in_force",
    topic: "law",
    title: { kk: "Заң қашан күшіне енді", ru: "Когда закон вступил в силу", en: "When the law took effect" },
    text: {
      kk: "«Жасанды интеллект туралы» 2025 жылғы 17 қарашадағы № 230-VIII Заң алғашқы ресми жарияланғаннан кейін 60 күнтізбелік күн өткен соң қолданысқа енеді. Хабарланғандай, ол 2025 жылғы 18 қарашада жарияланған, сондықтан 2026 жылғы 18 қаңтарда күшіне енді; министрлік те осы күнді растаған. ӘҚБтК-тің 641-1 және 692-3-баптары мен Дербес деректер туралы заңның 19-1-бабы да сол мерзіммен күшіне енген. Заңда жұмыс істеп тұрған жүйелерге арналған өтпелі кезең жоқ.",
      ru: "Закон «Об искусственном интеллекте» № 230-VIII от 17 ноября 2025 года вводится в действие через 60 календарных дней после первого официального опубликования. По сообщениям, он опубликован 18 ноября 2025 года и поэтому вступил в силу 18 января 2026 года; министерство эту дату подтвердило. Ст. 641-1 и 692-3 КоАП и ст. 19-1 закона о персональных данных вступили в силу в тот же срок. Переходного периода для уже работающих систем в законе нет.",
      en: "Law No. 230-VIII \"On Artificial Intelligence\" of 17 November 2025 takes effect 60 calendar days after its first official publication. As reported, it was published on 18 November 2025 and so took effect on 18 January 2026, a date the ministry also confirmed. Articles 641-1 and 692-3 of the Code of Administrative Offences (CAO) and Personal Data Law art. 19-1 took effect on the same terms. The law gives no transition period for systems already running.",
    },
    citations: [cite("ai-law", "31"), cite("koap", "641-1"), cite("koap", "692-3"), cite("pd-law", "19-1")],
    confidence: "secondary",
    keywords: {
      kk: ["күшіне енді", "қашан", "қолданысқа енгізу", "күні", "өтпелі кезең", "2026"],
      ru: ["вступил в силу", "когда", "дата", "с какого числа", "переходный период", "2026", "действует ли"],
      en: ["in force", "effective date", "when", "start date", "transition period", "2026", "since when"],
    },
  },
  {
    id: "law.principles",
    topic: "law",
    title: { kk: "ЖИ заңының қағидаттары", ru: "Принципы закона об ИИ", en: "The law's principles" },
    text: {
      kk: "Заң жеті қағидатқа негізделеді: заңдылық; әділдік пен теңдік; ашықтық және түсініктілік; жауаптылық және бақылауда ұстау; адамның саламаттылығы мен ерік-жігер бостандығының басымдығы; деректер мен құпиялылықты қорғау; қауіпсіздік және қорғалу. Олардың ішінде нақты талаптар бар: жасанды интеллект (ЖИ) жүйелері шығу тегі, жынысы, нәсілі, тілі, діні немесе кез келген өзге мән-жай бойынша кез келген кемсітушілікті болғызбауы тиіс, ал пайдаланушылар жүйенің сипаттамалары мен шектеулері туралы толық ақпарат алуы тиіс.",
      ru: "Закон основан на семи принципах: законность; справедливость и равенство; прозрачность и объяснимость; ответственность и подконтрольность; приоритет благополучия и свободы воли человека; защита данных и конфиденциальности; безопасность и защищённость. Внутри них есть конкретные требования: системы ИИ должны исключать дискриминацию по происхождению, полу, расе, языку, религии или любым иным обстоятельствам, а пользователи должны получать полную информацию о характеристиках и ограничениях системы.",
      en: "The law rests on seven principles: legality; fairness and equality; transparency and explainability; responsibility and controllability; priority of human well-being and free will; data protection and confidentiality; safety and security. They contain concrete demands: AI systems must rule out discrimination by origin, sex, race, language, religion or any other circumstance, and users must get full information on a system's characteristics and limitations.",
    },
    citations: [cite("ai-law", "4"), cite("ai-law", "6"), cite("ai-law", "7", "1")],
    confidence: "primary",
    keywords: {
      kk: ["қағидаттар", "кемсіту", "кемсітуді болдырмау", "әділдік", "бейтараптық", "bias", "этика"],
      ru: ["принципы", "дискриминация", "справедливость", "предвзятость", "bias", "этика"],
      en: ["principles", "discrimination", "fairness", "bias", "ethics", "explainability", "non-discrimination"],
    },
  },
];
