import type { Lang, Trilingual } from "../types.js";
import { isGroup, unsettledFields, type GroupQuestionId, type InterviewQuestion, type QuestionId } from "./questions.js";
import type { ProfileField, SystemProfile } from "./schema.js";

/** A question in a founder's words; options not listed here use the plain yes / no / don't-know labels. */
type QuestionText = { prompt: Trilingual; options?: Readonly<Record<string, Trilingual>> };

const DONT_KNOW: Trilingual = { kk: "Білмеймін", ru: "Не знаю", en: "I don't know" };
const YES_NO_LABELS: Readonly<Record<string, Trilingual>> = {
  yes: { kk: "Иә", ru: "Да", en: "Yes" },
  no: { kk: "Жоқ", ru: "Нет", en: "No" },
  unknown: DONT_KNOW,
};

const TEXTS: Readonly<Record<QuestionId, QuestionText>> = {
  "personal-data": {
    prompt: {
      kk: "Жүйе дербес деректерді өңдей ме: аты-жөні, телефон нөмірі, ЖСН, фотосурет, дауыс немесе адамды анықтауға болатын өзге де мәліметтер?",
      ru: "Обрабатывает ли система персональные данные: имена, телефоны, ИИН, фото, голос или другие сведения, по которым можно узнать человека?",
      en: "Does the system handle personal data: names, phone numbers, IIN, photos, voices, or anything else that identifies a person?",
    },
  },
  "personal-data-lawful": {
    prompt: {
      kk: "Әр адамның дербес деректерін жинауға және пайдалануға оның келісімі немесе заңда көзделген өзге негіз бар ма?",
      ru: "Есть ли у вас согласие каждого человека или другое предусмотренное законом основание, чтобы собирать и использовать его персональные данные?",
      en: "Do you have each person's consent, or another ground the law allows, for collecting and using their personal data?",
    },
    options: {
      yes: { kk: "Иә, барлық деректерге", ru: "Да, для всех данных", en: "Yes, for all of it" },
      no: { kk: "Жоқ, барлығына емес", ru: "Нет, не для всех", en: "No, not for all of it" },
    },
  },
  "automated-decisions": {
    prompt: {
      kk: "Жүйеде адамдардың деректерін автоматтандырылған өңдеу олардың құқықтарын беретін, өзгертетін немесе тоқтататын мәселелерді (мысалы, несиені мақұлдау, қызметтен бас тарту, аккаунтты бұғаттау) өзі шеше ме немесе іс жүзінде алдын ала шешіп қоя ма? Адам жүйе ұсынғанды тек бекітетін жағдайларды да есептеңіз.",
      ru: "Решает ли автоматизированная обработка данных людей в системе, сама или фактически предрешая решение, вопросы, которые дают, меняют или прекращают их права (например, одобрение кредита, отказ в услуге, блокировка аккаунта)? Считайте и случаи, когда человек лишь утверждает то, что предложила система.",
      en: "Does automated processing of people's data in the system decide, or settle in practice, matters that give, change or take away their rights (for example approving a loan, refusing a service, blocking an account)? Count it too where a person only signs off what the system proposed.",
    },
  },
  "automated-consent": {
    prompt: {
      kk: "Мұндай автоматты шешімдерге адамдар келісім бере ме, әлде олар заңда көзделген бе?",
      ru: "Дают ли люди согласие на такие автоматические решения, или их предусматривает закон?",
      en: "Do the people concerned consent to those automatic decisions, or does a law provide for them?",
    },
    options: {
      yes: { kk: "Иә, келісім немесе заң бар", ru: "Да, есть согласие или закон", en: "Yes, consent or a law" },
      no: { kk: "Жоқ, екеуі де жоқ", ru: "Нет, ни того, ни другого", en: "No, neither" },
    },
  },
  biometrics: {
    prompt: {
      kk: "Жүйе биометриялық деректерді өңдей ме: адамдарды тануға болатын бет-әлпет, саусақ іздері, дауыс немесе дененің өзге белгілері?",
      ru: "Обрабатывает ли система биометрические данные: лица, отпечатки пальцев, голос или другие признаки тела, по которым узнают людей?",
      en: "Does the system process biometric data: faces, fingerprints, voices or other body features that identify people?",
    },
  },
  "biometric-categories": {
    prompt: {
      kk: "Жүйе адамдардың биометриялық деректері бойынша олардың нәсілі, саяси көзқарастары, діни тиесілілігі немесе осыған ұқсас белгілері туралы тұжырым жасап, оларды кемсіту үшін пайдалану мақсатында сыныптай ма?",
      ru: "Делит ли система людей по биометрическим данным, делая выводы об их расе, политических взглядах, религии или похожих признаках, чтобы использовать это для их дискриминации?",
      en: "Does the system sort people by biometric data, inferring their race, political views, religion or similar traits, in order to use that to discriminate against them?",
    },
  },
  "emotion-recognition": {
    prompt: {
      kk: "Жүйе адамдардың не сезінетінін (ашу, күйзеліс, қуаныш) олардың бет-әлпеті, дауысы, мәтіні немесе мінез-құлқы бойынша айқындай ма?",
      ru: "Определяет ли система, что чувствуют люди (злость, стресс, радость), по их лицу, голосу, тексту или поведению?",
      en: "Does the system work out what people feel (anger, stress, joy) from their face, voice, text or behaviour?",
    },
  },
  "emotion-consent": {
    prompt: {
      kk: "Эмоциялары айқындалатын адамдар бұған келісе ме?",
      ru: "Согласны ли на это люди, эмоции которых определяет система?",
      en: "Do the people whose emotions the system reads agree to it?",
    },
    options: {
      consent: { kk: "Иә, әрқайсысы келісім береді", ru: "Да, каждый даёт согласие", en: "Yes, each one consents" },
      legal_basis: { kk: "Бұл заңда көзделген", ru: "Это предусмотрено законом", en: "A law provides for it" },
      no: { kk: "Жоқ", ru: "Нет", en: "No" },
    },
  },
  "social-scoring": {
    prompt: {
      kk: "Жүйе белгілі бір уақыт ішінде адамдарды мінез-құлқы немесе жеке қасиеттері бойынша бағалай ма не саралай ма (әлеуметтік рейтингтің бір түрі)?",
      ru: "Оценивает или ранжирует ли система людей на протяжении времени по их поведению или личным качествам (своего рода социальный рейтинг)?",
      en: "Does the system rate or rank people over time by their behaviour or personal traits (a kind of social score)?",
    },
  },
  "scoring-legal-basis": {
    prompt: {
      kk: "Мұндай бағалау Қазақстан заңында көзделген бе?",
      ru: "Предусмотрена ли такая оценка законом Казахстана?",
      en: "Does a law of Kazakhstan provide for that rating?",
    },
  },
  manipulation: {
    prompt: {
      kk: "Жүйе адамдардың мінез-құлқын бұрмалайтын жасырын, манипуляциялық немесе алдамшы тәсілдерді пайдаланып, олардың саналы шешім қабылдауына кедергі жасай ма немесе оларды зиян келтіруі мүмкін шешімдерге мәжбүрлей ме?",
      ru: "Использует ли система скрытые, манипулятивные или обманные приёмы, которые искажают поведение людей так, что они не могут принять осознанное решение или вынуждены принимать решения, способные им навредить?",
      en: "Does the system use hidden, manipulative or deceptive techniques that distort how people behave, so that they cannot make an informed decision or are forced into decisions that could harm them?",
    },
  },
  vulnerability: {
    prompt: {
      kk: "Жүйе адамдардың осалдылығына (жасы, мүгедектігі, ауыр әлеуметтік жағдайы) оларға зиян келтіруі мүмкін түрде бағытталған ба?",
      ru: "Нацелена ли система на уязвимость людей (возраст, инвалидность, тяжёлое социальное положение) так, что это может им навредить?",
      en: "Does the system target people's weak spots (age, disability, a hard social situation) in a way that could harm them?",
    },
  },
  "prohibited-outputs": {
    prompt: {
      kk: "Жүйе Қазақстан заңдарында тыйым салынған материалдарды, мысалы экстремистік материалдарды немесе заңсыз жарнаманы жасай ма не тарата ма?",
      ru: "Создаёт или распространяет ли система материалы, запрещённые законами Казахстана, например экстремистские материалы или незаконную рекламу?",
      en: "Does the system create or spread content that Kazakh law forbids, such as extremist material or illegal advertising?",
    },
  },
  "failure-impact": {
    prompt: {
      kk: "Жүйе істен шықса немесе тоқтаса, ең жаман жағдайда не болуы мүмкін?",
      ru: "Что самое худшее может случиться, если система даст сбой или остановится?",
      en: "If the system fails or stops, what is the worst that could happen?",
    },
    options: {
      minimal: { kk: "Ештеңе дерлік: пайдаланушылар байқамай да қалуы мүмкін", ru: "Почти ничего: пользователи едва заметят", en: "Little: users would barely notice" },
      harm: {
        kk: "Пайдаланушылардың жұмысы баяулайды не нәтижесі төмендейді, немесе оларға моральдық зиян не материалдық залал келеді (уақыт, ақша жоғалады)",
        ru: "Пользователи будут работать медленнее или хуже либо понесут моральный вред или материальный ущерб (потеря времени, денег)",
        en: "Users' work would become slower or less effective, or they would suffer moral harm or material damage (lost time or money)",
      },
      severe: {
        kk: "Төтенше жағдай, немесе пайдаланушылар, адамдардың тыныс-тіршілігі (мысалы, несиеден, жұмыстан, өмірлік маңызды қызметтен негізсіз бас тарту), қорғаныс, қауіпсіздік, халықаралық қатынастар, экономика, жекелеген салалар не инфрақұрылым үшін елеулі жағымсыз салдар",
        ru: "Чрезвычайная ситуация либо значительные негативные последствия для пользователей, жизнедеятельности людей (например, необоснованный отказ в кредите, работе, жизненно важной услуге), обороны, безопасности, международных отношений, экономики, отдельных отраслей или инфраструктуры",
        en: "An emergency, or significant negative consequences for users or for people's lives (for example being wrongly refused credit, a job or a vital service), or for defence, security, international relations, the economy, a sector or infrastructure",
      },
      unknown: DONT_KNOW,
    },
  },
  "critical-infrastructure": {
    prompt: {
      kk: "Жүйе ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылған ба?",
      ru: "Отнесена ли система к критически важным объектам информационно-коммуникационной инфраструктуры?",
      en: "Is the system classed as a critically important object of information and communication infrastructure?",
    },
  },
  "state-resources": {
    prompt: {
      kk: "Жүйе мемлекеттік электрондық ақпараттық ресурстарды (мемлекеттік дерекқорлар мен тізілімдерді) қалыптастыруға арналған ба?",
      ru: "Предназначена ли система для формирования государственных электронных информационных ресурсов (государственных баз данных и реестров)?",
      en: "Is the system meant to build state electronic information resources (state databases and registers)?",
    },
  },
  domain: {
    prompt: {
      kk: "Жүйе негізінен қай салада қолданылады?",
      ru: "В какой сфере в основном используется система?",
      en: "In which field is the system mainly used?",
    },
    options: {
      finance: { kk: "Қаржы және несие", ru: "Финансы и кредитование", en: "Finance and credit" },
      health: { kk: "Денсаулық сақтау", ru: "Здравоохранение", en: "Health care" },
      employment: { kk: "Жұмысқа алу және персоналмен жұмыс", ru: "Найм и работа с персоналом", en: "Hiring and staff" },
      education: { kk: "Білім беру", ru: "Образование", en: "Education" },
      public_services: { kk: "Мемлекеттік қызметтер", ru: "Государственные услуги", en: "Public services" },
      law_enforcement: { kk: "Құқық қорғау қызметі", ru: "Правоохранительная деятельность", en: "Law enforcement" },
      justice: { kk: "Сот және сот төрелігі", ru: "Суды и правосудие", en: "Courts and justice" },
      migration: { kk: "Көші-қон және шекара", ru: "Миграция и границы", en: "Migration and borders" },
      critical_infrastructure: {
        kk: "Энергетика, су, байланыс және өзге инфрақұрылым",
        ru: "Энергетика, вода, связь и другая инфраструктура",
        en: "Energy, water, telecoms and other infrastructure",
      },
      transport: { kk: "Көлік", ru: "Транспорт", en: "Transport" },
      marketing: { kk: "Маркетинг және жарнама", ru: "Маркетинг и реклама", en: "Marketing and advertising" },
      customer_service: { kk: "Клиенттерге қызмет көрсету", ru: "Обслуживание клиентов", en: "Customer service" },
      media: { kk: "Медиа және контент", ru: "Медиа и контент", en: "Media and content" },
      retail: { kk: "Сауда және электрондық коммерция", ru: "Торговля и электронная коммерция", en: "Retail and e-commerce" },
      other: { kk: "Басқа сала", ru: "Другая сфера", en: "Something else" },
      unknown: DONT_KNOW,
    },
  },
  autonomy: {
    prompt: {
      kk: "Жүйенің шешімдерінде соңғы сөз кімде?",
      ru: "За кем последнее слово в решениях системы?",
      en: "Who has the final word on what the system decides?",
    },
    options: {
      low: { kk: "Адамда: жүйе тек ұсынады", ru: "За человеком: система только предлагает", en: "A person: the system only suggests" },
      medium: {
        kk: "Жүйеде, бірақ адам шешімді түзете немесе күшін жоя алады",
        ru: "За системой, но человек может поправить или отменить решение",
        en: "The system, but a person can correct or cancel its decision",
      },
      high: {
        kk: "Тек жүйеде: шешімді ешкім түзете немесе күшін жоя алмайды",
        ru: "Только за системой: поправить или отменить решение никто не может",
        en: "The system alone: no one can correct or cancel its decision",
      },
      unknown: DONT_KNOW,
    },
  },
  "user-facing": {
    prompt: {
      kk: "Адамдар жүйені пайдалана ма немесе оның нәтижелерін ала ма (клиенттер, қызметкерлер, азаматтар)?",
      ru: "Пользуются ли люди системой или получают её результаты (клиенты, сотрудники, граждане)?",
      en: "Do people use the system or receive its results (customers, staff, the public)?",
    },
  },
  "synthetic-content": {
    prompt: {
      kk: "Жүйе нақты адамға еліктейтін немесе болмаған оқиғаларды көрсететін сурет, бейне, аудио немесе мәтін жасай ма?",
      ru: "Создаёт ли система изображения, видео, аудио или тексты, которые имитируют реального человека или показывают события, которых не было?",
      en: "Does the system create images, video, audio or text that imitate a real person or show events that never happened?",
    },
  },
  "data-storage": {
    prompt: { kk: "Дербес деректер қайда сақталады?", ru: "Где хранятся персональные данные?", en: "Where are the personal data stored?" },
    options: {
      kazakhstan: { kk: "Тек Қазақстанда", ru: "Только в Казахстане", en: "In Kazakhstan only" },
      abroad: { kk: "Тек шетелде (мысалы, шетелдік бұлтта)", ru: "Только за рубежом (например, в зарубежном облаке)", en: "Abroad only (for example a foreign cloud)" },
      both: { kk: "Қазақстанда да, шетелде де", ru: "И в Казахстане, и за рубежом", en: "In Kazakhstan and abroad" },
      none: { kk: "Сақталмайды", ru: "Не хранятся", en: "They are not stored" },
      unknown: DONT_KNOW,
    },
  },
  "training-location": {
    prompt: {
      kk: "Модельдің оқып-үйренуі үшін дербес деректер қай жерде пайдаланылады?",
      ru: "Где персональные данные используются для обучения модели?",
      en: "Where are personal data used to train the model?",
    },
    options: {
      kazakhstan: { kk: "Қазақстанда", ru: "В Казахстане", en: "In Kazakhstan" },
      abroad: { kk: "Шетелде", ru: "За рубежом", en: "Abroad" },
      no_personal_data: {
        kk: "Оқып-үйрену үшін дербес деректер пайдаланылмайды",
        ru: "Для обучения персональные данные не используются",
        en: "Training uses no personal data",
      },
      unknown: DONT_KNOW,
    },
  },
  "restricted-data": {
    prompt: {
      kk: "Жүйе заңмен қол жеткізілуі шектелген деректерді, мысалы мемлекеттік құпияларды немесе қызметтік ақпаратты өңдей ме?",
      ru: "Обрабатывает ли система данные, доступ к которым ограничен законом, например государственные секреты или служебную информацию?",
      en: "Does the system process data whose access the law restricts, such as state secrets or official-use information?",
    },
  },
  "trains-on-works": {
    prompt: {
      kk: "Модельді оқып-үйрену үшін авторлық құқықпен қорғалатын туындыларды (басқалардың мәтіндерін, суреттерін, музыкасын, кодын) пайдаланасыз ба?",
      ru: "Обучаете ли вы модель на произведениях, охраняемых авторским правом (чужих текстах, изображениях, музыке, коде)?",
      en: "Do you train the model on works protected by copyright (other people's texts, images, music, code)?",
    },
  },
  "trusted-list": {
    prompt: {
      kk: "Жүйені қауіп-қатер дәрежесі жоғары жасанды интеллектінің сенімді жүйелерінің салалық тізбесіне енгізгіңіз келе ме? Бұл ерікті және аудитті қажет етеді.",
      ru: "Хотите ли вы включить систему в отраслевой перечень доверенных систем ИИ высокой степени риска? Это добровольно и требует аудита.",
      en: "Do you want the system on a sectoral list of trusted high-risk AI systems? It is voluntary and needs an audit.",
    },
  },
};

