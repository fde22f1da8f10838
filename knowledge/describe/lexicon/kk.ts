import type { Lexicon, Rule } from "../rule.js";

/**
 * Founders who type on a Russian keyboard write «келисим», «кыздын», «жасадык»: each Kazakh-only letter becomes its
 * nearest Russian one. Every alternative of every slot also matches that spelling (see `tolerant` at the end).
 */
const RU_KEYBOARD: Readonly<Record<string, string>> = { қ: "к", ә: "а", і: "и", ұ: "у", ү: "у", ө: "о", ғ: "г", ң: "н", һ: "х" };
const typedOnRussianKeyboard = (alternative: string): string => alternative.replace(/[қәіұүөғңһ]/g, (c) => RU_KEYBOARD[c]!);
/** Russian-keyboard spellings that would collide with other words, so they are left out («дін*» → «дин*», dynamics). */
const NO_VARIANT = new Set(["дін*", "ән", "әндер*", "ұлт", "тұр", "қай", "кім", "өз", "қол", "ақш-*", "сөз*", "іс", "бұлт*", "бас", "ау",
  // сөн* → сонда (then), қате* → категория, қаза* → Казахстан, ұлт* → ультра, қарт* → карта, өлім* → олимпиада.
  "сөн*", "қате*", "қаза*", "ұлт*", "қарт*", "өлім*",
  // бәс* (a bet) → бас* would take «басшы» (a manager), «бас» (head).
  "бәс*"]);
/**
 * Kazakh typed in Latin letters, as in chats and on phones without a Kazakh layout («zeinetker», «qaryzy», «suramaimyz»,
 * «ruksat», «zhok»). Two common spellings: қ→q, ж→j, й→i, ң→n; and қ→k, ж→zh, й→y, ң→ng, х→kh, ғ→gh.
 */
const LATIN_BASE: Readonly<Record<string, string>> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", қ: "q", л: "l",
  м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ұ: "u", ү: "u", ф: "f", х: "h", һ: "h", ц: "ts",
  ч: "ch", ш: "sh", щ: "sh", ъ: "", ы: "y", і: "i", ь: "", э: "e", ю: "iu", я: "ia",
};
const LATIN_SPELLINGS: readonly Readonly<Record<string, string>>[] = [
  LATIN_BASE,
  { ...LATIN_BASE, қ: "k" },
  { ...LATIN_BASE, қ: "k", ж: "zh", й: "y", ң: "ng", х: "kh", ғ: "gh", ю: "yu", я: "ya" },
];
const typedInLatin = (alternative: string): string[] =>
  /[а-яёәіңғүұқөһ]/.test(alternative) && alternative.replace(/[=*!-]/g, "").length >= 3
    ? LATIN_SPELLINGS.map((map) => alternative.replace(/[а-яёәіңғүұқөһ]/g, (c) => map[c] ?? c))
    : [];
const tolerantSlot = (slot: string): string => {
  const alternatives = slot.split("|");
  // ң is typed «н» or «нг» (жалаңаш → жаланаш, жалангаш).
  const variants = alternatives
    .filter((a) => !NO_VARIANT.has(a))
    .flatMap((a) => [typedOnRussianKeyboard(a), ...(a.includes("ң") ? [typedOnRussianKeyboard(a.replace(/ң/g, "нг"))] : []), ...typedInLatin(a)])
    .filter((v) => !alternatives.includes(v));
  return [...alternatives, ...new Set(variants)].join("|");
};
const tolerantPattern = (pattern: string): string => pattern.trim().split(/\s+/).map(tolerantSlot).join(" ");
function tolerant(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => ({
    ...rule,
    patterns: rule.patterns.map(tolerantPattern),
    ...(rule.unless === undefined ? {} : { unless: tolerantSlot(rule.unless) }),
    ...(rule.about === undefined ? {} : { about: tolerantSlot(rule.about) }),
    ...(rule.unlessInSentence === undefined ? {} : { unlessInSentence: tolerantSlot(rule.unlessInSentence) }),
  })) as Rule[];
}

// Word lists shared by several rules; each is one slot (see Pattern in ../rule.ts). Kazakh roots stay whole at the
// start of a word while suffixes pile up behind them (камера-лар-ымыз), so most entries are root prefixes.
const PEOPLE =
  "қолданушы*|пайдаланушы*|клиент*|алушы*|абонент*|азамат*|тұрғын*|науқас*|студент*|оқушы*|ойыншы*|фермер*|адам*|келуші*|көрермен*|ата-ана*|қызметкер*|мұғалім*|судья*|талдаушы*|менеджер*|hr-менеджер*|басшы*|редактор*|жүргізуші*|дәрігер*|полиция*|мейірбике*|курьер*|агент*|бала*|үміткер*|оператор*|заңгер*|тыңдарман*|оқырман*|қатысушы*|сайлаушы*|жұмысшы*|әзірлеуші*|әріптес*|үйлестіруші*|талапкер*|кандидат*|юзер*|пайдаланушы*|жалгер*|жалдаушы*|арендатор*|пациент*|зейнеткер*|тыңдаушы*|ойыншы*|селлер*|комплектовщик*|риелтор*|диспетчер*|супервайзер*|андеррайтер*|инспектор*|юрист*|қыздың|қыздар*|әйел*";
const HUMAN_ROLE =
  "эксперт*|андеррайтер*|супервайзер*|охрана*|адам*|мейірбике*|дәрігер*|менеджер*|hr-менеджер*|мұғалім*|агент*|оператор*|қызметкер*|маман*|редактор*|талдаушы*|судья*|заңгер*|фермер*|диспетчер*|модератор*|әкімші*|инспектор*|кассир*|басшы*|үйлестіруші*|комиссия*|агроном*|нотариус*|офицер*|кезекші*|хатшы*|логист*|рекрутер*|аджастер*|проктор*|преподавател*|оқытушы*|юрист*|бухгалтер*|аналитик*|маркетолог*|охранник*|күзетші*|врач*|эндокринолог*|терапевт*|бастық*|бастығ*|начальник*|директор*|жетекші*|меңгеруші*|владелец*|чекер*|легит-чекер*|сарапшы*|тексеруші*|куратор*|әдіскер*|дизайнер*|технолог*|прораб*|инженер*";
// "сақтандыру" (insurance) shares the root of "сақтау" (to store), so storing is spelled out.
const STORE = "сақтай*|сақтал*|сақтау*|сақтап*|сервер*|хостинг*|бұлт*|дата-орталық*|дерекқор*|орналас*|тұр";
const KAZAKHSTAN = "қазақстан*|казахстан*|алматы*|астана*|шымкент*|қарағанды*|елімізде|отандық*";
const ABROAD =
  // "ақша" (money) stems like "АҚШ" (USA); the country only counts with a hyphenated ending (АҚШ-та).
  "шетел*|франкфурт*|германия*|ирландия*|еуропа*|еуроодақ*|ақш-*|америка*|aws*|azure|gcp|amazon|google|нидерланд*|амстердам*|лондон*|сингапур*|ресей*|мәскеу*";
const TRAINING = "оқыт*|үйрет*|жаттықтыр*";
const FAILS = "бұзыл*|істемей*|істемесе|тоқта*|сөн*|қате*|қателес*|құла*|ақаула*|істен|байқамай*|өткізіп*|ақау*";
const EMOTIONS =
  "эмоция*|эмоци*|ашулан*|ашулы*|ашуы|ашуын|ызалан*|ыза*|мұңай*|қайғыр*|қобалж*|уайым*|абыржы*|күйзел*|стресс*|стрес*|ренжі*|қуан*|қорқ*|зерік*|шаршап|көңілсіз*|настроени*|выгоран*|раздраж*|тревог*|злост*|агресси*";
// Russian «согласие» sits inside Kazakh sentences as often as «келісім» («согласиесімен», «согласие бермеген»).
const CONSENT = "келісім*|рұқсат*|согласи*|разрешени*|соглас*";
const WITHOUT_CONSENT = "келісімсіз*|келісімінсіз*|рұқсатсыз*|рұқсатынсыз*|білдірмей*|согласиясыз*|согласиесіз*";
// Nobody is told or asked: «айтпаймыз», «ескертпейміз», «хабарламаймыз», «білмейді», «сұрамадық», «жасырын түрде».
// Negative verbs are spelled as prefixes: a stem term «айтпаймыз» stems to «айт» and would take «айтып» (telling).
const NOT_TOLD = "айтпа*|ескертпей*|ескертпеген*|ескертпеді*|ескертпедік*|хабарламай*|хабарламаған*|хабарламады*|хабарламадық*|білмей*|білмеді*|білмеген*|білдірмей*|білдірмеді*|сұрамай*|сұрамады*|сұрамаған*|сұралмай*|сұралмаған*|жасырын*|жасырып*|тайно*|тайком|скрыт*|втихую|незамет*|білдіртпей*|байқатпай*|көрсетпей*|хабарсыз*|бейхабар*";
// Russian negative verbs inside Kazakh text: «согласия не спрашиваем», «никого не предупреждаем». Kazakh «не» is also
// "what" and "or" («қазақша не орысша»), so only the pair counts.
const RU_NOT_ASKED = "=не спрашива*|спросил*|предупрежда*|предупредил*|уведомля*|уведомил*|сообща*|сообщил*|говорим|говорили|знают|знает|берем|берём|берут|получаем|получали|собираем";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "дерек*|мәлімет*|ақпарат*|дербес|профил*|сауалнама*|хат-хабар*|байланыс*|данн*|база*|базалар*|номер*|телефон*|фото*|сурет*|мекенжай*|адрес*|иин*|жсн*|паспорт*|контакт*|бет|бетін|бетінің|беті|бетін*|бет-әлпет*|биометри*|дауыс*|селфи*|камера*|видео*|бейне*|аккаунт*|переписк*|хат*|чат*|сканер*|выгрузк*";
// Whose data: people named in the sentence («адамдар бізге ешқандай согласие берген жоқ»).
const DATA_OR_PEOPLE = `${DATA}|${PEOPLE}`;
// Sentences about consent to one feature or to an actor's likeness, not to the data (Art. 17(3)(6), Art. 21(2)).
const NOT_THE_DATA = `${EMOTIONS}|эмоция*|көңіл-күй*|автомат*|шешім*|актер*|актёр*|актриса*|әнші*|диктор*`;
const DECISION_VERB = "одобр*|отказ*|отклон*|отсеив*|бер*|шеш*|бекіт*|мақұлда*|айыппұл|белгіле*|рәсімде*|есепте*|тағайында*|бұғатта*|бас|өшір*|ажырат*|шеттет*|шығар*|қабылдама*";
const DECISION_OBJECT =
  "несие*|кредит*|қарыз*|полис*|лимит*|жәрдемақы*|айыппұл*|өтініш*|баға*|жалақы*|сыйақы*|ақша*|жүргізуші*|курьер*|қызметкер*|аккаунт*|қолданушы*|клиент*|студент*|үміткер*|грант*|талапкер*|стипендия*|виза*|рұқсат*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "өзгерт*|түзет*|болдырма*|тоқтат*|жөнде*|қайта|ауыстыр*|откат*|қолмен*|қайтар*|отменя*";
