import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** EU AI Act counterparts, for founders who also sell in the EU. Ids `eu.<topic>`. */
export const EU_ENTRIES: KnowledgeEntry[] = [
  {
    id: "eu.prohibitions",
    topic: "eu",
    title: { kk: "Тыйымдар: ЕО ЖИ актісінің 5-бабы және 17-баптың 3-тармағы", ru: "Запреты: ст. 5 Регламента ЕС об ИИ и п. 3 ст. 17", en: "Prohibitions: EU AI Act Art. 5 and Art. 17(3)" },
    text: {
      kk: "ЕО-ның жасанды интеллект туралы актісінің (ЕО ЖИ актісі) 5-бабы мен Қазақстан заңының 17-бабының 3-тармағы ұқсас, бірақ бірдей емес. Манипуляция: Қазақстанда зиянның \"елеулі\" болуы талап етілмейді. Әлеуметтік скоринг: Қазақстанда зиянды қарым-қатынас шарты жоқ. Эмоцияларды тану: ЕО-да тек жұмыс пен оқуда тыйым салынған, Қазақстанда келісімсіз кез келген жерде. Қазақстанда бұдан бөлек дербес деректерді заңсыз өңдеуге және заңсыз нәтижелерге тыйым бар. ЕО-дағы қылмысты болжау, беттерді жаппай жинау және полицияның нақты уақыттағы биометриялық сәйкестендіруі Қазақстан тізімінде жоқ. Бір жүйе екі тізімді де ескеруі керек.",
      ru: "Статья 5 Регламента ЕС об ИИ и п. 3 ст. 17 казахстанского закона похожи, но не совпадают. Манипуляция: в Казахстане не нужен «значительный» вред. Социальный скоринг: в Казахстане нет условия о неблагоприятном обращении. Распознавание эмоций: в ЕС запрещено только на работе и в учёбе, в Казахстане – везде без согласия. Только в Казахстане запрещены незаконная обработка персональных данных и незаконные результаты. Прогноз преступлений, массовый сбор лиц и биометрическая идентификация полицией в реальном времени из ЕС в казахстанском списке отсутствуют. Продукт для обоих рынков должен учитывать оба списка.",
      en: "EU AI Act Art. 5 and Kazakhstan's Art. 17(3) overlap but differ. Manipulation: Kazakhstan needs no \"significant\" harm. Social scoring: Kazakhstan has no detrimental-treatment condition. Emotion recognition: the EU bans it only at work and in education, Kazakhstan anywhere without consent. Only Kazakhstan bans unlawful personal-data processing and unlawful outputs as such. The EU bans on crime prediction, untargeted face scraping and real-time police biometric identification have no Kazakh counterpart. A product for both markets must respect both lists.",
    },
    citations: [cite("eu-ai-act", "5", "1"), cite("ai-law", "17", "3")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["ЕО", "Еуропа", "EU AI Act", "еуропалық", "айырмашылық", "салыстыру", "тыйымдар"],
      ru: ["ЕС", "Европа", "EU AI Act", "европейский", "отличия", "сравнение", "запреты", "AI Act"],
      en: ["eu", "europe", "eu ai act", "european", "difference", "compare", "prohibitions", "ai act"],
    },
  },
  {
    id: "eu.high_risk",
    topic: "eu",
    title: { kk: "Жоғары тәуекел: ЕО 6-бабы мен III қосымшасы және 17-баптың 1-тармағы", ru: "Высокий риск: ст. 6 и Приложение III ЕС и п. 1 ст. 17", en: "High risk: EU Art. 6 and Annex III vs Art. 17(1)" },
    text: {
      kk: "ЕО-да жоғары тәуекел қолдану салалары бойынша анықталады: III қосымшадағы сегіз сала (биометрия, аса маңызды инфрақұрылым, білім, жұмысқа қабылдау, маңызды қызметтерге қолжетімділік, мысалы несиелік скоринг, құқық қорғау, көші-қон, сот төрелігі) және өнім қауіпсіздігінің компоненттері. Қазақстанда тізім жоқ: жүйе істен шықса не болатыны бағаланады, және оны меншік иесі өзі анықтайды. Сондықтан бір жүйе ЕО-да жоғары тәуекелді, ал Қазақстанда орташа болуы мүмкін, немесе керісінше.",
      ru: "В ЕС высокий риск определяется по сфере применения: восемь областей Приложения III (биометрия, критическая инфраструктура, образование, найм, доступ к важным услугам вроде кредитного скоринга, правоохрана, миграция, правосудие) и компоненты безопасности продуктов. В Казахстане списка нет: оцениваются последствия сбоя системы, и степень определяет сам собственник. Поэтому одна и та же система может быть высокорисковой в ЕС и средней в Казахстане, или наоборот.",
      en: "In the EU high risk is set by use case: the eight Annex III areas (biometrics, critical infrastructure, education, employment, access to essential services such as credit scoring, law enforcement, migration, justice) plus safety components of products. Kazakhstan has no list: it looks at the consequences of the system failing, and the owner classifies it. So the same system may be high-risk in the EU and medium-risk in Kazakhstan, or the other way round.",
    },
    citations: [cite("eu-ai-act", "6"), cite("eu-ai-act", "Annex III"), cite("ai-law", "17", "1")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["ЕО", "III қосымша", "Annex III", "жоғары тәуекел", "Еуропа", "салыстыру"],
      ru: ["ЕС", "Приложение III", "Annex III", "высокий риск", "Европа", "сравнение"],
      en: ["eu", "annex iii", "high-risk", "europe", "use cases", "compare", "article 6"],
    },
  },
  {
    id: "eu.transparency",
    topic: "eu",
    title: { kk: "Ашықтық: ЕО 50-бабы және 21-бап", ru: "Прозрачность: ст. 50 ЕС и ст. 21", en: "Transparency: EU Art. 50 vs Art. 21" },
    text: {
      kk: "ЕО-ның 50-бабы адам жасанды интеллектімен (ЖИ) сөйлесетінін хабарлауды, генеративті нәтижелерді машина оқитын түрде белгілеуді және дипфейктерді ашуды талап етеді. Қазақстанның 21-бабы кеңірек: ЖИ арқылы жасалған кез келген тауар немесе қызмет туралы хабарлау керек. Синтетикалық нәтижелерге машина оқитын нысанда таңбалау да, көрнекі нысанмен не өзге де нысанмен ескерту де міндетті. Эмоцияларды тануда ЕО тек хабарлауды талап етеді, ал Қазақстан келісім сұрайды. Бір таңбалау шешімі екі талапты да жабуы үшін екі белгіні де қосқан жөн.",
      ru: "Статья 50 ЕС требует сообщать, что человек общается с ИИ, машиночитаемо помечать генеративный контент и раскрывать дипфейки. Статья 21 в Казахстане шире: информировать нужно о любых товарах и услугах, сделанных с ИИ. Для синтетических результатов обязательны и машиночитаемая метка, и визуальное или иное предупреждение. При распознавании эмоций ЕС требует лишь уведомить, а Казахстан – получить согласие. Чтобы одно решение по маркировке покрыло оба рынка, стоит ставить обе пометки.",
      en: "EU Art. 50 requires telling people they are dealing with AI, machine-readable marking of generative outputs, and disclosing deepfakes. Kazakhstan's Art. 21 is broader: users must be told about any goods or services made with AI. Synthetic results need both a machine-readable label and a visual or other warning. For emotion recognition the EU only requires informing people, while Kazakhstan requires consent. To cover both markets with one labelling design, use both marks.",
    },
    citations: [cite("eu-ai-act", "50", "1"), cite("eu-ai-act", "50", "2"), cite("eu-ai-act", "50", "3"), cite("eu-ai-act", "50", "4"), cite("ai-law", "21", "1"), cite("ai-law", "21", "2")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["ЕО", "50-бап", "таңбалау", "Еуропа", "дипфейк", "ашықтық"],
      ru: ["ЕС", "статья 50", "маркировка", "Европа", "дипфейк", "прозрачность"],
      en: ["eu", "article 50", "labelling", "europe", "deepfake", "transparency", "watermark"],
    },
  },
  {
    id: "eu.conformity",
    topic: "eu",
    title: { kk: "ЕО-дағы сәйкестікті бағалау және Қазақстандағы ерікті аудит", ru: "Оценка соответствия в ЕС и добровольный аудит в Казахстане", en: "EU conformity assessment vs Kazakhstan's voluntary audit" },
    text: {
      kk: "ЕО-да жоғары тәуекелді жүйелер нарыққа шығар алдында сәйкестікті бағалаудан өтіп, ЕО дерекқорына тіркеледі, ал тәуекелдерді басқару жүйесі тек жоғары тәуекелділерге міндетті. Қазақстанда керісінше: сәйкестікті міндетті бағалау мен тіркеу жоқ, аудит тек ерікті сенімді тізбе үшін, бірақ қауіп-қатерлерді басқару кез келген дәрежедегі жүйеге міндетті.",
      ru: "В ЕС высокорисковые системы до выхода на рынок проходят оценку соответствия и регистрируются в базе данных ЕС, а система управления рисками обязательна только для них. В Казахстане наоборот: обязательной оценки соответствия и регистрации нет, аудит нужен лишь для добровольного перечня доверенных, но управление рисками обязательно для систем любой степени.",
      en: "In the EU, high-risk systems go through conformity assessment and EU database registration before market entry, and a risk-management system is required only for them. Kazakhstan is the reverse: no mandatory conformity assessment or registration, an audit only for the voluntary trusted list, but risk management is required for systems of every tier.",
    },
    citations: [cite("eu-ai-act", "43"), cite("eu-ai-act", "49"), cite("eu-ai-act", "9"), cite("ai-law", "19", "2"), cite("ai-law", "18", "1")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["ЕО", "сәйкестікті бағалау", "CE", "тіркеу", "Еуропа", "аудит"],
      ru: ["ЕС", "оценка соответствия", "CE", "регистрация в ЕС", "Европа", "аудит"],
      en: ["eu", "conformity assessment", "ce marking", "eu database", "europe", "audit", "notified body"],
    },
  },
  {
    id: "eu.timeline",
    topic: "eu",
    title: { kk: "ЕО ЖИ актісінің мерзімдері мен айыппұлдары", ru: "Сроки и штрафы Регламента ЕС об ИИ", en: "EU AI Act dates and fines" },
    text: {
      kk: "Хабарланғандай: ЕО тыйымдары 2025 жылғы 2 ақпаннан бастап қолданылады; 50-баптың ашықтық талаптары 2026 жылғы 2 тамыздан; III қосымша бойынша жоғары тәуекел талаптары 2026 жылғы 2 тамызға жоспарланған, бірақ \"Digital Omnibus\" бойынша алдын ала келісім оларды 2027 жылғы 2 желтоқсанға ауыстырады (ресми жарияланғанға дейін заң емес). ЕО айыппұлдары: тыйымдар үшін 35 млн еуроға немесе айналымның 7%-іне дейін, басқа міндеттер үшін 15 млн еуроға немесе 3%-ке дейін. Бұл сандар ресми мәтіннен емес, шолулардан алынған.",
      ru: "По сообщениям: запреты ЕС действуют с 2 февраля 2025 года; требования прозрачности ст. 50 – со 2 августа 2026 года; требования к высокорисковым системам по Приложению III были запланированы на 2 августа 2026 года, но предварительное соглашение по «Digital Omnibus» переносит их на 2 декабря 2027 года (пока не опубликовано официально, это не закон). Штрафы ЕС: до 35 млн евро или 7% оборота за запреты, до 15 млн евро или 3% за прочие обязанности. Эти цифры взяты из обзоров, а не из официального текста.",
      en: "As reported: the EU prohibitions apply since 2 February 2025; the Art. 50 transparency duties from 2 August 2026; the Annex III high-risk duties were due on 2 August 2026, but a provisional Digital Omnibus agreement moves them to 2 December 2027 (not law until officially published). EU fines: up to €35 m or 7% of turnover for prohibitions, up to €15 m or 3% for most other duties. These figures come from summaries, not the official text.",
    },
    citations: [cite("eu-ai-act", "99", "3"), cite("eu-ai-act", "99", "4"), cite("eu-ai-act", "50")],
    confidence: "secondary",
    keywords: {
      kk: ["ЕО", "Еуропа", "еуропалық", "ЖИ актісі", "мерзімдер", "қашан", "қолданыла бастайды", "Omnibus", "еуро", "айыппұл", "2027"],
      ru: ["ЕС", "Евросоюз", "AI Act", "сроки", "когда", "вступает в силу", "начинает действовать", "Omnibus", "евро", "штрафы ЕС", "2027"],
      en: ["eu", "eu ai act", "dates", "when", "start applying", "apply from", "omnibus", "euro", "eu fines", "2027", "deadline"],
    },
  },
];
