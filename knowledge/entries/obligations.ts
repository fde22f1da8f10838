import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/**
 * Duties of owners and possessors (Art. 8, 15, 17, 18, 21, 23; PD Law 12, 16, 19-1).
 * Ids `obligation.<ObligationCode>`: one for every code, read by the assessment renderer.
 */
export const OBLIGATION_ENTRIES: KnowledgeEntry[] = [
  {
    id: "obligation.overview",
    topic: "obligations",
    title: { kk: "Меншік иелері мен иегерлердің негізгі міндеттері", ru: "Основные обязанности собственников и владельцев", en: "What owners and possessors must do" },
    text: {
      kk: "Қауіп-қатер дәрежесіне қарамастан, ЖИ жүйесінің меншік иесі мен иегері: қауіп-қатерлерді басқаруға (жылына кемінде бір рет жаңартып); жүйенің қауіпсіздігі мен сенімділігін қамтамасыз етуге; құжаттама тізбесіне сәйкес құжаттама жүргізуге; пайдаланушыларды қолдауға; пайдаланушы келісімін пайдалану басталғанға дейін көрсетуге; тауар немесе қызмет ЖИ арқылы жасалғанын хабарлауға; синтетикалық нәтижелерді таңбалауға; ЖИ нәтижелерінің заңдылығын қамтамасыз етуге міндетті. Дербес деректер болса, дербес деректер туралы заңның талаптары қосылады.",
      ru: "Независимо от степени риска собственник и владелец системы ИИ обязаны: управлять рисками (обновляя оценку не реже раза в год); обеспечивать безопасность и надёжность системы; вести документацию по перечню документации; поддерживать пользователей; давать ознакомиться с пользовательским соглашением до начала использования; сообщать, что товар или услуга сделаны с помощью ИИ; маркировать синтетические результаты; следить за законностью результатов ИИ. Если обрабатываются персональные данные, добавляются требования закона о персональных данных.",
      en: "Whatever the risk tier, the owner and possessor of an AI system must: manage risks (updating the assessment at least once a year); keep the system secure and reliable; keep documentation following the documentation list; support users; let users read the user agreement before first use; tell users when goods or services are made with AI; label synthetic results; and keep AI outputs lawful. If personal data are processed, the personal-data law's requirements come on top.",
    },
    citations: [cite("ai-law", "15", "2"), cite("ai-law", "18", "1"), cite("ai-law", "21")],
    confidence: "primary",
    keywords: {
      kk: ["міндеттер", "талаптар", "не істеуім керек", "сәйкестік", "комплаенс", "чек-лист", "стартап"],
      ru: ["обязанности", "требования", "что мне нужно сделать", "комплаенс", "чек-лист", "соответствие", "стартап"],
      en: ["obligations", "duties", "requirements", "what do i need to do", "compliance", "checklist", "comply", "startup"],
    },
  },
  {
    id: "obligation.risk_management",
    topic: "obligations",
    title: { kk: "Қауіп-қатерлерді басқару", ru: "Управление рисками", en: "Risk management" },
    text: {
      kk: "Қауіп-қатерлерді басқару – меншік иесі немесе иегер жүйенің бүкіл өмірлік циклі бойы жоспарлап, орындайтын үздіксіз процесс: мақсатына сай пайдалану кезіндегі белгілі және болжанатын қауіп-қатерлерді анықтау мен талдау; оларды мақсатына сай және болжанатын мақсатсыз пайдалану жағдайында бағалау; оларды болдырмауға арналған нақты шаралар; қауіп-қатерлерді жылына кемінде бір рет жаңарту. Бұл міндет барлық дәрежеге қолданылады, ал айыппұл тек қауіп-қатер дәрежесі жоғары жүйеде басқару болмай, зиян келтірілсе салынады.",
      ru: "Управление рисками – непрерывный процесс, который собственник или владелец планирует и ведёт на протяжении всего жизненного цикла системы: выявить и проанализировать известные и прогнозируемые риски при использовании по назначению; оценить их и при назначении, и при предсказуемом нецелевом использовании; принять адресные меры, чтобы предупредить и устранить риски; обновлять оценку не реже раза в год. Обязанность касается всех степеней риска, а штраф грозит только за отсутствие управления рисками высокорисковой системы, если это повлекло вред.",
      en: "Risk management is a continuous process the owner or possessor plans and runs over the system's whole lifecycle: identify and analyse known and foreseeable risks in intended use; assess them both in intended use and in reasonably foreseeable misuse; take targeted measures to prevent and remove them; and update the risks at least once a year. The duty covers every tier, while the fine applies only where risk management of a high-risk system was missing and harm followed.",
    },
    citations: [cite("ai-law", "15", "2", "1"), cite("ai-law", "18", "1"), cite("ai-law", "11", "3"), cite("koap", "641-1", "1", "2")],
    confidence: "primary",
    keywords: {
      kk: ["қауіп-қатерлерді басқару", "тәуекел", "тәуекелдерді бағалау", "жыл сайын", "мақсатсыз пайдалану", "өмірлік цикл"],
      ru: ["управление рисками", "оценка рисков", "риск-менеджмент", "ежегодно", "нецелевое использование", "жизненный цикл"],
      en: ["risk management", "risk assessment", "annual review", "misuse", "lifecycle", "risk register", "mitigation"],
    },
  },
  {
    id: "obligation.security_reliability",
    topic: "obligations",
    title: { kk: "Қауіпсіздік және сенімділік", ru: "Безопасность и надёжность", en: "Security and reliability" },
    text: {
      kk: "Меншік иесі мен иегер ЖИ жүйесінің қауіпсіздігі мен сенімділігі үшін шаралар қабылдауға, соның ішінде санкцияланбаған қол жеткізуден және жұмыстағы іркілістерден қорғауға міндетті. Жүйе күтпеген салдарлар мен теріс пайдалану мүмкіндігін болдырмайтындай етіп құрылуға тиіс.",
      ru: "Собственник и владелец обязаны принимать меры для безопасности и надёжности системы ИИ, включая защиту от несанкционированного доступа и сбоев. Система должна создаваться и работать так, чтобы исключать непредвиденные последствия и злоупотребления.",
      en: "The owner and possessor must take measures for the AI system's security and reliability, including protection against unauthorised access and failures. The system must be built and run so as to rule out unforeseen consequences and abuse.",
    },
    citations: [cite("ai-law", "15", "2", "2"), cite("ai-law", "11", "1")],
    confidence: "primary",
    keywords: {
      kk: ["киберқауіпсіздік", "қорғау", "хакер", "хакерлер", "бұзу", "іркіліс", "сенімділік", "қол жеткізу"],
      ru: ["кибербезопасность", "защита", "взлом", "сбой", "надёжность", "несанкционированный доступ"],
      en: ["cybersecurity", "security", "hacking", "hackers", "breach", "outage", "reliability", "unauthorised access", "robustness"],
    },
  },
  {
    id: "obligation.documentation",
    topic: "obligations",
    title: { kk: "ЖИ жүйесіне арналған құжаттама", ru: "Документация на систему ИИ", en: "Documentation for the AI system" },
    text: {
      kk: "Меншік иесі мен иегер ЖИ жүйесіне құжаттама жүргізуге міндетті; оның көлемі жүйенің адамдардың қауіпсіздігіне, құқықтарына және қоғамдық тәртіпке әсеріне байланысты. Құжаттама тізбесін уәкілетті орган бекітеді. Біз бұл тізбенің түпкілікті мәтінін көрген жоқпыз, сондықтан нақты құрамын реттеушіден немесе заңгерден тексеріңіз.",
      ru: "Собственник и владелец обязаны вести документацию на систему ИИ; её объём зависит от влияния системы на безопасность, права людей и общественный порядок. Перечень документации утверждает уполномоченный орган. Окончательный текст этого перечня мы не видели, поэтому точный состав уточните у регулятора или юриста.",
      en: "The owner and possessor must keep documentation for the AI system, scaled to its impact on people's safety, rights and public order. The authorized body approves the list of documentation. We have not seen that list's final text, so check the exact contents with the regulator or a lawyer.",
    },
    citations: [cite("ai-law", "15", "2", "3"), cite("ai-law", "13", "1", "5")],
    confidence: "primary",
    keywords: {
      kk: ["құжаттама", "құжаттар", "техникалық құжат", "құжаттама тізбесі", "сипаттама"],
      ru: ["документация", "документы", "техническая документация", "перечень документации", "паспорт системы", "model card"],
      en: ["documentation", "documents", "technical file", "technical documentation", "paperwork", "model card"],
    },
  },
  {
    id: "obligation.user_support",
    topic: "obligations",
    title: { kk: "Пайдаланушыларды қолдау және ақпарат беру", ru: "Поддержка и информирование пользователей", en: "User support and information" },
    text: {
      kk: "Меншік иесі мен иегер пайдаланушыларға ЖИ жүйесінің жұмысы бойынша қолдау көрсетуге міндетті. Пайдаланушылар жүйені мақсатына сай пайдалану үшін оның сипаттамалары мен шектеулері туралы толық ақпарат алуға тиіс: не істей алады, не істей алмайды, қай жерде қателесуі мүмкін.",
      ru: "Собственник и владелец обязаны поддерживать пользователей по вопросам работы системы ИИ. Пользователи должны получать полную информацию о характеристиках и ограничениях системы, чтобы использовать её по назначению: что она умеет, чего не умеет и где может ошибаться.",
      en: "The owner and possessor must support users on how the AI system works. Users must get full information about the system's characteristics and limitations so they can use it as intended: what it can do, what it cannot, and where it may be wrong.",
    },
    citations: [cite("ai-law", "15", "2", "4"), cite("ai-law", "7", "1")],
    confidence: "primary",
    keywords: {
      kk: ["қолдау", "техникалық қолдау", "нұсқаулық", "шектеулер", "ақпарат беру"],
      ru: ["поддержка", "техподдержка", "инструкция", "ограничения", "информирование", "хелпдеск"],
      en: ["support", "helpdesk", "instructions", "limitations", "user guide", "customer support"],
    },
  },
  {
    id: "obligation.user_agreement",
    topic: "obligations",
    title: { kk: "Пайдаланушы келісімі", ru: "Пользовательское соглашение", en: "User agreement" },
    text: {
      kk: "Меншік иесі мен иегер пайдаланушыға ЖИ жүйесін пайдалана бастағанға дейін пайдаланушы келісімімен танысу мүмкіндігін беруге міндетті. Пайдаланушы келісіммен танысуға құқылы, ал түсіндірмелер мен деректер туралы ақпаратты алу тәртібі де осы келісімде белгіленеді.",
      ru: "Собственник и владелец обязаны дать пользователю ознакомиться с пользовательским соглашением системы ИИ до начала её использования. Пользователь вправе с ним ознакомиться, а порядок получения разъяснений и сведений о данных тоже задаётся этим соглашением.",
      en: "The owner and possessor must let users read the AI system's user agreement before they start using it. Users have a right to read it, and the agreement also sets how users obtain explanations and information about the data behind decisions.",
    },
    citations: [cite("ai-law", "15", "2", "5"), cite("ai-law", "16", "1", "1")],
    confidence: "primary",
    keywords: {
      kk: ["пайдаланушы келісімі", "оферта", "шарттар", "ережелер", "terms"],
      ru: ["пользовательское соглашение", "оферта", "условия использования", "terms of service", "правила сервиса"],
      en: ["user agreement", "terms of service", "terms of use", "tos", "eula", "terms and conditions"],
    },
  },
  {
    id: "obligation.ai_disclosure",
    topic: "obligations",
    title: { kk: "ЖИ пайдаланылғаны туралы хабарлау", ru: "Сообщать, что используется ИИ", en: "Telling users AI is used" },
    text: {
      kk: "Пайдаланушыларға тауарлар, жұмыстар немесе қызметтер ЖИ жүйелерінің көмегімен жасалатыны немесе көрсетілетіні туралы хабарлау керек. Мысалы, клиентпен сөйлесетін чат-бот өзінің бот екенін айтуы тиіс. Бұл талап тек дипфейктерге емес, ЖИ-ді пайдаланатын кез келген өнімге қатысты.",
      ru: "Пользователей нужно информировать, что товары, работы или услуги произведены или оказываются с использованием систем ИИ. Например, чат-бот, который общается с клиентом, должен сообщать, что он бот. Требование касается не только дипфейков, а любого продукта, где применяется ИИ.",
      en: "Users must be told when goods, works or services are produced or provided using AI systems. For example, a chatbot talking to customers should say it is a bot. This applies to any product that uses AI, not only deepfakes.",
    },
    citations: [cite("ai-law", "21", "1")],
    confidence: "primary",
    keywords: {
      kk: ["хабарлау", "ескерту", "бот екенін", "ашықтық", "чат-бот", "айту керек пе"],
      ru: ["информировать", "раскрытие", "сообщить что бот", "прозрачность", "чат-бот", "предупреждать"],
      en: ["disclose", "disclosure", "tell customers", "it is a bot", "transparency", "chatbot", "inform users"],
    },
  },
  {
    id: "obligation.synthetic_labelling",
    topic: "obligations",
    title: { kk: "Синтетикалық нәтижелерді таңбалау", ru: "Маркировка синтетических результатов", en: "Labelling synthetic results" },
    text: {
      kk: "Синтетикалық нәтижелерді (нақты адамды немесе болмаған оқиғаны имитациялайтын контентті) тек екі шарт орындалғанда таратуға болады: машина оқитын нысанда таңбалау (мысалы, метадеректер немесе су белгісі) және пайдаланушы шынымен байқай алатын көрнекі немесе өзге ескерту. Ескертуді жасыруға немесе қабылдауды қиындатуға болмайды. Пайдаланушыларды хабардар ету жауапкершілігі меншік иесі немесе иегерде. Жаңылыстыруы мүмкін синтетикалық нәтижелер туралы хабарламау ӘҚБтК 641-1-бабы бойынша айыппұлға әкеледі.",
      ru: "Синтетические результаты (контент, имитирующий реального человека или несуществующее событие) можно распространять только при двух условиях: машиночитаемая маркировка (например, метаданные или водяной знак) и визуальное или иное предупреждение, которое пользователь реально может заметить. Прятать предупреждение или затруднять его восприятие нельзя. Ответственность за информирование пользователей несёт собственник или владелец. Неинформирование о синтетических результатах, способных ввести в заблуждение, наказывается штрафом по ст. 641-1 КоАП.",
      en: "Synthetic results (content imitating a real person or an event that never happened) may be spread only if both conditions hold: a machine-readable label (such as metadata or a watermark) and a visual or other warning the user can actually notice. The warning may not be hidden or made hard to perceive. The owner or possessor is responsible for informing users. Failing to inform users about synthetic results that may mislead them is fined under КоАП art. 641-1.",
    },
    citations: [cite("ai-law", "21", "2"), cite("ai-law", "21", "3"), cite("koap", "641-1", "1", "1")],
    confidence: "primary",
    keywords: {
      kk: ["таңбалау", "белгі", "су белгісі", "дипфейк", "дауысты көшіру", "танымал адамдар", "ескерту", "метадеректер", "машина оқитын"],
      ru: ["маркировка", "маркировать", "пометка", "водяной знак", "дипфейк", "клонирование голоса", "знаменитости", "предупреждение", "метаданные", "сделано ии"],
      en: ["label", "labelling", "labeling", "watermark", "deepfake", "voice cloning", "celebrities", "warning", "metadata", "c2pa", "mark content"],
    },
  },
  {
    id: "labelling.scope",
    topic: "transparency",
    title: { kk: "ЖИ жасаған барлық контентті таңбалау керек пе", ru: "Нужно ли маркировать весь контент от ИИ", en: "Must all AI-generated content be labelled" },
    text: {
      kk: "Жоқ. Машина оқитын таңба мен көрінетін ескерту тек синтетикалық нәтижелерге, яғни нақты адамның келбетін, дауысын, мінез-құлқын немесе болмаған оқиғаны имитациялайтын контентке міндетті. Қарапайым ЖИ мәтіні немесе сурет бұл анықтамаға түспейді, бірақ ЖИ пайдаланылғанын пайдаланушыларға жалпы хабарлау бәрібір қажет.",
      ru: "Нет. Машиночитаемая маркировка и заметное предупреждение обязательны только для синтетических результатов, то есть контента, который имитирует внешность, голос, поведение реального человека или несуществующее событие. Обычный текст или картинка от ИИ под это определение не подпадают, но общее информирование пользователей об использовании ИИ всё равно нужно.",
      en: "No. The machine-readable label plus a visible warning is required only for synthetic results: content imitating a real person's appearance, voice or behaviour, or an event that never happened. Ordinary AI text or pictures fall outside that definition, though users must still be told in general that AI is used.",
    },
    citations: [cite("ai-law", "1", "4"), cite("ai-law", "21", "2"), cite("ai-law", "21", "1")],
    confidence: "primary",
    keywords: {
      kk: ["барлық контент", "мәтін", "сурет", "таңбалау керек пе", "генерация"],
      ru: ["весь контент", "тексты", "картинки", "надо ли маркировать", "сгенерированный", "генерация"],
      en: ["all content", "ai text", "ai images", "do i have to label", "generated", "every output"],
    },
  },
  {
    id: "obligation.automated_decision_consent",
    topic: "personal_data",
    title: { kk: "Толық автоматтандырылған шешімдерге келісім", ru: "Согласие на полностью автоматизированные решения", en: "Consent for fully automated decisions" },
    text: {
      kk: "Егер дербес деректерді автоматтандырылған өңдеу нәтижесінде адамның құқықтары немесе заңды мүдделері пайда болса, өзгерсе немесе тоқтатылса (мысалы, несиеден немесе жұмыстан автоматты бас тарту), мұндай өңдеуге тек адамның келісімімен немесе заңда көзделген жағдайда ғана жол беріледі. ЖИ заңы бұл талаптарды дербес деректер туралы заңға жібереді.",
      ru: "Если в результате автоматизированной обработки персональных данных у человека возникают, меняются или прекращаются права или законные интересы (например, автоматический отказ в кредите или в найме), такая обработка допускается только с его согласия или в случаях, предусмотренных законом. Закон об ИИ отсылает по этому вопросу к закону о персональных данных.",
      en: "Where automated processing of personal data creates, changes or ends a person's rights or legitimate interests (say, an automatic refusal of a loan or a job), it is allowed only with that person's consent or where a law provides for it. The AI law leaves these requirements to the personal-data law.",
    },
    citations: [cite("pd-law", "19-1", "1"), cite("ai-law", "21", "4")],
    confidence: "primary",
    keywords: {
      kk: ["автоматты шешім", "автоматтандырылған шешім", "келісім", "несие", "бас тарту", "скоринг"],
      ru: ["автоматическое решение", "автоматизированное решение", "согласие", "кредит", "отказ", "скоринг", "без участия человека"],
      en: ["automated decision", "automated decision-making", "consent", "loan", "rejection", "credit decision", "no human"],
    },
  },
  {
    id: "obligation.automated_decision_objection",
    topic: "personal_data",
    title: { kk: "Автоматты шешімге қарсылық: 3 жұмыс күні", ru: "Возражение против автоматизированного решения: 3 рабочих дня", en: "Objections to automated decisions: 3 working days" },
    text: {
      kk: "Автоматтандырылған өңдеуді жүргізетін меншік иесі, оператор немесе үшінші тұлға адамға өңдеу тәртібі мен оның салдарын түсіндіруге, қарсылық білдіру мүмкіндігін беруге және құқықтарын қалай қорғауға болатынын түсіндіруге міндетті. Қарсылық алынған күннен бастап үш жұмыс күні ішінде қаралып, нәтижесі адамға хабарлануы тиіс. ЖИ заңы да пайдаланушының осылар туралы білуге құқығын бекітеді.",
      ru: "Собственник, оператор или третье лицо, проводящие автоматизированную обработку, обязаны объяснить человеку её порядок и последствия, дать возможность возразить и разъяснить, как защитить свои права. Возражение нужно рассмотреть в течение трёх рабочих дней со дня получения и сообщить человеку результат. Закон об ИИ тоже закрепляет право пользователя знать об этом.",
      en: "The owner, operator or third party running automated processing must explain to the person how it works and its consequences, give a way to object, and explain how to protect their rights. An objection must be reviewed within three working days of receipt and the person told the outcome. The AI law also gives users the right to be told all this.",
    },
    citations: [cite("pd-law", "19-1", "2"), cite("pd-law", "19-1", "3"), cite("ai-law", "7", "2")],
    confidence: "primary",
    keywords: {
      kk: ["қарсылық", "шағым", "үш жұмыс күні", "мерзім", "апелляция", "қайта қарау", "түсіндіру"],
      ru: ["возражение", "жалоба", "три рабочих дня", "срок ответа", "обжаловать", "пересмотр", "объяснение"],
      en: ["objection", "complaint", "three working days", "deadline", "how fast", "reply", "respond", "appeal", "contest", "human review", "explanation"],
    },
  },
  {
    id: "obligation.data_localisation",
    topic: "personal_data",
    title: { kk: "Дербес деректерді Қазақстанда сақтау", ru: "Хранение персональных данных в Казахстане", en: "Storing personal data in Kazakhstan" },
    text: {
      kk: "Дербес деректерді меншік иесі, оператор және кез келген үшінші тұлға Қазақстан аумағындағы базада сақтауы тиіс. Бұл ЖИ жүйелеріне де қатысты: пайдаланушылардың дербес деректерін тек шетелдік бұлтта сақтау бұл талапқа сай келмейді. Деректер жинау мақсатына жеткенше сақталады, егер заң басқаша белгілемесе.",
      ru: "Персональные данные собственник, оператор и любое третье лицо должны хранить в базе, расположенной на территории Казахстана. Это касается и систем ИИ: хранить персональные данные пользователей только в зарубежном облаке этому требованию не соответствует. Срок хранения – до достижения целей сбора, если закон не устанавливает иное.",
      en: "The owner, operator and any third party must store personal data in a database located in Kazakhstan. This applies to AI systems too: keeping users' personal data only in a foreign cloud does not meet the rule. Data are kept until the purpose of collection is achieved, unless a law says otherwise.",
    },
    citations: [cite("pd-law", "12", "2")],
    confidence: "primary",
    keywords: {
      kk: ["локализация", "сақтау", "сервер", "бұлт", "шетелде", "деректер орталығы", "AWS"],
      ru: ["локализация", "хранение", "сервер", "облако", "за рубежом", "дата-центр", "AWS", "хранить данные"],
      en: ["localisation", "localization", "data residency", "storage", "server", "cloud", "abroad", "aws", "data centre"],
    },
  },
  {
    id: "obligation.cross_border_transfer",
    topic: "personal_data",
    title: { kk: "Дербес деректерді шетелге беру", ru: "Трансграничная передача персональных данных", en: "Transferring personal data abroad" },
    text: {
      kk: "Дербес деректерді шетелге тек дербес деректерді қорғауды қамтамасыз ететін елдерге беруге болады. Қорғамайтын елге беру адамның келісімімен, ратификацияланған халықаралық шарт бойынша, заңда көзделген қоғамдық мүдде үшін немесе келісім алу мүмкін болмағанда адамның конституциялық құқықтарын қорғау үшін ғана рұқсат етіледі. Заң беруге тыйым сала немесе шектей алады. Шетелде модельді оқыту үшін деректерді беру де осы ережелерге бағынады, ал Қазақстандағы базада сақтау талабы бәрібір қолданылады.",
      ru: "Передавать персональные данные за рубеж можно только в страны, которые обеспечивают их защиту. В страны без такой защиты – только с согласия человека, по ратифицированному международному договору, по закону ради перечисленных общественных интересов или для защиты конституционных прав, когда согласие получить невозможно. Законом передача может быть запрещена или ограничена. Передача данных для обучения модели за рубежом подчиняется тем же правилам, а требование хранить данные в базе в Казахстане действует всё равно.",
      en: "Personal data may go abroad only to countries that protect personal data. Transfer to a country without such protection is allowed only with the person's consent, under a ratified treaty, under a law for listed public interests, or to protect constitutional rights when consent cannot be obtained. A law may ban or limit transfers. Sending data abroad to train a model follows the same rules, and the duty to store data in a database in Kazakhstan still applies.",
    },
    citations: [cite("pd-law", "16", "2"), cite("pd-law", "16", "3"), cite("pd-law", "16", "4"), cite("pd-law", "12", "2")],
    confidence: "primary",
    keywords: {
      kk: ["шетелге беру", "трансшекаралық", "шетелде оқыту", "OpenAI", "API", "шетелдік сервер"],
      ru: ["трансграничная передача", "за границу", "обучение за рубежом", "OpenAI", "API", "зарубежный сервер", "файнтюнинг за рубежом"],
      en: ["cross-border", "transfer abroad", "train abroad", "openai", "api", "foreign server", "international transfer", "fine-tune abroad"],
    },
  },
  {
    id: "obligation.state_infosec",
    topic: "obligations",
    title: { kk: "Мемлекеттік ақпараттық қауіпсіздік талаптары", ru: "Требования по информационной безопасности как для госсистем", en: "State information-security requirements" },
    text: {
      kk: "Қауіп-қатер дәрежесі жоғары ЖИ жүйесі ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектісіне жатқызылса немесе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыруға арналса, ол ақпараттық қауіпсіздік талаптары бойынша мемлекеттік жүйелерге теңестіріледі. Бұл қалған жоғары дәрежелі жүйелерге қолданылмайды.",
      ru: "Высокорисковая система ИИ, отнесённая к критически важным объектам ИКТ-инфраструктуры или предназначенная для формирования государственных электронных информационных ресурсов, в части информационной безопасности приравнивается к государственной. На остальные высокорисковые системы это не распространяется.",
      en: "A high-risk AI system that is classed as a critically important ICT infrastructure object, or is meant to build state electronic information resources, is treated like a state system for information-security requirements. Other high-risk systems are not.",
    },
    citations: [cite("ai-law", "17", "1")],
    confidence: "primary",
    keywords: {
      kk: ["аса маңызды объект", "мемлекеттік ресурстар", "ақпараттық қауіпсіздік", "мемлекеттік жүйе", "госзаказ"],
      ru: ["критически важный объект", "КВОИКИ", "государственные ресурсы", "информационная безопасность", "госсистема"],
      en: ["critical infrastructure", "state information resources", "information security", "government system", "infosec"],
    },
  },
  {
    id: "obligation.local_regime",
    topic: "obligations",
    title: { kk: "Ашық, жабық және оқшау жүйелер", ru: "Открытые, закрытые и локальные системы", en: "Open, closed and local systems" },
    text: {
      kk: "Пайдалану режимі бойынша ЖИ жүйелері ашық (архитектура мен параметрлер еркін қолжетімді), жабық (қол жеткізуді меншік иесі немесе иегер шектейді) және оқшау (ортақ телекоммуникация желілеріне қосылмай, иегердің өз инфрақұрылымында оқытылады және жұмыс істейді) болып бөлінеді. Заңмен қол жеткізу шектелген деректерді өңдеу үшін оқшау жүйелер қолданылады; ашық жүйелерді мұндай деректерге тек ақпараттандыру туралы заңнаманың талаптары сақталса ғана пайдалануға болады.",
      ru: "По режиму использования системы ИИ бывают открытыми (архитектура и параметры свободно доступны), закрытыми (доступ ограничивает собственник или владелец) и локальными (обучаются и работают в инфраструктуре владельца без подключения к сетям общего пользования). Для данных ограниченного доступа применяются локальные системы; открытые системы для таких данных допустимы только при соблюдении законодательства об информатизации.",
      en: "By mode of use, AI systems are open (architecture and parameters freely available), closed (access restricted by the owner or possessor) or local (trained and run inside the possessor's own infrastructure with no connection to public networks). Local systems are used for data whose access is restricted by law; open systems may handle such data only if informatization law is complied with.",
    },
    citations: [cite("ai-law", "17", "4")],
    confidence: "primary",
    keywords: {
      kk: ["оқшау", "локальды", "on-premise", "ашық код", "open source", "жабық", "құпия деректер", "интернетсіз"],
      ru: ["локальная", "on-premise", "открытый код", "open source", "закрытая", "служебная информация", "без интернета", "гостайна"],
      en: ["local", "on-premise", "on-prem", "air-gapped", "open source", "open weights", "closed", "restricted data", "offline"],
    },
  },
  {
    id: "obligation.continuous_control",
    topic: "obligations",
    title: { kk: "Ұдайы бақылау және адамның ерік-жігері", ru: "Постоянный контроль и свобода воли человека", en: "Continuous control and human free will" },
    text: {
      kk: "Меншік иесі, иегер және пайдаланушы ЖИ жүйесінің өмірлік циклінің барлық кезеңінде өз рөліне сай көлемде оны ұдайы бақылауды қамтамасыз етуге міндетті. Жүйені пайдаланғанда адамның дербестігі мен шешім қабылдаудағы ерік-жігер бостандығы сақталуы тиіс.",
      ru: "Собственник, владелец и пользователь обязаны обеспечивать постоянный контроль над системой ИИ на всех этапах её жизненного цикла в объёме, зависящем от их роли. При эксплуатации системы должны сохраняться автономия человека и свобода воли в принятии решений.",
      en: "The owner, possessor and user must each keep continuous control over the AI system at every stage of its lifecycle, to the extent their role requires. Using the system must preserve human autonomy and free will in decision-making.",
    },
    citations: [cite("ai-law", "8", "1"), cite("ai-law", "9")],
    confidence: "primary",
    keywords: {
      kk: ["бақылау", "адамның қадағалауы", "мониторинг", "ерік-жігер", "human in the loop"],
      ru: ["контроль", "человеческий надзор", "мониторинг", "свобода воли", "human in the loop"],
      en: ["human oversight", "control", "monitoring", "oversight", "free will", "human in the loop"],
    },
  },
  {
    id: "obligation.output_lawfulness",
    topic: "obligations",
    title: { kk: "ЖИ нәтижелерінің заңдылығы", ru: "Законность результатов ИИ", en: "Lawful outputs" },
    text: {
      kk: "ЖИ жүйесі қызметінің нәтижелері Қазақстан заңнамасына сәйкес келуі тиіс, ал мұны қамтамасыз ету міндеті меншік иесі мен иегерге жүктеледі. Іс жүзінде бұл модерация, сүзгілер және заңсыз контент шыққан кезде әрекет ету тәртібін білдіреді.",
      ru: "Результаты работы системы ИИ должны соответствовать законодательству Казахстана, и обеспечивать это обязаны собственник и владелец. На практике это модерация, фильтры и порядок действий, если система выдала незаконный контент.",
      en: "An AI system's outputs must comply with Kazakh law, and the owner and possessor carry the duty to make sure they do. In practice that means moderation, filters, and a procedure for when the system produces unlawful content.",
    },
    citations: [cite("ai-law", "21", "5"), cite("ai-law", "11", "2")],
    confidence: "primary",
    keywords: {
      kk: ["модерация", "сүзгі", "жауапкершілік", "кім жауап береді", "контент", "галлюцинация", "жалған ақпарат"],
      ru: ["модерация", "фильтры", "ответственность за ответы", "кто отвечает", "контент", "галлюцинации", "ложная информация"],
      en: ["moderation", "filters", "liable for outputs", "responsibility", "who is responsible", "content", "hallucinations", "false information"],
    },
  },
  {
    id: "obligation.copyright_opt_out",
    topic: "copyright",
    title: { kk: "Оқыту үшін шығармаларды пайдалану және бас тарту белгісі", ru: "Обучение на произведениях и машиночитаемый запрет", en: "Training on works and the machine-readable opt-out" },
    text: {
      kk: "Шығармаларды ЖИ модельдерін оқыту үшін тек автор немесе құқық иеленуші машина оқитын нысанда тыйым салмаған жағдайда ғана пайдалануға болады. Оқыту білім беру немесе ғылыми мақсаттағы еркін пайдалануға жатпайды. Сондықтан деректерді жинағанда машина оқитын тыйым белгілерін (мысалы, robots.txt немесе метадеректер) тексеріп, сақтау керек.",
      ru: "Использовать произведения для обучения моделей ИИ можно только если автор или правообладатель не выразил запрет в машиночитаемой форме. Обучение не относится к свободному использованию в образовательных или научных целях. Поэтому при сборе данных нужно проверять и соблюдать машиночитаемые запреты (например, robots.txt или метаданные).",
      en: "Works may be used to train AI models only if the author or rightsholder has not forbidden it in machine-readable form. Training does not count as free use for educational or research purposes. So when collecting data, check for and respect machine-readable opt-outs (such as robots.txt or metadata).",
    },
    citations: [cite("ai-law", "23", "5"), cite("ai-law", "23", "3")],
    confidence: "primary",
    keywords: {
      kk: ["авторлық құқық", "оқыту", "шығармалар", "тыйым", "robots.txt", "парсинг", "кітаптар", "мақалалар", "суреттер"],
      ru: ["авторское право", "обучение", "произведения", "чужие произведения", "запрет", "robots.txt", "парсинг", "книги", "статьи", "тексты", "opt-out"],
      en: ["copyright", "training", "works", "opt-out", "robots.txt", "scraping", "books", "text and data mining"],
    },
  },
  {
    id: "obligation.prohibited_capability_response",
    topic: "prohibited",
    title: { kk: "Тыйым салынған мүмкіндік анықталса не істеу керек", ru: "Что делать, если выявлена запрещённая возможность", en: "What to do when a prohibited capability is found" },
    text: {
      kk: "Егер жүйеде тыйым салынған жеті мүмкіндіктің бірінің қауіп-қатері анықталса, меншік иесі мен иегер залалды болдырмау және азайту, адамдардың құқықтарын қорғау үшін дереу шара қолдануға тиіс, оның ішінде жүйені тоқтата тұру немесе толық тоқтату. Аудит кезінде тыйым салынған мүмкіндіктердің бар-жоғы міндетті түрде тексеріледі.",
      ru: "Если выявлен риск, что система обладает одной из семи запрещённых возможностей, собственник и владелец должны немедленно принять меры, чтобы предотвратить и уменьшить ущерб и защитить права людей, вплоть до приостановки или полного прекращения работы системы. Наличие запрещённых возможностей обязательно проверяется при аудите.",
      en: "If a risk is found that the system has one of the seven prohibited capabilities, the owner and possessor must act immediately to prevent and reduce damage and protect people's rights, including by suspending or fully stopping the system. Audits always check for prohibited capabilities.",
    },
    citations: [cite("ai-law", "18", "2"), cite("ai-law", "20", "2", "2")],
    confidence: "primary",
    keywords: {
      kk: ["дереу шара", "тоқтату", "өшіру", "инцидент", "тыйым салынған функция"],
      ru: ["немедленные меры", "приостановить", "отключить", "инцидент", "запрещённая функция"],
      en: ["immediate action", "suspend", "shut down", "switch off", "incident", "prohibited feature"],
    },
  },
  {
    id: "obligation.trusted_list_audit",
    topic: "audit",
    title: { kk: "Сенімді жүйелер тізбесі үшін аудит", ru: "Аудит для включения в перечень доверенных систем", en: "Audit for the trusted list" },
    text: {
      kk: "Қауіп-қатер дәрежесі жоғары жүйесін сенімді жүйелер тізбесіне енгізгісі келетін меншік иесі немесе иегер ЖИ жүйесінің аудитін жүргізеді. Бұл ерікті: тізбеге кіргісі келмесе, аудит міндетті емес. Аудит ақпараттық жүйелер аудитін жүргізу қағидаларына (№ 263 бұйрық, № 102/НҚ бұйрығымен өзгертілген) сай жүргізіледі және қосымша екі нәрсені бағалайды: оқытуға арналған дерекнамалардың сапасы мен заңдылығы және тыйым салынған мүмкіндіктердің бар-жоғы (қағидалардың 13-1-тармағы).",
      ru: "Собственник или владелец, который хочет включить высокорисковую систему в перечень доверенных, проводит аудит системы ИИ. Это добровольно: если в перечень не нужно, аудит не обязателен. Аудит идёт по правилам проведения аудита информационных систем (приказ № 263 с изменениями приказа № 102/НҚ) и дополнительно оценивает качество и законность библиотек данных для обучения и наличие запрещённых возможностей (пункт 13-1 правил).",
      en: "An owner or possessor who wants a high-risk system on a trusted list carries out an AI-system audit. This is voluntary: if you do not seek listing, no audit is required. The audit follows the rules for auditing information systems (Order No. 263 as amended by Order No. 102/НҚ) and additionally assesses the quality and lawfulness of training data libraries and whether prohibited capabilities are present (item 13-1 of the rules).",
    },
    citations: [cite("ai-law", "19", "2"), cite("ai-law", "20", "2"), cite("order-263", "13-1")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["аудит", "тізбеге кіру", "ерікті", "аудитор", "сенімді"],
      ru: ["аудит", "включение в перечень", "добровольный", "аудитор", "доверенные"],
      en: ["audit", "get listed", "voluntary", "auditor", "trusted"],
    },
  },
];
