import type { Lexicon } from "../rule.js";

// Word lists shared by several rules; each is one slot (see Pattern in ../rule.ts). Kazakh roots stay whole at the
// start of a word while suffixes pile up behind them (камера-лар-ымыз), so most entries are root prefixes.
const PEOPLE =
  "қолданушы*|пайдаланушы*|клиент*|алушы*|абонент*|азамат*|тұрғын*|науқас*|студент*|оқушы*|ойыншы*|фермер*|адам*|келуші*|көрермен*|ата-ана*|қызметкер*|мұғалім*|судья*|талдаушы*|менеджер*|hr-менеджер*|басшы*|редактор*|жүргізуші*|дәрігер*|полиция*|мейірбике*|курьер*|агент*|бала*|үміткер*|оператор*|заңгер*|тыңдарман*|оқырман*|қатысушы*|сайлаушы*|жұмысшы*|әзірлеуші*|әріптес*|үйлестіруші*|талапкер*";
const HUMAN_ROLE =
  "адам*|мейірбике*|дәрігер*|менеджер*|hr-менеджер*|мұғалім*|агент*|оператор*|қызметкер*|маман*|редактор*|талдаушы*|судья*|заңгер*|фермер*|диспетчер*|модератор*|әкімші*|инспектор*|кассир*|басшы*|үйлестіруші*|комиссия*";
// "сақтандыру" (insurance) shares the root of "сақтау" (to store), so storing is spelled out.
const STORE = "сақтай*|сақтал*|сақтау*|сақтап*|сервер*|хостинг*|бұлт*|дата-орталық*|дерекқор*|орналас*|тұр";
const KAZAKHSTAN = "қазақстан*|алматы*|астана*|шымкент*|қарағанды*|елімізде|отандық*";
const ABROAD =
  // "ақша" (money) stems like "АҚШ" (USA); the country only counts with a hyphenated ending (АҚШ-та).
  "шетел*|франкфурт*|германия*|ирландия*|еуропа*|еуроодақ*|ақш-*|америка*|aws*|azure|gcp|amazon|google|нидерланд*|амстердам*|лондон*|сингапур*|ресей*|мәскеу*";
const TRAINING = "оқыт*|үйрет*|жаттықтыр*";
const FAILS = "бұзыл*|істемей*|істемесе|тоқта*|сөн*|қате*|қателес*|құла*|ақаула*|істен|байқамай*|өткізіп*|ақау*";
const EMOTIONS =
  "эмоция*|ашулан*|ашулы*|ашуы|ашуын|ызалан*|ыза*|мұңай*|қайғыр*|қобалж*|уайымда*|абыржы*|күйзел*|стресс*|ренжі*|қуан*|қорқ*|зерік*|шаршап";
const CONSENT = "келісім*|рұқсат*";
const WITHOUT_CONSENT = "келісімсіз*|келісімінсіз*|рұқсатсыз*|рұқсатынсыз*|білдірмей*";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "дерек*|мәлімет*|ақпарат*|дербес|профил*|сауалнама*|хат-хабар*|байланыс*";
const DECISION_VERB = "бер*|шеш*|бекіт*|мақұлда*|айыппұл|белгіле*|рәсімде*|есепте*|тағайында*|бұғатта*|бас|өшір*|ажырат*|шеттет*|шығар*|қабылдама*";
const DECISION_OBJECT =
  "несие*|кредит*|қарыз*|полис*|лимит*|жәрдемақы*|айыппұл*|өтініш*|баға*|жалақы*|сыйақы*|ақша*|жүргізуші*|курьер*|қызметкер*|аккаунт*|қолданушы*|клиент*|студент*|үміткер*|грант*|талапкер*|стипендия*|виза*|рұқсат*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "өзгерт*|түзет*|болдырма*|тоқтат*|жөнде*|қайта";