/** A screening: its lead question, then one line per listed field, in the founder's words. */
type ScreeningText = { lead: Trilingual; items: Partial<Readonly<Record<ProfileField, Trilingual>>> };

const SCREENING_OPTIONS: Readonly<Record<string, Trilingual>> = {
  no: { kk: "Бұлардың ешқайсысы", ru: "Ничего из этого", en: "None of these" },
  yes: { kk: "Иә, кемінде біреуі", ru: "Да, хотя бы что-то одно", en: "Yes, at least one" },
  // The same "I don't know" as every other question, so founders find it in the same words everywhere.
  unknown: DONT_KNOW,
};

const GROUP_TEXTS: Readonly<Record<GroupQuestionId, ScreeningText | QuestionText>> = {
  "prohibited-practices": {
    lead: {
      kk: "Жүйе төмендегілердің бірін жасай ма?",
      ru: "Делает ли система что-то из перечисленного?",
      en: "Does the system do any of these?",
    },
    items: {
      manipulation: {
        kk: "түпсаналық, манипуляциялық немесе алдамшы әдістермен адамдардың мінез-құлқын бұрмалап, олардың саналы шешім қабылдауына кедергі жасайды немесе оларды зиян келтіруі мүмкін шешімдерге мәжбүрлейді",
        ru: "подсознательными, манипулятивными или обманными приёмами искажает поведение людей, мешая им принимать осознанные решения или вынуждая к решениям, которые могут им навредить",
        en: "distorts people's behaviour with hidden, manipulative or deceptive techniques, so that they cannot decide with full awareness or are forced into decisions that could harm them",
      },
      exploitsVulnerability: {
        kk: "адамдардың жасына, мүгедектігіне немесе әлеуметтік жағдайына байланысты осалдылығын оларға зиян келтіретіндей пайдаланады",
        ru: "использует уязвимость людей (возраст, инвалидность, тяжёлое социальное положение) так, что это может им навредить",
        en: "targets people's weak spots (age, disability, a hard social situation) in a way that could harm them",
      },
      socialScoring: {
        kk: "адамдарды белгілі бір уақыт бойы әлеуметтік мінез-құлқы немесе жеке қасиеттері бойынша бағалайды не сыныптайды (әлеуметтік рейтинг)",
        ru: "оценивает или ранжирует людей на протяжении времени по их поведению или личным качествам (социальный рейтинг)",
        en: "rates or ranks people over time by their behaviour or personal traits (a social score)",
      },
      personalDataLawful: {
        kk: "дербес деректерді адамның келісімінсіз немесе заңда көзделген өзге негізсіз жинайды не өңдейді",
        ru: "собирает или использует персональные данные без согласия человека или другого основания, предусмотренного законом",
        en: "collects or uses personal data without the person's consent or another ground the law allows",
      },
      biometricCategorisation: {
        kk: "адамдарды кемсіту мақсатында биометриялық деректері бойынша нәсілі, саяси көзқарастары, діни тиесілілігі сияқты белгілеріне қарай сыныптайды",
        ru: "делит людей по биометрическим данным, делая выводы об их расе, политических взглядах, религии и подобном, чтобы использовать это для дискриминации",
        en: "sorts people by biometric data to infer their race, political views, religion or the like, in order to discriminate against them",
      },
      emotionRecognition: {
        kk: "адамдардың эмоцияларын (ашу, күйзеліс, қуаныш) бет-әлпеті, дауысы, мәтіні не мінез-құлқы бойынша айқындайды",
        ru: "определяет эмоции людей (злость, стресс, радость) по лицу, голосу, тексту или поведению",
        en: "works out what people feel (anger, stress, joy) from their face, voice, text or behaviour",
      },
      prohibitedOutputs: {
        kk: "Қазақстан заңдарында тыйым салынған материалдарды жасайды не таратады (мысалы, экстремистік материалдар, заңсыз жарнама)",
        ru: "создаёт или распространяет материалы, запрещённые законами Казахстана (например, экстремистские материалы, незаконную рекламу)",
        en: "creates or spreads content that Kazakh law forbids (such as extremist material or illegal advertising)",
      },
    },
  },
  "special-cases": {
    lead: {
      kk: "Төмендегілердің бірі жүйеге қатысты ма?",
      ru: "Относится ли к системе что-то из перечисленного?",
      en: "Does any of these apply to the system?",
    },
    items: {
      automatedDecisions: {
        kk: "адамдардың деректерін автоматтандырылған өңдеу олардың құқықтарын беретін, өзгертетін немесе тоқтататын мәселелерді өзі шешеді не іс жүзінде алдын ала шешіп қояды (несиені мақұлдау, қызметтен бас тарту, аккаунтты бұғаттау), адам тек бекітсе де",
        ru: "автоматизированная обработка данных людей сама решает или фактически предрешает вопросы, которые дают, меняют или прекращают их права (одобрение кредита, отказ в услуге, блокировка аккаунта), даже если человек лишь утверждает результат",
        en: "automated processing of people's data decides, or settles in practice, matters that give, change or take away their rights (approving a loan, refusing a service, blocking an account), even if a person only signs off",
      },
      syntheticContent: {
        kk: "нақты адамның келбетіне, дауысына не мінез-құлқына еліктейтін немесе болмаған оқиғаларды көрсететін синтетикалық нәтижелер (сурет, бейне, аудио, мәтін) жасайды",
        ru: "создаёт изображения, видео, аудио или тексты, которые имитируют реального человека или показывают события, которых не было",
        en: "it creates images, video, audio or text that imitate a real person or show events that never happened",
      },
      trainsOnWorks: {
        kk: "модельді оқып-үйрену үшін авторлық құқықпен қорғалатын туындыларды (басқалардың мәтіндерін, суреттерін, музыкасын, кодын) пайдаланасыз",
        ru: "вы обучаете модель на произведениях, охраняемых авторским правом (чужих текстах, изображениях, музыке, коде)",
        en: "you train the model on works protected by copyright (other people's texts, images, music, code)",
      },
      restrictedData: {
        kk: "заңмен қол жеткізілуі шектелген деректерді (мемлекеттік құпиялар, қызметтік ақпарат) өңдейді",
        ru: "обрабатывает данные, доступ к которым ограничен законом (государственные секреты, служебная информация)",
        en: "it processes data whose access the law restricts (state secrets, official-use information)",
      },
      criticalInfrastructure: {
        kk: "ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылған",
        ru: "отнесена к критически важным объектам информационно-коммуникационной инфраструктуры",
        en: "it is classed as a critically important object of information and communication infrastructure",
      },
      stateResources: {
        kk: "мемлекеттік электрондық ақпараттық ресурстарды (мемлекеттік дерекқорлар мен тізілімдерді) қалыптастыруға арналған",
        ru: "предназначена для формирования государственных электронных информационных ресурсов (государственных баз данных и реестров)",
        en: "it is meant to build state electronic information resources (state databases and registers)",
      },
    },
  },
  automated: {
    prompt: {
      kk: "Жүйеде адамдардың деректерін автоматтандырылған өңдеу олардың құқықтарын беретін, өзгертетін немесе тоқтататын мәселелерді (мысалы, несиені мақұлдау, қызметтен бас тарту, аккаунтты бұғаттау) өзі шеше ме немесе іс жүзінде алдын ала шешіп қоя ма? Адам жүйе ұсынғанды тек бекітетін жағдайларды да есептеңіз. Егер солай болса, адамдар бұған келісім бере ме, әлде бұл заңда көзделген бе?",
      ru: "Решает ли автоматизированная обработка данных людей в системе, сама или фактически предрешая решение, вопросы, которые дают, меняют или прекращают их права (например, одобрение кредита, отказ в услуге, блокировка аккаунта)? Считайте и случаи, когда человек лишь утверждает то, что предложила система. Если да, дают ли люди на это согласие или это предусмотрено законом?",
      en: "Does automated processing of people's data in the system decide, or settle in practice, matters that give, change or take away their rights (for example approving a loan, refusing a service, blocking an account)? Count it too where a person only signs off what the system proposed. If so, do those people consent, or does a law provide for it?",
    },
    options: {
      consent: { kk: "Иә, келісім бар немесе заңда көзделген", ru: "Да, с согласием людей или по закону", en: "Yes, with people's consent or under a law" },
      "no-consent": { kk: "Иә, келісім де, заң да жоқ", ru: "Да, без согласия и без закона", en: "Yes, with neither consent nor a law" },
      yes: { kk: "Иә, бірақ келісім туралы сенімді емеспін", ru: "Да, но про согласие не знаю", en: "Yes, but I'm not sure about consent" },
    },
  },
  emotions: {
    prompt: {
      kk: "Жүйе адамдардың не сезінетінін (ашу, күйзеліс, қуаныш) олардың бет-әлпеті, дауысы, мәтіні немесе мінез-құлқы бойынша айқындай ма? Егер солай болса, олар бұған келісе ме?",
      ru: "Определяет ли система, что чувствуют люди (злость, стресс, радость), по их лицу, голосу, тексту или поведению? Если да, согласны ли они на это?",
      en: "Does the system work out what people feel (anger, stress, joy) from their face, voice, text or behaviour? If so, do those people agree to it?",
    },
    options: {
      consent: { kk: "Иә, әрқайсысы келісім береді", ru: "Да, каждый даёт согласие", en: "Yes, and each person consents" },
      "legal-basis": { kk: "Иә, бұл заңда көзделген", ru: "Да, это предусмотрено законом", en: "Yes, and a law provides for it" },
      "no-consent": { kk: "Иә, олардың келісімінсіз", ru: "Да, без их согласия", en: "Yes, without their consent" },
      yes: { kk: "Иә, бірақ келісім туралы сенімді емеспін", ru: "Да, но про согласие не знаю", en: "Yes, but I'm not sure about consent" },
    },
  },
  scoring: {
    prompt: {
      kk: "Жүйе белгілі бір уақыт ішінде адамдарды мінез-құлқы немесе жеке қасиеттері бойынша бағалай ма не сыныптай ма (әлеуметтік рейтингтің бір түрі)? Егер солай болса, мұндай бағалау Қазақстан заңында көзделген бе?",
      ru: "Оценивает или ранжирует ли система людей на протяжении времени по их поведению или личным качествам (своего рода социальный рейтинг)? Если да, предусмотрена ли такая оценка законом Казахстана?",
      en: "Does the system rate or rank people over time by their behaviour or personal traits (a kind of social score)? If so, does a law of Kazakhstan provide for that rating?",
    },
    options: {
      "legal-basis": { kk: "Иә, бұл Қазақстан заңында көзделген", ru: "Да, это предусмотрено законом Казахстана", en: "Yes, and a law of Kazakhstan provides for it" },
      "no-legal-basis": { kk: "Иә, бірақ заңда көзделмеген", ru: "Да, но закон этого не предусматривает", en: "Yes, and no law provides for it" },
      yes: { kk: "Иә, бірақ заң туралы сенімді емеспін", ru: "Да, но про закон не знаю", en: "Yes, but I'm not sure about the law" },
    },
  },
  "state-systems": {
    prompt: {
      kk: "Жүйе ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылған ба, әлде мемлекеттік электрондық ақпараттық ресурстарды (мемлекеттік дерекқорлар мен тізілімдерді) қалыптастыруға арнала ма?",
      ru: "Отнесена ли система к критически важным объектам информационно-коммуникационной инфраструктуры или предназначена для формирования государственных электронных информационных ресурсов (государственных баз данных и реестров)?",
      en: "Is the system classed as a critically important object of information and communication infrastructure, or meant to build state electronic information resources (state databases and registers)?",
    },
    options: {
      no: { kk: "Екеуі де емес", ru: "Ни то, ни другое", en: "Neither" },
      critical: { kk: "Аса маңызды объектілерге жатқызылған", ru: "Критически важный объект", en: "A critically important object" },
      state: {
        kk: "Мемлекеттік электрондық ақпараттық ресурстарға арналған",
        ru: "Для государственных электронных информационных ресурсов",
        en: "Meant for state electronic information resources",
      },
      both: { kk: "Екеуі де", ru: "И то, и другое", en: "Both" },
    },
  },
  "data-location": {
    prompt: {
      kk: "Дербес деректер қайда сақталады және модельді оқып-үйрену үшін қай жерде пайдаланылады?",
      ru: "Где хранятся персональные данные и где они используются для обучения модели?",
      en: "Where are the personal data stored, and where are they used to train the model?",
    },
    options: {
      kazakhstan: {
        kk: "Қазақстанда, оқып-үйрену де Қазақстанда жүреді",
        ru: "В Казахстане, и обучение на них тоже в Казахстане",
        en: "In Kazakhstan, and training on them happens in Kazakhstan too",
      },
      "kazakhstan-untrained": {
        kk: "Қазақстанда; оқып-үйрену үшін пайдаланылмайды",
        ru: "В Казахстане; для обучения не используются",
        en: "In Kazakhstan; they are not used for training",
      },
      "trained-abroad": {
        kk: "Қазақстанда, бірақ оқып-үйрену шетелде жүреді",
        ru: "В Казахстане, но обучение на них идёт за рубежом",
        en: "In Kazakhstan, but training on them happens abroad",
      },
      abroad: { kk: "Тек шетелде (мысалы, шетелдік бұлтта)", ru: "Только за рубежом (например, в зарубежном облаке)", en: "Abroad only (for example a foreign cloud)" },
      both: { kk: "Қазақстанда да, шетелде де", ru: "И в Казахстане, и за рубежом", en: "In Kazakhstan and abroad" },
      none: {
        kk: "Сақталмайды және оқып-үйрену үшін пайдаланылмайды",
        ru: "Не хранятся и для обучения не используются",
        en: "Not stored and not used for training",
      },
      "none-trained-here": {
        kk: "Сақталмайды, бірақ Қазақстанда оқып-үйрену үшін пайдаланылады",
        ru: "Не хранятся, но используются для обучения в Казахстане",
        en: "Not stored, but used for training in Kazakhstan",
      },
      "none-trained-abroad": {
        kk: "Сақталмайды, бірақ шетелде оқып-үйрену үшін пайдаланылады",
        ru: "Не хранятся, но используются для обучения за рубежом",
        en: "Not stored, but used for training abroad",
      },
      unknown: DONT_KNOW,
    },
  },
};

