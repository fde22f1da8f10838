import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/**
 * Claims that circulate in news and summaries but that the law's text does not support. Each entry cites
 * the article that actually governs the point, so the answer shows where the law stands instead.
 */
export const NOT_IN_LAW_ENTRIES: KnowledgeEntry[] = [
  {
    id: "not_in_law.sandbox",
    topic: "not_in_law",
    title: { kk: "Заңда реттеушілік құмсалғыш жоқ", ru: "Регуляторной песочницы в законе нет", en: "There is no regulatory sandbox in the law" },
    text: {
      kk: "Жасанды интеллект туралы заңда реттеушілік құмсалғыш (sandbox) та, міндеттерден уақытша босату да жоқ. Ең жақын ұғым – жасанды интеллектінің ұлттық платформасы: ол платформалық бағдарламалық өнімдер мен модельдерді шектеулі уақыт ішінде әзірлеуге, оқып-үйренуге және тәжірибелік пайдалануға бақыланатын орта береді. Бірақ платформа заң талаптарынан босатпайды. Министрлік 180 күндік құмсалғыш туралы заң дайындап жатыр деген жаңалықтар расталмаған.",
      ru: "В законе об ИИ нет регуляторной песочницы и нет временного освобождения от обязанностей. Ближе всего национальная платформа ИИ: она даёт контролируемую среду для разработки, обучения и опытной эксплуатации платформенных продуктов и моделей в течение ограниченного времени. Но от требований закона платформа не освобождает. Сообщения о том, что министерство готовит закон о 180-дневной песочнице, не подтверждены.",
      en: "The AI law has no regulatory sandbox and no temporary exemption from its duties. The nearest thing is the national AI platform: it offers a controlled environment for developing, training and pilot-running platform products and models for a limited period. It does not exempt anyone from the law. News that the ministry is preparing a 180-day sandbox law is unconfirmed.",
    },
    citations: [cite("ai-law", "25", "1")],
    confidence: "primary",
    keywords: {
      kk: ["құмсалғыш", "песочница", "sandbox", "тестілеу", "пилот", "эксперимент", "босату", "жеңілдік", "сынақ режимі"],
      ru: ["песочница", "регуляторная песочница", "sandbox", "тестирование", "пилот", "эксперимент", "освобождение", "льготы", "тестовый режим"],
      en: ["sandbox", "regulatory sandbox", "testing", "pilot", "experiment", "exemption", "trial period", "test mode"],
    },
  },
  {
    id: "not_in_law.registration",
    topic: "not_in_law",
    title: { kk: "Міндетті тіркеу немесе алдын ала рұқсат жоқ", ru: "Обязательной регистрации и предварительного одобрения нет", en: "No mandatory registration or pre-approval" },
    text: {
      kk: "Жасанды интеллект туралы заң ЖИ жүйесін мемлекеттік тізілімге тіркеуді, іске қосар алдында сараптаманы немесе реттеушінің рұқсатын талап етпейді, тіпті қауіп-қатер дәрежесі жоғары жүйелер үшін де: заңның өзі мұндай рәсім белгілемейді. Бір ескерту: ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектісіне жатқызылған немесе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыратын қауіп-қатер дәрежесі жоғары жүйе ақпараттық қауіпсіздік бойынша мемлекеттік жүйелерге қойылатын талаптарды сақтауға тиіс, ал бұл талаптар ЖИ заңынан тыс өз рәсімдерін көздеуі мүмкін. Қауіп-қатер дәрежесін меншік иесі немесе иегер өзі анықтайды. Тек сенімді жүйелер тізбесі бар, ол да ерікті. Бұл ЕО-дан ерекшеленеді: онда жоғары тәуекелді жүйелер дерекқорға тіркеледі.",
      ru: "Закон не требует регистрировать систему ИИ в госреестре, проходить экспертизу или получать одобрение регулятора перед запуском, даже для высокорисковых систем: сам закон об ИИ таких процедур не устанавливает. Оговорка: высокорисковая система, отнесённая к критически важным объектам ИКТ-инфраструктуры или формирующая государственные электронные информационные ресурсы, должна соблюдать требования информационной безопасности как государственная, а эти требования, лежащие вне закона об ИИ, могут предусматривать свои процедуры. Степень риска собственник или владелец определяет сам. Есть только перечни доверенных систем, и включение в них добровольное. В этом отличие от ЕС, где высокорисковые системы регистрируются в базе данных.",
      en: "The law does not require registering an AI system in a state register, an expert review, or regulator approval before launch, even for high-risk systems: the AI law itself sets no such procedure. One caveat: a high-risk system that is a critically important ICT infrastructure object, or builds state electronic information resources, must meet the information-security requirements for state systems, and those requirements, which lie outside the AI law, may include procedures of their own. The owner or possessor classifies the risk tier themselves. There are only the trusted lists, and joining them is voluntary. This differs from the EU, where high-risk systems are registered in a database.",
    },
    citations: [cite("ai-law", "17", "1"), cite("ai-law", "19", "2")],
    confidence: "primary",
    keywords: {
      kk: ["тіркеу", "тіркелу", "рұқсат", "мақұлдау", "іске қосар алдында", "тізілім", "сараптама", "келісу", "министрліктің рұқсаты"],
      ru: ["регистрация", "зарегистрировать", "разрешение", "одобрение", "перед запуском", "реестр", "экспертиза", "согласование", "уведомление", "одобрение министерства"],
      en: ["registration", "register", "permission", "approval", "pre-approval", "before launch", "notify", "registry", "authorisation", "approved by a ministry", "government approval"],
    },
  },
  {
    id: "not_in_law.autonomous_ban",
    topic: "not_in_law",
    title: { kk: "Толық автономды ЖИ-ге тыйым жоқ", ru: "Запрета на полностью автономный ИИ нет", en: "Autonomous AI is not banned" },
    text: {
      kk: "Заң жобасы мен кейбір жаңалықтар толық автономды жасанды интеллектіге (ЖИ) тыйым салынады деп жазған, бірақ қабылданған заңда мұндай тыйым жоқ. Дербестігі жоғары жүйелерге, яғни адам шешімін түзете алмайтын жүйелерге рұқсат етілген; оларды құру мен пайдалану ерекшеліктерін басқа заңдар белгілейді.",
      ru: "Проект закона и часть новостей говорили о запрете полностью автономного ИИ, но в принятом законе такого запрета нет. Системы высокой автономности, где человек не может скорректировать решение, разрешены; особенности их создания и эксплуатации устанавливают другие законы.",
      en: "The draft law and some news said fully autonomous AI would be banned, but the adopted law has no such ban. High-autonomy systems, where a human cannot correct the decision, are allowed; other laws set the particular rules for building and running them.",
    },
    citations: [cite("ai-law", "17", "2", "3")],
    confidence: "primary",
    keywords: {
      kk: ["автономды", "толық автономды", "тыйым", "агенттер", "адамсыз"],
      ru: ["автономный", "полностью автономный", "запрет", "агенты", "без человека", "запрещён ли"],
      en: ["autonomous", "fully autonomous", "ban", "agents", "agentic", "without humans", "is it banned"],
    },
  },
  {
    id: "not_in_law.mandatory_audit",
    topic: "not_in_law",
    title: { kk: "Аудит міндетті емес", ru: "Аудит не обязателен", en: "The audit is not mandatory" },
    text: {
      kk: "Кейбір жаңалықтар қауіп-қатер дәрежесі жоғары барлық жасанды интеллект (ЖИ) жүйелері үшін аудит міндетті деп жазады. Заң бойынша аудитті тек өз жүйесін сенімді жүйелер тізбесіне енгізгісі келетін меншік иесі немесе иегер жүргізеді, ал тізбеге кіру ерікті. Заң мемлекеттік сатып алуға қатысу үшін тізбеде болуды да талап етпейді; тапсырыс берушілер мұны өз талаптарына енгізе ме, ол ЖИ заңымен реттелмейді.",
      ru: "В некоторых новостях пишут, что аудит обязателен для всех высокорисковых систем ИИ. По закону аудит проводит только собственник или владелец, который хочет включить систему в перечень доверенных, а включение добровольное. Закон не делает перечень и условием участия в госзакупках; включат ли это заказчики в свои требования, закон об ИИ не регулирует.",
      en: "Some news says an audit is mandatory for every high-risk AI system. Under the law, only an owner or possessor who wants the system on a trusted list carries out an audit, and listing is voluntary. Nor does the law make listing a condition for public procurement; whether buyers ask for it in their own terms is not something the AI law governs.",
    },
    citations: [cite("ai-law", "19", "2"), cite("ai-law", "20", "1")],
    confidence: "primary",
    keywords: {
      kk: ["аудит міндетті ме", "міндетті аудит", "аудит жүргізу міндетті", "жоғары дәрежелі жүйеге аудит", "мемлекеттік сатып алу", "тендер", "госзакуп"],
      ru: ["обязателен ли аудит", "обязательный аудит", "госзакупки", "тендер", "надо ли проходить аудит"],
      en: ["is audit mandatory", "mandatory audit", "compulsory audit", "public procurement", "tender", "do i need an audit"],
    },
  },
  {
    id: "not_in_law.licensing",
    topic: "not_in_law",
    title: { kk: "ЖИ үшін лицензия жоқ", ru: "Лицензии на ИИ нет", en: "No licence is needed for AI" },
    text: {
      kk: "Жасанды интеллект туралы заң ЖИ жүйесін әзірлеуге немесе пайдалануға лицензия талап етпейді, сондай-ақ арнайы қатаң жауапкершілік режимін немесе бастапқы кодты не шешім логикасын ашу міндетін енгізбейді; мұндай пікірлер заңның жобасы немесе қате шолулардан шыққан. Бірақ пайдаланушылар өз құқықтарын қозғайтын нәтижелер бойынша түсіндірме алуға және шешімге негіз болған деректер туралы ақпарат сұратуға құқылы, сондықтан меншік иесі немесе иегер мұндай сұрауларға жауап беруге дайын болуы керек. Зиян Азаматтық кодекс бойынша өтеледі. Басқа салалық заңдар (мысалы, қаржы немесе медицина) өз лицензияларын талап етуі мүмкін, бірақ бұл ЖИ заңынан емес.",
      ru: "Закон об ИИ не требует лицензии на разработку или эксплуатацию системы ИИ и не вводит ни особой строгой ответственности, ни обязанности раскрывать исходный код или логику решений; такие утверждения пришли из проекта закона или неточных обзоров. Но пользователи вправе получать разъяснения о результатах, затрагивающих их права, и запрашивать сведения о данных, на которых основано решение, поэтому собственнику или владельцу нужно быть готовым отвечать на такие запросы. Вред возмещается по Гражданскому кодексу. Отраслевые законы (например, о финансах или медицине) могут требовать своих лицензий, но не закон об ИИ.",
      en: "The AI law requires no licence to build or run an AI system, and it brings in neither a special strict-liability regime nor a duty to disclose source code or decision logic; those claims come from the draft or from inaccurate summaries. Users do, however, have the right to an explanation of results that affect their rights and to information about the data a decision was based on, so the owner or possessor must be ready to answer such requests. Harm is compensated under the Civil Code. Sector laws (finance or health, say) may require their own licences, but that is not the AI law.",
    },
    citations: [cite("ai-law", "24", "1"), cite("ai-law", "15"), cite("ai-law", "16", "1", "4"), cite("ai-law", "16", "1", "5")],
    confidence: "primary",
    keywords: {
      kk: ["лицензия", "рұқсат", "сертификат", "лицензиялау", "керек пе"],
      ru: ["лицензия", "лицензирование", "сертификат", "разрешение", "нужна ли лицензия"],
      en: ["licence", "license", "licensing", "certificate", "permit", "do i need a license"],
    },
  },
  {
    id: "not_in_law.biometric_surveillance",
    topic: "not_in_law",
    title: { kk: "Бетті нақты уақытта тануға жалпы тыйым жоқ", ru: "Общего запрета на распознавание лиц в реальном времени нет", en: "No general ban on real-time face recognition" },
    text: {
      kk: "Жобада қоғамдық орындарда нақты уақытта бетті тануға тыйым салу ұсынылған, бірақ қабылданған заңда ол жоқ. Тыйымдар тар: биометрия бойынша адамдарды кемсіту үшін сыныптау және дербес деректер туралы заңды бұзу. Биометрия дербес деректер болып табылады, сондықтан келісім, Қазақстанда сақтау және өзге талаптар толық қолданылады.",
      ru: "В проекте предлагали запретить распознавание лиц в реальном времени в общественных местах, но в принятом законе этого нет. Запреты уже: классификация людей по биометрии для дискриминации и нарушение закона о персональных данных. Биометрия – это персональные данные, поэтому согласие, хранение в Казахстане и другие требования действуют в полной мере.",
      en: "The draft proposed banning real-time face recognition in public places, but the adopted law does not contain it. The bans are narrower: biometric categorisation of people for discrimination, and breaching the personal-data law. Biometrics are personal data, so consent, storage in Kazakhstan and the other rules apply in full.",
    },
    citations: [cite("ai-law", "17", "3", "5"), cite("ai-law", "17", "3", "4")],
    confidence: "primary",
    keywords: {
      kk: ["бет тану", "бейнебақылау", "камера", "көше", "нақты уақыт", "қоғамдық орын", "Face ID"],
      ru: ["распознавание лиц", "видеонаблюдение", "камеры", "улица", "в реальном времени", "общественные места", "Face ID"],
      en: ["facial recognition", "face recognition", "cctv", "surveillance", "real-time", "public places", "face id"],
    },
  },
  {
    id: "not_in_law.user_fines",
    topic: "not_in_law",
    title: { kk: "641-1-бап бойынша пайдаланушылар айыппұл төлемейді", ru: "Пользователей по ст. 641-1 не штрафуют", en: "Users are not fined under art. 641-1" },
    text: {
      kk: "Кейбір жаңалықтар жасанды интеллектінің (ЖИ) қарапайым пайдаланушылары да айыппұл төлейді деп жазады. 641-1-баптың мәтіні тек ЖИ жүйелерінің меншік иелері мен иегерлерін атайды; \"жеке тұлғалар\" – жүйенің меншік иесі немесе иегері жеке адам болған кездегі айыппұл санаты. Пайдаланушылардың өз міндеттері бар: жүйені берілген қол жеткізу құқықтары шегінде пайдалану және қауіпсіздік ережелерін сақтау.",
      ru: "В некоторых новостях пишут, что штрафовать будут и обычных пользователей ИИ. Текст ст. 641-1 называет только собственников и владельцев систем ИИ; «физические лица» – это категория штрафа, когда собственник или владелец системы – физическое лицо. У пользователей свои обязанности: пользоваться системой в рамках предоставленного доступа и соблюдать правила безопасности.",
      en: "Some news says ordinary AI users can be fined too. The text of art. 641-1 names only owners and possessors of AI systems; \"individuals\" is the fine category for when the owner or possessor of the system is a private person. Users have their own duties: use the system within the access granted and follow the safety rules.",
    },
    citations: [cite("koap", "641-1", "1"), cite("ai-law", "16", "2")],
    confidence: "primary",
    keywords: {
      kk: ["пайдаланушы айыппұл", "ChatGPT пайдалансам", "қызметкерлер", "кім айыппұл төлейді"],
      ru: ["штрафуют пользователей", "если я пользуюсь ChatGPT", "сотрудники", "кого штрафуют"],
      en: ["users fined", "if i use chatgpt", "employees", "who gets fined", "end users liable"],
    },
  },
];