const AUTOMATIC = "өзі|автоматты*|автоматом|автоматически|бірден*|ешбір|ешкім";
// "Without a person" (PD Law art. 19-1): nobody takes part in the decision. Whether a person can correct it
// afterwards, which is what Art. 17(2) turns on, is another question.
const WITHOUT_PERSON = "қатысуынсыз*|қатысусыз*|қатыссыз*|араласуынсыз*|араласусыз*|адамсыз*|қызметкерсіз*|мамансыз*|операторсыз*|менеджерсіз*";
const DECIDES = "одобр*|отказ*|отклон*|шеш*|мақұлда*|бекіт*|қабылдама*|тағайында*|бұғатта*|айыппұл*|белгіле*|рәсімде*|аннулир*|жояды|жойылады|блокир*|блокта*|скрыва*|жасырады|шеттетеді|ажыратады|отключ*|бан*";
// Who decides when it is not a person: the model, the system, the algorithm, the bot.
const MACHINE = "модель*|модел*|жүйе*|система*|алгоритм*|ии|жи|ai|нейрон*|нейросет*|нейронка*|бот|боты|скрипт*|движок*|engine";
// Synthetic media of a real, known person (Art. 21(2)); "жаса*" spelled as a prefix so that "жас" (age) is not one.
const MAKES = "жаса*|генерацияла*|генерация*|шығар*|дайында*|синтезде*|монтажда*";
const FACE_OR_VOICE = "бет|бетін|бетіне|беті|бетімен|бет-әлпет*|жүзін*|дауыс*|келбет*";
const KNOWN_PERSON = "белгілі|әйгілі|танымал|атақты|актер*|актёр*|актриса*|жұлдыз*|саясаткер*|әнші*|блогер*|спортшы*|жүргізуші*";
// Where a face is read from, and the traits Art. 17(3)(5) forbids sorting people by.
const FACE_SOURCE = "бет*|сурет*|фото*|биометри*|селфи*|камера*|вебкамера*|бейне*|видео*|келбет*|бет-әлпет*|лицо|лица|лицу|внешност*|түр-түсі*|түрі*";
const SENSITIVE_TRAIT =
  "ұлт|ұлтын|ұлты|ұлтына|ұлтына*|нәсіл*|дін*|діни*|діндар*|саяси*|этни*|этнос*|национальност*|религи*|вероисповед*|раса|расу|расы|расов*|ориентаци*|мұсылман*|христиан*|хиджаб*|намаз*|партия*";
// Prefixes only: the stem of «орыстарға» is «орыс», which would take «орыс тілі» (the Russian language).
const ETHNIC_GROUP = "славян*|қазақтар*|орыстар*|ұйғырлар*|шешен*|кавказ*|азиат*|европеоид*|негроид*|монголоид*|мигрант*";
const VULNERABLE = "қарт*|карттар*|егде*|жесір*|зейнеткер*|пенсионер*|бала*|балалар*|кішкентай*|жасөспірім*|подрост*|мүгедек*|инвалид*|кедей*|әлсіз*|тәуелді*|қарыздар*|борышкер*|просрочк*|лудоман*|жалғыз*|жалғызілікті*|депресси*|науқас*";
// What is pushed on people to their harm: debt, bets, paid extras.
const HARMFUL_OFFER =
  "займ*|заем*|несие*|кредит*|микрокредит*|микроқарыз*|қарыз*|донат*|лутбокс*|ставка*|бәс*|казино*|ақылы|подписк*|жазылым*|сатып|покупк*|реклама*|жарнама*|оффер*|офер*|бонус*";
// Made more often, or aimed at them: the targeting that exploits a weak spot.
const PUSHED = "жиірек|көбірек|жиі|таргет*|итермеле*|мақсатты|арнайы|әдейі|көрсет*|ұсын*|шығар*|жібер*";
// Fake urgency and scarcity: "only 2 left", timers, discounts that "end in 10 minutes" when they do not.
const FALSE = "өтірік*|жалған*|фейк*|fake|шынында*|ойдан*";
// What people are scored by, and the things that are rated too (wines, hotels, goods, firms, machines, "social" media).
const SCORE_OF_PEOPLE = "рейтинг*|балл*|ұпай*|баға*|индекс* тұрғын*|азамат*|адам*|көрші*|жалгер*|арендатор*|жүріс-тұрыс*|мінез*|әлеуметтік|пост*|посттар*|жазба*|бедел*|әдет*|соцсеть*|соцжелі*|лоял*|жалоба*|курилка*|субботник*";
const SCORED_THINGS = "бағаламай*|бағаламаймыз|бағаланбай*|рейтингтемей*|шарап*|вино*|қонақүй*|отель*|мейрамхана*|ресторан*|тауар*|товар*|фильм*|компания*|тоо|бин|лид*|жабдық*|станок*|машина*|құрылғы*|сервер*|датчик*|жоспарла*|кесте*|smm|контент*";
const EMOTION_VERB = "=оқиды|=оқимыз|оқитын*|=оқып|=талдайды|=талдаймыз|=талдап|талдайтын*|=анықтайды|=анықтаймыз|=анықтап|анықтайтын*|=таниды|=танимыз|=танып|танитын*|=бағалайды|=бағалаймыз|=бағалап|бағалайтын*|=өлшейді|=өлшеп|распозна*|считыва*";
const URGENCY = "таймер*|жеңілдік*|скидк*|акция*|дедлайн*|мерзім*|қалды*|қалған*|дефицит*|минутта*|сағатта*|бітеді*|аяқталады*";