const AUTOMATIC = "өзі|автоматты*|бірден|ешбір|ешкім";
// "Without a person" (PD Law art. 19-1): nobody takes part in the decision. Whether a person can correct it
// afterwards, which is what Art. 17(2) turns on, is another question.
const WITHOUT_PERSON = "қатысуынсыз*|қатысусыз*|қатыссыз*|араласуынсыз*|араласусыз*|адамсыз*|қызметкерсіз*|мамансыз*|операторсыз*|менеджерсіз*";
const DECIDES = "шеш*|мақұлда*|бекіт*|қабылдама*|тағайында*|бұғатта*|айыппұл*|белгіле*|рәсімде*";
// Synthetic media of a real, known person (Art. 21(2)); "жаса*" spelled as a prefix so that "жас" (age) is not one.
const MAKES = "жаса*|генерацияла*|генерация*|шығар*|дайында*|синтезде*|монтажда*";
const FACE_OR_VOICE = "бет|бетін|бетіне|беті|бетімен|бет-әлпет*|жүзін*|дауыс*|келбет*";
const KNOWN_PERSON = "белгілі|әйгілі|танымал|атақты|актер*|актёр*|актриса*|жұлдыз*|саясаткер*|әнші*|блогер*|спортшы*|жүргізуші*";
const VULNERABLE = "қарт*|егде*|зейнеткер*|бала*|жасөспірім*|мүгедек*|кедей*|әлсіз*|тәуелді*|қарыздар*";

