import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 1: the terms a founder needs before any other answer makes sense. */
export const DEFINITION_ENTRIES: KnowledgeEntry[] = [
  {
    id: "def.ai_system",
    topic: "definitions",
    title: { kk: "Жасанды интеллект жүйесі деген не", ru: "Что такое система искусственного интеллекта", en: "What counts as an AI system" },
    text: {
      kk: "Заң бойынша жасанды интеллект (ЖИ) жүйесі – бір немесе бірнеше жасанды интеллект моделінің негізінде жұмыс істейтін ақпараттандыру объектісі. Міндеттердің көбі (15–21-баптар) жүйеге, яғни модельге негізделген өнімге немесе сервиске жүктеледі; ал модельдерді оқып-үйренуді заң бөлек реттейді (23 және 27-баптар). Жасанды интеллектінің өзі адамға тән когнитивті функцияларды имитациялай алатын қабілет ретінде анықталған. Қандай ақпараттандыру объектісі ЖИ жүйесіне жататынының өлшемшарттарын уәкілетті орган бекітеді.",
      ru: "По закону система ИИ – это объект информатизации, который работает на одной или нескольких моделях ИИ. Большинство обязанностей (ст. 15–21) относятся к системе, то есть к продукту или сервису на основе модели; обучение моделей закон регулирует отдельно (ст. 23 и 27). Сам искусственный интеллект определён как способность имитировать когнитивные функции человека. Критерии, по которым объект информатизации относят к системам ИИ, утверждает уполномоченный орган.",
      en: "Under the law an AI system is an informatization object that runs on one or more AI models. Most duties (Art. 15–21) attach to the system, that is the product or service built on a model; training models is regulated separately (Art. 23 and 27). Artificial intelligence itself is defined as the ability to imitate human cognitive functions. The authorized body approves the criteria for deciding which informatization objects count as AI systems.",
    },
    citations: [cite("ai-law", "1", "5"), cite("ai-law", "1", "3"), cite("ai-law", "13", "1", "6"), cite("ai-law", "23"), cite("ai-law", "27")],
    confidence: "primary",
    keywords: {
      kk: ["анықтама", "ұғым", "жүйе", "өнім", "сервис", "бағдарлама", "нейрожелі", "чат-бот", "жатады ма"],
      ru: ["определение", "понятие", "продукт", "сервис", "нейросеть", "чат-бот", "считается ли", "подпадает", "относится"],
      en: ["definition", "define", "meaning", "product", "service", "neural network", "chatbot", "does it apply", "covered", "scope"],
    },
  },
  {
    id: "def.synthetic_results",
    topic: "definitions",
    title: { kk: "Синтетикалық нәтижелер деген не", ru: "Что такое синтетические результаты", en: "What synthetic results are" },
    text: {
      kk: "Синтетикалық нәтижелер – жасанды интеллект (ЖИ) жүйесі жасаған немесе өзгерткен кескін, бейне, аудио, мәтін не олардың қоспасы, егер олар нақты адамның келбетін, дауысын, мінез-құлқын немесе болмаған оқиғаларды имитацияласа. Бұл дипфейк ұғымына жақын және ЖИ жасаған кез келген контенттен тар: нақты адамға немесе болмаған оқиғаға ұқсатпайтын жай мәтін немесе сурет синтетикалық нәтижеге жатпайды.",
      ru: "Синтетические результаты – изображения, видео, аудио, тексты или их сочетания, созданные или изменённые системой ИИ, если они имитируют внешность, голос или поведение реального человека либо события, которых не было. Это близко к понятию дипфейка и уже, чем любой контент, созданный ИИ: обычный сгенерированный текст или картинка, не выдающие себя за человека или реальное событие, сюда не относятся.",
      en: "Synthetic results are images, video, audio, texts or mixes of them that an AI system created or altered, where they imitate a real person's appearance, voice or behaviour, or events that never happened. This is close to the idea of a deepfake and narrower than all AI-generated content: ordinary generated text or pictures that do not pass for a person or a real event are not synthetic results.",
    },
    citations: [cite("ai-law", "1", "4")],
    confidence: "primary",
    keywords: {
      kk: ["дипфейк", "генерация", "генеративті", "жасалған контент", "бейне", "дауыс", "дауысты көшіру", "сурет", "фейк"],
      ru: ["дипфейк", "генерация", "генеративный", "сгенерированный контент", "видео", "голос", "клонирование голоса", "картинка", "фейк", "deepfake"],
      en: ["deepfake", "generated content", "generative", "genai", "fake video", "voice clone", "voice cloning", "image generation"],
    },
  },
  {
    id: "def.ai_model",
    topic: "definitions",
    title: { kk: "ЖИ моделі және оны оқып-үйрену", ru: "Модель ИИ и её обучение", en: "AI model and model training" },
    text: {
      kk: "Жасанды интеллект (ЖИ) моделі – арнаулы міндеттерге арналған, өзгеретін жағдайларға бейімделе алатын, жинақталған тәжірибеден оқып-үйренетін және өз жұмысын оңтайландыратын бағдарламалық өнім. Модельді оқып-үйрену – модельдің интеллектуалды міндеттерді орындау қабілетін қалыптастыру немесе жақсарту үшін деректерді өңдеу. Модель ақпараттандыру объектісінде жұмыс істей бастағанда, ол ЖИ жүйесінің бөлігі болады.",
      ru: "Модель ИИ – программный продукт для специализированных задач, который умеет подстраиваться под меняющиеся условия, учиться на накопленном опыте и оптимизировать свою работу. Обучение модели – обработка данных, чтобы сформировать или улучшить её способность решать интеллектуальные задачи. Когда модель работает внутри объекта информатизации, она становится частью системы ИИ.",
      en: "An AI model is a software product built for specialised tasks that can adapt to changing conditions, learn from accumulated experience and optimise its own work. Training a model means processing data to build or improve its ability to perform intellectual tasks. Once a model runs inside an informatization object, it is part of an AI system.",
    },
    citations: [cite("ai-law", "1", "8"), cite("ai-law", "1", "9")],
    confidence: "primary",
    keywords: {
      kk: ["модель", "LLM", "нейрожелі", "оқыту", "файнтюнинг", "fine-tuning"],
      ru: ["модель", "LLM", "нейросеть", "обучение", "дообучение", "файнтюнинг", "fine-tuning"],
      en: ["model", "llm", "foundation model", "neural network", "training", "fine-tuning", "machine learning"],
    },
  },
  {
    id: "def.user",
    topic: "definitions",
    title: { kk: "Пайдаланушы кім", ru: "Кто такой пользователь", en: "Who is a user" },
    text: {
      kk: "Пайдаланушы – нақты бір функцияны немесе міндетті орындау үшін жасанды интеллект (ЖИ) жүйесін пайдаланатын адам. Бұл жеке тұлға да, ұйым да болуы мүмкін. Пайдаланушының меншік иесі мен иегерінен бөлек өз құқықтары мен міндеттері бар.",
      ru: "Пользователь – лицо, которое использует систему ИИ для конкретной функции или задачи. Это может быть и человек, и организация. У пользователя свои права и обязанности, отдельные от прав и обязанностей собственника и владельца.",
      en: "A user is a person who uses an AI system to perform a specific function or task. That can be an individual or an organisation. Users have their own rights and duties, separate from those of owners and possessors.",
    },
    citations: [cite("ai-law", "1", "7"), cite("ai-law", "16")],
    confidence: "primary",
    keywords: {
      kk: ["клиент", "тұтынушы", "қолданушы", "адам"],
      ru: ["клиент", "потребитель", "юзер", "конечный пользователь"],
      en: ["customer", "end user", "consumer", "client"],
    },
  },
  {
    id: "def.data_library",
    topic: "definitions",
    title: { kk: "Дерекнама және дерекнаманы әзірлеуші", ru: "Библиотека данных и её изготовитель", en: "Data library and its producer" },
    text: {
      kk: "Дерекнама – жасанды интеллект (ЖИ) модельдерін оқып-үйренуге жарамды құрылымдалған немесе топтастырылған деректер жиынтығы, яғни датасет. Дерекнаманы әзірлеуші – деректерді жинауды, өңдеуді және құрылымдауды ұйымдастырған адам. Дерекнамалардың меншік иелері мен иегерлері олардың сапасы мен өзектілігін қамтамасыз етуге, қол жеткізу шарттарын пайдаланушыға жеткізуге және дербес деректер мен авторлық құқық туралы заңдарды сақтауға міндетті. Әзірлеуші туралы мәліметтер дерекнама құрылғанда және берілген сайын машина оқитын нысанда көрсетілуге тиіс.",
      ru: "Библиотека данных – набор структурированных или сгруппированных данных, пригодных для обучения моделей ИИ, то есть датасет. Изготовитель библиотеки – тот, кто организовал сбор, обработку и структурирование данных. Собственники и владельцы библиотек обязаны следить за их качеством и актуальностью, сообщать пользователям условия доступа и соблюдать законы о персональных данных и авторском праве. Сведения об изготовителе указываются в машиночитаемой форме при создании библиотеки и при каждой её передаче.",
      en: "A data library is a set of structured or grouped data suitable for training AI models, in other words a dataset. Its producer is whoever organised collecting, processing and structuring the data. Owners and possessors of data libraries must ensure their quality and keep them up to date, tell users the terms of access, and respect personal-data and copyright law. The producer's details must be stated in machine-readable form when the library is created and every time it is handed on.",
    },
    citations: [cite("ai-law", "1", "1"), cite("ai-law", "1", "2"), cite("ai-law", "27", "2"), cite("ai-law", "27", "5")],
    confidence: "primary",
    keywords: {
      kk: ["датасет", "деректер жиынтығы", "оқыту деректері", "метадеректер"],
      ru: ["датасет", "набор данных", "обучающие данные", "метаданные", "разметка"],
      en: ["dataset", "training data", "data set", "metadata", "corpus"],
    },
  },
  {
    id: "def.authorized_body",
    topic: "definitions",
    title: { kk: "Уәкілетті орган", ru: "Уполномоченный орган", en: "The authorized body" },
    text: {
      kk: "Уәкілетті орган – жасанды интеллект (ЖИ) саласына басшылық жасайтын және салааралық үйлестіруді жүзеге асыратын орталық атқарушы орган. Ол бақылау-қадағалау функцияларын атқарады, ЖИ жүйелеріне арналған құжаттама тізбесін, ақпараттандыру объектілерін ЖИ жүйелеріне жатқызу өлшемшарттарын бекітеді, машина оқитын нысандардың тәртібін және сенімді жүйелер тізбелерін жариялау тәртібін айқындайды. ӘҚБтК-тің 692-3-бабы бойынша 641-1-бапта көзделген әкімшілік құқық бұзушылық туралы істерді де осы орган қарайды. Заң нақты министрліктің атауын көрсетпейді.",
      ru: "Уполномоченный орган – центральный исполнительный орган, который руководит сферой ИИ и координирует её между отраслями. Он ведёт контроль и надзор, утверждает перечень документации на системы ИИ и критерии отнесения объектов к системам ИИ, определяет порядок машиночитаемых форм и порядок публикации перечней доверенных систем. По ст. 692-3 КоАП этот же орган рассматривает дела об административных правонарушениях по ст. 641-1 КоАП. Конкретное министерство в законе не названо.",
      en: "The authorized body is the central executive body that leads the AI field and coordinates it across sectors. It carries out control and supervision, approves the list of documentation for AI systems and the criteria for what counts as an AI system, and sets the procedures for machine-readable forms and for publishing the trusted lists. Under art. 692-3 of the Code of Administrative Offences (CAO) the same body hears the administrative cases under CAO art. 641-1. The law does not name a specific ministry.",
    },
    citations: [cite("ai-law", "1", "10"), cite("ai-law", "13", "1"), cite("ai-law", "22", "3"), cite("ai-law", "19", "1"), cite("koap", "692-3", "1")],
    confidence: "primary",
    keywords: {
      kk: ["реттеуші", "мемлекеттік орган", "бақылау", "қадағалау", "кім тексереді"],
      ru: ["регулятор", "госорган", "надзор", "контроль", "кто проверяет", "кто контролирует"],
      en: ["regulator", "government body", "supervisor", "oversight", "who enforces", "who supervises"],
    },
  },
  {
    id: "def.ministry",
    topic: "definitions",
    title: { kk: "Қай министрлік реттейді", ru: "Какое министерство регулирует ИИ", en: "Which ministry regulates AI" },
    text: {
      kk: "Хабарланғандай, іс жүзінде уәкілетті орган – Жасанды интеллект және цифрлық даму министрлігі. Бұл заң мәтінінде жоқ, ол тек уәкілетті органның міндеттерін сипаттайды; министрліктің атауы жаңалықтар мен заң фирмаларының хабарламаларынан алынған.",
      ru: "По сообщениям, на практике уполномоченный орган – Министерство искусственного интеллекта и цифрового развития. В тексте закона этого нет, он описывает только функции уполномоченного органа; название министерства взято из новостей и обзоров юридических фирм.",
      en: "As reported, the authorized body in practice is the Ministry of Artificial Intelligence and Digital Development. The law text does not say so; it only describes the authorized body's functions. The ministry's name comes from news and law-firm reports.",
    },
    citations: [cite("ai-law", "1", "10")],
    confidence: "secondary",
    keywords: {
      kk: ["министрлік", "цифрлық даму", "реттеуші", "мемлекеттік орган"],
      ru: ["министерство", "МЦРИАП", "цифрового развития", "регулятор", "ведомство"],
      en: ["ministry", "digital development", "regulator", "government agency"],
    },
  },
  {
    id: "def.owner_possessor",
    topic: "definitions",
    title: { kk: "Меншік иесі және иегер", ru: "Собственник и владелец", en: "Owner and possessor" },
    text: {
      kk: "Заң міндеттердің басым бөлігін жасанды интеллект (ЖИ) жүйесінің меншік иесі мен иегеріне жүктейді, бірақ бұл екі ұғымды анықтамайды; олар жалпы азаматтық және ақпараттандыру құқығынан алынады. Хабарланған министрлік түсіндірмесі бойынша меншік иесі жүйеге меншік құқығымен ие болады, ал иегер меншікті өзіне алмай-ақ жүйені іс жүзінде пайдаланады. Жүйені өзі жасап, өзі іске қосатын стартап көбіне әрі меншік иесі, әрі иегер болады.",
      ru: "Закон возлагает большую часть обязанностей на собственника и владельца системы ИИ, но эти понятия не определяет: они берутся из общего гражданского права и законодательства об информатизации. По сообщениям, министерство разъясняет так: собственник владеет системой на праве собственности, а владелец фактически её эксплуатирует без перехода права собственности. Стартап, который сам создал и сам запускает систему, обычно является и тем и другим.",
      en: "The law puts most duties on the owner and the possessor of an AI system but does not define either term; they come from general civil and informatization law. As reported, the ministry explains that the owner holds the system by right of ownership, while the possessor actually operates it without owning it. A startup that builds and runs its own system is usually both.",
    },
    citations: [cite("ai-law", "15"), cite("ai-law", "17", "1")],
    confidence: "secondary",
    keywords: {
      kk: ["меншік иесі", "иегер", "әзірлеуші", "оператор", "жеткізуші", "кім жауап береді", "провайдер"],
      ru: ["собственник", "владелец", "разработчик", "оператор", "провайдер", "поставщик", "кто отвечает", "деплоер"],
      en: ["owner", "possessor", "holder", "developer", "provider", "deployer", "operator", "who is responsible"],
    },
  },
];