/** One practice or case a screening lists, in the founder's words; the field's name for a field it does not list. */
export function screeningItem(question: InterviewQuestion, field: ProfileField, lang: Lang): string {
  const text = isGroup(question) ? GROUP_TEXTS[question.id] : undefined;
  const item = text !== undefined && "lead" in text ? text.items[field] : undefined;
  return item?.[lang] ?? field;
}

/**
 * A question's prompt and option labels in the founder's language, options in the question's order. A
 * screening lists the practices or cases it would still settle in `profile` (all of them without one), one
 * per line under its lead question, so "none of these" covers exactly what the founder read.
 */
export function questionText(question: InterviewQuestion, lang: Lang, profile?: SystemProfile): { prompt: string; options: { id: string; label: string }[] } {
  const labelled = (labels: Readonly<Record<string, Trilingual>> | undefined, fallback: Readonly<Record<string, Trilingual>>) =>
    question.options.map((o) => {
      const label = labels?.[o.id] ?? fallback[o.id];
      if (label === undefined) throw new Error(`question ${question.id} has no label for option ${o.id}`);
      return { id: o.id, label: label[lang] };
    });
  if (!isGroup(question)) {
    const text = TEXTS[question.id];
    return { prompt: text.prompt[lang], options: labelled(text.options, YES_NO_LABELS) };
  }
  const text = GROUP_TEXTS[question.id];
  if (!("lead" in text)) return { prompt: text.prompt[lang], options: labelled(text.options, YES_NO_LABELS) };
  const listed = profile === undefined ? question.fields : unsettledFields(question, profile);
  const lines = listed.flatMap((f) => {
    const item = text.items[f];
    return item === undefined ? [] : [`• ${item[lang]}`];
  });
  return { prompt: [text.lead[lang], ...lines].join("\n"), options: labelled(undefined, SCREENING_OPTIONS) };
}
