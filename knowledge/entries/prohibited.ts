import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 17(3)(1)–(7) and the duty to act on them (Art. 18(2)). Ids `prohibited.<ProhibitedCapability>`. */
export const PROHIBITED_ENTRIES: KnowledgeEntry[] = [
  {
    id: "prohibited.overview",
    topic: "prohibited",
    title: { kk: "Тыйым салынған функционалдық мүмкіндіктер", ru: "Запрещённые функциональные возможности", en: "Prohibited capabilities" },
    text: {
      kk: "Қазақстан аумағында жеті функционалдық мүмкіндіктің кез келгеніне ие жасанды интеллект (ЖИ) жүйесін құруға және пайдалануға тыйым салынады: манипуляция; адамның осалдылығын пайдалану; адамдарды әлеуметтік мінез-құлқы негізінде бағалау және сыныптау (әлеуметтік скоринг); дербес деректерді заңсыз жинау және өңдеу; кемсіту үшін биометрия бойынша сыныптау; келісімсіз эмоцияларды айқындау; заңмен тыйым салынған нәтижелерді жасау мен тарату. Осындай қауіп-қатер анықталса, меншік иесі немесе иегер дереу шара қолдануға, қажет болса жүйені тоқтата тұруға немесе толық тоқтатуға тиіс. ӘҚБтК 641-1-бабы бұл тыйымдар үшін тікелей айыппұл белгілемейді; жауаптылық басқа заңдар бойынша туындайды.",
      ru: "На территории Казахстана запрещено создавать и эксплуатировать систему ИИ, обладающую хотя бы одной из семи возможностей: манипуляция; использование уязвимости человека; оценка и классификация людей по их социальному поведению (социальный скоринг); незаконный сбор и обработка персональных данных; классификация по биометрии для дискриминации; распознавание эмоций без согласия; создание и распространение запрещённых законом результатов. Если выявлен такой риск, собственник или владелец обязан немедленно принять меры, вплоть до приостановки или полного прекращения работы системы. Статья 641-1 КоАП сама по себе за эти запреты не штрафует; ответственность наступает по другим законам.",
      en: "Building or operating, in Kazakhstan, an AI system that has any one of seven capabilities is prohibited: manipulation; exploiting a person's vulnerability; evaluating and classifying people by their social behaviour (social scoring); collecting or processing personal data unlawfully; biometric categorisation for discrimination; recognising emotions without consent; creating or spreading outputs the law prohibits. Once such a risk is found, the owner or possessor must act at once, up to suspending or fully stopping the system. Art. 641-1 of the Code of Administrative Offences (CAO) does not fine these prohibitions directly; liability comes from other laws.",
    },
    citations: [cite("ai-law", "17", "3"), cite("ai-law", "18", "2"), cite("ai-law", "30")],
    confidence: "primary",
    keywords: {
      kk: ["тыйым", "тыйым салынған", "болмайды", "рұқсат етілмейді", "заңсыз", "не істеуге болмайды"],
      ru: ["запрет", "запрещено", "нельзя", "недопустимо", "запрещённые практики", "что нельзя делать"],
      en: ["banned", "prohibited", "forbidden", "not allowed", "red lines", "prohibited practices", "what is illegal"],
    },
  },
  {
    id: "prohibited.manipulation",
    topic: "prohibited",
    title: { kk: "Манипуляция және түпсаналық әдістер", ru: "Манипуляция и подсознательные методы", en: "Manipulation and subliminal techniques" },
    text: {
      kk: "Адамның мінез-құлқын бұрмалайтын және оның саналы шешім қабылдау қабілетін шектейтін немесе оны зиян келтіруі не зиян қатерін төндіруі мүмкін шешім қабылдауға мәжбүрлейтін түпсаналық, манипуляциялық немесе өзге де әдістерді қолданатын жасанды интеллект (ЖИ) жүйесіне тыйым салынған. ЕО-дан айырмашылығы, зиянның \"елеулі\" болуы талап етілмейді. Мысалы, адамның таңдауын бұрмалап, оны ойланбай сатып алуға немесе несие алуға мәжбүрлейтін жасырын қысым әдістері.",
      ru: "Запрещены системы ИИ, которые используют подсознательные, манипулятивные или иные методы, которые искажают поведение человека и ограничивают его способность принимать осознанные решения или вынуждают его к решениям, способным причинить вред или создать угрозу вреда. В отличие от ЕС, «значительности» вреда не требуется. Пример – скрытые приёмы давления, которые вынуждают человека импульсивно купить или взять кредит.",
      en: "AI systems that use subliminal, manipulative or other techniques that distort a person's behaviour and limit their ability to make informed decisions or force them into decisions that may cause harm or a threat of harm are prohibited. Unlike the EU rule, the harm need not be \"significant\". An example is hidden pressure tactics that distort someone's choice and force them into an impulsive purchase or loan.",
    },
    citations: [cite("ai-law", "17", "3", "1")],
    confidence: "primary",
    keywords: {
      kk: ["манипуляция", "түпсаналық", "қысым", "алдау", "дарк паттерн", "итермелеу", "мінез-құлық"],
      ru: ["манипуляция", "подсознательный", "давление", "обман", "дарк паттерны", "навязывание", "поведение", "нудж"],
      en: ["manipulation", "manipulative", "subliminal", "dark patterns", "nudging", "deceptive", "pressure", "behaviour"],
    },
  },
  {
    id: "prohibited.vulnerability_exploitation",
    topic: "prohibited",
    title: { kk: "Адамның осалдылығын пайдалану", ru: "Использование уязвимости человека", en: "Exploiting vulnerability" },
    text: {
      kk: "Жасына, мүгедектігіне, әлеуметтік жағдайына немесе кез келген өзге мән-жайға байланысты адамның моральдық не физикалық осалдылығын оған зиян келтіру немесе зиян қатерін төндіру мақсатында пайдаланатын жасанды интеллект (ЖИ) жүйесіне тыйым салынған. Мысалы, балаларға немесе қарызға батқан адамдарға арнайы бағытталған, оларға зиян келтіретін ұсыныстар.",
      ru: "Запрещены системы ИИ, которые используют моральную или физическую уязвимость человека из-за возраста, инвалидности, социального положения или любых иных обстоятельств, чтобы причинить ему вред или создать угрозу вреда. Пример – вредные предложения, нацеленные именно на детей или закредитованных людей.",
      en: "AI systems that exploit a person's moral or physical vulnerability, due to age, disability, social situation or any other circumstance, in order to harm them or threaten harm are prohibited. An example is harmful offers aimed specifically at children or people deep in debt.",
    },
    citations: [cite("ai-law", "17", "3", "2")],
    confidence: "primary",
    keywords: {
      kk: ["осалдылық", "балалар", "қарттар", "қарт адамдар", "мүгедектік", "әлсіз топтар", "жасөспірім", "құмар ойындар", "микронесие"],
      ru: ["уязвимость", "уязвимые группы", "дети", "пожилые", "инвалидность", "подростки", "азартные игры", "микрозаймы"],
      en: ["vulnerability", "vulnerable", "children", "kids", "minors", "teenagers", "elderly", "disability", "targeting", "gambling"],
    },
  },
  {
    id: "prohibited.social_scoring",
    topic: "prohibited",
    title: { kk: "Әлеуметтік скоринг", ru: "Социальный скоринг", en: "Social scoring" },
    text: {
      kk: "Адамдарды немесе адамдар тобын белгілі бір уақыт бойы олардың әлеуметтік мінез-құлқы немесе мәлім болған, көзделетін не болжанатын жеке қасиеттері негізінде бағалайтын және сыныптайтын жасанды интеллект (ЖИ) жүйесіне тыйым салынған, егер мұндайды заң тікелей көздемесе. «Әлеуметтік скоринг» – біздің қысқаша атауымыз: заң бұл терминді қолданбайды, ол адамдарды әлеуметтік мінез-құлқы немесе жеке қасиеттері негізінде бағалау және сыныптау туралы айтады. ЕО-дан айырмашылығы, адамға зиянды қарым-қатынас шарты қажет емес: мұндай бағалаудың өзі жеткілікті. Мысалы, қызметкерлерді әлеуметтік желідегі белсенділігіне қарай рейтингтейтін жүйе.",
      ru: "Запрещены системы ИИ, которые оценивают и классифицируют людей или группы людей в течение определённого времени на основе их социального поведения или известных, предполагаемых либо прогнозируемых личных качеств, если такое не предусмотрено законом. «Социальный скоринг» – наше краткое название: в законе такого термина нет, он говорит об оценке и классификации людей на основе их социального поведения или личных качеств. В отличие от ЕС, не нужно, чтобы оценка приводила к неблагоприятному обращению: запрещена сама такая оценка. Пример – рейтинг сотрудников по их активности в соцсетях.",
      en: "AI systems that evaluate and classify people or groups over a period of time based on their social behaviour or known, inferred or predicted personal traits are prohibited unless a law provides for it. \"Social scoring\" is our shorthand: the law does not use the term; it speaks of evaluating and classifying people based on their social behaviour or personal traits. Unlike the EU rule, no detrimental treatment is needed: the scoring itself is banned. An example is rating employees by their social-media activity.",
    },
    citations: [cite("ai-law", "17", "3", "3")],
    confidence: "primary",
    keywords: {
      kk: ["скоринг", "рейтинг", "әлеуметтік рейтинг", "бағалау", "мінез-құлық", "балл", "профильдеу"],
      ru: ["социальный рейтинг", "скоринг", "рейтинг граждан", "оценка поведения", "баллы", "профилирование"],
      en: ["social scoring", "social credit", "rating people", "behaviour score", "profiling", "score citizens"],
    },
  },
  {
    id: "prohibited.unlawful_personal_data",
    topic: "prohibited",
    title: { kk: "Дербес деректерді заңсыз жинау және өңдеу", ru: "Незаконный сбор и обработка персональных данных", en: "Unlawful collection of personal data" },
    text: {
      kk: "Дербес деректер туралы заңды бұза отырып дербес деректерді жинайтын немесе өңдейтін жасанды интеллект (ЖИ) жүйесіне тыйым салынған. Сондықтан келісімсіз немесе өзге заңды негізсіз жинау, деректерді Қазақстаннан тыс базада сақтау немесе шетелге заңсыз беру ЖИ заңы бойынша да тыйым салынған мүмкіндікке айналуы мүмкін.",
      ru: "Запрещены системы ИИ, которые собирают или обрабатывают персональные данные с нарушением закона о персональных данных. Поэтому сбор без согласия или иного законного основания, хранение вне базы в Казахстане или незаконная передача за рубеж могут стать запрещённой возможностью и по закону об ИИ.",
      en: "AI systems that collect or process personal data in breach of the personal-data law are prohibited. So collecting without consent or another lawful basis, storing data outside a database in Kazakhstan, or transferring it abroad unlawfully can also make it a prohibited capability under the AI law.",
    },
    citations: [cite("ai-law", "17", "3", "4"), cite("pd-law", "12", "2"), cite("pd-law", "16")],
    confidence: "primary",
    keywords: {
      kk: ["дербес деректер", "келісімсіз", "заңсыз", "жеке мәліметтер", "парсинг", "скрейпинг"],
      ru: ["персональные данные", "без согласия", "незаконно", "парсинг", "скрейпинг", "сбор данных"],
      en: ["personal data", "without consent", "unlawful", "scraping", "data collection", "gdpr", "privacy"],
    },
  },
  {
    id: "prohibited.biometric_discrimination",
    topic: "prohibited",
    title: { kk: "Кемсіту үшін биометрия бойынша сыныптау", ru: "Классификация по биометрии для дискриминации", en: "Biometric categorisation for discrimination" },
    text: {
      kk: "Адамдарды биометриялық деректері (беті, дауысы, саусақ іздері) негізінде сыныптап, олардың нәсілі, саяси көзқарастары, діни тиесілілігі немесе кез келген өзге белгісі туралы қорытынды жасап, оны кемсіту үшін пайдаланатын жасанды интеллект (ЖИ) жүйесіне тыйым салынған. Биометрияның өзіне, мысалы, бет арқылы кіруге тыйым салынбайды; тыйым кемсіту мақсатындағы сыныптауға қатысты.",
      ru: "Запрещены системы ИИ, которые классифицируют людей по биометрическим данным (лицо, голос, отпечатки), чтобы делать выводы об их расе, политических взглядах, религии или любом ином признаке и использовать это для дискриминации. Сама биометрия, например вход по лицу, не запрещена; запрет касается классификации с целью дискриминации.",
      en: "AI systems that classify people from their biometric data (face, voice, fingerprints) to infer their race, political views, religion or any other trait, for use in discrimination, are prohibited. Biometrics as such, such as face login, is not banned; the ban targets categorisation for discrimination.",
    },
    citations: [cite("ai-law", "17", "3", "5"), cite("ai-law", "6")],
    confidence: "primary",
    keywords: {
      kk: ["биометрия", "бет тану", "дауыс", "нәсіл", "дін", "кемсіту", "сыныптау"],
      ru: ["биометрия", "распознавание лиц", "голос", "раса", "религия", "дискриминация", "классификация"],
      en: ["biometric", "face recognition", "facial", "race", "religion", "discrimination", "categorisation"],
    },
  },
  {
    id: "prohibited.emotion_recognition_without_consent",
    topic: "prohibited",
    title: { kk: "Келісімсіз эмоцияларды айқындау", ru: "Распознавание эмоций без согласия", en: "Emotion recognition without consent" },
    text: {
      kk: "Адамның келісімінсіз оның эмоцияларын айқындайтын жасанды интеллект (ЖИ) жүйесіне тыйым салынған, егер мұндайды заң тікелей көздемесе. ЕО-дан айырмашылығы, тыйым тек жұмыс орны мен оқумен шектелмейді: кез келген жағдайда келісім керек. Мысалы, қызметкерлердің ашуын камера арқылы бақылап, басшыға хабарлайтын жүйе олардың келісімінсіз тыйым салынған.",
      ru: "Запрещены системы ИИ, которые определяют эмоции человека без его согласия, если иное не предусмотрено законом. В отличие от ЕС, запрет не ограничен работой и учёбой: согласие нужно в любой ситуации. Например, система, которая по камерам отслеживает раздражение сотрудников и сообщает руководителю, без их согласия запрещена.",
      en: "AI systems that determine a person's emotions without that person's consent are prohibited, unless a law provides for it. Unlike the EU rule, the ban is not limited to work and education: consent is needed in any setting. For example, a camera system that tracks staff anger and reports it to a manager is prohibited without their consent.",
    },
    citations: [cite("ai-law", "17", "3", "6")],
    confidence: "primary",
    keywords: {
      kk: ["эмоция", "көңіл-күй", "ашу", "камера", "келісім", "сезім", "эмоцияны тану", "қызметкерлер", "жұмыс орны"],
      ru: ["эмоции", "настроение", "распознавание эмоций", "камера", "согласие", "злится", "сентимент", "сотрудники", "на работе"],
      en: ["emotion", "emotions", "mood", "emotion recognition", "camera", "consent", "sentiment", "angry", "employees", "staff", "workplace"],
    },
  },
  {
    id: "prohibited.prohibited_outputs",
    topic: "prohibited",
    title: { kk: "Заңмен тыйым салынған нәтижелер", ru: "Запрещённые законом результаты", en: "Outputs the law prohibits" },
    text: {
      kk: "Қазақстан заңдары тыйым салған нәтижелерді жасайтын және тарататын жасанды интеллект (ЖИ) жүйесіне тыйым салынған: мысалы, экстремистік материалдар, балаларға қатысты заңсыз контент немесе өзге заңсыз ақпарат. Сонымен қатар ЖИ нәтижелерінің заңға сәйкестігін қамтамасыз ету міндеті меншік иесі мен иегерге жүктеледі. Ескерту: бұл тармақшада заңның ресми мәтіндері сәйкес келмейді. Орысша мәтін заңдарда тыйым салынған ЖИ нәтижелерін жасау мен таратуды атайды, ал қазақша мәтін заңдарда тыйым салынған ЖИ жүйелерін құруды және олардың нәтижелерін таратуды атайды. Біз орысша оқылымын ұстанамыз; бұл айырмашылық сіздің жағдайыңызға әсер етсе, заңгермен ақылдасыңыз.",
      ru: "Запрещены системы ИИ, которые создают и распространяют результаты, запрещённые законами Казахстана: например, экстремистские материалы, незаконный контент с участием детей или иную незаконную информацию. Кроме того, обязанность обеспечивать законность результатов ИИ лежит на собственнике и владельце. Обратите внимание: официальные тексты закона в этом подпункте расходятся. Русский текст говорит о создании и распространении запрещённых законами результатов работы ИИ, а казахский – о создании запрещённых законами систем ИИ и распространении их результатов. Мы следуем русской редакции; если разница важна для вашего случая, уточните у юриста.",
      en: "AI systems that create and spread outputs prohibited by Kazakh laws are prohibited: for example extremist material, unlawful content involving children, or other illegal information. On top of that, the owner and possessor carry the duty to keep AI outputs lawful. Note that the two official texts differ on this item: the Russian speaks of creating and spreading AI results that laws prohibit, the Kazakh of creating AI systems that laws prohibit and spreading their results. We follow the Russian wording; if the difference matters in your case, ask a lawyer.",
    },
    citations: [cite("ai-law", "17", "3", "7"), cite("ai-law", "21", "5")],
    confidence: "primary",
    keywords: {
      kk: ["заңсыз контент", "экстремизм", "экстремистік", "насихат", "модерация", "фильтр", "тыйым салынған ақпарат"],
      ru: ["незаконный контент", "экстремизм", "экстремистский", "пропаганда", "модерация", "фильтрация", "запрещённая информация", "токсичный"],
      en: ["illegal content", "extremism", "extremist", "propaganda", "moderation", "content filter", "unlawful output", "harmful content"],
    },
  },
];
