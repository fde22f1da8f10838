import type { Lang, Trilingual } from "../types.js";
import type { Question, QuestionId } from "./questions.js";

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
      kk: "Жүйе адамның қатысуынсыз адамдар туралы олардың құқықтарын беретін, өзгертетін немесе тоқтататын шешімдерді өзі қабылдай ма (мысалы, несиені мақұлдау, қызметтен бас тарту, аккаунтты бұғаттау)?",
      ru: "Принимает ли система сама, без участия человека, решения о людях, которые дают, меняют или прекращают их права (например, одобряет кредит, отказывает в услуге, блокирует аккаунт)?",
      en: "Does the system decide about people on its own, with no person involved, in ways that give, change or take away their rights (for example approving a loan, refusing a service, blocking an account)?",
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
      kk: "Жүйе адамдардың биометриялық деректері бойынша олардың нәсілі, саяси көзқарастары, діни тиесілілігі немесе осыған ұқсас белгілері туралы тұжырым жасап, оларға әртүрлі қарау үшін сыныптай ма?",
      ru: "Делит ли система людей по биометрическим данным, делая выводы об их расе, политических взглядах, религии или похожих признаках, чтобы к ним относились по-разному?",
      en: "Does the system sort people by biometric data, inferring their race, political views, religion or similar traits, so that they can be treated differently?",
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
      kk: "Жүйе адамдарды әйтпесе қабылдамайтын шешімдерге итермелеу үшін жасырын немесе алдамшы тәсілдерді пайдалана ма?",
      ru: "Использует ли система скрытые или обманные приёмы, чтобы подтолкнуть людей к решениям, которые иначе они бы не приняли?",
      en: "Does the system use hidden or deceptive techniques to push people into decisions they would not otherwise make?",
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
        kk: "Пайдаланушылар уақыт не ақша жоғалтады немесе моральдық зиян шегеді",
        ru: "Пользователи потеряют время или деньги либо им будет причинён моральный вред",
        en: "Users would lose time or money, or suffer distress",
      },
      severe: {
        kk: "Төтенше жағдай немесе адамдардың өмірі мен денсаулығына, қауіпсіздікке, экономикаға не инфрақұрылымға елеулі залал",
        ru: "Чрезвычайная ситуация или серьёзный ущерб жизни и здоровью людей, безопасности, экономике или инфраструктуре",
        en: "An emergency, or serious damage to people's lives and health, security, the economy or infrastructure",
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
      kk: "Модельді авторлық құқықпен қорғалатын туындыларда (басқалардың мәтіндері, суреттері, музыкасы, коды) оқытасыз ба?",
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

/** A question's prompt and option labels in the founder's language, options in the question's order. */
export function questionText(question: Question, lang: Lang): { prompt: string; options: { id: string; label: string }[] } {
  const text = TEXTS[question.id];
  return {
    prompt: text.prompt[lang],
    options: question.options.map((o) => {
      const label = text.options?.[o.id] ?? YES_NO_LABELS[o.id];
      if (label === undefined) throw new Error(`question ${question.id} has no label for option ${o.id}`);
      return { id: o.id, label: label[lang] };
    }),
  };
}
