import type { Trilingual } from "../types.js";
import type { ProfileField, SystemProfile } from "../profile/schema.js";

/**
 * What the bot understood about the founder's system, one plain-words sentence per value of every profile
 * field ("unknown" has none: an open question is not a fact). The bot shows one line per settled field and
 * adds the founder's own words as evidence after it, e.g. "The system reads people's emotions («looks
 * stressed»)", so each sentence is short, in the present tense, without a full stop, and a "no" reads as
 * the founder's own negative fact. The terms are those of question-texts.ts; Kazakh uses the law's own
 * Kazakh terms (дербес деректер, эмоцияларды айқындау, синтетикалық нәтижелер, меншік иесі немесе иегер).
 */
export const STATEMENTS: { readonly [F in ProfileField]: Readonly<Record<Exclude<SystemProfile[F], "unknown">, Trilingual>> } = {
  // Art. 17(1): the tier test, in the words of its three consequences.
  failureImpact: {
    minimal: {
      kk: "Жүйенің істен шығуы пайдаланушыларға тек болмашы әсер етеді",
      ru: "Сбой системы почти не затронет пользователей",
      en: "A failure would barely affect users",
    },
    harm: {
      kk: "Жүйенің істен шығуы пайдаланушылардың уақыты не ақшасы жоғалуына немесе оларға моральдық зиян келуіне әкелуі мүмкін",
      ru: "Сбой может стоить пользователям времени или денег либо причинить им моральный вред",
      en: "A failure could cost users time or money, or cause them moral harm",
    },
    severe: {
      kk: "Жүйенің істен шығуы төтенше жағдайға немесе адамдардың тыныс-тіршілігі, қауіпсіздік, экономика не инфрақұрылым үшін елеулі жағымсыз салдарға әкелуі мүмкін",
      ru: "Сбой может вызвать чрезвычайную ситуацию или значительный вред жизнедеятельности людей, безопасности, экономике или инфраструктуре",
      en: "A failure could cause an emergency or significant harm to people's lives, security, the economy or infrastructure",
    },
  },
  criticalInfrastructure: {
    yes: {
      kk: "Жүйе ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылған",
      ru: "Система отнесена к критически важным объектам информационно-коммуникационной инфраструктуры",
      en: "The system is classed as a critically important object of information and communication infrastructure",
    },
    no: {
      kk: "Жүйе ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылмаған",
      ru: "Система не отнесена к критически важным объектам информационно-коммуникационной инфраструктуры",
      en: "The system is not classed as a critically important object of information and communication infrastructure",
    },
  },
  stateResources: {
    yes: {
      kk: "Жүйе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыруға арналған",
      ru: "Система предназначена для формирования государственных электронных информационных ресурсов",
      en: "The system is meant to build state electronic information resources",
    },
    no: {
      kk: "Жүйе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыруға арналмаған",
      ru: "Система не предназначена для формирования государственных электронных информационных ресурсов",
      en: "The system is not meant to build state electronic information resources",
    },
  },
  domain: {
    finance: { kk: "Жүйе қаржы және несие саласында қолданылады", ru: "Система используется в финансах и кредитовании", en: "The system is used in finance and credit" },
    health: { kk: "Жүйе денсаулық сақтау саласында қолданылады", ru: "Система используется в здравоохранении", en: "The system is used in health care" },
    employment: {
      kk: "Жүйе жұмысқа алу және персоналмен жұмыс саласында қолданылады",
      ru: "Система используется в найме и работе с персоналом",
      en: "The system is used in hiring and staff management",
    },
    education: { kk: "Жүйе білім беру саласында қолданылады", ru: "Система используется в образовании", en: "The system is used in education" },
    public_services: {
      kk: "Жүйе мемлекеттік қызметтер көрсету саласында қолданылады",
      ru: "Система используется в государственных услугах",
      en: "The system is used in public services",
    },
    law_enforcement: {
      kk: "Жүйе құқық қорғау қызметінде қолданылады",
      ru: "Система используется в правоохранительной деятельности",
      en: "The system is used in law enforcement",
    },
    justice: { kk: "Жүйе сот және сот төрелігі саласында қолданылады", ru: "Система используется в судах и правосудии", en: "The system is used in courts and justice" },
    migration: {
      kk: "Жүйе көші-қон және шекара саласында қолданылады",
      ru: "Система используется в сфере миграции и границ",
      en: "The system is used in migration and border control",
    },
    critical_infrastructure: {
      kk: "Жүйе энергетика, су, байланыс не өзге инфрақұрылым саласында қолданылады",
      ru: "Система используется в энергетике, водоснабжении, связи или другой инфраструктуре",
      en: "The system is used in energy, water, telecoms or other infrastructure",
    },
    transport: { kk: "Жүйе көлік саласында қолданылады", ru: "Система используется на транспорте", en: "The system is used in transport" },
    marketing: {
      kk: "Жүйе маркетинг және жарнама саласында қолданылады",
      ru: "Система используется в маркетинге и рекламе",
      en: "The system is used in marketing and advertising",
    },
    customer_service: {
      kk: "Жүйе клиенттерге қызмет көрсетуде қолданылады",
      ru: "Система используется в обслуживании клиентов",
      en: "The system is used in customer service",
    },
    media: { kk: "Жүйе медиа және контент саласында қолданылады", ru: "Система используется в медиа и контенте", en: "The system is used in media and content" },
    retail: {
      kk: "Жүйе сауда және электрондық коммерция саласында қолданылады",
      ru: "Система используется в торговле и электронной коммерции",
      en: "The system is used in retail and e-commerce",
    },
    other: { kk: "Жүйе басқа салада қолданылады", ru: "Система используется в другой сфере", en: "The system is used in another field" },
  },
  // Art. 17(2): who has the final word.
  autonomy: {
    low: {
      kk: "Жүйе тек ұсынады, соңғы сөз адамда",
      ru: "Система только предлагает, последнее слово за человеком",
      en: "The system only makes suggestions, and a person has the final word",
    },
    medium: {
      kk: "Жүйе өзі шешеді, бірақ адам оның шешімін түзете немесе күшін жоя алады",
      ru: "Система решает сама, но человек может поправить или отменить её решение",
      en: "The system decides, but a person can correct or cancel its decisions",
    },
    high: {
      kk: "Жүйе өзі шешеді, оның шешімін ешкім түзете немесе күшін жоя алмайды",
      ru: "Система решает сама, и никто не может поправить или отменить её решение",
      en: "The system decides alone, and no one can correct or cancel its decisions",
    },
  },
  userFacing: {
    yes: {
      kk: "Адамдар жүйені пайдаланады немесе оның нәтижелерін алады",
      ru: "Люди пользуются системой или получают её результаты",
      en: "People use the system or receive its results",
    },
    no: {
      kk: "Адамдар жүйені пайдаланбайды және оның нәтижелерін алмайды",
      ru: "Люди не пользуются системой и не получают её результатов",
      en: "People neither use the system nor receive its results",
    },
  },
  personalData: {
    yes: { kk: "Жүйе дербес деректерді өңдейді", ru: "Система обрабатывает персональные данные", en: "The system processes personal data" },
    no: { kk: "Жүйе дербес деректерді өңдемейді", ru: "Система не обрабатывает персональные данные", en: "The system does not process personal data" },
  },
  dataStorage: {
    kazakhstan: { kk: "Дербес деректер тек Қазақстанда сақталады", ru: "Персональные данные хранятся только в Казахстане", en: "Personal data are stored in Kazakhstan only" },
    abroad: { kk: "Дербес деректер тек шетелде сақталады", ru: "Персональные данные хранятся только за рубежом", en: "Personal data are stored abroad only" },
    both: {
      kk: "Дербес деректер Қазақстанда да, шетелде де сақталады",
      ru: "Персональные данные хранятся и в Казахстане, и за рубежом",
      en: "Personal data are stored both in Kazakhstan and abroad",
    },
    none: { kk: "Жүйе дербес деректерді сақтамайды", ru: "Система не хранит персональные данные", en: "The system does not store personal data" },
  },
  trainingLocation: {
    kazakhstan: {
      kk: "Модельдің оқып-үйренуі үшін дербес деректер Қазақстанда пайдаланылады",
      ru: "Персональные данные используются для обучения модели в Казахстане",
      en: "Personal data are used to train the model in Kazakhstan",
    },
    abroad: {
      kk: "Модельдің оқып-үйренуі үшін дербес деректер шетелде пайдаланылады",
      ru: "Персональные данные используются для обучения модели за рубежом",
      en: "Personal data are used to train the model abroad",
    },
    no_personal_data: {
      kk: "Модельдің оқып-үйренуі үшін дербес деректер пайдаланылмайды",
      ru: "Для обучения модели персональные данные не используются",
      en: "The model is not trained on personal data",
    },
  },
  personalDataLawful: {
    yes: {
      kk: "Дербес деректер әр адамның келісімімен немесе заңда көзделген өзге негізбен жиналады және пайдаланылады",
      ru: "Персональные данные собираются и используются с согласия каждого человека или на другом законном основании",
      en: "Personal data are collected and used with each person's consent or on another ground the law allows",
    },
    no: {
      kk: "Дербес деректердің бір бөлігі келісімсіз және заңда көзделген өзге негізсіз жиналады не пайдаланылады",
      ru: "Часть персональных данных собирается или используется без согласия и без другого законного основания",
      en: "Some personal data are collected or used without consent or another ground the law allows",
    },
  },
  biometrics: {
    yes: {
      kk: "Жүйе биометриялық деректерді (бет-әлпет, саусақ іздері, дауыс) өңдейді",
      ru: "Система обрабатывает биометрические данные (лица, отпечатки пальцев, голос)",
      en: "The system processes biometric data (faces, fingerprints, voices)",
    },
    no: { kk: "Жүйе биометриялық деректерді өңдемейді", ru: "Система не обрабатывает биометрические данные", en: "The system does not process biometric data" },
  },
  biometricCategorisation: {
    yes: {
      kk: "Жүйе адамдарды кемсіту мақсатында биометриялық деректері бойынша нәсіліне, саяси көзқарастарына не діни тиесілілігіне қарай сыныптайды",
      ru: "Система делит людей по биометрическим данным на расу, политические взгляды или религию, чтобы их дискриминировать",
      en: "The system sorts people by biometric data into race, political views or religion in order to discriminate against them",
    },
    no: {
      kk: "Жүйе адамдарды кемсіту мақсатында биометриялық деректері бойынша сыныптамайды",
      ru: "Система не делит людей по биометрическим данным для дискриминации",
      en: "The system does not sort people by biometric data to discriminate against them",
    },
  },
  emotionRecognition: {
    yes: { kk: "Жүйе адамдардың эмоцияларын айқындайды", ru: "Система определяет эмоции людей", en: "The system reads people's emotions" },
    no: { kk: "Жүйе адамдардың эмоцияларын айқындамайды", ru: "Система не определяет эмоции людей", en: "The system does not read people's emotions" },
  },
  emotionConsent: {
    consent: {
      kk: "Эмоцияларды айқындауға әр адам келісім береді",
      ru: "Каждый человек даёт согласие на определение эмоций",
      en: "Each person consents to emotion recognition",
    },
    legal_basis: {
      kk: "Эмоцияларды айқындау заңда көзделген",
      ru: "Определение эмоций предусмотрено законом",
      en: "A law provides for the emotion recognition",
    },
    no: {
      kk: "Эмоцияларды айқындауға адамдардан келісім сұралмайды",
      ru: "Согласия людей на определение эмоций не спрашивают",
      en: "People are not asked for consent to emotion recognition",
    },
  },
  // Art. 17(3)(3).
  socialScoring: {
    yes: {
      kk: "Жүйе адамдарды белгілі бір уақыт бойы мінез-құлқы немесе жеке қасиеттері бойынша бағалайды не сыныптайды",
      ru: "Система оценивает или ранжирует людей на протяжении времени по их поведению или личным качествам",
      en: "The system rates or ranks people over time by their behaviour or personal traits",
    },
    no: {
      kk: "Жүйе адамдарды мінез-құлқы немесе жеке қасиеттері бойынша бағаламайды және сыныптамайды",
      ru: "Система не оценивает и не ранжирует людей по их поведению или личным качествам",
      en: "The system does not rate or rank people by their behaviour or personal traits",
    },
  },
  scoringLegalBasis: {
    yes: {
      kk: "Адамдарды осылай бағалау Қазақстан заңында көзделген",
      ru: "Такая оценка людей предусмотрена законом Казахстана",
      en: "A law of Kazakhstan provides for rating people this way",
    },
    no: {
      kk: "Адамдарды осылай бағалау Қазақстан заңында көзделмеген",
      ru: "Такая оценка людей не предусмотрена законом Казахстана",
      en: "No law of Kazakhstan provides for rating people this way",
    },
  },
  manipulation: {
    yes: {
      kk: "Жүйе адамдардың мінез-құлқын бұрмалап, саналы шешім қабылдауына кедергі жасайтын жасырын, манипуляциялық немесе алдамшы тәсілдерді пайдаланады",
      ru: "Система использует скрытые, манипулятивные или обманные приёмы, которые искажают поведение людей и мешают им принимать осознанные решения",
      en: "The system uses hidden, manipulative or deceptive techniques that distort people's behaviour and keep them from deciding with full awareness",
    },
    no: {
      kk: "Жүйе адамдардың мінез-құлқын бұрмалайтын манипуляциялық тәсілдерді пайдаланбайды",
      ru: "Система не использует манипулятивные приёмы, искажающие поведение людей",
      en: "The system does not use manipulative techniques that distort people's behaviour",
    },
  },
  exploitsVulnerability: {
    yes: {
      kk: "Жүйе адамдардың осалдылығын (жасы, мүгедектігі, әлеуметтік жағдайы) оларға зиян келтіруі мүмкін түрде пайдаланады",
      ru: "Система использует уязвимость людей (возраст, инвалидность, социальное положение) так, что это может им навредить",
      en: "The system exploits people's vulnerability (age, disability, social situation) in a way that could harm them",
    },
    no: {
      kk: "Жүйе адамдардың осалдылығын пайдаланбайды",
      ru: "Система не использует уязвимость людей",
      en: "The system does not exploit people's vulnerability",
    },
  },
  prohibitedOutputs: {
    yes: {
      kk: "Жүйе Қазақстан заңдарында тыйым салынған материалдарды жасайды не таратады",
      ru: "Система создаёт или распространяет материалы, запрещённые законами Казахстана",
      en: "The system creates or spreads content that Kazakh law forbids",
    },
    no: {
      kk: "Жүйе Қазақстан заңдарында тыйым салынған материалдарды жасамайды және таратпайды",
      ru: "Система не создаёт и не распространяет материалы, запрещённые законами Казахстана",
      en: "The system does not create or spread content that Kazakh law forbids",
    },
  },
  // Art. 1(4), 21(2).
  syntheticContent: {
    yes: {
      kk: "Жүйе нақты адамға еліктейтін немесе болмаған оқиғаларды көрсететін синтетикалық нәтижелер жасайды",
      ru: "Система создаёт синтетические результаты, которые имитируют реального человека или показывают события, которых не было",
      en: "The system creates synthetic results that imitate a real person or show events that never happened",
    },
    no: { kk: "Жүйе синтетикалық нәтижелер жасамайды", ru: "Система не создаёт синтетические результаты", en: "The system does not create synthetic results" },
  },
  // PD Law art. 19-1.
  automatedDecisions: {
    yes: {
      kk: "Жүйеде деректерді автоматтандырылған өңдеу адамдардың құқықтарына қатысты мәселелерді шешеді не іс жүзінде алдын ала шешіп қояды",
      ru: "Автоматизированная обработка данных в системе решает или фактически предрешает вопросы о правах людей",
      en: "Automated processing of data in the system decides, or settles in practice, matters of people's rights",
    },
    no: {
      kk: "Жүйе адамдардың құқықтарына қатысты мәселелерді автоматтандырылған өңдеу арқылы шешпейді",
      ru: "Система не решает вопросы о правах людей автоматизированной обработкой данных",
      en: "The system does not decide matters of people's rights by automated processing",
    },
  },
  automatedDecisionConsent: {
    yes: {
      kk: "Адамдар өз құқықтары туралы автоматтандырылған шешімдерге келісім береді немесе бұл шешімдер заңда көзделген",
      ru: "Люди дают согласие на автоматизированные решения об их правах, или такие решения предусмотрены законом",
      en: "People consent to the automated decisions on their rights, or a law provides for them",
    },
    no: {
      kk: "Құқықтары туралы автоматтандырылған шешімдерге адамдардан келісім сұралмайды және бұл шешімдер заңда көзделмеген",
      ru: "Согласия людей на автоматизированные решения об их правах не спрашивают, и закон такие решения не предусматривает",
      en: "People are not asked for consent to the automated decisions on their rights, and no law provides for them",
    },
  },
  // Art. 17(4).
  restrictedData: {
    yes: {
      kk: "Жүйе қол жеткізілуі шектелген деректерді (мемлекеттік құпиялар, қызметтік ақпарат) өңдейді",
      ru: "Система обрабатывает данные ограниченного доступа (государственные секреты, служебную информацию)",
      en: "The system processes data with restricted access (state secrets, official-use information)",
    },
    no: {
      kk: "Жүйе қол жеткізілуі шектелген деректерді өңдемейді",
      ru: "Система не обрабатывает данные ограниченного доступа",
      en: "The system does not process data with restricted access",
    },
  },
  // Art. 23(5).
  trainsOnWorks: {
    yes: {
      kk: "Модельді оқып-үйрену үшін авторлық құқықпен қорғалатын туындылар пайдаланылады",
      ru: "Модель обучается на произведениях, охраняемых авторским правом",
      en: "The model is trained on works protected by copyright",
    },
    no: {
      kk: "Модельді оқып-үйрену үшін авторлық құқықпен қорғалатын туындылар пайдаланылмайды",
      ru: "Модель не обучается на произведениях, охраняемых авторским правом",
      en: "The model is not trained on works protected by copyright",
    },
  },
  euMarket: {
    yes: { kk: "Жүйе ЕО нарығына да шығарылады", ru: "Система выходит и на рынок ЕС", en: "The system is also placed on the EU market" },
    no: { kk: "Жүйе ЕО нарығына шығарылмайды", ru: "Система не выходит на рынок ЕС", en: "The system is not placed on the EU market" },
  },
  // Art. 19(2): voluntary, needs an audit.
  wantsTrustedList: {
    yes: {
      kk: "Жүйені қауіп-қатер дәрежесі жоғары жасанды интеллектінің сенімді жүйелерінің салалық тізбесіне енгізгіңіз келеді",
      ru: "Вы хотите включить систему в отраслевой перечень доверенных систем ИИ высокой степени риска",
      en: "You want the system on a sectoral list of trusted high-risk AI systems",
    },
    no: {
      kk: "Жүйені қауіп-қатер дәрежесі жоғары жасанды интеллектінің сенімді жүйелерінің салалық тізбесіне енгізгіңіз келмейді",
      ru: "Вы не хотите включать систему в отраслевой перечень доверенных систем ИИ высокой степени риска",
      en: "You do not want the system on a sectoral list of trusted high-risk AI systems",
    },
  },
  // CAO art. 641-1: the offender categories of the fines table.
  entitySize: {
    individual: {
      kk: "Жүйенің меншік иесі немесе иегері – жеке тұлға",
      ru: "Собственник или владелец системы – физическое лицо",
      en: "The system's owner or possessor is an individual",
    },
    small_or_nonprofit: {
      kk: "Жүйенің меншік иесі немесе иегері – шағын кәсіпкерлік субъектісі немесе коммерциялық емес ұйым",
      ru: "Собственник или владелец системы – малый бизнес или некоммерческая организация",
      en: "The system's owner or possessor is a small business or a non-profit",
    },
    medium: {
      kk: "Жүйенің меншік иесі немесе иегері – орта кәсіпкерлік субъектісі",
      ru: "Собственник или владелец системы – средний бизнес",
      en: "The system's owner or possessor is a medium-sized business",
    },
    large: {
      kk: "Жүйенің меншік иесі немесе иегері – ірі кәсіпкерлік субъектісі",
      ru: "Собственник или владелец системы – крупный бизнес",
      en: "The system's owner or possessor is a large business",
    },
  },
};