/** Kazakh: founders' everyday words, mapped to profile fields. */
export const kk: Lexicon = {
  lang: "kk",
  negationWords: ["жоқ", "емес", "ешқандай", "ешбір", "ешкім", "ешкімге", "ешкімді", "ешкімнің", "ешқашан", "ештеңе", "ештеңені", "ешнәрсе", "ешқайда"],
  forwardNegationWords: [],
  // Negative verbs: root + ма/ме/ба/бе/па/пе + a tense or person ending (жинамаймыз, байқамайды, айтпаған, келіспесе).
  // "-мас бұрын" (before doing) is left out: it is a time clause, not a denial.
  negationShape: /^[\p{L}-]{2,}(?:ма|ме|ба|бе|па|пе)(?:й|ймын|ймін|ймыз|йміз|йсың|йсің|йсыз|йсіз|йды|йді|йтын|йтін|ған|ген|ды|ді|дық|дік|ңыз|ңіз|йынша|йінше|са|се)$/u,
  clauseWords: ["бірақ", "ал", "алайда", "дегенмен", "сондықтан"],
  // "-сыз/-сіз" (without): «адамсыз», «қызметкерсіз», «келісімінсіз». Without a person's taking part («адамның
  // қатысуынсыз», «маманның бақылауынсыз») that person is absent too; without a client's consent
  // («клиенттің келісімінсіз») the client and his data are still there, so only taking part denies its owner.
  privative: {
    shape: /^[\p{L}-]{3,}(?:сыз|сіз)$/u,
    owned: /^(?:қатысу|араласу|бақылау|қадағалау|тексеру)[ыі]н(?:сыз|сіз)$/u,
    owner: /(?:ның|нің|дың|дің|тың|тің)$/u,
  },
  rules: [
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, patterns: ["ешкім|!neg байқа*|сезбей*|қиналма*|зардап*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} жай|тек|әншейін күт*|көрсет*|қолмен|кейін|танымал*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 8, patterns: [`${FAILS} қоңырау*|хабарлас*|әкімші*|қолмен`] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} ақша*|жоғалт*|шығын*|айыппұл*|кешік*|кептеліс*|кезек*|жанармай*|отын*|шағым*|зиян*|артық|тастау*|бүлін*`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [`${FAILS} жарық|электр*|қуат*|подстанция*|апат*|төтенше*|өлім*|қаза*|өмір*|улан*|жарыл*|өрт*`] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["жарыл*|апат*|қаза*|қайтыс*|өлім*|улан*|төтенше* мүмкін|қаупі|әкел*|болуы"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, window: 2, patterns: ["подстанция*|энергожүйе*|электрстанция*|құбыр*|атом*", "электр|жылу желі*", "су тазарт*|жабдықта*|арна*"] },
    { field: "stateResources", value: "yes", weight: 0.85, window: 3, patterns: ["мемлекеттік|ұлттық кадастр*|тізілім*|дерекқор*|база*|ақпараттық"] },

    // Domain of use. A nearby negation does not change the area, so negated keeps the value.
    { field: "domain", value: "finance", negated: "finance", weight: 0.8, patterns: ["несие*|кредит*|банк*|сақтандыр*|қарыз*|ипотека*|скоринг*|микроқарыз*|полис*"] },
    { field: "domain", value: "finance", negated: "finance", weight: 0.6, window: 2, patterns: ["карта* төлем*|транзакция*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.8, patterns: ["науқас*|емхана*|клиника*|дәрігер*|ауру*|мейірбике*|медицина*|диагноз*|денсаулық*|стоматолог*|дәріхана*|пациент*|дәрі-дәрмек*|рецепт*|тамыр|жедел"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, unless: "сайлау*|депутат*", patterns: ["түйіндеме*|үміткер*|резюме|hr|hr-*|вакансия*|курьер*|кадр*|жалақы*|ауысым*|сұхбат*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, window: 8, patterns: ["өшір*|бұғатта*|шеттет*|айыппұл* жүргізуші*|курьер*|жұмысшы*"] },
    // Weak cues, one rule each, so that two of them together pass and one alone does not.
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["кеңсе*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["қызметкер*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["басшы*"] },
    { field: "domain", value: "education", negated: "education", weight: 0.8, patterns: ["студент*|емтихан*|мектеп*|мұғалім*|оқушы*|университет*|оқытушы*|сабақ*|үлгерім*|прокторинг*|репетитор*|талапкер*|грант*|стипендия*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.75, unless: "сенімді", patterns: ["әкімдік*|әкімшілік*|egov|министрлік*|азамат*|цон", "халыққа қызмет*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["тұрғын*|анықтама*|жәрдемақы*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["мемлекет*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["кадастр*|тізілім*"] },
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.85, patterns: ["полиция*|іздеудегі*|ізделуші*|қылмыс*|күдікті*"] },
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, patterns: ["сот|судья*|үкім*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["көші-қон*|мигрант*|виза*|шекара*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, window: 2, patterns: ["подстанция*|энергожүйе*|электрстанция*|құбыр*|атом*", "электр|жылу желі*", "су тазарт*|жабдықта*|арна*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, patterns: ["бағдаршам*|такси*|маршрут*|логистика*|автобус*|кептеліс*|теміржол*|әуежай*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.45, patterns: ["көлік*|жүргізуші*|жол"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["жарнам*|маркетинг*|промо*|бренд*|блогер*|таргет*|логотип*|баннер*|дизайн*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["колл-орталық*|колл-центр*|абонент*|қолдау*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.85, window: 3, patterns: ["сұрақ* жауап*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["клиенттерге*|клиентке*|клиенттеріне*|абоненттерге*|алушыларға*|қолданушыларға* жауап*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["жазылу*|әкімші*|брондау*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, patterns: ["жаңалық*|аудиокітап*|музыка*|фильм*|кино*|мем|мемдер*|подкаст*|журналист*|редактор*|блог|ән|әндер*|әнші*|трек*|тыңдарман*|плейлист*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.5, patterns: ["бейне*|видео*|сурет*|фото*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.75, patterns: ["интернет-дүкен*|маркетплейс*|тауар*|касса*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.5, patterns: ["дүкен*|сауда*", "сатып ал*"] },
    { field: "domain", value: "other", negated: "other", weight: 0.85, patterns: ["емле*|аударма*|фермер*|егін*|егістік*|арамшөп*|агро*|суар*|топырақ*|казино*|ойын*|ұтыл*|бидай*|астық*|спутник*|жеміс*"] },

    // Art. 17(2): who has the final word.
    { field: "autonomy", value: "low", weight: 0.85, window: 2, patterns: ["соңғы|түпкілікті шешім*|сөз*|таңдау*"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE} шешеді|шешім*|таңдайды|бекітеді`] },
    { field: "autonomy", value: "low", weight: 0.8, window: 8, patterns: ["тексер*|қарайды|бекіт* әр|барлық бұрын"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} растай*|бекіт*|тексер*|қол қояды әр|барлық`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["өздері шешеді|таңдайды"] },
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: ["қоңырау*|хабарлас*|жүгін* ашу*|ашады*|қалпына*|бұғаттан*"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: ["кеңес*|ұсыныс* ретінде|ғана"] },
    // "өзгерте алады" (can change) against "өзгерте алмайды" (cannot): the modal verb carries the negation.
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} алады|ала|болады ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.8, window: 8, patterns: [`${HUMAN_ROLE} алмайды|болмайды ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["ешкім* хабарлас*|шағымдан*|жүгін*|қоңырау*|тексермей*|қарамай*"] },
    { field: "autonomy", value: "medium", weight: 0.6, negated: "high", patterns: ["шағымдан*|наразылық*"] },
    // Nobody checks what the system decided. Nobody taking part in the decision («ешбір қызметкер қатыспайды»,
    // «адамның қатысуынсыз», «толығымен автоматты») is no class of its own: the system decides under medium autonomy
    // too (Art. 17(2)(2)); it is the automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["ешбір|ешкім|!neg қызметкер*|адам*|маман*|оператор* тексер*"] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} пайдалан*|қолдан*|көреді|көріп|жазады|жазып|сұрайды|орнат*|жіберген|сөйлес*|жүктейді|таңдайды|тексереді|салыстыр*|өзгерт*|қабылдайды|күтеді|айт*|ұсын*|түсіндір*|жауап*|жібер*|береді|хабарлама*|жүгін*|тыңда*|оқиды|қоңырау*|төлейді|тапсырыс*`] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["қосымша*|бот|чат-бот*|чат*|сайт*|портал*|платформа*|көмекші*|кеңейтім*|браузер*"] },

    // Art. 10, PD Law: personal data.
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["дербес|жеке дерек*|мәлімет*|ақпарат*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`болжа*|бақыла*|бағала*|анықта* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE} дерек*|тарих*|жазба*|профил*|бет|бетін|аты-жөн*|есім*|белгі*|төлем*|мінез*|жүріс-тұрыс*|пост*|телефон*|паспорт*|құжат*|өтініш*|түйіндеме*|үлгерім*|көз*|рейтинг*|мекенжай*|пошта*|табыс*|хат*|тізім*`,
    ] },
    // What people bought before is their purchase history ("адамдардың бұрын не сатып алғанына қарай").
    { field: "personalData", value: "yes", weight: 0.75, window: 7, patterns: [`сатып алған*|алғандар* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["түйіндеме*|резюме", "төлем* тарих*", "жазба* колл-*|клиент*|қоңырау*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["карта* төлем*", "өтініш* толтыр*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сервер*|сат*|үшінші", patterns: ["!neg дербес|жеке дерек*|мәлімет*|ақпарат*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 4, patterns: ["!neg адам*|бет* сурет*|кадр*|бейне*|фото*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*", patterns: ["аты-жөн*|телефон*|мекенжай*|байланыс*|есім* !neg", "адам*|жеке|клиент*|қолданушы*|пайдаланушы* дерек*|мәлімет*|ақпарат* !neg"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["анонимді*|жасырын* дерек*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*", patterns: ["қолданушы*|пайдаланушы*|клиент*|адам* туралы !neg"] },

    // PD Law art. 12(2): where data live and where training runs.
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: TRAINING, patterns: [`${STORE} ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: TRAINING, negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    // A place named next to storing ("Қазақстанда сақталады") is where data live, not where training runs.
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "сақта*", patterns: [`${TRAINING} ${ABROAD}`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "сақта*", patterns: [`${TRAINING} ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // "-сыз" (without) sits inside the word: "келісімінсіз" fills no CONSENT slot (see privative), so it is a rule of its own.
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    { field: "personalDataLawful", value: "yes", weight: 0.75, unless: WITHOUT_CONSENT, patterns: [CONSENT] },
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 2, about: DATA, patterns: [WITHOUT_CONSENT, `!neg ${CONSENT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, patterns: [`!neg білмейді|хабарла*|ескерт*|айт* ${PEOPLE}`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 2, patterns: ["өздері|ерік*|қалау* қос*|таңда*", "ерікті*"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", unless: WITHOUT_CONSENT, patterns: [CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.8, patterns: [WITHOUT_CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg білмейді|хабарла*|ескерт*|айт* ${PEOPLE}`] },
    { field: "emotionConsent", value: "consent", weight: 0.7, window: 2, patterns: ["өздері|ерік*|қалау* қос*|таңда*", "ерікті*"] },
    { field: "automatedDecisionConsent", value: "yes", weight: 0.7, negated: "no", unless: WITHOUT_CONSENT, patterns: [CONSENT] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.7, patterns: [WITHOUT_CONSENT] },

    // Art. 17(3)(5) and (6): biometrics, categorisation, emotions.
    { field: "biometrics", value: "yes", weight: 0.85, negated: "no", patterns: ["бет|бетін|бетіне|беті|бетінің|бет-әлпет*|жүзін*|биометри*|селфи|саусақ*"] },
    { field: "biometrics", value: "yes", weight: 0.8, patterns: ["дауыс* көшір*|клон*|ауыстыр*|жасанды*|үлгі*|жазба*|өз"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 8, patterns: [`камера*|вебкамера*|бейнекамера* ${PEOPLE}|қай|кім|көз*`] },
    { field: "biometrics", value: "yes", weight: 0.6, window: 3, patterns: ["көз* бақыла*|қадаға*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, patterns: [`дауыс* ${EMOTIONS}`] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 2, patterns: ["тамыр соғыс*|соғуы*", "саусақ ізі*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 4, patterns: ["дауыс* тани*|таны*|анықта*|сәйкестендір*", "жынысы*|жынысын*|жасын анықта*|болжа*"] },
    { field: "biometrics", value: "yes", negated: "yes", weight: 0.75, window: 6, patterns: ["бейне*|видео*|дауыс*|бет саясаткер*|белгілі|әйгілі|актер*|актёр*|жұлдыз*|блогер*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 8, patterns: ["бет*|сурет*|фото*|биометри* ұлт|ұлтын|ұлты|ұлтына|нәсіл*|дін*|саяси*|этни*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no", patterns: ["эмоция*|көңіл-күй*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", patterns: [`${EMOTIONS} анықта*|байқа*|тан*|бақыла*|айт*|көрсет*|қай|кім|отырғанын|жүргенін|екенін`] },

    // Art. 17(3)(1)-(3), (7).
    { field: "socialScoring", value: "yes", weight: 0.9, window: 12, negated: "no", patterns: ["рейтинг*|балл*|ұпай*|баға* тұрғын*|азамат*|адам*|көрші*|жалға жүріс-тұрыс*|мінез*|әлеуметтік|пост*|жазба*|бедел*|әдет*"] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", patterns: ["әлеуметтік рейтинг*|балл*|несие*"] },
    { field: "manipulation", value: "yes", weight: 0.85, patterns: ["манипуляция*|алдап*|алдау*|алдай*|айла*|қулық*|түпсана*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: ["атынан адам*|азамат*|сайлаушы*|қолданушы*|қарапайым"] },
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, patterns: ["жалған таймер*|жеңілдік*|пікір*|шектеу*|аккаунт*|парақша*|профиль*", "жасырын батырма*|түйме*|төлем*|жазылым*"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["итермеле*|қысым*|мәжбүрле*|азғыр* сатып|ақша*|жұмса*|ойна*|бәс*|төле*|жазыл*|алуға", "бонус*|сыйлық*|жеңілдік* ойна*|ойнай|бәс*|жұмса* үшін|беруі"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, patterns: [`${VULNERABLE} итермеле*|айла*|алдап*|алдау*|қысым*|азғыр*|манипуляция*|қулық*`] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "сүзгі*|бұғатта*|модерация*|өшір*|тыйым*|анықта*", patterns: ["экстремист*|террор*|насихат*|порно*|есірткі*|қару*|өшпенділік* жаса*|тарат*|шығар*|жарияла*|сат*|жаз*|қолдан*"] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", patterns: ["дипфейк*|deepfake*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["бет|бетін|бетіне|беті|жүзін*|дауыс* ауыстыр*|алмастыр*|көшір*|клон*|жасанды*|синтезде*"] },
    // Making media with a known person's face or voice («белгілі актердің беті мен дауысымен бейнелер жасаймыз»).
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 8, unless: "тани*|таны*|анықта*|сәйкестендір*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["айт*|сөйле* ешқашан|!neg бейне*|видео*|саясаткер*|белгілі|әйгілі|актер*|жұлдыз*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["синтетикалық|жалған бейне*|видео*|сурет*|дауыс*|аудио*"] },

    // PD Law art. 19-1: decisions on people with no human. The short pattern first, so that a later
    // "оған шағымдануға болмайды" (no appeal) does not read as a denial of the decision itself.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 8, negated: "no", patterns: [
      "өзі|автоматты*|бірден айыппұл|белгілейді|рәсімдейді|мақұлдайды|тағайындайды|бұғаттайды",
      "өзі|автоматты* шешеді|анықтайды|таңдайды қай|кім|кімге",
      `${DECISION_VERB} ${DECISION_OBJECT} ${AUTOMATIC}`,
    ] },
    // «шешімді адамның қатысуынсыз қабылдайды», «ешбір қызметкер қатыспай мақұлдаймыз»: a decision nobody takes part in.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, patterns: [
      `${WITHOUT_PERSON} ${DECIDES}`,
      `ешбір|ешкім|!neg ${HUMAN_ROLE} қатыс*|араласпай*|араласп* ${DECIDES}`,
    ] },

    // Art. 23(5): training on protected works.
    { field: "trainsOnWorks", value: "yes", weight: 0.85, window: 8, negated: "no", patterns: [`${TRAINING} кітап*|мақала*|ән|әндер*|музыка*|фильм*|шығарма*|интернеттен|авторлық`] },

    // Art. 17(4): restricted-access data.
    { field: "restrictedData", value: "yes", weight: 0.9, window: 3, patterns: ["қызмет бабында пайдалан*", "мемлекеттік құпия*"] },
    { field: "restrictedData", value: "yes", weight: 0.75, patterns: ["құпия|құпиялы"] },

    // EU AI Act cross-map; Art. 19(2) trusted list.
    { field: "euMarket", value: "yes", weight: 0.85, unless: `${STORE}|${TRAINING}`, patterns: ["еуропа*|еуроодақ*|ео|германия*|польша*|франция*|испания*|италия*|нидерланд*|балтық*|литва*|латвия*|эстония* нарығ*|нарық*|шығ*|сат*|клиент*|кеңей*|қолданушы*"] },
    { field: "euMarket", value: "no", weight: 0.7, window: 4, patterns: ["тек қазақстан*|ел* нарығ*|нарық*|сат*|клиент*|қолданушы*"] },
    { field: "wantsTrustedList", value: "yes", weight: 0.9, window: 3, negated: "no", patterns: ["сенімді жүйе*|тізбе*|тізім*"] },

    // КоАП art. 641-1: who would pay the fine.
    { field: "entitySize", value: "individual", weight: 0.8, window: 2, patterns: ["жалғыз өзім|өзім", "жеке әзірлеуші*|кәсіпкер*", "фрилансер*"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.75, window: 2, patterns: ["стартап*", "шағын команда*|компания*|бизнес*|кәсіпорын*|студия*", "коммерциялық емес"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.8, window: 4, patterns: ["екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он адам* команда*|тұратын|студия*|шағын"] },
    { field: "entitySize", value: "medium", weight: 0.8, window: 2, patterns: ["орта бизнес*|компания*|кәсіпорын*"] },
    { field: "entitySize", value: "large", weight: 0.75, window: 4, patterns: ["біз|біріміз|біздің ірі|холдинг*|корпорация*"] },
  ],
};
