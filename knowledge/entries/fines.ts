import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

const FINE_CITATIONS = [cite("koap", "641-1", "1"), cite("koap", "641-1", "2"), cite("budget-2026", "7", "4")];

/**
 * Code of Administrative Offences (КоАП) art. 641-1 by offender category, in MCI and in tenge at the 2026 MCI of 4,325 (Budget Law art. 7(4)).
 * Ids `fines.<EntitySize>`. The tenge figures are MCI × 4,325 and must change with the MCI each year.
 */
export const FINE_ENTRIES: KnowledgeEntry[] = [
  {
    id: "fines.overview",
    topic: "fines",
    title: { kk: "Жасанды интеллект туралы заңды бұзғаны үшін айыппұлдар (ӘҚБтК 641-1-бап)", ru: "Штрафы за нарушения в сфере ИИ (ст. 641-1 КоАП)", en: "Fines for AI-law breaches (Code of Administrative Offences art. 641-1)" },
    text: {
      kk: "ӘҚБтК 641-1-бабы жасанды интеллект (ЖИ) саласындағы екі бұзушылық үшін ғана айыппұл салады: меншік иесі немесе иегер пайдаланушыларды жаңылыстыруы мүмкін синтетикалық нәтижелер туралы хабардар етпесе; немесе қауіп-қатер дәрежесі жоғары жасанды интеллект жүйесінің қауіп-қатерлерін басқармаса және бұл адамдардың денсаулығына немесе саламаттылығына теріс әсерге, тыйым салынған не жалған ақпараттың жасалуына немесе таралуына, кемсітушілікке, адам құқықтарының бұзылуына және өзге де зиянға әкелсе (іс-әрекетте қылмыс белгілері болмаса). Айыппұл АЕК-пен есептеледі: жеке тұлғаларға 15, шағын кәсіпкерлік субъектілері мен коммерциялық емес ұйымдарға 20, орта кәсіпкерлікке 30, ірі кәсіпкерлікке 100 АЕК. Әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанса – 30/50/70/200 АЕК және ЖИ жүйесінің қызметін тоқтата тұру немесе оған тыйым салу. 2026 жылы 1 АЕК = 4 325 теңге.",
      ru: "Статья 641-1 КоАП штрафует только за два нарушения: собственник или владелец не проинформировал пользователей о синтетических результатах, способных ввести их в заблуждение; либо не управлял рисками высокорисковой системы, и это повлекло негативное воздействие на здоровье или благополучие людей, создание или распространение запрещённой либо ложной информации, дискриминацию, нарушение прав человека и иной вред (если в деянии нет признаков преступления). Штраф в МРП: физлицам 15, субъектам малого предпринимательства и НКО 20, среднего 30, крупного 100 МРП. Повторное нарушение в течение года после наложения первого взыскания – 30/50/70/200 МРП с приостановлением или запрещением деятельности системы ИИ. В 2026 году 1 МРП = 4 325 тенге.",
      en: "Article 641-1 of the Code of Administrative Offences (CAO) fines only two breaches: an owner or possessor fails to inform users about synthetic results that may mislead them; or fails to manage the risks of a high-risk system and this leads to a negative impact on people's health or well-being, the creation or spreading of prohibited or false information, discrimination or violation of human rights, and other harm (where the act shows no signs of a crime). Fines are set in MCI: 15 for individuals, 20 for small businesses and non-profits, 30 for medium and 100 for large businesses. A repeat within a year after the first penalty was imposed costs 30/50/70/200 MCI plus suspension or prohibition of the AI system. In 2026, 1 MCI = 4,325 tenge.",
    },
    citations: FINE_CITATIONS,
    confidence: "primary",
    keywords: {
      kk: ["айыппұл", "штраф", "жаза", "жауаптылық", "АЕК", "қанша", "ӘҚБтК", "бұзушылық", "дипфейк", "таңбаламау", "таңбасыз", "дипфейк үшін айыппұл"],
      ru: ["штраф", "штрафы", "наказание", "ответственность", "МРП", "сколько", "КоАП", "санкции", "дипфейк", "без маркировки", "штраф за дипфейк", "штраф за отсутствие маркировки"],
      en: ["fine", "fines", "penalty", "code of administrative offences", "cao", "penalties", "sanctions", "liability", "mci", "how much", "enforcement", "deepfake", "unlabelled", "without a label", "fine for a deepfake", "fine for no label"],
    },
  },
  {
    id: "fines.individual",
    topic: "fines",
    title: { kk: "Жеке тұлғаларға айыппұл", ru: "Штраф для физических лиц", en: "Fine for individuals" },
    text: {
      kk: "641-1-бап бойынша жеке тұлға (мысалы, жасанды интеллект жүйесінің меншік иесі болып табылатын жеке адам) алғаш рет 15 АЕК, 2026 жылы 64 875 теңге айыппұл төлейді; әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанса – 30 АЕК, 129 750 теңге, жүйенің қызметін тоқтата тұрумен немесе оған тыйым салумен.",
      ru: "По ст. 641-1 физическое лицо (например, человек, которому принадлежит система ИИ) платит за первое нарушение 15 МРП, в 2026 году 64 875 тенге; за повтор в течение года после наложения первого взыскания – 30 МРП, 129 750 тенге, с приостановлением или запрещением деятельности системы.",
      en: "Under art. 641-1 an individual (for example a person who owns an AI system) pays 15 MCI for a first breach, 64,875 tenge in 2026; a repeat within a year after the first penalty was imposed costs 30 MCI, 129,750 tenge, with suspension or prohibition of the system.",
    },
    citations: FINE_CITATIONS,
    confidence: "primary",
    keywords: {
      kk: ["жеке тұлға", "жеке адам", "фрилансер", "айыппұл"],
      ru: ["физическое лицо", "физлицо", "фрилансер", "частное лицо", "штраф"],
      en: ["individual", "private person", "freelancer", "sole", "fine"],
    },
  },
  {
    id: "fines.small_or_nonprofit",
    topic: "fines",
    title: { kk: "Шағын бизнес пен коммерциялық емес ұйымдарға айыппұл", ru: "Штраф для малого бизнеса и НКО", en: "Fine for small businesses and non-profits" },
    text: {
      kk: "641-1-бап бойынша шағын кәсіпкерлік субъектісі немесе коммерциялық емес ұйым алғаш рет 20 АЕК, 2026 жылы 86 500 теңге төлейді; әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанса – 50 АЕК, 216 250 теңге, жүйенің қызметін тоқтата тұрумен немесе оған тыйым салумен. Көптеген стартаптар осы санатқа түседі.",
      ru: "По ст. 641-1 субъект малого предпринимательства или некоммерческая организация платит за первое нарушение 20 МРП, в 2026 году 86 500 тенге; за повтор в течение года после наложения первого взыскания – 50 МРП, 216 250 тенге, с приостановлением или запрещением деятельности системы. Многие стартапы попадают именно сюда.",
      en: "Under art. 641-1 a small business or non-profit pays 20 MCI for a first breach, 86,500 tenge in 2026; a repeat within a year after the first penalty was imposed costs 50 MCI, 216,250 tenge, with suspension or prohibition of the system. Many startups fall in this category.",
    },
    citations: FINE_CITATIONS,
    confidence: "primary",
    keywords: {
      kk: ["шағын бизнес", "шағын кәсіпкерлік", "стартап", "ҮЕҰ", "коммерциялық емес"],
      ru: ["малый бизнес", "малое предпринимательство", "стартап", "НКО", "некоммерческая", "ИП", "ТОО"],
      en: ["small business", "sme", "startup", "non-profit", "nonprofit", "ngo"],
    },
  },
  {
    id: "fines.medium",
    topic: "fines",
    title: { kk: "Орта бизнеске айыппұл", ru: "Штраф для среднего бизнеса", en: "Fine for medium-sized businesses" },
    text: {
      kk: "641-1-бап бойынша орта кәсіпкерлік субъектісі алғаш рет 30 АЕК, 2026 жылы 129 750 теңге төлейді; әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанса – 70 АЕК, 302 750 теңге, жүйенің қызметін тоқтата тұрумен немесе оған тыйым салумен.",
      ru: "По ст. 641-1 субъект среднего предпринимательства платит за первое нарушение 30 МРП, в 2026 году 129 750 тенге; за повтор в течение года после наложения первого взыскания – 70 МРП, 302 750 тенге, с приостановлением или запрещением деятельности системы.",
      en: "Under art. 641-1 a medium-sized business pays 30 MCI for a first breach, 129,750 tenge in 2026; a repeat within a year after the first penalty was imposed costs 70 MCI, 302,750 tenge, with suspension or prohibition of the system.",
    },
    citations: FINE_CITATIONS,
    confidence: "primary",
    keywords: {
      kk: ["орта бизнес", "орта кәсіпкерлік", "компания"],
      ru: ["средний бизнес", "среднее предпринимательство", "компания"],
      en: ["medium business", "mid-sized", "medium-sized company"],
    },
  },
  {
    id: "fines.large",
    topic: "fines",
    title: { kk: "Ірі бизнеске айыппұл", ru: "Штраф для крупного бизнеса", en: "Fine for large businesses" },
    text: {
      kk: "641-1-бап бойынша ірі кәсіпкерлік субъектісі алғаш рет 100 АЕК, 2026 жылы 432 500 теңге төлейді; әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанса – 200 АЕК, 865 000 теңге, жүйенің қызметін тоқтата тұрумен немесе оған тыйым салумен. Бұл бап бойынша ең жоғары сома осы.",
      ru: "По ст. 641-1 субъект крупного предпринимательства платит за первое нарушение 100 МРП, в 2026 году 432 500 тенге; за повтор в течение года после наложения первого взыскания – 200 МРП, 865 000 тенге, с приостановлением или запрещением деятельности системы. Это максимальная сумма по статье.",
      en: "Under art. 641-1 a large business pays 100 MCI for a first breach, 432,500 tenge in 2026; a repeat within a year after the first penalty was imposed costs 200 MCI, 865,000 tenge, with suspension or prohibition of the system. This is the article's highest amount.",
    },
    citations: FINE_CITATIONS,
    confidence: "primary",
    keywords: {
      kk: ["ірі бизнес", "ірі кәсіпкерлік", "корпорация", "ең көп", "максимум"],
      ru: ["крупный бизнес", "крупное предпринимательство", "корпорация", "максимальный штраф", "максимум"],
      en: ["large business", "enterprise", "corporation", "maximum fine", "biggest fine"],
    },
  },
  {
    id: "fines.jurisdiction",
    topic: "fines",
    title: {
      kk: "641-1-бап бойынша істерді кім қарайды: ӘҚБтК 692-3-бабы",
      ru: "Кто рассматривает дела по ст. 641-1: ст. 692-3 КоАП",
      en: "Who hears art. 641-1 cases: Code of Administrative Offences art. 692-3",
    },
    text: {
      kk: "ӘҚБтК-тің 692-3-бабы бар және жасанды интеллектіге қатысты, бірақ ол айыппұл белгілемейді: бұл бап істердің қай органның қарауына жататынын айқындайды. 641-1-бапта көзделген бұзушылықтар туралы әкімшілік істерді жасанды интеллект саласындағы уәкілетті орган қарайды; орган атынан істі оның басшысы немесе басшының орынбасарлары қарап, әкімшілік жаза қолданады. Кейбір басылымдар 692-3-бапты 641-1-баптың қасындағы екінші айыппұл бабы деп жазады – бұл дұрыс емес: айыппұл мөлшерлері тек 641-1-бапта белгіленген. Екі бап та ӘҚБтК-ке 2025 жылғы 17 қарашадағы № 232-VIII Заңмен енгізілген.",
      ru: "Статья 692-3 КоАП существует и касается ИИ, но штрафов не устанавливает: она определяет, какой орган разбирает такие дела. Дела о нарушениях, указанных в ст. 641-1 КоАП, рассматривает уполномоченный орган в сфере искусственного интеллекта; от имени органа дело разбирают и назначают взыскание его руководитель или заместители руководителя. Часть прессы называет 692-3 второй статьёй со штрафами рядом с 641-1 – это ошибка: размеры штрафов установлены только статьёй 641-1. Обе статьи внесены в КоАП Законом № 232-VIII от 17 ноября 2025 года.",
      en: "Article 692-3 of the Code of Administrative Offences (CAO) exists and does concern AI, but it sets no fine: it says which body deals with the cases. Cases on the breaches listed in CAO art. 641-1 are heard by the authorized body in the field of artificial intelligence; within that body, its head or deputy heads hear the case and impose the penalty. Some press reports call 692-3 a second fines article next to 641-1; that is wrong: the amounts are set by art. 641-1 alone. Both articles were added to the CAO by Law No. 232-VIII of 17 November 2025.",
    },
    citations: [cite("koap", "692-3", "1"), cite("koap", "692-3", "2"), cite("koap", "641-1")],
    confidence: "primary",
    keywords: {
      kk: ["692-3", "692-3-бап", "істерді кім қарайды", "істі қарау", "іс қарау", "кім қарайды", "кім айыппұл салады", "кім жаза қолданады", "уәкілетті орган", "хаттама"],
      ru: ["692-3", "статья 692-3", "кто рассматривает дела", "рассмотрение дел", "рассматривает", "подведомственность", "кто налагает штраф", "кто выносит постановление", "уполномоченный орган", "протокол"],
      en: ["692-3", "article 692-3", "who hears cases", "hears", "hearing", "jurisdiction", "who imposes the fine", "who decides the case", "authorized body", "cao", "code of administrative offences"],
    },
  },
  {
    id: "liability.harm",
    topic: "fines",
    title: { kk: "ЖИ келтірген зиянды өтеу", ru: "Возмещение вреда, причинённого ИИ", en: "Compensation for harm caused by AI" },
    text: {
      kk: "Жасанды интеллект (ЖИ) жүйелері келтірген зиян Азаматтық кодексте белгіленген жалпы тәртіппен өтеледі; ЖИ заңы жеке жауапкершілік режимін енгізбейді. Жауапкершілікті және ЖИ пайдалану қауіп-қатерлерін сақтандыру заңдарға сәйкес жүзеге асырылады. ЖИ саласындағы заңнаманы бұзу заңдарда белгіленген жауаптылыққа әкеледі.",
      ru: "Вред, причинённый системами ИИ, возмещается в общем порядке Гражданского кодекса; особого режима ответственности закон об ИИ не вводит. Страхование ответственности и рисков использования ИИ идёт по законам. Нарушение законодательства об ИИ влечёт ответственность, установленную законами.",
      en: "Harm caused by AI systems is compensated under the general rules of the Civil Code; the AI law creates no special liability regime. Insurance of liability and of AI-use risks follows the relevant laws. Breaching AI legislation brings the liability that laws establish.",
    },
    citations: [cite("ai-law", "24", "1"), cite("ai-law", "24", "2"), cite("ai-law", "30")],
    confidence: "primary",
    keywords: {
      kk: ["зиян", "өтемақы", "сот", "азаматтық кодекс", "сақтандыру", "кім жауап береді"],
      ru: ["вред", "возмещение", "компенсация", "суд", "гражданский кодекс", "страхование", "кто отвечает", "иск"],
      en: ["harm", "damages", "compensation", "lawsuit", "civil code", "insurance", "who is liable", "sue"],
    },
  },
];