// Places, goods and firms that are rated too: their "scoring" is no credit scoring and no scoring of people.
const VENUES = "мейрамхана*|ресторан*|кафе*|қонақүй*|отель*|шарап*|вино*|заведени*|лид*|лидтер*|тауар*|товар*|фильм*";
// A vulnerable group found on purpose («лудомандарды тауып алады», «зейнеткерлерді анықтап»), for an offer or a push.
const VULNERABLE_GROUP = "лудоман*|ойынқұмар*|қарыздар*|борышкер*|просрочк*|тәуелді*|зейнеткер*|пенсионер*|қарт*|егде*|жалғызілікті*|депресси*|мүгедек*|инвалид*|жесір*";
const FINDS = "тауып|табады|табамыз|тапқан*|іздейді|іздеп|іздейміз|анықтап|анықтайды|анықтаймыз|бөліп|сегмент*|таргет*|выявля*|находи*|отбира*";
const MESSAGE = "пуш*|push*|хабарлама*|смс*|sms*|оффер*|офер*|ұсыныс*|жарнама*|реклама*|звон*|қоңырау*|рассылк*|уведомлени*";
let tolerantRules: Rule[] | undefined;
/** Kazakh: founders' everyday words, mapped to profile fields. */
export const kk: Lexicon = {
  lang: "kk",
  negationWords: [
    "жоқ", "емес", "ешқандай", "ешбір", "ешкім", "ешкімге", "ешкімді", "ешкімнің", "ешқашан", "ештеңе", "ештеңені", "ешнәрсе", "ешқайда",
    // The same words typed on a Russian keyboard, and Russian ones inside Kazakh sentences («согласие нет»).
    "жоқпыз", "жоқпын", "жоқсыз", "жоқсың", "емеспіз", "емеспін", "емессіз",
    "жок", "жокпыз", "жокпын", "жоксыз", "жоксын", "емеспиз", "емеспин", "емессиз", "ешкандай", "ешким", "ешкимге", "ешкимди", "ешкимнин", "ешкашан", "ештене", "ештенени", "ешнарсе", "ешкайда", "нет", "никто", "никакой", "никаких",
    // Typed in Latin letters.
    "joq", "jok", "zhoq", "zhok", "emes", "eshkim", "eshkimge", "eshkimdi", "eshqandai", "eshkandai", "eshqandai", "eshbir", "eshqashan", "eshkashan", "eshtene", "eshteme",
  ],
  // Russian «без» inside a Kazakh sentence: «без согласия», «без ведома».
  forwardNegationWords: ["без"],
  // Negative verbs: root + ма/ме/ба/бе/па/пе + a tense or person ending (жинамаймыз, байқамайды, айтпаған, келіспесе).
  // "-мас бұрын" (before doing) is left out: it is a time clause, not a denial.
  // The endings also in their Russian-keyboard spelling (сурамадык, айтпаймиз, жазаламайды).
  // Words that only look negative: «немесе» (or), «әйтпесе» (otherwise), and verbs whose root ends in б/п/м
  // before -ады/-еді: «табады» (finds), «жабады» (closes), «себеді» (sprinkles).
  negationShape: /^(?!(?:немесе|әйтпесе|табады|жабады|шабады|қабады|кабады|сабады|шапады|себеді|себеди|тебеді|тебеди)$)(?:[a-z-]{2,}(?:ma|me|ba|be|pa|pe)(?:idy|idi|imyz|imiz|imyn|imin|ityn|itin|isyn|isin|isyz|isiz|gan|gen|dy|di|dyq|dyk|dik|nyz|niz|sa|se)|[\p{L}-]{2,}(?:ма|ме|ба|бе|па|пе)(?:й|ймын|ймін|ймин|ймыз|йміз|ймиз|йсың|йсің|йсын|йсин|йсыз|йсіз|йсиз|йды|йді|йди|йтын|йтін|йтин|ған|ген|ган|ды|ді|ди|дық|дік|дык|дик|ңыз|ңіз|ныз|низ|йынша|йінше|йинше|са|се))$/u,
  clauseWords: ["бірақ", "ал", "алайда", "дегенмен", "сондықтан"],
  // "-сыз/-сіз" (without): «адамсыз», «қызметкерсіз», «келісімінсіз». Without a person's taking part («адамның
  // қатысуынсыз», «маманның бақылауынсыз») that person is absent too; without a client's consent
  // («клиенттің келісімінсіз») the client and his data are still there, so only taking part denies its owner.
  privative: {
    shape: /^[\p{L}-]{3,}(?:сыз|сіз|сиз)$/u,
    owned: /^(?:қатысу|катысу|араласу|бақылау|бакылау|қадағалау|кадагалау|тексеру)[ыіи]н(?:сыз|сіз|сиз)$/u,
    owner: /(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин)$/u,
  },
  // The spelling variants are generated when the rules are first read (the first Kazakh description), not at import:
  // that took about 40 ms of every start, before the terminal chat's first prompt (issue 13).
  get rules(): Rule[] {
    return (tolerantRules ??= tolerant([
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, patterns: ["ешкім|!neg байқа*|сезбей*|қиналма*|зардап*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} жай|тек|әншейін күт*|көрсет*|қолмен|кейін|танымал*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 8, patterns: [`${FAILS} қоңырау*|хабарлас*|әкімші*|қолмен`] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} ақша*|жоғалт*|шығын*|айыппұл*|кешік*|кептеліс*|кезек*|жанармай*|отын*|шағым*|зиян*|артық|тастау*|бүлін*`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [`${FAILS} жарық|электр*|қуат*|подстанция*|апат*|төтенше*|өлім*|=қаза|қазаға*|қазасы*|өмір*|улан*|жарыл*|өрт*`] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["жарыл*|апат*|=қаза|қазаға*|қазасы*|қайтыс*|өлім*|улан*|төтенше* мүмкін|қаупі|әкел*|болуы"] },
    // What the system is for, when the founder does not say what a failure costs (Art. 17(1)). Decisions on credit,
    // jobs, exams and benefits reach people's livelihoods (17(1)(3)); a spam filter, a grammar helper, a game character,
    // a playlist, a picking route or a recipe suggestion barely matters when it fails (17(1)(1)). Weaker than the
    // founder's own words about a failure, which win when both are there.
    // Credit: scoring applications, approving or refusing them («кредит скоринг», «несие өтінімдерін одобрить/отказ»).
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 8, unless: "тарих*|жарнама*|реклама*|таргет*|лид*",
      unlessInSentence: "пуш*|push*|push-*|смс*|sms*|рассылк*|маркетинг*|push-маркетинг*|алғандар*|алғандарды|алғандарға|алғандарын|сегмент*|конверс*|жарнама*|реклама*",
      patterns: ["несие*|несиеле*|кредит*|кредитте*|онлайн-кредит*|займ*|микрокредит*|ипотека* скоринг*|скорингі*|өтінім*|өтініш*|одобр*|отказ*|андеррайт*|шешім*", "несие*|кредит*|кредиттік|картаның лимит*|лимиті*|лимитін*|лимитті қысқар*|азай*|төмендет*|кесі*|кесе*|жаба*|бұғатта*|тоқтат*|автомат*|өзі"] },
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 4, unless: "пікір*|коммент*|пост*|отзыв*|модерац*|сурет*|фото*",
      patterns: ["одобр*|мақұлда*|бекіт* отказ*|бас|қабылдамау*|отклон*|тартады"] },
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 10,
      patterns: ["пкб|пкб-*|гцвп|гцвп-*|=кредиттік скоринг*|лимит*|шешім*|одобр*|отказ*|заявк*|өтінім*"] },
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 8,
      patterns: ["отсеив*|сокращен*|увольн*", "жұмыстан|қызметтен шығар*|босат*|таста*", "кандидат*|үміткер*|түйіндеме*|резюме* автомат*|автоматом|өзі|қабылдама*"] },
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 6, unlessInSentence: "пробный|пробного|пробник*|сынама*|жаттығу*|тренировоч*|mock|демо*|репетиц*",
      patterns: ["емтихан*|экзамен*|ұбт|тест* бағала*|тексер*|балл*|нәтиже*|бағасын|тапсыр*"] },
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.7, window: 8, patterns: ["кезек*|кезег*|жәрдемақы*|пособи*|субсиди*|зейнетақы* автомат*|автоматом|өзі|артқа|шығар*|бермей*|тоқтат*"] },
    // Medicine: a diagnosis or a dose is severe; a bot that says it diagnoses nothing («диагноз қоймайды») is not.
    { field: "failureImpact", value: "severe", negated: "harm", weight: 0.75, window: 4,
      // Diagnoses collected and sold on are data, not a diagnosis made by the system.
      unlessInSentence: "сатамыз|сатады|сатып|сатылады|продаём|продаем|продаж*|серіктес*|жиналған*|база*|базасы*|береміз|передаём|передаем",
      patterns: ["диагноз*|диагностика*", "доза*|дозасын|дозировк* есептей*|есептеп|ұсынады*|ұсынамыз|белгілей*|таңдай*|шығарады*", "инсулин*"] },
    // Hiring: candidates sifted, ranked, shortlisted or pushed to the end of the list reach a livelihood (17(1)(3)).
    { field: "failureImpact", value: "severe", negated: "severe", weight: 0.75, window: 10,
      patterns: ["кандидат*|үміткер*|резюме*|видеорезюме*|түйіндеме*|рекрутер*|соискател* шортлист*|шорт-лист*|іріктей*|іріктеу*|іріктеп|сұрыпта*|ранжир*|рейтинг*|=соңына|отсеив*|отбор*|отклон*|қабылдамай*"] },
    // An exam result or a session annulled by the system: a student's studies at stake (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.75, window: 5, unlessInSentence: "пробный|пробного|пробник*|сынама*|жаттығу*|тренировоч*|mock|демо*|репетиц*",
      patterns: ["нәтиже*|емтихан*|экзамен*|сессия*|тест* аннулир*|аннулда*|=жойылады|=жояды|күшін"] },
    // Borders, police, wanted lists: a failure reaches people's liberty and the state's security (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.7, unless: "кезек*|кезег*|пробк*|кептеліс*|жүк*|фура*|тасымал*|логист*|маршрут*|eta",
      patterns: ["шекара*|шекаралық|көші-қон*|іздеудегі*|ізделуші*|розыск*|полиция*|патруль*|патрульдік*|қылмыс*|тергеу*"] },
    // Delivery and courier routes: a failure makes deliveries late (17(1)(2)); a warehouse picking route is minimal.
    { field: "failureImpact", value: "harm", weight: 0.75, window: 8, unless: "склад*|қоймада*|қоймасы*|комплектов*|полка*",
      patterns: ["доставка*|доставк*|жеткіз*|курьер*|логист*|тасымал*|жүк|фура*|диспетчер* маршрут*|=ретпен|рейс*", "eta|eta-*"] },
    // Where a failure costs work, money or a crop but no one's life or rights (17(1)(2)): security tests of software,
    // crop advice, debt collection, insurance claims, churn and retention offers, lawyers' and notaries' drafts.
    { field: "failureImpact", value: "harm", weight: 0.7, patterns: ["пентест*|pentest*|уязвимост*|осалдық*|cvss|периметр*", "агроном*|арамшөп*|гербицид*|пестицид*|егін*|егістік*|алқап*",
      "коллектор*|қарызкер*|қарызгер*|борышкер*|взыскан*", "автокаско*|каско|смета*|сметасын|аджастер*|страхов*", "отток*|churn*|ретеншн*|удержани*"] },
    { field: "failureImpact", value: "harm", weight: 0.65, window: 6, unlessInSentence: "судья*|үкім*|жаза*|сот|соттар*",
      patterns: ["юрист*|юристер*|нотариус*|адвокат* шарт*|договор*|келісімшарт*|талап|доверенност*|сенімхат*|құжат*|скан*|ревью*|тексер*|жоба*"] },
    // Emotions read from staff, debtors, students or callers: a wrong reading harms them at work (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 8, patterns: [`${EMOTIONS}|настроени* оператор*|қызметкер*|сотрудник*|колл-центр*|қарызкер*|студент*|клиент*|звонок*|қоңырау*`] },
    // Faces sorted by ethnicity or religion, or checked against a shop's watchlist: people are turned away (17(1)(2));
    // police, borders and hiring above are severe.
    { field: "failureImpact", value: "harm", weight: 0.6, window: 8, unlessInSentence: "полиция*|кандидат*|шекара*|патрул*",
      patterns: [`${FACE_SOURCE} ${SENSITIVE_TRAIT}`, `${FACE_SOURCE} ${ETHNIC_GROUP}`, "бет*|бетін* тани*|танып|сверя*|салыстыр* база*|базамен|тізім*"] },
    // Ratings of restaurants, hotels, wines and films: a wrong score barely matters (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 8,
      patterns: ["рейтинг*|балл*|баллдық|баға*|скоринг*|отзыв*|пікір* мейрамхана*|ресторан*|кафе*|қонақүй*|отель*|шарап*|вино*|заведени*|фильм*"] },
    // Only aggregate statistics leave the system, for marketers or managers («тек статистика маркетологтарға»).
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 2, unlessInSentence: "полиция*|несие*|кредит*|диагноз*|емтихан*|жалақы*|айыппұл*",
      patterns: ["тек|только|жалпы статистика*|статистикасы*|агрегат*"] },
    // Films, series, streams, audiobooks, podcasts: entertainment that barely matters when it fails.
    { field: "failureImpact", value: "minimal", weight: 0.6, patterns: ["кинотеатр*|онлайн-кинотеатр*|стриминг*|сериал*|аудиокітап*|подкаст*"] },
    // Help writing one's own short text (a profile bio, a caption, hashtags, a product description) that the user edits.
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 4, unlessInSentence: "несие*|кредит*|займ*|диагноз*|дәрі*|резюме*|түйіндеме*|вакансия*|сот*|заң*",
      patterns: ["био|био-текст*|bio|биография*|анкета*|анкетаң*|сипаттама*|описани*|caption*|хэштег*|хештег* жазып|жазады|ұсынады|генерац*|генерир*|құрастыр*|әдемі*"] },
    { field: "failureImpact", value: "severe", weight: 0.75, window: 5, patterns: ["светофор*|бағдаршам*|перекрест*|қиылыс* басқар*|ауыстыр*|фаза*|реттей*|өзгерт*"] },
    { field: "failureImpact", value: "minimal", weight: 0.7, patterns: ["спам*|spam*|антиспам*|antispam*|анти-спам*|спамфильтр*", "грамматика*|грамматик*|емле*|орфограф*|пунктуация*", "npc|npc-*|квест*|кейіпкер*|персонаж*", "плейлист*|подборк*|playlist*"] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 2, patterns: ["мобильді|мобильн*|мобилка*|инди|компьютерлік|видео|браузерлік|казуал*|настольн* ойын*|игра*|игру|игры", "фото|сурет|товар* редактор*|фоторедактор*", "фон*|фонды|фонын алып|өшір*|таста*|ауыстыр*|өзгерт*|жой*|түзет*"] },
    // A consumer sends a photo and gets a picture back (filters, avatars, face swaps): when it is down, nobody is hurt.
    // Not where the photo is checked against a document, a diagnosis or a loan.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4,
      unlessInSentence: "диагноз*|несие*|кредит*|займ*|дәрігер*|ауру*|паспорт*|куәлік*|удостоверен*|иин*|жсн*|сәйкестендір*|верификац*|тері*|рентген*|снимок*|емтихан*|полиция*",
      patterns: ["фото*|фотосын*|сурет*|селфи* жібересің*|жібересіз*|жіберсең*|жүктейсің*|жүктейсіз*|жүктесең*|салсаң*|салып|загружа*|кидаешь|отправляешь"] },
    // Toasts, poems, greetings, jokes, stickers, horoscopes, tales: generated for fun.
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 6,
      patterns: ["тост*|өлең*|құттықтау*|поздрав*|тілек*|анекдот*|әзіл*|стикер*|гороскоп*|ертегі*|мем|мемдер*|открытк*|шутк* шығар*|жаза*|жазып|жасап|жасайды|генерац*|генерир*|құрастыр*|береді|ойлап"] },
    // A FAQ bot about prices, hours, tariffs or bookings: a wrong answer is corrected by the staff.
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 3,
      unlessInSentence: "симптом*|дәрігер*|ауру*|ауыр*|диагноз*|дәрі*|несие*|кредит*|займ*|сақтандыр*|заң*|салық*|құқық*|юрист*|сот*|емтихан*|оқушы*|студент*|полиция*|виза*",
      patterns: ["сұрақ*|сұраққа|сұрақтарға|вопрос* жауап*|отвеча*"] },
    // Speech turned into text, checked by a clerk: an error costs work to correct (Art. 17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.65, window: 4, patterns: ["аудио*|аудиосын*|дауыс*|сөйлеу*|жазба*|запис* текст*|текстке|мәтін*|мәтінге айналдыр*|аудар*|шығар*|расшифр*", "транскрипц*|расшифровк*|стенограмм*"] },
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 6, patterns: [
      "рекомендатель*|рекомендац*|ұсыным* фильм*|кино*|музыка*|ән|әндер*|тауар*|товар*|рецепт*|кітап*|контент*|плейлист*|карточк*|маркетплейс*|видео*|сериал*|подкаст*",
      "рецепт*|фильм*|кино*|музыка*|тауар*|кітап* ұсын*|ұсынатын|ұсынады|подбор*|таңдап",
      "склад*|қоймада*|қоймасы*|қоймалар*|қоймаға*|комплектов* маршрут*|ретпен|жол*|полка*",
      "размыт*|бұлдырла*|блюр*|blur*",
      "лид*|лидтер*|лидтерді скоринг*|бағала*|сұрыпта*",
      // Fake reviews and bot farms caught for a moderator: «фейк отзывтарды анықтайтын модель».
      "фейк*|жалған|накрутк*|спам* отзыв*|пікір*|бот*|боттар*|боттарын|лайк*|аккаунт* анықта*|табады|тауып|сүзеді|сүзгі*|детект*|ұстайды|выявля*|ловит*",
    ] },
    // News written, dubbed or voiced by the system: a wrong word reaches the audience as fact (17(1)(2)); a news feed
    // that only picks what to show is left to the media default.
    { field: "failureImpact", value: "harm", weight: 0.6, window: 6, unless: "ұсын*|подборк*|лента*|лентасы*|рекомендац*|агрегатор*",
      unlessInSentence: "ролик*|жарнам*|реклам*|промо*|джингл*",
      patterns: ["жаңалық*|новост*|эфир*|эфирге|хабар* дубляж*|озвуч*|дыбыстай*|жазады|жазамыз|генерац*|аудар*|синтез*|клонда*|жасаймыз|жасайды|оқиды"] },
    // Dubbing and subtitles of films are minimal; of the news, a wrong word reaches the audience as fact.
    { field: "failureImpact", value: "minimal", weight: 0.65, unlessInSentence: "жаңалық*|новост*|эфир*|хабар*|ақпарат*|саяси*|ресми*|брифинг*",
      patterns: ["озвучк*|дубляж*|субтитр*"] },
    // A bot that itself changes a tariff, a booking or a payment: a failure costs the customer money (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.7, window: 4,
      patterns: ["тариф*|тарифті|баланс*|роуминг*|төлем*|аударым*|бронь*|=бронын|=бронды|=броны|брондау*|заказ*|тапсырыс*|подписк*|жазылым*|услуг*|қызметті ауыстыр*|қосады|қосып|ажыратады|өшіреді|өзгертеді|рәсімдейді|оформля*|қайтарады|возврат*"] },
    // Ornaments, patterns, logos and textile prints generated for makers: a bad one is thrown away.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 6,
      patterns: ["ою-өрнек*|өрнек*|оюлар*|орнамент*|паттерн*|принт*|логотип*|иллюстрац*|стикер*|векторл*|svg генератор*|генерац*|шығарады|жасайды|салады"] },
    // A bot that hands the hard questions to a person: when it fails, the person answers.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 8, patterns: ["күрделі|қиын|түсінбесе сұрақ*|жағдай* операторға|маманға|адамға|менеджерге|переводит*|жібер*|ауыстыр*"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, window: 2, patterns: ["подстанция*|энергожүйе*|электрстанция*|құбыр*|атом*", "электр|жылу желі*", "су тазарт*|жабдықта*|арна*"] },
    { field: "stateResources", value: "yes", weight: 0.85, window: 3, patterns: ["мемлекеттік|ұлттық кадастр*|тізілім*|дерекқор*|база*|ақпараттық"] },

    // Domain of use. A nearby negation does not change the area, so negated keeps the value.
    { field: "domain", value: "finance", negated: "finance", weight: 0.8, unless: VENUES, patterns: ["несие*|кредит*|онлайн-кредит*|микрокредит*|кредиттеу*|мфо|мфо-*|займ*|банк*|сақтандыр*|қарыз*|ипотека*|скоринг*|микроқарыз*|полис*"] },
    { field: "domain", value: "finance", negated: "finance", weight: 0.6, window: 2, patterns: ["карта* төлем*|транзакция*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.8, patterns: ["науқас*|емхана*|клиника*|дәрігер*|ауру*|мейірбике*|медицина*|диагноз*|денсаулық*|стоматолог*|дәріхана*|пациент*|дәрі-дәрмек*|тамыр|жедел|инсулин*|глюкометр*|диабет*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.6, window: 3, patterns: ["рецепт* дәрі*|дәрігер*|электронды|рецептпен"] },
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
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.85, patterns: ["полиция*|іздеудегі*|ізделуші*|қылмыс*|патруль*|патрульдік*"] },
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.45, patterns: ["күдікті*"] },
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, patterns: ["судья*|үкім*"] },
    // Lawyers' tools cite court acts and codes without deciding cases: «сот актілерінің ашық базасы».
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, unless: "акт*|актілер*|база*|базасы*|кодекс*|юрист*|шарт*|практика*|шешімдер*|шешімдері*|шешімдерін*|шешімдеріне*|нпа|оқулық*|файнтюн*|fine-tun*", patterns: ["сот|соттар*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["көші-қон*|мигрант*|виза*|шекара*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, window: 2, patterns: ["подстанция*|энергожүйе*|электрстанция*|құбыр*|атом*", "электр|жылу желі*", "су тазарт*|жабдықта*|арна*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, unless: "склад*|қоймада*|қоймасы*|қоймалар*|қоймаға*|полка*|дәрігер*|клиника*", patterns: ["бағдаршам*|светофор*|перекрест*|қиылыс*|пробк*|такси*|маршрут*|логистика*|автобус*|кептеліс*|теміржол*|әуежай*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.45, patterns: ["көлік*|жүргізуші*|жол"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["жарнам*|реклам*|маркетинг*|промо*|бренд*|таргет*|логотип*|баннер*|дизайн*|лид*|лидтер*|crm|crm-*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["колл-орталық*|колл-центр*|абонент*|қолдау*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.85, window: 3, patterns: ["сұрақ* жауап*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["клиенттерге*|клиентке*|клиенттеріне*|абоненттерге*|алушыларға*|қолданушыларға* жауап*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["жазылу*|әкімші*|брондау*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, patterns: ["жаңалық*|аудиокітап*|музыка*|фильм*|кино*|мем|мемдер*|подкаст*|журналист*|редактор*|блог|блогер*|youtube|ютуб*|стриминг*|ән|әндер*|әнші*|трек*|тыңдарман*|плейлист*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.5, unless: "товар*|тауар*|селлер*|ұлт*|селфи*", patterns: ["бейне*|видео*|сурет*|фото*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.75, patterns: ["интернет-дүкен*|маркетплейс*|тауар*|товар*|селлер*|касса*|азық-түлік*|корзина*|себет*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.5, patterns: ["дүкен*|сауда*", "сатып ал*"] },
    { field: "domain", value: "other", negated: "other", weight: 0.85, patterns: ["емле*|грамматик*|спам*|аударма*|фермер*|егін*|егістік*|арамшөп*|агро*|суар*|топырақ*|казино*|ойын*|ұтыл*|бидай*|астық*|спутник*|жеміс*|склад*|қоймада*|қоймасы*|қоймалар*|қоймаға*|пентест*|пәтер*|риелтор*|клуб*|арендодатель*"] },

    // Art. 17(2): who has the final word.
    { field: "autonomy", value: "low", weight: 0.85, window: 2, patterns: ["соңғы|түпкілікті|финальн*|окончательн* шешім*|сөз*|таңдау*|нұсқа*|бағаны|нұсқаны|вердикт*|қорытынды*|решени*|слово|бағалау*|резолюция*"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: ["тек ұсыныс*|кеңес*|ориентир*|жоба|рекомендация*|ескерту*|подсказк*|совет*", "өзі|өздері енгізеді|қолмен*"] },
    // The system shows a person what it found («супервайзердің дашбордына шығарады»); or people may ignore it
    // («басқа жолмен жүрсе де болады»).
    { field: "autonomy", value: "low", weight: 0.65, window: 3, patterns: [`${HUMAN_ROLE} дашборд*|панель*|экран*|планшет*|монитор*|админк*`, "басқа|басқаша =жолмен|=жолымен|=жолдармен|жүрсе|істесе|таңдаса"] },
    // «келіспесе немесе дауласа эксперт шақырылады»: a person reviews the decision on a dispute.
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: [`келіспесе|дауласа|даулас*|шағымданса ${HUMAN_ROLE} шақыр*|қарайды|қайта|тексереді`] },
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE} шешеді|шешім*|таңдайды|бекітеді`] },
    // The case goes to a person, who then decides: «модераторға түседі, өшіру не қалдыруды сол шешеді».
    { field: "autonomy", value: "low", weight: 0.7, window: 8, unless: MACHINE, patterns: [`${HUMAN_ROLE} =шешеді|=шешеди|=таңдайды|=бекітеді|=решает`] },
    // The person the output is for confirms it or acts on it himself («пациент растайды немесе өзгертеді»,
    // «пациент өзі салады», «офицер растамаса ешқандай шара қабылданбайды»).
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE}|пациент*|науқас*|юзер*|қолданушы*|пайдаланушы* растайды|растаймыз|растаса|растамаса|=өзі`] },
    // The system suggests, shows or marks something for a person (a recipe, a bio, a cut, a dose): that person decides.
    // Not where the system also acts on its own (books, sends, calls, posts).
    { field: "autonomy", value: "low", weight: 0.55, window: 6,
      unlessInSentence: "автомат*|автоматом|өзі|озы|жібереді|запись*|жазып|звон*|қоңырау*|рассылк*|пуш*|блокта*|бұғатта*|скрыва*|өшіреді|банит*",
      patterns: [`${MACHINE}|бот|боты|қосымша*|ассистент*|gpt|chatgpt|llm =ұсынады|=ұсынып|=ұсынамыз|=көрсетеді|=белгілейді|=белгілеп|подсвечива*`] },
    // An output shown or suggested to a person («комплектовщикке маршрутты көрсетеді», «фичасы рецепт ұсынады»),
    // an alert sent to a guard («охранникке пуш келеді»), a clerk who checks («хатшы тексеріп»): the person decides.
    { field: "autonomy", value: "low", weight: 0.55, window: 8, unlessInSentence: "автомат*|автоматом|өзі|озы|запись*|звон*|рассылк*|блокта*|бұғатта*|скрыва*|өшіреді|банит*",
      patterns: [`${HUMAN_ROLE}|${PEOPLE}|фича*|фичасы =көрсетеді|=ұсынады|=ұсынып`] },
    { field: "autonomy", value: "low", weight: 0.6, window: 4, patterns: [`${HUMAN_ROLE} пуш*|push*|хабарлама*|сигнал*|алерт*|уведомлени* =келеді|=түседі|=жібереді|=барады`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: [`${HUMAN_ROLE} =тексеріп|=тексереді|=қарап|=түзетіп|=түзетеді|=тексерип|=тексереди`] },
    // The system acts by itself and a person can fall back to doing it by hand («диспетчерлер қолмен бөледі»), or it
    // just does its job automatically («ретушь автомат», «автоматты түрде тізімге қосады»): medium unless said otherwise.
    { field: "autonomy", value: "medium", weight: 0.6, window: 2, patterns: [`${HUMAN_ROLE} қолмен*|=колмен`] },
    { field: "autonomy", value: "medium", weight: 0.55, unless: `${WITHOUT_PERSON}|ешкім|ешбір|апелляция*|шағымдан*`, patterns: ["автоматты*|автомат|автоматом|автоматически|автоматтандыр*"] },
    // It publishes by itself, to hundreds of channels («өзі 300+ каналға рассылка жасайды»).
    { field: "autonomy", value: "high", weight: 0.65, window: 5, patterns: ["өзі|озы|автомат* рассылк*|жариялай*|публикац*|постит*|каналға|каналдарға"] },
    // Nobody can stop it in time, people only see it afterwards («тоқтатып үлгеру мүмкін емес», «кейін журналдан ғана көреді»).
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["тоқтат*|тоқтатып|араласу*|араласып|түзет*|өзгерт* үлгер*|үлгеру !neg", "кейін|постфактум журнал*|ғана көреді|біледі"] },
    // NPCs and bots that hold the conversation themselves («сөйлесуді өзі жүргізеді», «ойыншы не жазса да жауап береді»).
    { field: "autonomy", value: "high", weight: 0.6, window: 6, patterns: ["npc|npc-*|npc-лар|npc-ler|кейіпкер*|персонаж*|keiipker* жауап*|сөйлес*|soiles*|сөйлесу*|диалог*|реплика*", "сөйлесу*|диалог*|разговор* өзі|=озы жүргізеді|жургизеди|ведет"] },
    { field: "autonomy", value: "low", weight: 0.8, window: 8, patterns: ["тексер*|қарайды|бекіт* әр|барлық бұрын"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} растай*|бекіт*|тексер*|қол қояды әр|барлық`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["өздері шешеді|таңдайды"] },
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: ["қоңырау*|хабарлас*|жүгін* ашу*|ашады*|қалпына*|бұғаттан*"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: ["кеңес*|ұсыныс* ретінде|ғана"] },
    // "өзгерте алады" (can change) against "өзгерте алмайды" (cannot): the modal verb carries the negation.
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} алады*|ала|болады* ${CHANGE}`] },
    // The user himself can undo what the system did («абонент кез келген уақытта қайтарып ала алады»).
    { field: "autonomy", value: "medium", weight: 0.7, window: 6, negated: "high", patterns: [`${PEOPLE}|орталық*|орталығы* алады*|ала|болады* ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.8, window: 8, patterns: [`${HUMAN_ROLE} алмайды*|алмайсыз*|болмайды* ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["ешкім* хабарлас*|шағымдан*|жүгін*|қоңырау*|тексермей*|қарамай*"] },
    { field: "autonomy", value: "medium", weight: 0.6, negated: "high", patterns: ["шағымдан*|наразылық*"] },
    // Nobody checks what the system decided. Nobody taking part in the decision («ешбір қызметкер қатыспайды»,
    // «адамның қатысуынсыз», «толығымен автоматты») is no class of its own: the system decides under medium autonomy
    // too (Art. 17(2)(2)); it is the automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["ешбір|ешкім|ешбир|ешким|никто қызметкер*|адам*|маман*|оператор* тексер*", `${HUMAN_ROLE} =тексермейді|=тексермейміз|=қарамайды|=қарамаймыз|=тексермеді`] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} пайдалан*|қолдан*|көреді|көріп|жазады|жазып|сұрайды|орнат*|жіберген|сөйлес*|жүктейді|таңдайды|тексереді|салыстыр*|өзгерт*|қабылдайды|күтеді|айт*|ұсын*|түсіндір*|жауап*|жібер*|береді|хабарлама*|жүгін*|тыңда*|оқиды|қоңырау*|төлейді|тапсырыс*`] },
    { field: "userFacing", value: "yes", weight: 0.7, window: 4, patterns: [`${PEOPLE} келіспесе|келіспей*|дауласа|даулас*|шағымдан*|наразы*|алады|алатын`, "хабарласа|қоңырау|шағымдана|жүгіне алмайсың|алмайсыз|аласыз|аласың"] },
    // The founder speaks to the user («ИИН енгізесің», «фотосын жібересің», «не сұрасаң»), names users or an audience,
    // or says whom the product is for («фермерлерге арналған»).
    { field: "userFacing", value: "yes", weight: 0.6, patterns: ["енгізесің*|енгізесіз*|жібересің*|жібересіз*|сұрасаң*|сұрасаңыз*|десең*|жазасың*|көресің*|таңдайсың*|жүктейсің*"] },
    { field: "userFacing", value: "yes", negated: "yes", weight: 0.6, unless: `${CONSENT}|${WITHOUT_CONSENT}|дерек*|мәлімет*|туралы`, patterns: ["селлер*|юзер*|тыңдаушы*|тыңдарман*|көрермен*|оқырман*|ойыншы*|аудитория*"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 2, patterns: [`${PEOPLE} арналған|үшін`] },
    // The output is handed to a person («агрономға карта береді», «комплектовщиктің ТСД-сына шығарады», «менеджерге түседі»).
    { field: "userFacing", value: "yes", weight: 0.6, window: 4, unless: "ешкім*|ешкимге",
      patterns: [`${PEOPLE}|${HUMAN_ROLE} =шығарады|=шығарамыз|=көрсетеді|=береді|=береміз|=жібереді|=түседі|=ұсынады|=ұсынып|=ұсынамыз`] },
    // Staff in a role who see, check, approve or correct the output («охранник планшетте көреді», «легит-чекер береді»,
    // «бөлімше бастығы бекітеді»). Grid and traffic automatics watched by a control room are left to the question.
    { field: "userFacing", value: "yes", weight: 0.6, window: 6, unlessInSentence: "подстанция*|светофор*|бағдаршам*|фидер*|автоматика*|телеметрия*|журнал*",
      patterns: [`${HUMAN_ROLE}|сатушы*|продав*|тапсырысшы* көреді|көріп|растайды|бекітеді|шешеді|қарайды|қарап|тексереді|түзетеді|қайтара|өзгерте|белгілейді|қабылдайды|жүктейді|қолданады|пайдаланады|береді`] },
    // Forums, comments and broadcasts: people write or watch what the system handles.
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["форум*|коммент*|комментари*|телеарна*|эфир*|тыңдаушы*|жолаушы*|подписчик*|жазылушы*"] },
    // Users and players in Kazakh written in Latin letters («oiynshy ne jazsa da»).
    { field: "userFacing", value: "yes", weight: 0.6, patterns: ["oiynshy*|oyinshy*|oiynshi*|qoldanushy*|paidalanushy*|klient*|user*|iuzer*"] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["сервис*|плагин*|ассистент*|репетитор*|приложени*|навигатор*|қосымша*|бот|чат-бот*|чат*|сайт*|портал*|платформа*|көмекші*|кеңейтім*|браузер*"] },

    // Art. 10, PD Law: personal data.
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["дербес|жеке дерек*|мәлімет*|ақпарат*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`болжа*|бақыла*|бағала*|анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE}|қыздың|қыздар*|әйел* дерек*|тарих*|жазба*|профил*|фотосы*|суретін*|=суреттегі|=фотодағы|=фотосындағы|=бейнедегі|=видеодағы|=кадрдағы|бет|бетін|аты-жөн*|есім*|белгі*|төлем*|мінез*|жүріс-тұрыс*|пост*|телефон*|паспорт*|құжат*|өтініш*|түйіндеме*|үлгерім*|көз*|рейтинг*|мекенжай*|пошта*|табыс*|хат*|тізім*|чат*|чаттар*|переписк*|сообщени*|аккаунт*|зарплат*|жалақы*`,
    ] },
    // A name, a phone or an address taken from people («атын, телефонын алып менеджерге береді»).
    { field: "personalData", value: "yes", weight: 0.8, window: 3, patterns: ["атын|атыңды|аты-жөн*|телефон*|телефонын|номерін|мекенжай*|адрес*|email*|e-mail* =алып|=алады|=аламыз|=сұрайды|=сұрап|=жинаймыз|=жинайды|=енгізеді|=қалдырады|=сақтаймыз"] },
    // A base of numbers, contacts or IINs is a list of people («номерлер базасы», «контактілер базасы»).
    { field: "personalData", value: "yes", weight: 0.75, window: 3, patterns: ["база*|базасын|базалар*|базу|базы номер*|номерлер*|контакт*|телефон*|иин*|жсн*|клиент*"] },
    // Calls, hearings and conversations recorded or transcribed are people's voices and words.
    { field: "personalData", value: "yes", weight: 0.75, window: 4, patterns: ["звонок*|звонокты|қоңырау*|разговор*|отырыс*|сөйлесу*|сұхбат* транскрибац*|транскрипц*|аудио*|аудиосын|жазба*|запис*|расшифр*|текстке"] },
    // What people bought before is their purchase history ("адамдардың бұрын не сатып алғанына қарай").
    { field: "personalData", value: "yes", weight: 0.75, window: 7, patterns: [`сатып алған*|алғандар* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["түйіндеме*|резюме", "төлем* тарих*", "жазба* колл-*|клиент*|қоңырау*"] },
    // What people bought, listened to or searched, their clicks, credit history or glucose readings are about them.
    { field: "personalData", value: "yes", weight: 0.75, window: 3, patterns: [
      "сатып|тыңдау*|қарау*|іздеу*|кредит*|несие* тарих*|тарихы*|тарихын*",
      "клик*|email*|email-*|e-mail*|логин*|симптом*|глюкометр*|cgm",
      "пкб|гбд|гцвп|кредиттік",
    ] },
    // Phones and names taken out, data anonymised: what is left is not about anyone.
    { field: "personalData", value: "no", weight: 0.7, window: 5, patterns: ["телефон*|аты-жөн*|аттар*|аттарды|байланыс* алып|өшіріп", "анонимдендір*|обезличен*|деперсонал*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["карта* төлем*", "өтініш* толтыр*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сервер*|сат*|үшінші", patterns: ["!neg дербес|жеке дерек*|мәлімет*|ақпарат*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 4, unless: CONSENT, patterns: ["!neg адам*|бет* сурет*|кадр*|бейне*|фото*"] },
    { field: "personalData", value: "yes", weight: 0.8, negated: "no", patterns: ["иин*|жсн*|паспорт*|селфи*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*", patterns: ["аты-жөн*|телефон*|мекенжай*|байланыс*|есім*|номер*|номерлер* !neg", "адам*|жеке|клиент*|қолданушы*|пайдаланушы*|юзер* дерек*|мәлімет*|ақпарат*|мәтін* !neg"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["анонимді*|жасырын* дерек*"] },
    // Only things, firms or fields, no people («тек заттар, адамдар жоқ», «тек заңды тұлғалар, физлица жоқ»,
    // «адамдарды емес заведениелерді бағалаймыз»); personal data denied in slang or Latin letters («персдата жоқ»,
    // «personal data jinamaimyz»); no sign-up at all («тіркелу жоқ»).
    { field: "personalData", value: "no", weight: 0.7, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*",
      patterns: ["персдата*|пд|физлица*|физлиц*|тіркелу*|регистрац* !neg", "personal|персональн* data|данн* =jinamaimyz|=jinamaimiz|=zhinamaimyz|=zhinamaimiz|=жинамаймыз|=сақтамаймыз"] },
    { field: "personalData", value: "no", weight: 0.7, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*",
      patterns: ["тек|только заттар*|заттарды|заттармен|компаниялар*|заңды|егістік*|алқап*|машиналар*|көлік*|жабдық*|құрылғы*|заведени*", "=адамдар|=адамдарды|=адамдардың|=адамдармен =жоқ|=жок|=емес"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "шетел*|бұлт*|сат*|үшінші|жібер*", patterns: ["қолданушы*|пайдаланушы*|клиент*|адам* туралы !neg"] },

    // PD Law art. 12(2): where data live and where training runs.
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: TRAINING, patterns: [`${STORE} ${KAZAKHSTAN}`] },
    // Nothing kept: texts are not stored, sent to no server, processed on the spot or inside the browser.
    { field: "dataStorage", value: "none", weight: 0.6, window: 3, unless: "шетел*|бұлт*|api|openai|gpt|aws*|тек", patterns: ["=сақтамаймыз|=сақталмайды|=сақтамайды|=жібермейміз|=сактамаймыз|=сакталмайды", "=сол|=бірден =сәтте|=кезде өңделеді", "браузердің|браузер* =ішінде|=ичинде"] },
    { field: "trainingLocation", value: "no_personal_data", weight: 0.6, window: 3, unless: "шетел*|бұлт*|api|openai|gpt|aws*|тек", patterns: ["=сақтамаймыз|=сақталмайды|=сақтамайды|=жібермейміз|=сактамаймыз|=сакталмайды", "=сол|=бірден =сәтте|=кезде өңделеді", "браузердің|браузер* =ішінде|=ичинде"] },
    // Credit bureau and pension-fund data, microfinance: data that Kazakh banking law keeps at home. A weaker cue than
    // a named place, which wins.
    { field: "dataStorage", value: "kazakhstan", weight: 0.6, unlessInSentence: ABROAD, patterns: ["пкб|пкб-*|гцвп|гцвп-*|гбд|гбд-*|мфо|мфо-*|микроқаржы*"] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.55, unlessInSentence: ABROAD, patterns: ["пкб|пкб-*|гцвп|гцвп-*|гбд|гбд-*|мфо|мфо-*|микроқаржы*"] },
    // A state information system, a court's own server, a closed circuit: kept, and trained, in Kazakhstan.
    { field: "dataStorage", value: "kazakhstan", weight: 0.65, window: 4, unless: TRAINING, patterns: ["мемлекеттік|қалалық|сот|соттың|әкімдік* ақпараттық|жүйе*|жүйесіне|сервер*", "жабық|ішкі|өз контур*|серверімізде|серверінде", "on-prem|онпрем*"] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.6, window: 4, patterns: ["мемлекеттік|қалалық|сот|соттың|әкімдік* ақпараттық|жүйе*|жүйесіне|сервер*", "жабық|ішкі|өз контур*|серверімізде|серверінде", "on-prem|онпрем*"] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: TRAINING, negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    // «деректер КЗ-да», «мәліметтер РК-да», «барлық дерек ведомствоның ЦОД-ында».
    { field: "dataStorage", value: "kazakhstan", weight: 0.65, window: 3, unlessInSentence: ABROAD,
      patterns: [`дерек*|деректер*|мәлімет*|данные|данных|база*|бейне*|видео* ${KAZAKHSTAN}|кз-*|=кз|рк-*|=рк|қр-*|=қр`, "ведомство*|министрлік*|мемлекеттік|әкімдік* цод*|цод-*|дата-орталығ*|дата-орталық*"] },
    // The text or the voice goes to a foreign model («шетелдік API», «OpenAI-ға жібереміз», «ElevenLabs-та клондалған»).
    { field: "dataStorage", value: "abroad", weight: 0.6, window: 3, unlessInSentence: `${KAZAKHSTAN}|on-prem|онпрем*|локаль*|жергілікті`,
      patterns: ["шетелдік|зарубежн* api*|апи*|модель*|сервис*|провайдер*|бұлт*", "openai*|chatgpt*|elevenlabs*|anthropic*|claude*|gemini*|midjourney*|heygen*|deepseek*"] },
    // A place named next to storing ("Қазақстанда сақталады") is where data live, not where training runs.
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "сақта*", patterns: [`${TRAINING} ${ABROAD}`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "сақта*", patterns: [`${TRAINING} ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // "-сыз" (without) sits inside the word: "келісімінсіз" fills no CONSENT slot (see privative), so it is a rule of its own.
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    { field: "personalDataLawful", value: "yes", weight: 0.75, unless: `${WITHOUT_CONSENT}|=не`, patterns: [CONSENT] },
    // Any "without consent" / "nobody gave permission" where the sentence names people or their data, unless it is
    // consent to one feature (emotions, automated decisions) or an actor's likeness.
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 3, about: DATA_OR_PEOPLE, unlessInSentence: NOT_THE_DATA,
      // «келіспесе» (if he disagrees) is a condition, not a denial of consent.
      unless: "келіспесе*|=дауласа|=шағымданса|=тартса", patterns: [WITHOUT_CONSENT, `!neg ${CONSENT}`, `${CONSENT} ${RU_NOT_ASKED}`] },
    // «Согласие ешкім бермеген», «рұқсатты ешкім берген жоқ»: nobody gave consent, whoever the people are.
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 4, unlessInSentence: NOT_THE_DATA, unless: "келіспесе*|болса|болмаса|если",
      patterns: [`${CONSENT} ешкім|ешкімнен|никто бермеген*|бермейді|бермеді|берген|сұрамадық|алмадық|давал*`,
        // «рұқсат сұрамаймыз», «келісім алмаймыз», «согласие алынбаған».
        `${CONSENT} сұрамай*|сұрамадық|сұрамаған*|сұралмай*|сұралмаған*|алмай*|алмадық|алмаған*|алынбай*|алынбаған*|бермеген*|берілмеген*`] },
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, about: DATA, unless: `${EMOTIONS}|автомат*|шешім*`, patterns: [`!neg білмейді|хабарла*|ескерт*|айт* ${PEOPLE}`] },
    // People do not know their faces, calls or chats are processed («адамдар бетінің сканерленіп жатқанын білмейді»).
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 8, about: DATA, unlessInSentence: NOT_THE_DATA,
      patterns: [`${PEOPLE} білмейді*|білмеді*|білмейтін*|білмеген*|хабарсыз*|бейхабар*|знают`, `жасырын*|жасырып*|тайно*|тайком|скрыт*|втихую ${PEOPLE}`] },
    // No sign, no notice («ешқандай табличка жоқ», «ескерту жоқ») where faces or calls are captured.
    { field: "personalDataLawful", value: "no", weight: 0.6, window: 3, about: DATA, unlessInSentence: NOT_THE_DATA, patterns: ["табличка*|ескерту*|хабарландыру*|уведомлен*|вывеск*|стикер* !neg"] },
    // Data from leaks, hacked or bought databases, or people's profiles sold on: no lawful ground can be had.
    { field: "personalDataLawful", value: "no", weight: 0.85, unless: "анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|мониторинг*|ескерт*|қорға*|тексер*|іздеп",
      patterns: ["слив*|сливтер*|утечк*|ағып|ұрлан*|украден*|взлом*|даркнет*|darknet*|хакер*"] },
    // «Номерлер базасын (ИИН, телефон) телеграм каналдан сатып алдық», «базу купили». Only a base, contacts or numbers
    // bought, or data bought by us: «сатып алған клиенттердің деректері» are the data of buyers.
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 12, unless: "лицензия*|подписк*|жазылым*|crm*|бағдарлама*|программ*|софт*|тариф*", patterns: [
      "сатып =алдық|=алдык|=алдым|=аламыз|=алып|=алынды|алынған*|=алатынбыз база*|базалар*|базасын|базаны|контакт*|номер*|номерлер*|дамп*|выгрузк*|слив*",
      "сатып =алдық|=алдык|=алдым|=аламыз дерек*|деректер*|мәлімет*|данн*",
      "купил*|покупаем|покупали|купленн* баз*|базу|базы|данн*|контакт*|номер*",
    ] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 4, patterns: [`${PEOPLE} дерек*|профил*|мәлімет*|база*|контакт* =сатамыз|=сатады|=сатылады|=сатамын|=сатқанбыз|перепрода*|продаём|продаем|продает|продаёт`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 2, patterns: ["өздері|ерік*|қалау* қос*|таңда*", "ерікті*"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", unless: `${WITHOUT_CONSENT}|=не`, patterns: [CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.85, window: 3, patterns: [`${CONSENT} ${RU_NOT_ASKED}`, "айтпа* ешкімге|оларға|қызметкер*|клиент*|бұл"] },
    { field: "emotionConsent", value: "no", weight: 0.8, patterns: [WITHOUT_CONSENT] },
    // «операторларға айтпаймыз», «ескертпейміз», «жасырын түрде»: people whose emotions are read are not told.
    { field: "emotionConsent", value: "no", weight: 0.75, patterns: [NOT_TOLD] },
    // People are led to think the camera or the app is for something else («ұрлыққа қарсы деп біледі», «думают, что для
    // безопасности»): they were never told what it reads. Not where the sentence says they know it reads emotions.
    { field: "emotionConsent", value: "no", weight: 0.7, window: 8, unless: `${EMOTIONS}|көңіл-күй*|күлімсіре*|эмоцияны`,
      patterns: [`${PEOPLE}|олар =деп біледі|біледі|ойлайды|санайды|есептейді|сенеді|түсінеді`, `${PEOPLE} думают|считают|уверены|полагают`] },
    { field: "emotionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg білмейді|хабарла*|ескерт*|айт* ${PEOPLE}`] },
    // «бұл туралы оларға ескерткен жоқпыз», «өздеріне айтқан жоқпыз»: those whose emotions are read are not told.
    { field: "emotionConsent", value: "no", weight: 0.75, window: 3, patterns: ["туралы|жайлы|оларға|өздеріне|оларга|оздерине айт*|ескерт*|хабарла*|сұра* !neg"] },
    { field: "emotionConsent", value: "consent", weight: 0.7, window: 2, patterns: ["өздері|ерік*|қалау* қос*|таңда*", "ерікті*"] },
    { field: "automatedDecisionConsent", value: "yes", weight: 0.7, negated: "no", unless: `${WITHOUT_CONSENT}|=не`, patterns: [CONSENT] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.8, window: 3, patterns: [`${CONSENT} ${RU_NOT_ASKED}`] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.7, patterns: [WITHOUT_CONSENT, "сұрамай*|сұрамады*|сұрамаған*|білдірмей*"] },

    // Art. 17(3)(5) and (6): biometrics, categorisation, emotions.
    { field: "biometrics", value: "yes", weight: 0.85, negated: "no", patterns: ["бет|бетін|бетіне|беті|бетінің|бет-әлпет*|жүзін*|биометри*|селфи|саусақ*"] },
    { field: "biometrics", value: "yes", weight: 0.8, patterns: ["дауыс* көшір*|клон*|ауыстыр*|жасанды*|үлгі*|жазба*|өз"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 8, patterns: [`камера*|вебкамера*|бейнекамера* ${PEOPLE}|қай|кім|көз*`] },
    { field: "biometrics", value: "yes", weight: 0.6, window: 3, patterns: ["көз* бақыла*|қадаға*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, patterns: [`дауыс* ${EMOTIONS}`] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 2, patterns: ["тамыр соғыс*|соғуы*", "саусақ ізі*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 4, patterns: ["дауыс* тани*|таны*|анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|сәйкестендір*", "жынысы*|жынысын*|жасын*|жасына* анықтай*|анықтау*|анықтап*|анықтал*|болжа*"] },
    { field: "biometrics", value: "yes", negated: "yes", weight: 0.75, window: 6, patterns: ["бейне*|видео*|дауыс*|бет саясаткер*|белгілі|әйгілі|актер*|актёр*|жұлдыз*|блогер*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 8, patterns: [`${FACE_SOURCE} ${SENSITIVE_TRAIT}`] },
    // «ұлтын және діндар ма жоқ па анықтайды»: "X or not" asks a question, it denies nothing.
    { field: "biometricCategorisation", value: "yes", negated: "yes", weight: 0.9, window: 10, patterns: [`${FACE_SOURCE} ${SENSITIVE_TRAIT} =ма|=ме|=ба|=бе|=па|=пе|=ли жоқ|жок|нет`] },
    // Faces sorted into ethnic groups to serve or hide some («тек славяндарға», «тек қазақтарға»).
    { field: "biometricCategorisation", value: "yes", weight: 0.8, window: 10, patterns: [`${FACE_SOURCE} ${ETHNIC_GROUP}`] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no",
      unless: `туралы|жайлы|ескерт*|хабарла*|айтпай*|білмей*|${CONSENT}|трек*|ән|әндер*|музыка*|фильм*|кино*|мәтін*|текст*|пікір*|отзыв*|сценари*|кітап*`,
      patterns: ["эмоция*|эмоцияс*|көңіл-күй*|мимика*|раздражени*|уверенност*|настроени*|выгоран*"] },
    // Emotions read by a verb («эмоция оқимыз», «көңіл-күйін талдайды»), in positive forms only: «анықтамаймыз» is a denial.
    // Not telling people about it («эмоция оқитынымыз жайлы ешкім білмейді») still says the emotions are read.
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 3, negated: "yes", unless: "трек*|ән|әндер*|музыка*|фильм*|кино*|мәтін*|текст*|пікір*|отзыв*|сценари*|кітап*|сахна*|сцена*",
      patterns: [`${EMOTIONS}|көңіл-күй* ${EMOTION_VERB}`] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 6, negated: "yes", unless: "трек*|ән|әндер*|музыка*|фильм*|кино*|мәтін*|текст*",
      patterns: [`${EMOTIONS}|көңіл-күй* ${EMOTION_VERB}|туралы|жайлы ${NOT_TOLD}|білмейді|білмейтін*`] },
    // A face watched for its reaction to goods, ads or a lesson («бетіне қарап товарға реакциясын жазады»).
    { field: "emotionRecognition", value: "yes", weight: 0.75, window: 6, unless: "лайк*|like*|коммент*|пікір*|отзыв*",
      patterns: ["бет|бетін|бетіне|беті|бетінен|жүзін*|мимика* реакция*|реакциясын|реакцияла*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", unless: "трек*|ән|әндер*|музыка*|фильм*|кино*|мәтін*|текст*", patterns: [`${EMOTIONS} анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|байқа*|тан*|бақыла*|айт*|көрсет*|қай|кім|отырғанын|жүргенін|екенін`] },

    // Art. 17(3)(1)-(3), (7).
    // Wines, hotels, films, goods and companies are rated too; machines have "behaviour"; "social" media are scheduled.
    { field: "socialScoring", value: "yes", weight: 0.9, window: 12, negated: "no",
      unless: SCORED_THINGS,
      patterns: [SCORE_OF_PEOPLE] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", patterns: ["әлеуметтік рейтинг*|балл*|несие*"] },
    // Residents, staff or tenants rated «лояльность индексі», «сенім рейтингі», «скоринг сотрудников».
    { field: "socialScoring", value: "yes", weight: 0.85, window: 3, negated: "no", unless: "шарап*|вино*|қонақүй*|отель*|мейрамхана*|ресторан*|тауар*|товар*|фильм*|компания*|тоо|бин|лид*|жабдық*|станок*|машина*|құрылғы*|сервер*|датчик*|жоспарла*|кесте*|smm|контент*|сомелье*", patterns: ["лоял*|адалдық*|адалдығ*|сенім*|надежн*|благонадеж*|тәртіп*|дисциплин*|поведен*|мінез-құлық* индекс*|рейтинг*|балл*|скор*|ұпай*"] },
    // «айла» (trick) is spelled out: «айла*» would take «айлар» (months). Photo editors "manipulate" images, not people.
    { field: "manipulation", value: "yes", weight: 0.85, unless: "алаяқ*|мошен*|фрод*|анықтай*|анықтап*|ұстай*|фото*|сурет*|кескін*|изображен*|фон*|режим*|товар*|тауар*|редактор*|дерек*|мәтін*",
      patterns: ["манипуляция*|манипуляцияла*|алдап*|алдау*|алдай*|айла|айлалар*|айласы*|айлакер*|айламен|айлаға|айланы|қулық*|түпсана*"] },
    // Fake urgency or scarcity: a timer, a discount that "ends in 10 minutes", "only 2 left" when it is not true.
    { field: "manipulation", value: "yes", weight: 0.85, window: 10, unless: "анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|тексер*|таны*|ұстай*", patterns: [`${FALSE} ${URGENCY}`, "өтірік*|алдап айт*|айтады|жазады|уәде*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: ["ойлан*|ойлау* үлгермей*|үлгермес*|үлгертпей*", "dark|қараңғы|тёмн*|темн* паттерн*|pattern*", "fomo|фомо"] },
    { field: "manipulation", value: "yes", weight: 0.75, unless: "алаяқ*|фрод*|вирус*", patterns: ["қорқыт*|запуга*|үрейлендір*|шантаж*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: ["қорқыныш*|үрей*|уайым* пайдалан*|ойна*|ойнай*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 5, patterns: ["жасыр*|көрінбей*|байқалмай*|тығ*|тыққан*|тықтық* батырма*|кнопк*|түйме*|отказ*|отписк*|жазылым*|подписк*",
      // The cancel button put out of sight: «отписка кнопкасын әдейі тығып қойдық», «бас тарту батырмасын жасырдық».
      "отписк*|отмен*|бас батырма*|кнопк*|түйме*|тарту* жасыр*|тығ*|тыққан*|кішірейт*|прячем|спрятал*|скрыва*",
      "отписк*|отписат*|отмен*|отказ*|батырма*|кнопк*|түйме* жасыр*|тығ*|тыққан*|кішірейт*|прячем|спрятал*|скрыва*"] },
    // Buy in a hurry, before thinking: «асығып ойланбай сатып алсын», «ойланып үлгермей төлесін».
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, unless: "қорға*|кеңес*|ескерт*",
      patterns: ["ойланбай*|ойланбастан асығып|асықтыр*|сатып|төле*|алсын|алады|жазыл*|покупа*|оформ*"] },
    // A countdown or a discount that is not real: «таймер шын емес», «акция нақты емес», «таймер фейк».
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, unless: "анықтай*|анықтап*|тексер*|таны*|ұстай*",
      patterns: ["таймер*|акция*|жеңілдік*|скидк*|дедлайн* шын|нақты|настоящ*|реальн* !neg", "таймер*|акция*|скидк*|дедлайн* фейк*|жалған|өтірік*|липов*|ненастоящ*"] },
    // A character who guilt-trips a player into paying: «донат жасамасаң дос болмаймын, жылаймын».
    { field: "manipulation", value: "yes", weight: 0.8, window: 10, unless: "қорға*|психолог*",
      patterns: ["донат*|төле*|сатып|покупк*|ақша* жасамаса*|төлемесе*|алмаса*|бермесе*|салмаса*|не дос|жылай*|ренжи*|ренжім*|өкпеле*|өлем*|кетем*|мұңаямын|обижу*|обидит*|плачу|заплачу"] },
    { field: "manipulation", value: "yes", weight: 0.45, window: 3, patterns: ["дана|штук*|орын* қалды*|қалған*"] },
    // An offer timed to the moment a person is weakest: after a loss, when angry or about to quit («қатарынан 3 рет
    // ұтылып, ойынды тастағалы тұрған кезде дәл сол секундта -70% шығарады»).
    { field: "manipulation", value: "yes", weight: 0.8, window: 16, unless: "қорға*|көмек*|психолог*|кеңес*|оператор*|қолдау*",
      patterns: [`ұтыл*|ұтылып|ұтылған*|жеңіліп|жеңілген*|мұңай*|шаршаған*|тастағалы|кеткелі|кеткісі|қайғыр*|депресс*|проигр*|сливает* ${URGENCY}|${HARMFUL_OFFER}|сандық*|кейс*|скин*|кристалл*|алмаз*|премиум*`, "дәл|нақ|тура|тап сол|сондай|осы сәт*|секунд*|кез*|момент*|минут* ұсыныс*|оффер*|жеңілдік*|скидк*|акция*|сандық*|покупк*|сатып"] },
    // Short countdowns: «тек 2 минут!», «небәрі 10 минут», with a discount.
    { field: "manipulation", value: "yes", weight: 0.6, window: 6, unless: "жеткіз*|доставк*|дайын*|жауап*|күт*",
      patterns: ["тек|небәрі|всего|только|бар|жоғы минут*|минутта*|секунд* жеңілдік*|скидк*|акция*|сандық*|оффер*|ұсыныс*"] },
    // Art. 17(3)(3): a scoring is lawful only where a law provides for it («заң жоқ», «заңмен бекітілген ештеңе жоқ»).
    // Any scoring of people in a sentence that names no law: proposed as having none (kept only where socialScoring is).
    { field: "scoringLegalBasis", value: "no", weight: 0.55, window: 12, unless: SCORED_THINGS, unlessInSentence: "заң*|закон*|қаулы*|бұйрық*|приказ*|норматив*|регламент*",
      patterns: [SCORE_OF_PEOPLE] },
    { field: "scoringLegalBasis", value: "yes", negated: "no", weight: 0.8, window: 3, patterns: ["заң*|закон*|заңнама*|қаулы* бойынша*|негізінде*|көзделген*|бекітілген*|сәйкес*|талап"] },
    { field: "scoringLegalBasis", value: "no", weight: 0.8, window: 3, patterns: ["заң*|закон*|заңнама*|құқықтық !neg", "заңсыз*|незакон*", "өзіміз ойлап"] },
    // A scoring the founder describes without naming any law: proposed as having no legal basis, for the founder to
    // correct («заң бойынша» above outweighs it). Only read where people are scored (prerequisite socialScoring).
    { field: "scoringLegalBasis", value: "no", weight: 0.55, window: 6, unless: "заң*|закон*|қаулы*|бұйрық*|приказ*",
      patterns: ["рейтинг*|балл*|индекс*|скор*|ұпай* тұрғын*|азамат*|қызметкер*|жалгер*|арендатор*|көрші*|сотрудник*|студент*|жүріс-тұрыс*|мінез*|лоял*|пост*|соцжелі*|соцсеть*"] },
    // Pressure and guilt-tripping to make people pay: «қысым жасайды», «аяушылық тудырады», «кінәлі сезінтеді», «давят».
    // Blood, tyre and gas pressure is no pressure on people.
    { field: "manipulation", value: "yes", weight: 0.75, window: 2, unlessInSentence: "қан|қанның|артериал*|тонометр*|шина*|шинаның|дөңгелек*|газ*|құбыр*|атмосфера*|давлени*",
      patterns: ["қысым*|прессинг*|давят|давим|дожима*|дожим* жасайды|жасаймыз|жасап|көрсетеді|көрсетеміз|түсіреді|түсіреміз|арқылы", "аяушылық*|аяныш*|кінә*|кінәлі|ұят* тудыр*|туғыз*|сезін*|оят*|ойнаймыз|ойнайды|ойнап|=пайдаланамыз|=пайдаланады|=пайдаланып|=пайдаланатын|=пайдаланған|=пайдаланамын|=пайдаланғанбыз|=пайдаланайық|=пайдаланамиз|=пайдаланади|=пайдаланатин", "давят|дожимают|дожимаем|давим"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: ["атынан адам*|азамат*|сайлаушы*|қолданушы*|қарапайым"] },
    // Fake reviews a moderator deletes are fought, not made.
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, unlessInSentence: "модератор*|модерац*|өшір*|жоя*|жояды|анықта*|сүз*|блокта*|бұғатта*|удаля*", patterns: ["жалған таймер*|жеңілдік*|пікір*|шектеу*|аккаунт*|парақша*|профиль*", "жасырын батырма*|түйме*|төлем*|жазылым*"] },
    // Scarcity that is not there: «тек 2 орын қалды … шын мәнінде орын шексіз».
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, about: "қалды|өседі|өсе|ертең|бүгін|тек|соңғы", patterns: ["шын|шынында|шындығында мәнінде|мәні шексіз|жоқ|өспейді|көп"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["итермеле*|қысым*|мәжбүрле*|азғыр* сатып|ақша*|жұмса*|ойна*|бәс*|төле*|жазыл*|алуға|рассрочк*|несие*|кредит*", "бонус*|сыйлық*|жеңілдік* ойна*|ойнай|бәс*|жұмса* үшін|беруі"] },
    // A weakness named and used on purpose: loneliness, gullibility, need, dependence («жалғыздықты пайдаланамыз»,
    // «сенгіштігін пайдаланады», «на одиночестве играем»). Security "vulnerabilities" (осалдық, уязвимость) are not people's.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 3,
      patterns: ["жалғыздық*|жалғыздығ*|сенгіштік*|сенгіштіг*|аңғалдық*|аңғалдығ*|мұқтаждық*|мұқтаждығ*|тәуелділік*|тәуелділіг*|қажеттілігін*|әлсіздігін*|одиночеств*|доверчивост*|беспомощност* =пайдаланамыз|=пайдаланады|=пайдаланып|=пайдаланатын|=пайдаланған|=пайдаланамын|=пайдаланғанбыз|=пайдаланайық|=пайдаланамиз|=пайдаланади|=пайдаланатин|ойнаймыз|ойнайды|ойнап|использу*|играем|играет|сауын*|нажива*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, patterns: [`${VULNERABLE} итермеле*|айла|айлалар*|айласы*|алдап*|алдау*|қысым*|азғыр*|манипуляция*|қулық*`] },
    // Loans sold to the old by a caller who hides the terms («зейнеткерлерге қоңырау шалады … пайызды айтпайды»).
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 24, unless: "қорға*|алаяқ*|мошен*|ескерт*|көмек*|қолдау*",
      patterns: ["зейнеткер*|пенсионер*|қарт*|егде* мфо*|микрокредит*|микроқарыз*|несие*|кредит*|қарыз*|займ* айтпай*|айтпаймыз|жасыр*|алда*|=ауыстырады"] },
    // Debt, bets or paid extras pushed harder on the indebted, gamblers, children or the old («жиірек көрсетеміз»),
    // or because they do not understand («ақшаның құнын түсінбейді»). Protecting them is the opposite.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 14, unless: "қорға*|тыйым*|блокта*|бұғатта*|шекте*|сүзгі*|фильтр*|бақылау*",
      patterns: [`${VULNERABLE} ${HARMFUL_OFFER} ${PUSHED}`, `${VULNERABLE} ${HARMFUL_OFFER} түсінбей*|ажырата|аңғармай*|білмей*|сезбей*`] },
    // A child pays with a parent's card in one tap («ата-анасының картасы привязан болса бір тап — сатып алынды»).
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, unless: "рұқсат*|растау*|растайды|растаған|подтвержд*|пароль*|пин*|бақылау*|контрол*|лимит*|шекте*",
      patterns: ["ата-ана*|ата-анасының|родител*|мамасының|әкесінің|анасының карта*|картасы*|ақша*|счет*|шот* сатып|төле*|покупк*|списыва*|тап|бір"] },
    // A vulnerable group sought out and then pushed a message or an offer, or caught at a weak moment
    // («лудомандарды, зейнетақы түскен қарт адамдарды тауып алады, сосын дәл әлсіз кезінде пуш жібереді»).
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 20, unless: "қорға*|алаяқ*|мошен*|ескерт*|көмек*|қолдау*|жеңілдетілген*|әлеуметтік*",
      patterns: [`${VULNERABLE_GROUP} ${FINDS} ${MESSAGE}|${HARMFUL_OFFER}`, `${VULNERABLE_GROUP} әлсіз|осал|=қиын кез*|кезінде|сәт*|момент*`] },
    // Offers timed for when the parents are asleep or away («ата-анасы ұйықтап жатқанда акция шығарады»), or a character
    // that guilt-trips a child into paying.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 12, unless: "қорға*|бақылау*|контрол*|лимит*|шекте*|блокта*|бұғатта*|растау*|растауымен|растаумен|подтвержд*|рұқсат*|пароль*",
      patterns: [`ата-ана*|ата-анасы*|родител*|мамасы*|әкесі* ұйықта*|ұйықтап|спят|жұмыста|көрмей*|байқамай*|жоқта ${URGENCY}|${HARMFUL_OFFER}|${MESSAGE}`,
        "бала*|балалар*|жасөспірім*|подрост*|детей|дети донат*|төле*|сатып|покупк* жасамаса*|төлемесе*|алмаса*|бермесе*|жылай*|ренжи*|ренжім*|дос|өкпеле*|обижу*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 6, patterns: ["ставка*|казино*|бәс* ойнайтын|ойнайды|тәуелді* тауып|таргет*|жиірек|табамыз|іздеп"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "сүзгі*|бұғатта*|модерация*|өшір*|тыйым*|анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*", patterns: ["экстремист*|террор*|насихат*|порно*|есірткі*|наркотик*|қару*|өшпенділік* жаса*|тарат*|шығар*|жарияла*|сат*|жаз*|қолдан*|генерацияла*|генерация*|дайында*|құрастыр*"] },
    // Undressing a real person's photo, forged papers, ads for unlicensed gambling: outputs Kazakh law forbids.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, unless: "сүзгі*|бұғатта*|модерация*|өшір*|тыйым*|анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|блокта*|фильтр*|тани*",
      patterns: ["голый|голая|голые|жалаңаш*|обнажен*|нюд*|nude*|шешіндір*|раздева*|эротик*|порно*"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 4, unless: "анықтай*|анықтау*|анықтап*|тексер*|таны*|ұстай*|сүзгі*|бұғатта*",
      patterns: ["жалған|поддельн*|фейк*|фальшив* құжат*|паспорт*|диплом*|анықтама*|справк*|куәлік*|чек*|мөр*", "заңсыз|лицензиясыз|нелегал*|подпольн*|кюрасао|curacao|оффшор*|офшор* казино*|букмекер*|ставка*|ойын*|беттинг*|слот*", "бомба*|жарылғыш*|суицид*|қару* жаса*|құрастыр*|әдіс*|рецепт*|нұсқаулық*"] },
    // Documents made to pass for real: a certificate or sick note generated with a stamp or QR code, «шын құжаттан
    // айырмайсыз». An official service issuing its own certificates is not forging them.
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 10, unless: "анықтай*|анықтау*|анықтап*|тексер*|таны*|ұстай*|сүзгі*|верифик*",
      unlessInSentence: "egov|цон|әкімдік*|министрлік*|ресми*|официальн*|өз|өзінің|өзіміздің|біздің",
      patterns: ["анықтама*|справк*|больничн*|диплом*|куәлік*|паспорт*|аттестат*|сертификат*|рецепт*|чек*|құжат* генерац*|генерир*|жасайды|жасап|жасаймыз|шығарады|сызады|рисует|нарису* печат*|печатім*|мөр*|мөрі*|штамп*|qr*|qr-*|голограмм*|қолтаңба*|подпис*"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 4, unlessInSentence: "анықта*|тексер*|детект*|таны*|алады|алатын|ұстайды",
      patterns: ["шын|нағыз|настоящ*|оригинал*|түпнұсқа* құжат*|құжаттан|анықтама*|справк*|паспорт*|диплом*|куәлік* айырмай*|айыра|айырылмай*|ажыратпай*|ажырата|отличишь|отличить|отличимы"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 3, patterns: ["больничн*|справк*|анықтама*|диплом* сатамыз|сатады|продаём|продаем|продает|на заказ|заказ*"] },
    // «(лицензиясы жоқ, Кюрасао) казино рекламасы»: a gambling operator without a licence, advertised.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, negated: "yes", unless: "сүзгі*|бұғатта*|тыйым*|анықтай*|анықтап*|блокта*|фильтр*|өшір*|тани*",
      patterns: ["казино*|онлайн-казино*|букмекер*|ставк*|беттинг*|слот* лицензия*|лицензиясы* !neg"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 10, unless: "сүзгі*|бұғатта*|тыйым*|анықтай*|анықтап*|блокта*|фильтр*|өшір*|тани*|спам*",
      patterns: ["казино*|онлайн-казино*|букмекер*|ставк*|беттинг* реклам*|рекламалық*|жарнам*|пост*|промо*|баннер*|креатив* генерац*|генерир*|жаса*|жазады|тарат*|рассылк*"] },
    // Words spelled to slip past moderation («к@зино», «ст@вки»): the content is meant to be blocked.
    { field: "prohibitedOutputs", value: "yes", weight: 0.6, window: 4, patterns: ["модерация*|модерациядан|фильтр*|сүзгі*|бан* өту*|айналып|обход*|обойти|обходит*"] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 6, patterns: ["голый|жалаңаш*|nude*|шешіндір*|раздева* сурет*|фото*|бейне*|видео*|генерация*|генерацияла*"] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", unless: "анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|ұстай*|тани*|таны*|тексер*|детект*", patterns: ["дипфейк*|deepfake*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["бет|бетін|бетіне|беті|жүзін*|дауыс* ауыстыр*|алмастыр*|көшір*|клон*|жасанды*|синтезде*"] },
    // Making media with a known person's face or voice («белгілі актердің беті мен дауысымен бейнелер жасаймыз»).
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 8, unless: "тани*|таны*|анықтай*|анықтау*|анықтап*|анықтал*|анықтаған*|анықтаса*|анықтайтын*|сәйкестендір*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["айт*|сөйле* ешқашан|!neg бейне*|видео*|саясаткер*|белгілі|әйгілі|актер*|жұлдыз*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["синтетикалық|жалған бейне*|видео*|сурет*|дауыс*|аудио*"] },

    // PD Law art. 19-1: decisions on people with no human. The short pattern first, so that a later
    // "оған шағымдануға болмайды" (no appeal) does not read as a denial of the decision itself.
    // «премия автоматом жоқ»: the negation is the decision itself (no bonus), not a denial that one is taken.
    { field: "automatedDecisions", value: "yes", negated: "yes", weight: 0.75, window: 5, unless: CONSENT, patterns: ["автомат*|автоматом премия*|бонус*|сокращен*|увольн*|айыппұл*|жаза*"] },
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 8, negated: "no", unless: CONSENT, patterns: [
      "өзі|автоматты*|автоматом|автоматически|бірден* айыппұл|белгілей*|рәсімдейді|мақұлдайды|тағайындайды|бұғаттайды|одобр*|отказ*|отклон*|отсеив*|артқа|аннулир*|жойылады|блокир*|блокта*|скрыва*|жасырады|бан*|отключ*",
      "өзі|автоматты* шешеді|анықтайды|таңдайды қай|кім|кімге",
      `${DECISION_VERB} ${DECISION_OBJECT} ${AUTOMATIC}`,
    ] },
    // «модель 30 секундта одобрение немесе отказ береді»: the machine gives the approval or the refusal itself.
    { field: "automatedDecisions", value: "yes", weight: 0.8, window: 10, negated: "no", unless: `${HUMAN_ROLE}|${CONSENT}|ұсын*|рекоменд*`,
      patterns: [`${MACHINE} одобр*|отказ*|отклон*|отсеив*|мақұлдайды|қабылдамайды|бас`] },
    // "Automatic decision" as a noun phrase: «автоматты шешім», «автоматическое решение», «автоматты түрде шешіледі».
    { field: "automatedDecisions", value: "yes", weight: 0.8, window: 2, negated: "no", unless: CONSENT, patterns: ["автоматты*|автоматтандырылған*|автоматическ*|автомат* шешім*|решени*|шешіледі"] },
    // «шешімді модель өзі қабылдайды»; «шешімді фермердің өзі қабылдайды» is a person deciding.
    { field: "automatedDecisions", value: "yes", weight: 0.8, window: 4, unless: `${HUMAN_ROLE}|${PEOPLE}|${CONSENT}|өздері|иесі`,
      patterns: ["шешім*|шешімді өзі|автоматты*|автоматом қабылдайды|шығарады*"] },
    // «шешімді адамның қатысуынсыз қабылдайды», «ешбір қызметкер қатыспай мақұлдаймыз»: a decision nobody takes part in.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, unless: CONSENT, patterns: [
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
    ]));
  },
};
