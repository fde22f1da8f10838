import type { Lexicon } from "../rule.js";

// Word lists shared by several rules; each is one slot (see Pattern in ../rule.ts). Russian endings vary a lot,
// so most entries are stem prefixes.
const PEOPLE =
  "блогер*|инфлюенсер*|пользовател*|клиент*|покупател*|абонент*|граждан*|жител*|пациент*|студент*|школьник*|ученик*|игрок*|фермер*|люд*|человек*|посетител*|зрител*|родител*|сотрудник*|учител*|судь*|судей|рекрутер*|аналитик*|арендодател*|менеджер*|hr-менеджер*|руководител*|редактор*|водител*|врач*|полиц*|медсестр*|курьер*|заемщик*|заёмщик*|арендатор*|кандидат*|оператор*|юрист*|слушател*|читател*|участник*|работник*|жилец*|жильц*|гост*|разработчик*|коллег*|координатор*|абитуриент*|юзер*|подписчик*|соискател*|избирател*|пассажир*|квартирант*|селлер*|продавц*|кассир*|супервайзер*|агроном*|инспектор*|владельц*|продавец|должник*|родственник*|родни|родне|родню|родня|горожан*|пенсионер*|сосед*|школьниц*|студентк*|девуш*|женщин*|мужчин*|риелтор*|риэлтор*|бабуш*|дедуш*|съемщик*|съёмщик*|кладовщик*|сборщик*|хозяев*|хозяин*|хозяйк*";
const HUMAN_ROLE =
  "человек*|медсестр*|врач*|менеджер*|hr-менеджер*|учител*|агент*|оператор*|сотрудник*|специалист*|редактор*|аналитик*|рекрутер*|=судья|=судьи|=судей|=судье|=судью|юрист*|фермер*|диспетчер*|модератор*|администратор*|инспектор*|кассир*|руководител*|координатор*|комисси*|кредитчик*|андеррайтер*|агроном*|селлер*|продавц*|охран*|супервайзер*|инженер*|бухгалтер*|модератор*|живого|живому|живой|сейлз*|продажник*|риелтор*|риэлтор*|эндокринолог*|препод*|админ|админы|админу|админа|офицер*|преподавател*|эксперт*|ревьюер*|проверяющ*";
const STORE = "хран*|сервер*|хостинг*|облак*|дата-центр*|датацентр*|размещ*|лежат|аренду*";
const KAZAKHSTAN = "казахстан*|алмат*|астан*|шымкент*|караганд*|рк|отечествен*|kz|кз|мвд|мис|on-prem|on-premise|онпрем*";
const ABROAD =
  "рубеж*|заграниц*|франкфурт*|германи*|ирланди*|европ*|ес|сша|америк*|aws|azure|gcp|amazon|google|нидерланд*|амстердам*|лондон*|сингапур*|росси*|москв*|финлянди*|хетцнер*|hetzner|digitalocean|frankfurt|франц*|голланди*|турци*|китай*|китае|оаэ|дубай*";
const FAILS = "слом*|упад*|ляжет|лягут|отвал*|сбо*|ошиб*|останов*|перестан*|отключ*|выйдет|откаж*|глюч*|пропуст*|зависн*";
// "не работает": the negation is the failure itself, so the pattern holds it and no other negation can flip it.
const NOT_WORKING = "!neg работ*|функционир*";
const EMOTIONS =
  "злит*|злой|злые|злы*|злоб*|груст*|волну*|нервн*|нервнич*|стресс*|тревож*|раздраж*|расстро*|радост*|радуют*|испуг*|страх*|беси*|скуча*|скучн*|скук*|весел*|веселят*|недоволь*|агресс*|сердит*|устал*|нервозн*|паник*|гнев*|ярост*|восторг*|отвращени*|презрени*|эмоциональн*|вовлеченност*|вовлечённост*|боит*|боятся|боялся|боязн*|плачет|плачут|рыда*|выгор*|выгоран*";
const CONSENT = "согласи*|разрешени*|consent*";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "данн*|сведени*|информац*|персональн*|профил*|анкет*|переписк*|контакт*|паспорт*|эмбеддинг*|биометр*|отпечат*";
const DECISION_VERB =
  "аннулир*|отчисля*|отчисл*|приостанавлива*|заморажива*|лиша*|=отказ|отказом|одобр*|отказыва*|отказа*|реша*|выда*|назнача*|блокир*|штрафу*|рассчитыва*|оформля*|начисля*|выставля*|устанавлива*|отключа*|деактивир*|увольня*|уволь*|исключа*|банит*|банят|отклоня*";
const DECISION_OBJECT =
  "кредит*|микрокредит*|займ*|заём*|заем*|полис*|лимит*|выплат*|пособи*|штраф*|заявк*|ипотек*|деньг*|преми*|зарплат*|цен*|водител*|курьер*|сотрудник*|работник*|аккаунт*|пользовател*|клиент*|студент*|кандидат*|грант*|стипенди*|абитуриент*|виз*|разрешени*|субсиди*|отклик*|перевод*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "откат*|перехват*|вмешат*|поменя*|измен*|отмен*|исправ*|скорректир*|корректир*|переназнач*|правит*|поправ*|пересмотр*|пересчит*|перепровер*|отклон*|восстанов*|вернуть|разблокир*|разбан*|переигр*|переопредел*";
const AUTOMATIC = "автоматическ*|автоматом|сам|сама|сами|само|сразу|без|мгновенн*";
// "Without a person" (PD Law art. 19-1): nobody takes part in the decision. Whether a person can correct it
// afterwards, which is what Art. 17(2) turns on, is another question.
const PERSON_TAKING_PART = "участи*|вмешательств*|человек*|люд*|сотрудник*|оператор*|менеджер*|специалист*|аналитик*|кредитчик*|андеррайтер*|кредитн*";
// Synthetic media of a real, known person (Art. 21(2)). Filming ("снимаем") is left out: that is real footage.
const MAKES = "генерир*|сгенерир*|созда*|дела*|производ*|монтир*|синтезир*|рису*|озвучива*|оживля*";
const FACE_OR_VOICE = "лицо|голос|внешност*|мимик*";
const KNOWN_PERSON = "знаменит*|известн*|популярн*|актер*|актрис*|звезд*|политик*|блогер*|певиц*|певц*|певец|спортсмен*|ведущ*|селебрити";
// People whose age, debts, addiction, loneliness or disability make them easy to push (Art. 17(3)(2)). "стар*" would
// take "стартап", "дет*" "детектор", "зависим*" "в зависимости от": the roots are spelled out instead.
const VULNERABLE =
  "пенсионер*|пожил*|старик*|старушк*|бабушк*|дедушк*|престарел*|дети|детей|детям|детьми|детях|ребен*|ребён*|малыш*|несовершеннолет*|подрост*|школьник*|тинейджер*|инвалид*|бедн*|малоимущ*|уязвим*|одинок*|лудоман*|игроман*|наркозависим*|алкозависим*|зависимых|должник*|закредитован*|просрочк*|просрочен*|букмекер*|букмекерк*|азартн*|безработн*|отчаявш*|депресси*|депрессив*|беременн*";
// What is done to them: the pressure itself, not an ordinary offer ("предлагаем пенсионерам скидку" is no harm).
const PRESSURE =
  "уговарива*|уговор*|убежда*|давим|давить|давят|давил*|давлени*|надав*|дожим*|подталкива*|манипул*|обман*|уловк*|темн*|тёмн*|заманива*|вынужда*|подсовыва*|впарива*|навязыва*|эксплуатир*|выжима*|разводи*|развод*|запугива*";
// Pushing something at them: a message and something to buy or borrow.
// Aimed at them, not merely offered: "предлагаем пенсионерам скидку" is an ordinary offer.
const PUSH = "шлем|шлём|шлет|шлёт|шлют|пуш*|пушим|подсовыва*|впарива*|навязыва*|таргет*|таргетир*|нацелива*|дожим*|обзвани*";
// What is pushed at them: money, bets, premium, loot boxes; a discount in a pharmacy is no harm.
const SELL =
  "деньг*|займ*|заём*|заем*|кредит*|микрозайм*|рассрочк*|ставк*|казино|букмекер*|премиум*|кейс*|лутбокс*|донат*|конверси*|бад*|подписк*|мфо|микрофинанс*|оффер*|одобрен*";
// A moment of weakness the system waits for before it sells.
const LOW_SELL = "оффер*|буст*|премиум*|подписк*|платн*|покупк*|купи*|кредит*|займ*|ставк*|кейс*|лутбокс*|скидк*|vip|вип*";
const LOW_MOMENT = "груст*|грустн*|одинок*|тоск*|депресс*|расстро*|огорч*|проигр*|проигра*|плач*|тревож*|стресс*|импульсив*|отчая*|пьян*";
// Art. 17(3)(3): a score about people built from how they live.
const SCORE = "соцрейтинг*|соцбалл*|ранжир*|рейтинг*|балл*|оцен*|скор*|скоринг*|индекс*|репутац*|категори*";
const SCORED =
  "граждан*|жител*|люд*|арендатор*|квартирант*|жильц*|жилец|сосед*|горожан*|всех|человек*|сотрудник*|работник*|студент*|соискател*|каждому|каждого|населени*|съемщик*|съёмщик*";
const BEHAVIOUR =
  "поведени*|поступк*|соцсет*|соц|пост|репутац*|лояльн*|образ|привычк*|курит|курени*|алкогол*|тусов*|тусовщик*|инста|инсту|инстаграм*|тикток*|tiktok|instagram|фейсбук*|facebook|вконтакт*|штраф*|долг|задолженност*|жалоб*|нарушени*|политическ*|критика|критику|критики|негатив*|лайк*|высказыван*|митинг*|жалу*|шум*|пишет|пишут|платит|платят|платил*|платеж*|шумел*|шумит|тусит|тусуется|постит|постят|оплачива*|вовремя|просроч*|волонтер*|волонтёр*|субботник*|чат*|сообщени*|комментари*|опоздани*|опаздыва*|дисциплин*|нарушител*|образ|пьян*|религиозн*|посещени*";
// Telling, not asking: "we do not ask" may be about one feature's consent; "they do not know" is about everything.
const NOT_INFORMED = "объявля*|=объявили|оповеща*|оповести*|сообща*|уведомля*|уведом*|предупрежда*|предупред*|информиру*|курсе|ведома|ведают|рассказыва*|расскаж*|объясня*|упомина*|озвучива*|раскрыва*|=говорим|=скажем|=сообщили";
// "Не знают" alone may be ignorance of anything ("не знают SQL"); with "что"/"о том" it is about what is done to them.
const NOT_KNOWING = "знают|знает|знал*|догадыва*|подозрева*|понимают|=видит|=видят|=замечает|=замечают|=заметит|=заметят";
const TOLD_WHO = `${PEOPLE}|их|его|ее|её|них|ним|нему|ней|им|ему|ей|об|этом|они|люди`;
const SECRETLY = "тайно|тайком|скрытно|скрыто|незаметно|втихую|втихаря|исподтишка|негласно|=фоном|тихо|тихонько|тихонечко|потихоньку|по-тихому|втихомолку|палева|палево|невидимо|неявно";
// A medical act: a wrong one hurts a body (Art. 17(1)(3)).
const MEDICAL_ACT = "диагноз*|доз*|дозиров*|инсулин*|лечени*|терапи*|препарат*|лекарств*|медикамент*|химиотерап*|анестез*";
const DECIDES =
  "ставит|став*|рассчит*|расчит*|считает|подбира*|определя*|назнача*|выписыва*|корректир*|выда*|решает|реша*|одобря*|одобр*|отказыва*|отказ*|выставля*|отсеива*|отсека*|отбира*|отбор*|скрин*|автоскрин*|ранжир*|опуска*|фильтр*|уволь*|увольня*|отклоня*";
const CREDIT = "мфо|микрофинанс*|кредит*|займ*|заём*|заем*|микрокредит*|микрозайм*|рассрочк*|ипотек*|bnpl|лимит*|кредитован*";
const APPLICANT = "кандидат*|резюме|соискател*|отклик*|вакан*";
// Firing or hiring a worker; "сотрудник решает" alone is no hiring.
const HIRE_OR_FIRE = "уволь*|увольня*|увольнен*|увол*|сокраща*|сокращени*|сократ*|нанима*|найм*|наём*|наем*";
const STAFF = "сотрудник*|работник*|персонал*|курьер*|водител*|штат*|кадр*";
const GRADE = "экзамен*|ент|ент-*|егэ|аттестац*|сесси*|зачет*|зачёт*|олимпиад*|вступительн*|поступлени*";
// Only the document itself: forging one is the prohibited output, making a template is not.
const DOCUMENT =
  "справк*|справок|больничн*|диплом|дипломы|паспорт*|удостоверени*|печать|печатью|печатями|печати|подписью|подписями|бланк*|штамп*|аттестат*|свидетельств*|водительск*|чек|накладн*|доверенност*|выписк*|документ";
const FAKE = "поддел*|подделыва*|фальшив*|фальсифиц*|липов*|фейков*|левые|левую|левых|поддельн*";
const FORGE_VERB = "генер*|сгенер*|рису*|нарису*|отрису*|клепа*|дела*|дел*|печата*|выда*|созда*|состав*|штампу*";
// What makes a document rule about checking or templating, not forging ("отлича*" is left out: "банки не отличают").
const NOT_FORGING = "предотвра*|мониторинг*|аудит*|распозна*|выявля*|детект*|провер*|обнаружива*|антифрод*|защищ*|поиск*|блокир*|фильтр*|шаблон*|образец|образц*|черновик*";
const LOOKS_REAL = "настоящ*|подлинн*|оригинал|1в1|неотличим*|реалистичн*";
// Protecting people from fraud and pressure is the opposite of pressing them.
const PROTECTS = "защи*|мошенни*|предупрежда*|борьб*|противодейств*|антифрод*|распозна*|выявля*|детект*|блокир*|ограждa*";
const IT_SECURITY = "пентест*|pentest*|cve|эксплойт*|exploit*|периметр*|сканир*|уязвимост*|баг*|патч*|безопасност*|скоуп*|сервер*|систем*|сет*|ciso|soc";
const STATE_BODY = "мвд|кнб|погранслужб*|погран*|министерств*|госорган*|egov|егов|цон*|акимат*|прокуратур*|въезд*|налогов*|кгд";
// "Без согласия", "без ведома": a negation about consent, which says nothing against the data being there.
const NO_CONSENT_WORDS = "согласи*|ведома|ведом*|разрешени*|уведомлен*|спрос*";
const CONTENT = "трек*|песн*|музык*|плейлист*|фильм*|сериал*|кино|текст*|отзыв*|контент*|книг*|пост*|твит*|коммент*|жанр*|стих*|картин*|мелоди*|аудиокниг*|подкаст*";
const DETECTS = "предотвра*|мониторинг*|мониторим|аудит*|находит|находим|нахожд*|распозна*|выявля*|выяв*|детект*|детектир*|провер*|обнаружива*|обнаруж*|отлича*|защищ*|антифрод*|ищем|ищет|поиск*|отлов*|ловит|ловим|блокир*|фильтр*";

// Telling, in any form: used where the founder says what the people are NOT told about one thing.
const TELL = "рассказыва*|расскаж*|говор*|сообща*|слова|слов|пишем|писали|упомина*|предупрежда*|уведомля*|информиру*|знают|объясня*|озвучива*|раскрыва*|курсе|ведома";
const EMOTION_TOPIC = `эмоци*|эмоц*|настроени*|мимик*|чувств*|состояни*|раздражени*|усталост*|${EMOTIONS}`;
// A consent that is taken or asked for; negated, nobody asked.
const CONSENT_TAKEN = "дава*|дает|даёт|дают|дал|дали|давал*|подписыва*|спрашива*|спрос*|берем|берём|берет|берёт|берут|брали|получа*|получ*|запрашива*|собира*|просим|попрос*";
// What the people's own data are, in the widest sense: a photo, a voice, a number, a face.
const PEOPLE_DATA = `${DATA}|фото*|фотк*|снимк*|видео|голос*|лиц|лица|лицо|запис*|номер*|телефон*|книг*|переписк*|геолокац*|иин`;
// Children: the roots spelled out ("дет*" would take "детектор").
const CHILD = "ребен*|ребён*|дети|детей|детям|детьми|детях|детск*|малыш*|школьник*|подрост*|несовершеннолет*|тинейджер*";
// What keeps a child hooked: the pet falls ill, a friend is sad, fear of losing.
const HOOK = "залип*|залипа*|привяза*|привязыва*|заболе*|заболева*|болеет|болеют|умира*|умрет|умрёт|груст*|плач*|жалко|жалост*|обид*|скуча*|страх*|боит*|одинок*|fomo|фомо";
const PAY = "оффер*|покупк*|купи*|куп|оплат*|заплат*|донат*|платн*|кейс*|лутбокс*|кристалл*|гем*|монетиз*|спаси|спасти|спасай*|подписк*";
// Conditions that make a sale a trap: dementia, gambling, despair, debts, a lost job, low self-esteem.
const DEEP =
  "деменц*|альцгеймер*|лудоман*|игроман*|наркозависим*|алкозависим*|отчаявш*|депресс*|самооценк*|одинок*|закредитован*|долгах|долги|долгов|должник*|просрочк*|просрочен*|безработн*|потерял*|проиграл*|проигра*|банкрот*";
const OFFER_VERB = "прода*|продаём|продаем|предлага*|показыва*|таргет*|таргетир*|целим*|целимся|нацелива*|шлем|шлём|шлют|пуш*|подсовыва*|впарива*|навязыва*|выда*|кида*|отправля*|рассыла*|звон*";
// Sorting people into groups; the group names of ethnicity and origin.
const SORT = "раскидыва*|сортир*|классифицир*|распредел*|категоризир*|дел*|дели*|разбива*|относ*|помеча*|метит|размеча*|определя*|угадыва*|оценива*|раздел*";
const ORIGIN = "приезж*|южан*|азиат*|славян*|кавказ*|национальност*|этни*|происхожден*|нерусск*|неместн*";
// Peoples named: read from a face they are ethnicity (the same words about a language or a text are not).
const ETHNIC = "=казах|казахи|казаха|казахов|казашк*|русск*|уйгур*|узбек*|кыргыз*|киргиз*|корейц*|дунган*|татар*|чеченц*|славян*|азиат*|европеоид*|монголоид*|кавказц*|негр*|темнокож*|светлокож*";
// What people of a faith wear or grow, read from a camera as their religion.
const RELIGIOUS_LOOK = "хиджаб*|никаб*|паранджа*|паранджу|паранджой|бородат*|бород*|платк*|платок|тюбетейк*|религиозн*|мусульман*|верующ*|намаз*";
// A consequence that a score about people brings: the queue, access, a discount, a ban.
const CONSEQUENCE = "очеред*|доступ*|льгот*|скидк*|приоритет*|бан*|блокир*|отказ*|пропуск*|квот*|детсад*|выдач*";
// People scored where they live: a performance score of staff or students is another thing.
const RESIDENTS = "граждан*|жител*|жильц*|жилец|арендатор*|квартирант*|сосед*|населени*|горожан*|каждому|каждого|съемщик*|съёмщик*";

/** Russian: founders' own words, mapped to profile fields. */
export const ru: Lexicon = {
  lang: "ru",
  negationWords: ["не", "нет", "никто", "никого", "никому", "ничего", "ничто", "никогда", "нельзя", "невозможно", "нигде", "ниче", "нифига"],
  forwardNegationWords: ["без", "ни", "никаких", "никакие", "никакой", "никакая", "никакого", "никакую"],
  clauseWords: ["но", "а", "однако", "зато", "хотя", "поэтому", "тк", "потому", "поскольку", "ибо", "чтобы", "чтоб", "если"],
  rules: [
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, unlessInSentence: "чтоб|чтобы|чтоб*|прячем|пряч*|прята*|спрята*|скрыт*|подписал*|списа*|списыва*|тайно|втихую|незаметно", patterns: ["никто|!neg замет*|замеч*|пострада*|почувству*|расстро*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} просто|всего|лишь подожд*|покаж*|увид*|напиш*|вручную|потом|популярн*|обычн*|позвон*|звон*|обрат*`, `${NOT_WORKING} просто|всего|лишь подожд*|покаж*|увид*|напиш*|вручную|потом|популярн*|обычн*|позвон*|звон*|обрат*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 3, patterns: ["мелк*|небольш*|незначительн* неудобств*"] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} потер*|теря*|деньг*|штраф*|опозда*|задерж*|пробк*|топлив*|убыт*|жалоб*|ущерб*|очеред*|потрат*|неустойк*|спис*|лишн*|испорт*|выброс*|перерасход*`, `${NOT_WORKING} потер*|теря*|деньг*|штраф*|опозда*|задерж*|пробк*|топлив*|убыт*|жалоб*|ущерб*|очеред*|потрат*|неустойк*`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [
      `${FAILS} электричеств*|электросет*|электроэнерг*|энергоснабжен*|свет|света|подстанц*|энергосист*|блэкаут*|авари*|катастроф*|чрезвычайн*|погиб*|жизн*|смерт*|отрав*|взрыв*|пожар*`,
      `${NOT_WORKING} электричеств*|подстанц*|энергосист*|блэкаут*|авари*|катастроф*|чрезвычайн*|погиб*|жизн*|смерт*|отрав*|взрыв*|пожар*`,
      "оставит*|остан* без вод*|свет|света|электричеств*|тепл*|газ*",
    ] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["взрыв*|катастроф*|погиб*|жертв*|отравлен*|блэкаут*|разлив*|обрушен* может|возмож*|риск*|грозит|привед*|обернет*|обернёт*|чревато"] },
    // Art. 17(1) from the domain and the use, when the founder does not say what a failure costs. A wrong dose or
    // diagnosis, a credit, hiring or exam decision settles a person's health or livelihood (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.8, window: 4, patterns: [`${DECIDES} ${MEDICAL_ACT}`] },
    { field: "failureImpact", value: "severe", weight: 0.7, window: 6, unless: "страхов*|полис*|каско|осаго|лидген*|лидогенерац*|застройщик*|реклам*|маркетинг*|обзвон*|звон*|таргет*", patterns: [`${DECIDES} ${CREDIT}`, `скоринг* ${CREDIT}|заемщик*|заёмщик*|pos-кредит*`] },
    // A lender that issues loans online or scores applications automatically: "займы до 300к на карту", "скоринг автоматом".
    { field: "failureImpact", value: "severe", weight: 0.7, window: 4, unlessInSentence: "реклам*|маркетинг*|коллектор*|взыскан*|должник*|напомина*|страхов*|лид*|сравн*|агрегатор*|обучени*|курс*", patterns: ["мфо|микрофинанс*|займ*|заём*|заем*|микрозайм*|микрокредит*|кредит* =карту|онлайн|онлайн-*", "скоринг* автомат*|автоматом|автоматическ*|заявк*"] },
    // Traffic lights switched by the model: a wrong phase crashes cars (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.6, patterns: ["светофор*"] },
    // Proctoring settles whether an exam counts (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.75, patterns: ["прокторинг*|proctoring"] },
    // Applications decided in a sentence about credit: "80% заявок одобряются без кредитного менеджера".
    { field: "failureImpact", value: "severe", weight: 0.7, window: 6, about: CREDIT, unless: "страхов*|полис*|каско|осаго", patterns: [`${DECIDES}|одобряются|отклоняются|одобрени*|отказ заявк*|заявок|заявлени*|решени*`] },
    // "Скоринг и выдача полностью автоматом": scoring that issues or refuses is a credit decision.
    { field: "failureImpact", value: "severe", weight: 0.7, window: 4, unless: "лид*|ресторан*|отел*|вин*|компани*|контент*|товар*|страхов*|полис*|каско|осаго", patterns: ["скоринг* выдач*|одобрени*|одобря*|отказ*|лимит*"] },
    { field: "failureImpact", value: "severe", weight: 0.7, window: 10, patterns: [`${DECIDES}|получают|получает ${APPLICANT}`, `${HIRE_OR_FIRE} ${STAFF}`, `кого|тех|которых ${HIRE_OR_FIRE}`] },
    // Candidates refused: "кандидаты без опыта автоматически получают отказ" (the "без" is about the candidates).
    { field: "failureImpact", value: "severe", weight: 0.7, window: 3, negated: "severe", about: APPLICANT, patterns: ["получа*|прилета*|приход*|отправля*|=получат отказ*"] },
    // Recruiting itself settles who gets work (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.55, patterns: ["найм*|наём*|рекрутинг*|рекрутер*|hr-скрининг*|автоскрининг*", "подбор* персонал*|кадр*|сотрудник*"] },
    // A list of who is cut: "HR готовит список на сокращение", "кандидаты на увольнение" (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.7, window: 3, unlessInSentence: "расход*|затрат*|издерж*|времени|очеред*|ожидани*|брак*|отход*|простоев|простой", patterns: ["список*|списк*|кандидат*|кого|тех|очеред* на|под сокращени*|увольнени*"] },
    // Identity checks when a bank account is opened: a missed fake opens an account to a fraudster (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.85, about: "банк*|счет*|счёт*|кредит*|мфо|финтех*|брокер*", patterns: ["kyc|liveness|онбординг*|лайвнес*"] },
    { field: "failureImpact", value: "severe", weight: 0.7, window: 6, unless: "подготов*|готов*|репетитор*|тренажер*|тренажёр*", patterns: [`${GRADE} оценива*|провер*|выставля*|ставит|балл*|засчит*|аннулир*|допуск*|решает`] },
    { field: "failureImpact", value: "severe", weight: 0.75, unlessInSentence: "помога*|помога|помощ*|объясня*|черновик*|подсказыва*|консультир*|гайд*", patterns: ["погран*|таможн*|въезд*|депортац*|миграц*|мигрант*|внж|виза|визы|визу|убежищ*"] },
    // Triage and emergency care: a wrong order of patients hurts them (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.7, patterns: ["срочност*|триаж*|неотложн*|неотложк*|экстренн*|реанимац*|реаниматолог*|мчс|спасател*|пожарн*", "приемн*|приёмн* поко*", "скор* помощ*|бригад*"] },
    // Medical imaging and tests read for a disease: a missed stroke or tumour hurts the patient (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.75, window: 8, patterns: ["кт|мрт|рентген*|снимк*|флюорограф*|маммограф*|узи|экг|анализ*|гистолог* инсульт*|инфаркт*|рак|рака|опухол*|онко*|пневмони*|туберкулез*|туберкулёз*|патолог*|перелом*|меланом*|аритми*|новообразован*"] },
    // Social housing and queues for it.
    { field: "failureImpact", value: "severe", weight: 0.65, window: 2, patterns: ["социальн*|льготн*|государствен* жиль*|жилье|жильё|жилищ*"] },
    // Social benefits and pensions granted or refused (17(1)(3)); an insurance payout is a contract, not a benefit.
    { field: "failureImpact", value: "severe", weight: 0.7, window: 6, patterns: [`${DECIDES}|назнача*|провер*|рассматрива* пособи*|субсиди*|пенси*|соцвыплат*|адресн*|льгот*`] },
    // Policing: a wrong hit stops, searches or arrests a person (17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.7, patterns: ["полиц*|розыск*|разыскива*|патрул*|правоохранит*|кнб|прокуратур*|подозреваем*|преступник*|следстви*"] },
    // Everyday helpers: a wrong suggestion is a small nuisance (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.75, patterns: ["спам*|антиспам*|орфограф*|пунктуац*|грамматик*|опечат*"] },
    { field: "failureImpact", value: "minimal", weight: 0.7, unless: "азарт*|букмекер*|казино|ставк*|автомат*|лотере*", patterns: ["игра|игра-*|игру-*|игры-*|игре-*|игров*|rpg|npc|нпс|mmo|геймдев*|геймплей*|шутер*|квест*|головоломк*|пазл*|кликер*|раннер*|фанат*|фанфик*"] },
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 6, unless: "ветеринар*|ветклиник*|вет|клиник*|врач*|корм*|зоомагазин*|прививк*", patterns: ["мобилк*|мобильн*|приложени*|апп|игр* питомц*|тамагочи|ферм*"] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 5, patterns: ["рекоменд*|подбира*|подбор*|собира*|составля*|советует|совету*|подсказыва*|предлага*|генер*|докидыва*|размеча*|сортир*|раскидыва* плейлист*|сет|сеты|сетлист*|трек*|фильм*|сериал*|рецепт*|музык*|песн*|книг*|подкаст*|блюд*|подар*|наряд*|аутфит*|хобби|идеи"] },
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 5, patterns: ["маршрут*|обход*|порядок|оптимизац*|раскладк* склад*|ячеек|ячейк*|сборщик*|фулфилмент*|стеллаж*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, patterns: ["фон|фона|фоны|ретуш*|фотк*|фото* вырез*|удаля*|убира*|дорисов*|улучша*|обрабатыва*|раскраш*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, unless: "поддельн*|подделк*|фейк*|фейков*|контрафакт*|паль|мошенни*|фрод*", patterns: ["описани*|карточ*|заголов* товар*|карточек|каспи|маркетплейс*", "меню|блюд*|описани* перевод*|переводит|переводим|ресторан*|кафе|блюд*"] },
    // Tags and captions for pictures: a wrong tag is fixed by hand (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 5, unlessInSentence: "рентген*|мрт|кт|медицин*|диагноз*|пациент*|камер*|лиц*", patterns: ["тег*|теги|хештег*|хэштег*|alt-текст*|подпис* фото*|фотк*|снимк*|картинк*|изображени*|загружаем*|пост*|видео|ролик*|товар*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, negated: "minimal", patterns: ["раскладк*|транслит*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 6, patterns: ["топ|рейтинг*|скоринг*|подборк*|оценк* ресторан*|заведени*|кафе|отел*|вин*|гостиниц*|кофейн*|бар*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, patterns: ["размер* одежд*|обув*|вещ*|s|m|l|xl"] },
    { field: "failureImpact", value: "minimal", weight: 0.55, window: 2, patterns: ["просто|всего|лишь статистик*|аналитик*|отчет*|отчёт*"] },
    // Fun generators and blurring: a bad sticker or a missed blur on a listing photo is a small nuisance (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.6, patterns: ["стикер*|стикерпак*|мемы|мемов|мемасы|мемчик*|открытк*|аватарк*|эмодзи|смайлик*|обои"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, patterns: ["блюр*|размыва*|размыти*|размыт*|замазыва*|пикселиз*"] },
    // Consumer generators: the user sends a phrase or a photo and gets a picture or a paper back; a failure is a
    // retry. What the output is used for is another article (17(3)(7)), not what a failure of the system costs.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 10, unless: "кредит*|займ*|диагноз*|доз*|лечени*|медицин*|заключени*|юридическ*|договор*|иск*|заявлени*|жалоб*|резюме|экзамен*|налог*|задач*|урок*|подготов*|ент|врач*|родинк*|симптом*|рентген*|кт|мрт|анализ*|банк*|счет*|счёт*|претензи*", patterns: ["бот|бота|боту|ботом|телеграм*|тг|телег* генер*|рису*|нарису*|сгенер*", "кидаеш*|скидываеш*|пишеш*|загружаеш*|отправляеш*|грузиш* генер*|рису*|нарису*|сгенер*", "кидаеш*|скидываеш*|загружаеш*|отправляеш*|грузиш* фот*|фотк*|селфи|картинк* дела*|переделыва*|превраща*|расставля*|убира*|заменя*|меня*|оживля*|дорисов*"] },
    // Old photos restored, coloured or brought to life: a bad result is redone (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 5, patterns: ["оживля*|оживлени*|реставрир*|реставрац*|колориз*|раскраш*|восстанавлива* фото*|фотк*|снимк*|фотографи*"] },
    // Hobby and everyday helpers: names and logos, a dog's breed, a garden, a keyboard, bedtime stories, what to wear,
    // a summary of a video, a menu translated (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 3, patterns: ["генератор*|генер*|придумыва*|подбира* названи*|логотип*|слоган*|нейминг*|никнейм*|ники|имена|имён"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, patterns: ["пород*|дач*|огород*|комнатн*|клавиатур*|автодополнени*|автокомплит*|сказк*|колыбельн*|раскраск*|стилист*|гардероб*|надеть|переводчик*|субтитр*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, patterns: ["саммари|summary|выжимк*|конспект*|пересказ* видео|ютуб*|youtube|подкаст*|лекци*|книг*|статей|статьи|вебинар*"] },
    // Preparing for an exam: a weak plan costs points, not the exam itself (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.7, window: 6, patterns: [`подготов*|дайынд*|репетитор*|тренажер*|тренажёр* ${GRADE}`] },
    // Legal papers drafted for people: a bad claim costs money and time (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.65, window: 6, patterns: ["претензи*|исков*|иск|доверенност* составля*|состав*|пиш*|готов*|генер*|сгенер*|подготав*"] },
    // Street imagery for public maps: a missed blur publishes a passer-by's face (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.8, window: 3, patterns: ["картограф*|стритвью|streetview", "панорам* улиц*|город*"] },
    // Security video analytics, crop monitoring, debt collection, support tickets, cold calls (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["видеоаналитик*|видеонаблюден*|cctv"] },
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["урожа*|посев*|пшениц*|опрыскива*|агроном*|сорняк*|вредител*|удобрени*"] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 4, patterns: ["collection|взыскан*|коллекторск*|коллектор* долг*|задолженност*|агентств*|услуг*|мфо|банк*", "звон*|звонит|обзвани*|напомина*|пиш*|пишет|бот* должник*|должникам|просрочник*"] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 3, unless: "решени*|кредит*|займ*|одобр*|отказ*|скоринг*|ипотек*", patterns: ["созда*|оформля*|заводит|завод*|регистрир* заявк*|тикет*|обращени*"] },
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["оценщик*|обзвон*|автообзвон*|ai-обзвон*|ии-обзвон*|телемаркетинг*|продакшн*|продакшен*"] },
    // Tenant screening: a wrong score costs someone a flat, the landlord a tenant (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 8, patterns: ["арендодател*|арендатор*|съемщик*|съёмщик*|жильц*|квартирант* балл*|рейтинг*|оценк*|скор*|провер*|надежн*|надёжн*"] },
    // Prices set by demand, a valuation for an agent: a wrong one costs money (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.55, window: 4, unless: "полис*|страхов*|кредит*|займ*", patterns: ["цен*|ценообразован*|тариф*|стоимост* рассчитыва*|считает|считаем|оценива*|динамическ*|спрос*|рыночн*|выдаём|выдаем|выдает|выдаёт|прогнозир*"] },
    // Drafts a person may send or ignore: "предлагает 3 варианта первого сообщения".
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, patterns: ["вариант*|идеи|черновик* сообщени*|текст*|фраз*|подпис*|поздравлен*|приветстви*"] },
    // Fraud and fake-review catching: a miss costs money, a false hit a blocked seller (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["антифрод*|фрод*|antifraud"] },
    // Tools whose failure costs time or money and no more (17(1)(2)): security testing and monitoring, call-centre
    // analytics, delivery dispatch, checkout conversion.
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["пентест*|pentest*|уязвимост*|эксплойт*|siem|soc|инцидент*"] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 2, patterns: ["колл-центр*|call-центр*|контакт-центр*|колцентр*|speech", "колл|call центр*|центров|analytics|аналитик*", "речев* аналитик*"] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 5, unless: "склад*|ячеек|ячейк*|сборщик*|фулфилмент*|стеллаж*", patterns: ["распредел*|раздает|раздаёт|прогнозир*|маршрут*|планир* заказ*|доставк*|курьер*|время|заявк*|вызов*|мастер*|исполнител*|сантехник*|бригад*"] },
    { field: "failureImpact", value: "harm", weight: 0.55, patterns: ["конверси*|чекаут*|checkout|апсел*|апселл*|апсейл*|upsell*"] },
    // Answers to the same everyday questions, anything that matters left to a person (17(1)(1)).
    { field: "failureImpact", value: "minimal", weight: 0.65, window: 4, unlessInSentence: `${MEDICAL_ACT}|${CREDIT}|симптом*|налог*|суд*|юридическ*|штраф*|пособи*`, patterns: ["частые|частых|типов*|одинаков*|повторяющ*|стандартн*|простые|простых вопрос*|faq|чаво", "одно|одни и то|те же"] },
    // Workers' accounts switched off by the platform: a courier or a seller loses income, not health (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 5, patterns: ["деактивир*|деактивац*|блокир*|отключ*|бан* аккаунт*|курьер*|водител*|селлер*|продавц*|исполнител*|мастер*"] },
    // Drafts of applications and forms filled for people: a wrong field costs a refused application and time (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 4, unless: `${MEDICAL_ACT}|суд|суда|суде|судом|судь*|=судья|приговор*|решени*|постановлени*`, patterns: ["заполня*|заполн*|составля*|готов*|пиш* черновик*|заявлени*|анкет*|бланк*|обращени*"] },
    // Sales tools: a wrong lead or a lost deal costs money, not health (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["лид|лиды|лидов|лидам|лидогенерац*|лидген*|воронк*"] },
    // Fact-checking and fraud spotting: a missed fake is published or paid out, which costs money and name (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.65, window: 4, patterns: ["детект*|детектир*|выявля*|провер*|ищ*|распозна*|отлавлива*|ловим|ловит|отлов*|отсеива*|вычисля* фейк*|фейков*|дипфейк*|подделк*|поддельн*|контрафакт*|паль|дезинформ*|мошенни*|фрод*|накрут*|ботоферм*"] },
    // Booking and queues: a failure delays people, it does not hurt them (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 6, unless: "срочност*|триаж*|неотложн*|экстренн*|скор*", patterns: ["запис*|бронир*|слот*|очеред* врач*|клиник*|прием*|приём*|стоматолог*|поликлиник*|процедур*"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, patterns: ["котельн*|газоснабжен*|газораспредел*|теплоснабжен*|тэц|гэс|грэс|канализац*|подстанц*|электросет*|энергосист*|электричеств*|нефтепровод*|газопровод*|трубопровод*|водоканал*|водоснабжен*|теплосет*|аэс|электростанц*|энергетик*|очистн*"] },
    { field: "stateResources", value: "yes", weight: 0.85, window: 3, patterns: ["государствен*|гос|госбаз*|национальн* кадастр*|реестр*|баз*|информационн*"] },
    // A state body's own databases: wanted lists, entry bans, the ministry's servers.
    { field: "stateResources", value: "yes", weight: 0.8, window: 4, patterns: [`баз*|сервер*|реестр*|списк*|учет*|учёт* ${STATE_BODY}`] },
    { field: "restrictedData", value: "yes", weight: 0.75, window: 4, patterns: ["баз*|списк*|учет*|учёт*|данн*|сервер* судимост*|оперативн*|запрет*|спецучет*|кнб|мвд"] },

    // Domain of use. A nearby "не" does not change the area, so negated keeps the value.
    { field: "domain", value: "finance", negated: "finance", weight: 0.8, unless: "кредитчик*", patterns: ["кредит*|банк*|страхов*|заём*|заем*|займ*|микрокредит*|ипотек*|финтех*|осаго|каско|мфо|бву|bnpl|рассрочк*|пкб|collection|коллектор*|взыскан*"] },
    // "Скоринг" of leads, restaurants or wine is no finance.
    { field: "domain", value: "finance", negated: "finance", weight: 0.7, unless: "лид*|заведени*|ресторан*|отел*|вин*|компани*|кафе|товар*|контент*", patterns: ["скоринг*"] },
    { field: "domain", value: "finance", negated: "finance", weight: 0.6, window: 2, patterns: ["карт* платеж*|транзакц*|оплат*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.8, patterns: ["пациент*|клиник*|врач*|симптом*|больниц*|медсестр*|медицин*|диагноз*|здоров*|стоматолог*|аптек*|поликлиник*|лекарств*|скорой*|скорая*|скорую*|пульс*|инсулин*|диабет*|cgm|глюкоз*"] },
    // A recipe is a doctor's only next to medicine; next to a shopping cart it is cooking.
    { field: "domain", value: "health", negated: "health", weight: 0.6, unless: "корзин*|блюд*|готов*|кухн*|продукт*|еда|еды|ингредиент*|ужин*|завтрак*|холодильник*|приготов*|кулинар*|генер*", patterns: ["рецепт*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, patterns: ["резюме|рекрут*|hr|hr-*|найм*|ваканс*|персонал|персонала|персоналу|персоналом|курьер*|увольн*|зарплат*|собеседован*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, unless: "выбор*|депутат*|голосова*", patterns: ["кандидат*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, window: 10, patterns: ["отключа*|блокиру*|деактивир*|уволь*|штрафу* водител*|курьер*|исполнител*|работник*"] },
    // Weak cues, one rule each, so that two of them together pass and one alone does not.
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["офис*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["сотрудник*|работник*|смен*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["руководител*|начальник*"] },
    { field: "domain", value: "education", negated: "education", weight: 0.8, patterns: ["студент*|экзамен*|школ*|учител*|ученик*|университет*|репетитор*|домашк*|сочинен*|урок*|прокторинг*|успеваемост*|вуз*|абитуриент*|стипенди*"] },
    { field: "domain", value: "public_services", weight: 0.75, unless: "доверен*", patterns: ["акимат*|госуслуг*|egov|цон*|министерств*|граждан*|госорган*|правительств*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["жител*|пособи*|справк*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["государствен*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["кадастр*|реестр*"] },
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.85, patterns: ["полиц*|розыск*|разыскива*|преступ*|подозреваем*|правоохранит*|патрул*"] },
    // The ministry also runs migration and the visa service: weak on its own.
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.45, patterns: ["мвд"] },
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, unless: "передаём|передаем|передадим|подадим|подаём|подаем|грози*|пригроз*|угрож*|припугн*", unlessInSentence: "обуч*|дообуч*|трениру*|юрист*|юртех*|договор*|претензи*|исков*|юрстартап*", patterns: ["суд|суда|суде|суды|судам|судья*|судьи|судей|судьям|судебн*|приговор*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["миграц*|мигрант*|виза|визы|визу|виз|внж|погран*|въезд*|депортац*|таможн*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.45, patterns: ["иностранц*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, patterns: ["котельн*|газоснабжен*|газораспредел*|теплоснабжен*|тэц|гэс|грэс|канализац*|подстанц*|электросет*|энергосист*|электричеств*|нефтепровод*|газопровод*|трубопровод*|водоканал*|водоснабжен*|теплосет*|аэс|электростанц*|энергетик*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, unless: "склад*|ячеек|ячейк*|сборщик*|фулфилмент*|стеллаж*", patterns: ["светофор*|перекрест*|такси|маршрут*|грузовик*|логистик*|автобус*|пробк*|транспорт*|железнодорож*|перевозк*|авиа*|парковк*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.4, patterns: ["водител*|дорог*|машин*|автомобил*"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["реклам*|маркетинг*|промо*|бренд*|блогер*|таргет*|рекламодател*|копирайт*|smm|логотип*|баннер*|рассылк*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["поддержк*|колл-центр*|call-центр*|абонент*|обращени*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.85, window: 3, patterns: ["отвеча*|ответ* вопрос*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["отвеча*|ответ* клиентам|покупателям|абонентам|пользователям|клиенту|покупателю"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["запис*|бронир*|администратор*|ресепшн*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, unless: "обуч*|скача*|спарси*", patterns: ["новост*|сми|аудиокниг*|музык*|фильм*|кино|мем|мемы|мемов|мемас*|подкаст*|журналист*|редактор*|публикац*|блог|раскраш*|ретуш*|песн*|трек*|исполнител*|плейлист*|слушател*|стрим*"] },
    // "Без фото" says nothing about the area: only a positive mention of media counts here.
    { field: "domain", value: "media", weight: 0.5, unless: "обуч*|паспорт*|товар*|лиц*|селфи", patterns: ["видео|ролик*|фото*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.75, patterns: ["интернет-магазин*|маркетплейс*|ритейл*|товар*|касс*|трц|тц|супермаркет*|торгов*"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.5, patterns: ["магазин*|покуп*"] },
    { field: "domain", value: "other", negated: "other", weight: 0.85, patterns: ["орфограф*|опечат*|переводчик*|грамматик*|ферм*|урожа*|растени*|агро*|сельхоз*|полив*|почв*|скот*|теплиц*|посев*|казино|азарт*|ставок|пшениц*|зерн*|спутник*", "машинн* перевод*"] },

    // Art. 17(2): who has the final word.
    { field: "autonomy", value: "low", weight: 0.85, window: 2, patterns: ["окончательн*|финальн*|последн* решени*|слово|выбор*"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE} реша*|решени*|выбира*|утвержда*`] },
    { field: "autonomy", value: "low", weight: 0.8, window: 8, patterns: ["провер*|смотр*|утвержда* кажд*|все|всё перед|прежде|до"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} подтвержда*|утвержда*|проверя*|подписыва*|согласу* кажд*|все|всё`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["сами* решают|выбирают"] },
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: ["звон*|позвон*|обращ*|обрат* разблокир*|восстанов*|вернуть|отмен*"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["только|лишь совет*|рекоменд*|подсказ*|предлага*|черновик*|помощник*|ассистент*|инструмент*"] },
    // Advice and no more: "рекомендация, не более", "носит рекомендательный характер"; an approval of each output.
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: ["рекомендац*|совет*|подсказк* не|=более", "рекомендательн*|справочн* характер*|режим*"] },
    { field: "autonomy", value: "low", weight: 0.65, unlessInSentence: "автоапрув*|автоматическ*|автоматом|сам|сама", patterns: ["аппрув*|апрувит|апрувят|аппрувят|апрувнет|аппрувнет"] },
    // The system does it itself and nothing says a person looks: "ИИ автоматически блюрит", "бот отвечает сам".
    { field: "autonomy", value: "high", weight: 0.6, window: 3, unlessInSentence: `провер*|утвержда*|одобря*|апрув*|аппрув*|правит|ревью*|согласу*|оспор*|обжал*|откат*|вправе|решает|подтвержд*|вмеш*|предлага*|подсказ*|рекоменд*|черновик*|алерт*|уведомля*`, patterns: ["ии|модел*|нейросет*|нейронк*|систем*|бот|алгоритм*|он|она автоматически|автоматом|сам|сама|само блюр*|блюрит|размыва*|удаля*|отвеча*|меня*|переключа*|публику*|отправля*|рассыла*|отклоня*|аннулир*|списыва*", "отвеча*|удаля*|блюрит|блюр*|публику* сам|сама|автоматически|автоматом"] },
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} может|могут|можно|вправе ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 3, patterns: ["некуда|некому|!neg звон*|жалов*|обрат*|оспор*|апелляц*"] },
    { field: "autonomy", value: "medium", weight: 0.6, negated: "high", patterns: ["оспор*|обжал*|апелляц*"] },
    // Nobody checks what the system decided. Nobody taking part in the decision («без участия человека», «полностью
    // автоматически») is no class of its own: the system decides under medium autonomy too (Art. 17(2)(2)); it is
    // the automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 3, patterns: ["без|никто проверк*|проверя*"] },
    // The decision stays with a person: "решение всегда за редактором", "агроном смотрит и утверждает".
    { field: "autonomy", value: "low", weight: 0.8, window: 6, patterns: [`решени*|слово за ${HUMAN_ROLE}|ним|ней|нами|ними`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 3, unless: "жалоб*|выборочн*|иногда|только", patterns: [`${HUMAN_ROLE} проверя*|утвержда*|одобря*|подтвержда*|публику*|подписыва*`] },
    // "Менеджер видит, кого набрать" leaves the choice to him; "рекрутер смотрит только топ-20" does not, and
    // "14 человек смотрят" is no reviewer at all.
    { field: "autonomy", value: "low", weight: 0.6, window: 2, unless: "только|лишь|топ*|представля*|притворя*|имени|голосом", patterns: [`${HUMAN_ROLE.replace("человек*|", "")} видит|смотрит|набира*|звонит|звонят|обзванива*|выбира*`] },
    // An alert to a person who then acts: "кидает супервайзеру алерт", "у охраны загорается красный".
    { field: "autonomy", value: "low", weight: 0.6, window: 4, patterns: [`алерт*|уведомлени*|сигнал*|загора*|подсвет*|ориентировк*|дашборд*|дашборде ${HUMAN_ROLE}|наряд*|охран*`] },
    { field: "autonomy", value: "medium", weight: 0.6, patterns: ["карантин*"] },
    // Who has the final word, said in other ways. "Сама ничего не блокирует / не выносит": the system only flags.
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: ["сам|сама|само|ии|модел* ничего|!neg блокир*|реша*|выносит|выноси*|отправля*|публику*|меня*|удаля*|отключа*|списыва*|банит*"] },
    // A report or a list handed to a person who acts on it: "тамада получает отчет", "кейсы уходят комплаенсу".
    { field: "autonomy", value: "low", weight: 0.6, window: 3, patterns: [`${HUMAN_ROLE}|комплаенс*|тамад*|ведущ*|владельц*|директор* получа*|получ*|смотр* отчет*|отчёт*|сводк*|кейс*|алерт*`, "отда*|переда*|передаёт|уход* кейс*|алерт*|сигнал* комплаенс*|безопасник*|службе|отдел*"] },
    // "Решение всегда за банком / за клиентом": the final word stays with a party that is not the system.
    { field: "autonomy", value: "low", weight: 0.75, window: 9, negated: "low", patterns: ["решени*|слово =за банк*|клиент*|заказчик*|компани*|больниц*|школ*|вуз*|владельц*|хозя*"] },
    // Nobody looks: "никто из людей это не ревьюит", "до HR такие анкеты не доходят", "без кредитного инспектора".
    // ("Без участия сотрудника" is no autonomy class: whether a person can correct it afterwards is asked.)
    { field: "autonomy", value: "high", weight: 0.75, window: 7, patterns: [`никто|=ни ревью*|ревьюит|ревьюят|модерир*|просматрива*|проверя*`, `${HUMAN_ROLE}|hr|hr-а|эйчар*|людей|человек* !neg доход*|дойд*|попада*|увид*`] },
    // Done wholly by the machine: "полностью автоматом", "целиком автоматически".
    { field: "autonomy", value: "high", weight: 0.7, window: 2, unlessInSentence: "провер*|утвержда*|одобря*|апрув*|правит|ревью*|согласу*|оспор*|обжал*|откат*|вправе", patterns: ["полностью|целиком|100 автомат*|автоматическ*|автоматизирован*|сам|сама|сами"] },
    // People who do not look at, check or step into what the system did: "рекрутеры эти отказы не смотрят",
    // "операторы в это не вмешиваются", "откатить решения не могут".
    { field: "autonomy", value: "high", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} =не|никто|=ни смотр*|провер*|пересматр*|вмешива*|трога*|контролир*`, `!neg могут|может|можно|сможет ${CHANGE}`] },
    // A person corrects what is wrong: "диспетчер правит если что-то не так".
    { field: "autonomy", value: "medium", weight: 0.7, window: 2, unless: "все|всё|сам|сама|подписыва*|утвержда*|кажд*", patterns: [`${HUMAN_ROLE} ${CHANGE}`] },
    // A person writes the final text or acts on the advice: "судья всё переписывает", "дозу вводит пациент по
    // рекомендации", "риелторы ориентируются на неё", "агроному приходит карта — он решает".
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE} все|всё|сам|сама переписыва*|дописыва*|переделыва*|решает|правит|правят|подписыва*`] },
    { field: "autonomy", value: "low", weight: 0.65, window: 3, patterns: ["по рекомендаци*|подсказк*|совет*", `${PEOPLE} ориентиру*|опира*`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 8, patterns: [`${HUMAN_ROLE} он|она|они реша*|выбира*|утвержда*`] },
    { field: "autonomy", value: "low", weight: 0.75, window: 8, patterns: ["апрув*|апрувит|согласовыва*|одобря* кажд*|все|всё перед|прежде|до"] },
    // Flagged items go to a person: "подозрительные уходят модератору на ручную проверку".
    { field: "autonomy", value: "low", weight: 0.7, window: 4, unless: "суд|суда|дело|дела", patterns: [`ручн* проверк*|разбор*|ревью|модерац*`, `подозрительн*|спорн*|сомнительн*|помечен* уход*|отправля*|переда*|попада* ${HUMAN_ROLE}`] },
    // The user himself decides what to do with it: "юзер сам решает отправить или переписать", "юзер сам подаёт".
    { field: "autonomy", value: "low", weight: 0.75, window: 2, patterns: [`${PEOPLE} сам|сама|сами реша*|выбира*|пода*|подаёт|отправля*|нажима*`] },
    // "Препод решает, аннулировать или нет": the "нет" is a choice, not a negation.
    { field: "autonomy", value: "low", weight: 0.75, window: 6, patterns: [`${HUMAN_ROLE} реша* или =нет`] },
    // The system acts on its own towards the public: "нейросеть сама пишет посты", "бот сам звонит".
    { field: "autonomy", value: "high", weight: 0.65, window: 2, unlessInSentence: "провер*|утвержда*|модерир*|одобря*|апрув*|смотрит|правит|согласу*", patterns: ["сам|сама|само публику*|постит|выкладыва*|рассыла*|звонит|обзванива*"] },
    // Characters that talk live through a language model: nobody reads their lines first.
    { field: "autonomy", value: "high", weight: 0.6, window: 6, patterns: ["npc|нпс|персонаж* llm|ллм|gpt|нейросет*|болта*|генер*"] },
    // Advice a person weighs: the system highlights, suggests, the patient injects the dose himself.
    { field: "autonomy", value: "low", weight: 0.6, window: 3, patterns: ["подсвечива*|подчеркива*|предлага* правк*|исправлени*|вариант*|пункт*|риск*|ошибк*|проблем*|подозрительн*|фрагмент*|кадр*", `${PEOPLE} колет|колют|вручную|самостоятельно`] },
    // A person can take over or undo: "диспетчер может откатить", "ручной режим", "переводит на живого оператора".
    { field: "autonomy", value: "medium", weight: 0.7, window: 2, patterns: ["ручн* режим*|управлени*", "пересмотр*|перепроверк*|апелляц*|обжаловани* запрос*|подать|можно|вправе"] },
    { field: "autonomy", value: "medium", weight: 0.65, window: 3, unless: "суд|суда|дело|дела", patterns: [`перевод*|передает|передаёт|переключа*|эскалир*|кидает|скидывает|отдает|отдаёт ${HUMAN_ROLE}`] },
    { field: "autonomy", value: "medium", weight: 0.6, window: 4, patterns: [`${PEOPLE} подтверд*|подтвержда*|отпуска*|выпуска*|достава*|вернуть`] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} польз*|получа*|получ*|залива*|заливают|выклады*|размеща*|вид*|увид*|пиш*|напиш*|спрашива*|задают|устанавлива*|присыла*|отправля*|обща*|загружа*|выбира*|решает|решают|показыва*|отвеча*|предлага*|проверя*|дают|помога*|сверя*|может|могут|принима*|приход*|слуша*|звон*|чита*|вставля*|заказыва*|бронир*|ориентиру*`] },
    // The founder talks to the user in the second person: "загружаешь фотку", "скидываешь ФИО".
    { field: "userFacing", value: "yes", weight: 0.6, patterns: ["загружаеш*|скидываеш*|вводиш*|пишеш*|выбираеш*|отправляеш*|получаеш*|кидаеш*|жмеш*|жмёш*|нажимаеш*|фоткаеш*|грузиш*|описываеш*"] },
    { field: "userFacing", value: "yes", weight: 0.7, window: 4, patterns: [`${PEOPLE} ввод*|вводит|скани*|болта*|общ*|чат*|колет|подают|пода*|записыва*|скидыва*|кидают|видят|смотрят|слушают|заказывают|дает|даёт|дают|запрашива*|подписыва*|колют`] },
    // Systems people sit in front of or live under: an online exam, a call centre, a platform's fines and blocks.
    // A bank's or a shop's assistant talks to its clients; "это только помощник" of a judge does not.
    { field: "userFacing", value: "yes", weight: 0.55, unless: "судь*|=судья|судей|только|лишь|внутренн*", patterns: ["ассистент*|помощник*"] },
    // Workers who follow the routes and tasks it gives; players of a game; listeners of an ad; buyers on a marketplace.
    { field: "userFacing", value: "yes", weight: 0.6, window: 4, patterns: ["маршрут*|задани*|задач*|смен* сборщик*|курьер*|водител*|кладовщик*|мерч*|доставк*"] },
    { field: "userFacing", value: "yes", weight: 0.6, patterns: ["игрок*|геймер*|rpg|npc|нпс|стим|стиме|steam|эфир*|маркетплейс*|интернет-магазин*"] },
    { field: "userFacing", value: "yes", weight: 0.6, patterns: ["прокторинг*|онлайн-экзамен*|онлайн-тест*|колл-центр*|call-центр*|контакт-центр*"] },
    // Pushes, texts and calls reach people; a guard or a crew acts on an alert.
    { field: "userFacing", value: "yes", weight: 0.6, unless: "!neg", patterns: ["пуши|пушей|пушами|пуш-уведомлен*|push|push-*|смс-рассылк*|sms-рассылк*", "шлет|шлёт|шлем|шлём|шлют|отправля* пуш*|смс|sms"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 4, patterns: ["охран*|секьюрити|экипаж*|патрул* загора*|получа*|приход*|прилета*|вид*|отправля*|ориентировк*", "отправля*|отправк*|переда* охран*|экипаж*|секьюрити"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 7, patterns: ["штрафу*|отключа*|блокиру*|деактивир*|банит*|банят курьер*|водител*|исполнител*|продавц*|селлер*"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 2, patterns: ["можно|могут|может отправ*|написа*|выбра*|приня*|приним*|отклон*|проигнор*|игнорир*|достать|вернуть|скача*|поменя*"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 2, patterns: ["можно|могут|может болта*|поболта*|общаться|пообща*|переписыва*|поговор*"] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["игра|игры|игру-*|игры-*|плагин*|надстройк*|стриминг*|плейлист*|приложух*|апп|app|телеграм-бот*|вотсап*|whatsapp|приложени*|бот*|чат-бот*|чат|расширени*|сайт*|портал*|браузер*"] },


    // Art. 10, PD Law: personal data.
    // An account, a profile, a cart, a chat: the people who use it are identified by it (a weak cue; a clear
    // "no personal data" outweighs it).
    { field: "personalData", value: "yes", weight: 0.55, patterns: ["юзер*|пользовател*|аккаунт*|анкет*|корзин*|логин*|переписк*|чат|чате|чаты|чатах|чатов|мэтч*|подписчик*|абонент*", "бот|бота|боту|ботом телеграм*|тг|телег*|вотсап*|whatsapp|telegram"] },
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["персональн*|личн* данн*|информац*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`прогнозир*|предсказ*|оценива*|отслежива*|следим|мониторим|профилир* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE} данн*|истори*|запис*|профил*|лиц*|симптом*|платеж*|поведени*|пост*|телефон*|паспорт*|документ*|заявлени*|просмотр*|покуп*|резюме|взгляд*|успеваемост*|рейтинг*|геолокац*|местоположени*|почт*|email|доход*|переписк*|список|списк*|номер*|контакт*`,
    ] },
    // A person's photo or voice: "фото девушек", "голос клиента"; a product's photo is nobody's.
    { field: "personalData", value: "yes", weight: 0.7, window: 2, unless: "товар*|продукт*|блюд*|интерьер*|квартир*|машин*|авто|поле|полей|растени*", patterns: [`${PEOPLE} фото*|фотк*|фотографи*|снимк*|селфи|голос*`] },
    // Faces of passers-by, a parent's linked card, a criminal case: data about identifiable people.
    { field: "personalData", value: "yes", weight: 0.7, window: 2, patterns: ["лица|лицо|лиц прохож*|посетител*|люд*|гост*|пассажир*", "привязан* карт*", "карт* родител*|мам*|пап*", "уголовн* дел*", "подсудим*|обвиняем*|осужденн*|осуждённ*"] },
    // Identifiers and records that name a person: IIN, full name, phone, address, passport, health readings.
    { field: "personalData", value: "yes", weight: 0.75, unless: "компани*|организац*|юрлиц*|бин", patterns: ["иин|фио|паспорт*|удостоверени*|телефон*|адрес*|фамили*|геолокац*|email|e-mail|имейл*|госномер*|видеозвонк*|переписк*|письм*|писем|медкарт*|глюкоз*|cgm|cgm-*|аккаунт*|контакт*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 2, patterns: ["истори* заказ*|прослушивани*|поиск*|звонк*|посещени*|переписк*|болезн*|ДТП|лечени*", "номер* телефон*|карт*", "телефонн* книг*|справочник*", "видео-визитк*|видеовизитк*|селфи"] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["резюме|симптом*", "истори* платеж*|просмотр*|покуп*|болезн*", "скоринг* заемщик*|заёмщик*|клиент*"] },
    // Faces and plates blurred are faces and plates first; messengers carry phone numbers; comments and applications
    // carry their authors; debts and arrears are someone's; materials of a case name its parties.
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: ["блюр*|блюрит|заблюр*|размыва*|замазыва*|пикселиз*|скрыва* лица|лицо|лиц|номер*|госномер*"] },
    { field: "personalData", value: "yes", weight: 0.6, unless: "!neg", patterns: ["вотсап*|ватсап*|whatsapp|вацап*"] },
    { field: "personalData", value: "yes", weight: 0.6, unless: "товар*|код*|коду|кода|pr|пулл-реквест*", patterns: ["коммент|комменты|комментов|комментам|комментами|комментари*"] },
    { field: "personalData", value: "yes", weight: 0.65, patterns: ["внж|рвп|иностранц*|мигрант*|заявител*|просрочк*|просрочен*|задолженност*", "кредитн* истори*", "материал* дел*|дела", "гражданск*|уголовн*|административн* дел*|дела"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 3, patterns: ["загружаеш*|вводиш*|скидываеш*|кидаеш*|отправляеш*|заполняеш* данн*|фио|анкет*|свои"] },
    { field: "personalData", value: "yes", weight: 0.55, unless: "!neg", patterns: ["регистрац*|зарегистр*|регистриру*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["карт* платеж*|транзакц*", "заполн* заявлени*|анкет*", "родител* ребен*|ребён*|дет*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: `рубеж*|границ*|облак*|сервер*|прода*|переда*|трет*|${NO_CONSENT_WORDS}`, patterns: ["!neg персональн*|личн* данн*|информац*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 4, unless: `${NO_CONSENT_WORDS}|спрашива*|получа*`, patterns: ["!neg люд*|человек*|лиц* кадр*|фото*|снимк*|изображени*|видео"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: `рубеж*|границ*|облак*|прода*|переда*|трет*|оферт*|соглашени*|политик*|договор*|пункт*|${NO_CONSENT_WORDS}`, patterns: ["!neg имен*|телефон*|адрес*|контакт*|фио|паспорт* хран*|собира*|сохраня*|запрашива*|нужн*|нет|спрашива*|требу*|берем"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: `рубеж*|границ*|облак*|прода*|переда*|трет*|${NO_CONSENT_WORDS}`, patterns: ["данн*|информац*|сведени* люд*|человек*|пользовател*|клиент* !neg"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["анонимн*|обезличен*"] },
    // Systems that work on things, not people: a grid, a warehouse, a menu, landscapes, background music. Only a
    // proposal: any word about the people it serves cancels it.
    { field: "personalData", value: "no", weight: 0.6, unlessInSentence: `${PEOPLE}|абонент*|потребител*|заказ*|корзин*|истори*|аккаунт*|профил*|лиц|лицо|лица|голос*|номер*|адрес*|камер*`, patterns: ["подстанц*|перето*|энергосист*|турбин*|трубопровод*|скважин*|телеметри*|даркстор*|стеллаж*|ячеек|ячейк*|меню|блюд*|пейзаж*", "фонов* музык*|треки|трек*|плейлист*"] },
    // "На сервер ничего не уходит", "работает офлайн в браузере": nothing about anyone leaves the device.
    { field: "personalData", value: "no", weight: 0.6, window: 4, patterns: ["сервер*|облак*|интернет* !neg уход*|отправля*|переда*|передаё*|летит|улета*", "работа* офлайн|оффлайн|offline|локальн*"] },
    { field: "dataStorage", value: "none", weight: 0.6, window: 4, patterns: ["сервер*|облак* !neg уход*|отправля*|переда*|передаё*|летит|улета*|хран*"] },
    // Companies only: "физлиц не скорим, только юрлица", "работаем только с юрлицами по БИН".
    { field: "personalData", value: "no", weight: 0.8, window: 3, patterns: ["физлиц* !neg", "только|лишь юрлиц*|компани*|организац*|бин"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 3, patterns: ["звонк*|разговор*|голос* запис*|записыва*|записан*|расшифр*|пишем|пишут|прослушива*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 3, patterns: ["договор*|контракт*|анкет*|заявлени*|справк*|выписк* загружа*|загружаеш*|присыла*|скидыва*|скидываеш*|прикрепля*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 8, patterns: ["баланс*|тариф*|роуминг* абонент*|клиент*|номер*|счет*|счёт*"] },
    // Videos and photos people send in show people.
    { field: "personalData", value: "yes", weight: 0.6, window: 5, patterns: [`${PEOPLE} видео|видос*|фото*|фотк*|селфи|голосов* присыла*|загружа*|отправля*|скидыва*|кида*`] },
    { field: "personalData", value: "no", weight: 0.85, window: 3, unless: `рубеж*|границ*|облак*|прода*|переда*|трет*|${NO_CONSENT_WORDS}`, patterns: ["!neg персданн*|пдн|персданных|персональн*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 2, patterns: ["без регистрац*|авторизац*|аккаунт*|логин*"] },
    { field: "personalData", value: "no", weight: 0.7, window: 3, patterns: ["текст*|запрос*|файл*|сообщени*|документ* !neg сохраня*|хран*|храним|сохраняем", "сразу|моментальн* удал*|удаля*|стира*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 4, unless: "табличк*|вывеск*|наклейк*|предупрежд*|уведомл*|сообща*|говор*|про|об", patterns: ["!neg распозна*|идентифиц*|определя* номер*|лиц*|люд*|личност*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 1, patterns: ["персональн*|персонализирован* пуш*|рекоменд*|предложени*|скидк*|рассылк*|уведомлени*|подборк*", "под каждого юзер*|пользовател*|клиент*|покупател*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: `рубеж*|границ*|облак*|прода*|переда*|трет*|${NO_CONSENT_WORDS}`, patterns: ["!neg хран*|собира*|сохраня*|запомина* люд*|пользовател*|клиент*"] },

    // PD Law art. 12(2): where data live and where training runs.
    // Installed at the client's own site, which a Kazakh founder's client is.
    { field: "dataStorage", value: "kazakhstan", weight: 0.6, unless: "обуч*|дообуч*|трениру*", patterns: ["on-prem|on-premise|онпрем*|он-прем*|onprem*", "свои|своих|собственн* сервер*|серверах|железе", "у заказчик*|клиент* на сервер*|серверах|контуре"] },
    // "Данные в KZ" is where they are; "по данным из Астаны" is what they are about.
    { field: "dataStorage", value: "kazakhstan", weight: 0.75, window: 2, unless: "обуч*|дообуч*|трениру*|по|из|с|со|об|о", patterns: [`данн*|копи*|бэкап*|бекап* ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.75, window: 2, unless: "обуч*|дообуч*|трениру*|по|из|с|со|об|о", patterns: [`данн*|копи*|бэкап*|бекап* ${ABROAD}`] },
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: "обуч*|дообуч*|трениру*", patterns: [`${STORE} ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: "обуч*|дообуч*|трениру*", negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    // Accounts and orders kept "на AWS во Франкфурте"; an offline game keeps nothing.
    { field: "dataStorage", value: "abroad", weight: 0.75, window: 4, unless: "обучени*|датасет*", patterns: [`аккаунт*|истори*|баз*|бэкенд*|бекенд*|бд|профил*|заказ*|переписк*|логи|запис* ${ABROAD}`] },
    { field: "dataStorage", value: "none", weight: 0.6, patterns: ["оффлайн|офлайн|offline"] },
    // A state body's own servers and systems are in Kazakhstan.
    { field: "dataStorage", value: "kazakhstan", weight: 0.7, window: 2, patterns: ["госсервер*|гособлак*|госконтур*", "ведомствен*|государствен* ис|сервер*|систем*|контур*|облак*|баз*"] },
    // A hosted American model (GPT, Claude, Gemini) gets what the users write.
    { field: "dataStorage", value: "abroad", weight: 0.6, unless: "локальн*|on-prem|on-premise|онпрем*|свои|своих|собственн*|kazllm|казахстан*|рк|kz|кз|open-source|опенсорс*", patterns: ["gpt|gpt-*|chatgpt|openai|claude|anthropic|gemini|гпт"] },
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "хран*", patterns: [`обуч*|дообуч*|трениру*|файнтюн* ${ABROAD}`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "хран*", patterns: [`обуч*|дообуч*|трениру*|файнтюн* ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    { field: "personalDataLawful", value: "yes", weight: 0.75, unless: "!neg", unlessInSentence: "никто|никого|никому|ни", patterns: [CONSENT] },
    // "Их никто не спрашивает" in a sentence about their photos, voices or numbers.
    // "ИИН не спрашивает" asks for no data at all: the data asked for, not anyone's permission.
    { field: "personalDataLawful", value: "no", weight: 0.6, window: 4, about: PEOPLE_DATA, unless: "иин|фио|паспорт*|телефон*|номер*|адрес*|диагноз*|рецепт*", unlessInSentence: `автоматическ*|автоматизирован*|${EMOTION_TOPIC}`, patterns: [`никто|!neg спрашива*|спрос*|разреша*`] },
    // Consent nobody asks for: "согласие той, кто на фото, никто не спрашивает", "согласия у жителей не берём".
    { field: "personalDataLawful", value: "yes", weight: 0.85, window: 14, negated: "no", about: PEOPLE_DATA, unlessInSentence: `автоматическ*|автоматизирован*|${EMOTION_TOPIC}`, patterns: [`${CONSENT} ${CONSENT_TAKEN}`] },
    // The people themselves gave no consent: "согласия не давали", "никто из них согласие не подписывал".
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, about: `${PEOPLE}|они|никто|никого|кого|их`, unlessInSentence: `автоматическ*|автоматизирован*|только|лишь|${EMOTION_TOPIC}`, patterns: [`${CONSENT} !neg дава*|дал|дали|давал*|подписыва*|подписал*|ставил*|ставят|брали|брал|берем|берём|берут|берет|берёт|собира*|собрали|получа*|получили|запрашива*|запросили`] },
    // Asked or told about nothing: "ни о чём не спрашиваем".
    { field: "personalDataLawful", value: "no", weight: 0.6, window: 4, patterns: [`чем|чём !neg спрашива*|спрос*|уведомля*|предупрежда*|сообща*|информиру*|рассказыва*`] },
    // Photos taken from social networks: "фотки обычно из инсты".
    { field: "personalDataLawful", value: "no", weight: 0.45, window: 3, unless: "свои|своего|своих|собственн*|официальн*|api|согласи*", patterns: ["фото*|фотк*|снимк*|селфи|видео из|с инст*|инстаграм*|instagram|соцсет*|тикток*|фейсбук*|вк|вконтакт*"] },
    // People who cannot see it: "юзер этого не видит".
    { field: "personalDataLawful", value: "no", weight: 0.45, window: 4, unlessInSentence: EMOTION_TOPIC, patterns: [`${PEOPLE} !neg =видит|=видят|=знает|=знают|=замечает|=замечают этого|это|этом|того|ничего`] },
    // The consent text is silent on it: "в оферте про контакты ничего нет".
    { field: "personalDataLawful", value: "no", weight: 0.65, window: 6, about: PEOPLE_DATA, unlessInSentence: EMOTION_TOPIC, patterns: ["оферт*|соглашени*|политик*|согласи*|договор* !neg|ни ничего|слова|указ*|сказа*|написан*|упомина*"] },
    // "Согласие той, кто на фото, не нужно", "разрешение не требуется": the founder waives the people's consent.
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 8, about: PEOPLE_DATA, unlessInSentence: `автоматическ*|автоматизирован*|${EMOTION_TOPIC}`, patterns: [`${CONSENT} !neg нужн*|нужен|нужны|требу*|обязательн*|заморачива*|парим*`, `${CONSENT} =лишнее|=лишнее|=необязательно|=ненужно|=незачем`] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 8, about: DATA, unlessInSentence: EMOTION_TOPIC, patterns: [`!neg ${CONSENT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.75, unlessInSentence: "эмоци*|эмоц*|настроени*|мимик*|=фоном", patterns: [SECRETLY] },
    // People are not told. Not being told of one feature (emotions) is that feature's consent, not the data law's.
    // Nobody told of a charge is a matter of the sale (manipulation), not of the data law.
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, unlessInSentence: `${EMOTION_TOPIC}|покупк*|покупа*|списан*|списыва*|оплат*|платеж*|платёж*|подписк*`, patterns: [`незна*|невкурс*|непредупрежд* ${TOLD_WHO}`, `!neg ${NOT_INFORMED} ${TOLD_WHO}`, `!neg ${NOT_KNOWING} что|об|о|про ${TOLD_WHO}`] },
    // "Без разрешения" may be a permission to anything (an actor's likeness); "без ведома" is about the people.
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 3, unlessInSentence: EMOTION_TOPIC, patterns: ["без ведома|ведом*|уведомлен*|предупрежден*|спрос*|спроса"] },
    // "Without people's consent": consent of the people themselves, whatever it is for.
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 4, unlessInSentence: EMOTION_TOPIC, patterns: [`!neg ${CONSENT} люд*|человек*|владельц*|субъект*|граждан*|жител*`] },
    // Data that were never the founder's to take: leaked, stolen, bought bases, scraped profiles, sold profiles.
    { field: "personalDataLawful", value: "no", weight: 0.85, window: 6, unless: DETECTS, patterns: ["слит*|слив*|утечк*|утекш*|краден*|украден*|ворован*|взломан*|хакнут* баз*|данн*|номер*|контакт*|фио|иин|телефон*|карт*|аккаунт*"] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 8, unless: "знани*|лицензи*|открыт*|договор*|товар*|рецепт*|законн*|oracle|sql|субд|курс*|шаблон*|запчаст*", patterns: ["покупа*|купи*|скупа*|закупа* баз*|базу|базы"] },
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 6, unless: "согласи*|разрешени*|api|официальн*|открыт*|товар*|цен*|компани*|новост*|ваканси*|объявлени*", patterns: ["парс*|спарс*|парсит|скрап*|скрейп*|выкачива* соцсет*|инста|инсту|инстаграм*|тикток*|фейсбук*|вконтакт*|профил*|аккаунт*|личк*|переписк*|анкет*|знакомств*|резюме|телефон*|номер*|фото*|фотк*"] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 4, unless: "алюмин*|металл*|пластик*|компани*|знани*|погод*|рынк*|статистик*|агрегир*|обезличен*|анонимн*|отел*|гостиниц*", patterns: ["прода*|перепрода*|торгу*|сливаем|слива* данн*|профил*|баз*|контакт*|номер*|анкет*"] },
    // Numbers and contacts harvested from chats, groups and social networks for a mailing.
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 8, unless: "свои|своих|собственн*|согласи*|crm|срм|api|официальн*", patterns: ["собира*|выгружа*|вытаскива*|вытягива*|тян*|выдерг*|граб* номер*|телефон*|контакт*|email*|почт* чат*|групп*|телег*|телеграм*|соцсет*|инст*|ватсап*|whatsapp|каналов|комментари*"] },
    // A real person's voice or face cloned from recordings taken elsewhere, nobody asking him: his biometric data
    // are collected. An actor's missing permission to appear in an ad is no data breach by itself (legal review W6).
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 4, about: "клон*|клонир*|скопир*|копиру*|снима*|слепок*", patterns: [`никто|!neg спрашива*|спрос*|${CONSENT}|разреша*`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 2, patterns: ["добровольн*|желани*", "сами|сам включа*|подключа*|выбира*"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", unlessInSentence: "никто|никого|никому|ни", patterns: [CONSENT] },
    { field: "emotionConsent", value: "consent", weight: 0.85, window: 10, negated: "no", patterns: [`${CONSENT} ${CONSENT_TAKEN}`] },
    // Told of everything but the emotions: "про эмоции ни слова", "про настроение не рассказываем".
    { field: "emotionConsent", value: "no", weight: 0.8, window: 6, patterns: [`про|о|об ${EMOTION_TOPIC} !neg ${TELL}`] },
    // The people named first: "самим операторам мы про это не говорим", "сотрудникам об этом не сообщаем".
    { field: "emotionConsent", value: "no", weight: 0.75, window: 6, patterns: [`${PEOPLE}|им|ему|ей мы|=про|=об|=о это|этом|том|эту|функци* !neg ${TELL}`] },
    { field: "emotionConsent", value: "no", weight: 0.75, window: 4, patterns: [`чем|чём !neg спрашива*|спрос*|уведомля*|предупрежда*|сообща*|информиру*|рассказыва*`] },
    { field: "emotionConsent", value: "no", weight: 0.75, patterns: [SECRETLY] },
    // Told one thing and not the other: "говорим только что звонок записывается, что голос анализируется — нет".
    { field: "emotionConsent", value: "no", weight: 0.75, window: 4, patterns: ["что голос*|эмоци*|лиц*|тон*|настроени* анализиру*|считыва*|распозна*|определя*|оценива* !neg"] },
    { field: "emotionConsent", value: "no", weight: 0.75, window: 7, patterns: [`незна*|невкурс*|непредупрежд* ${TOLD_WHO}`, `!neg ${NOT_INFORMED}|спрашива*|спрос* ${TOLD_WHO}`, `!neg ${NOT_KNOWING} что|об|о|про ${TOLD_WHO}`] },
    { field: "emotionConsent", value: "no", weight: 0.75, window: 3, patterns: ["без ведома|ведом*|уведомлен*|предупрежден*|спрос*|спроса|разрешени*"] },
    // They think it is something else: the consent they gave was to another thing.
    { field: "emotionConsent", value: "no", weight: 0.7, window: 4, patterns: ["думают|уверены обычн*|просто|простое|простая"] },
    { field: "emotionConsent", value: "consent", weight: 0.7, window: 2, patterns: ["добровольн*|желани*", "сами|сам включа*|подключа*|выбира*"] },
    // "Only consent to the bureau check" is no consent to the decision itself.
    { field: "automatedDecisionConsent", value: "yes", weight: 0.7, negated: "no", unless: "только|лишь", unlessInSentence: "никто|никого|никому|ни", patterns: [CONSENT] },
    { field: "automatedDecisionConsent", value: "yes", weight: 0.85, window: 10, negated: "no", unless: "только|лишь", patterns: [`${CONSENT} ${CONSENT_TAKEN}`] },
    // "Согласия на автоматическое решение нет": the "нет" stands too far back for the negation to reach the consent.
    { field: "automatedDecisionConsent", value: "no", weight: 0.85, window: 7, patterns: ["согласи*|разрешени* автоматическ*|автоматизирован*|автомат*|авторешени* =нет|отсутству*"] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.6, window: 2, patterns: [`только|лишь ${CONSENT}|галочк*`] },
    // Nobody is told that an algorithm decides; a field that counts only where automated decisions are made.
    { field: "automatedDecisionConsent", value: "no", weight: 0.75, window: 5, about: "алгоритм*|автомат*|автоматическ*|модел*|решени*|ии|нейросет*|робот*|скоринг*", patterns: [`!neg пиш*|пишем|сообща*|говор*|уведомля*|предупрежда*|информиру*|указыва*|раскрыва*|знают|курсе|слова|слов|словом|упомина*|сказано|написано|объявля*`] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg ${NOT_INFORMED}|спрашива*|спрос* ${TOLD_WHO}`, `!neg ${NOT_KNOWING} что|об|о|про ${TOLD_WHO}`] },

    // Art. 17(3)(5) and (6): biometrics, categorisation, emotions.
    // Not keeping the pictures is no "no": faces read and kept as embeddings are still biometrics.
    { field: "biometrics", value: "yes", weight: 0.85, negated: "no", unless: "хран*|сохраня*|записыва*|эмбеддинг*|вектор*|хэш*|хеш*|шаблон*|картинк*", unlessInSentence: "блюр*|размыва*|размыт*|замазыва*|пикселиз*|заблюр*", patterns: ["лицо|лица|лицу|лицом|лиц|биометр*|отпечат*|радужк*|селфи"] },
    { field: "biometrics", value: "yes", weight: 0.8, window: 5, patterns: ["эмбеддинг*|вектор*|шаблон*|хэш*|хеш* лиц*|голос*|лица|лицо"] },
    { field: "biometrics", value: "yes", weight: 0.8, patterns: ["голос* клон*|копир*|подмен*|имитир*|синтез*|образц*|образец|запис*|своим|его"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 8, unless: "номер*|госномер*|машин*|автомобил*|транспорт*|авто", patterns: [`камер*|веб-камер*|видеокамер* ${PEOPLE}|кто|взгляд*|глаз*|прохож*`] },
    { field: "biometrics", value: "yes", weight: 0.6, window: 3, patterns: [`выгляд*|вид ${EMOTIONS}`, "взгляд*|глаз* след*|отслежива*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, patterns: [`голос*|интонац* ${EMOTIONS}|эмоц*|настроени*`] },
    { field: "biometrics", value: "yes", weight: 0.75, patterns: ["пульс*|сердцебиен*|отпечат*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 4, patterns: ["узна*|идентифиц*|распозна*|верифиц*|аутентифиц* голос*", "пол|возраст* определя*|оценива*|распозна*|угадыва*"] },
    { field: "biometrics", value: "yes", weight: 0.75, patterns: ["видео|ролик*|голос*|лиц* политик*|знаменит*|известн*|актер*|актёр*|звезд*|блогер*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 8, patterns: ["фото*|фотк*|фотографи*|снимк*|селфи|лиц*|внешност*|биометр* национальност*|раса|расов*|религи*|этни*|политическ*|ориентац*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 8, patterns: ["камер*|видеопоток*|видеоаналитик*|снимк*|селфи|скан* раса|расе|расы|расам|расов*|религи*|вероисповедан*|конфесси*|этни*|национальност*|ориентац*", "фото*|лиц*|внешност*|биометр* вероисповедан*|конфесси*"] },
    // Sorted and then turned away: "по лицу определяет расу и не пускает".
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 10, patterns: ["лиц*|фото*|фотк*|внешност*|камер* раса|расу|расы|расов*|религи*|вероисповедан*|этни*|национальност* !neg пуска*|пуст*|допуска*|обслужива*|продава*|нанима*|бер*|берем|берём"] },
    // Skin colour and facial features read to sort people; a foundation shade picked for a face is no sorting.
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 8, unless: "тональн*|макияж*|косметик*|крем*|пудр*|оттен*|дерматолог*|загар*|уход*|тон", patterns: ["цвет* кожи|кожа|кожей|кожу люд*|человек*|лиц*|черт*|внешност*|пассажир*|посетител*|прохож*|кандидат*|групп*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 12, patterns: [`${SORT} внешност*|лиц*|черт*|фото*|камер* ${ORIGIN}`, `${SORT}|даем|даём|цен* внешност*|черт*|лица|лицу|лицо ${ETHNIC}`] },
    // Religion read from how people look: beards, hijabs, niqabs picked out and sent to the guards.
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 10, unlessInSentence: "товар*|каталог*|ассортимент*|пример*|примерк*|коллекци*|бренд*|шоурум*", patterns: [
      `${SORT}|помеча*|выделя*|отмеча*|флаг*|флагу*|вычисля*|ищ*|отслежива*|находит|ловит ${RELIGIOUS_LOOK}`,
      `${RELIGIOUS_LOOK} охран*|секьюрити|безопасник*|досмотр*|доп|дополнительн*|проверк*|пуска*|пуст*|пропуска*|разворач*|развернул*`,
    ] },
    // The mood of a track, a film, a text or a review is nobody's emotion (a trap).
    // "Согласия на анализ эмоций не спрашиваем", "про эмоции не говорим": the "не" is about consent or telling.
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no", unless: `${CONTENT}|${CONSENT}|спрашива*|спрос*|говор*|рассказыва*|сообща*|предупрежда*|уведомля*|информиру*|курсе|ведома|=знают`, patterns: ["эмоц*|настроени*|emotion*|эмоушн*|mood|mood-*|муд-скор*"] },
    // Sentiment read from a voice or a face (of a text or a review it is nobody's emotion).
    { field: "emotionRecognition", value: "yes", weight: 0.8, window: 4, negated: "no", unless: CONTENT, patterns: ["sentiment|сентимент*|тональност* голос*|лиц*|звонящ*|звонк*|мимик*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", unless: CONTENT, patterns: [`${EMOTIONS} кто|кому|кого|график*|определя*|распозна*|отслежива*|замеча*|показыва*|видит|ли|когда|говор*|сообща*|похоже|если|ловит|ловим|считыва*|=считает|=считают|детект*|анализир*|фиксир*|мониторит|замеря*|измеря*|выявля*|оценива*|угадыва*|метк*|помеча*|тег*|флаг*|палит|понима*|слыш*|различа*|чует|улавлива*`] },
    // "Уровень агрессии", "степень стресса", the tone of a voice: a measure of someone's feeling.
    { field: "emotionRecognition", value: "yes", weight: 0.8, window: 3, negated: "no", unless: CONTENT, patterns: [`уровен*|уровн*|степен*|признак*|индекс* ${EMOTIONS}`, "тон|тона|интонаци* голос*"] },

    // Art. 17(3)(1)-(3), (7).
    // Art. 17(3)(3): people scored by how they live, the score then used against them. Companies, leads, venues and
    // wine are scored too, but they are not people.
    { field: "socialScoring", value: "yes", weight: 0.9, window: 18, negated: "no", unless: "лид*|компани*|заведени*|ресторан*|отел*|вин*|товар*|юрлиц*|бин|организац*|кредит*|займ*|заем*|заём*|мфо|заемщик*|заёмщик*", patterns: [`${SCORE} ${SCORED} ${BEHAVIOUR}`] },
    // A score about residents or staff that moves them in a queue or shuts a door: "с низким индексом очередь медленнее".
    { field: "socialScoring", value: "yes", weight: 0.85, window: 10, negated: "no", unless: "лид*|компани*|заведени*|ресторан*|отел*|вин*|товар*|юрлиц*|бин|организац*|кредит*|займ*|заем*|заём*", patterns: [`рейтинг*|индекс*|балл*|скор*|скоринг* ${RESIDENTS} ${CONSEQUENCE}`] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", patterns: ["соцрейтинг*|соц-рейтинг*|соцбалл*", "социальн* рейтинг*|кредит*|балл*|скоринг*", "рейтинг*|индекс* благонадежн*|благонадёжн*|лояльн*|законопослушн*"] },
    // A low score that pushes people down a queue or shuts them out of housing and benefits: "ниже 40 баллов —
    // в конец очереди на жильё", "с низким баллом ничего не снимешь". An exam pass mark or a credit cut-off is not this.
    { field: "socialScoring", value: "yes", weight: 0.85, window: 10, unlessInSentence: "кредит*|займ*|заем*|заём*|мфо|лид*|компани*|экзамен*|тест*|ент|олимпиад*|ученик*|студент*|кандидат*|вакан*|вин*|отел*|ресторан*|товар*|отзыв*|игрок*|уровн*|продавц*|селлер*|курьер*|водител*|пациент*|триаж*|симптом*|больниц*|клиник*|стать*|лент*|выдач*", patterns: [
      "ниже|низк*|низш*|меньше|мало балл*|рейтинг*|индекс*|скор* очеред*|жиль*|жилье|жильё|соцвыплат*|пособи*|льгот*|субсиди*|детсад*|заселен*|блэклист*|=черный|=чёрный|=черного|=чёрного|=черном|=чёрном",
      "ниже|низк*|низш*|меньше|мало балл*|рейтинг*|индекс* !neg сним*|сдад*|сдаст|арендова*|пуст*|пуска*|заселя*|возьм*",
    ] },
    // No law behind the scoring (Art. 17(3)(3) allows it only where a law provides for it). The field counts only
    // where people are scored (implications.ts), and a private score names no law unless the founder names one.
    { field: "scoringLegalBasis", value: "no", weight: 0.85, window: 4, patterns: ["нет|без|отсутству*|никакого|никаких|пока закон*|нпа|правов*|основани*|постановлени*", "!neg закон*|законами|нпа|постановлени* завяза*|связа*|опира*|основа*|предусмотр*|регулир*|регламентир*|разреша*|предусматрива*"] },
    { field: "scoringLegalBasis", value: "no", weight: 0.6, window: 12, unless: "закон*|постановлени*|нпа|приказ*|кодекс*|основани*|предусмотр*", patterns: [`${SCORE} ${SCORED} ${BEHAVIOUR}`] },
    { field: "scoringLegalBasis", value: "yes", weight: 0.8, window: 3, patterns: ["соглас*|основани*|предусмотр*|требовани*|рамк*|исполнени* закон*|постановлени*|нпа|приказ*|кодекс*"] },

    // Art. 17(3)(1): manipulation. "Манипулирует светом" on a photo and a robot arm ("манипулятор") are not people.
    { field: "manipulation", value: "yes", weight: 0.9, window: 2, patterns: ["темн*|тёмн* паттерн*", "dark pattern*|darkpattern*"] },
    { field: "manipulation", value: "yes", weight: 0.85, unlessInSentence: "антифрод*|фрод*|ловим|ловит|отлавлива*|модератор*|модерац*", unless: "защи*|мошенни*|распозна*|выявля*|детект*|антифрод*|борьб*|свет*|тен*|фото*|фотк*|изображени*|картинк*|пиксел*|цвет*|объект*|манипулятор*|данн*|слоя*|слоям*|файл*", patterns: ["манипул*|обман*|уловк*|подсознат*|заблужд*|газлайт*|зомбир*"] },
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, unlessInSentence: "антифрод*|фрод*|ловим|ловит|отлавлива*|выявля*|детект*|распозна*|модерац*|модератор*|борьб*|мошенни*|вычисля*|находим|находит|обнаружива*|банит*|удаля*", patterns: ["навязчив*|фейков*|фальшив*|ложн* таймер*|отсчет*|отсчёт*|скидк*|дефицит*|отзыв*", "скрыт*|спрята* кнопк*|отписк*|комисси*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, unlessInSentence: "антифрод*|фрод*|ловим|ловит|отлавлива*|выявля*|детект*|распозна*|модерац*|модератор*|борьб*|мошенни*|вычисля*|находим|находит|обнаружива*|банит*|удаля*", patterns: ["от имени люд*|граждан*|избирател*|пользовател*|обычн*", "фейков*|фальшив*|поддельн* аккаунт*|акк*|профил*|отзыв*|страниц*|коммент*|комментари*", "накрут*|вброс*|тролл*|ботоферм*"] },
    // Fake scarcity and urgency: "осталось 2 шт", "ещё 14 человек смотрят", timers that reset.
    { field: "manipulation", value: "yes", weight: 0.85, window: 4, patterns: [`${FAKE}|выдуман*|несуществ*|ненастоящ* осталось|остал*|смотрят|просматрива*|таймер*|срочност*|ажиотаж*|остатк*|наличи*`, "таймер*|отсчет*|отсчёт*|скидк*|акци* сбрасыва*|обнуля*|перезапуска*|бесконечн*|вечн*|заново"] },
    { field: "manipulation", value: "yes", weight: 0.6, window: 3, patterns: ["только|лишь сейчас|сегодня скидк*|кейс*|предложени*|акци*|цен*|успей*|оффер*|буст*|бонус*|промокод*|распродаж*|=минус", "успей*|успеть|торопи*|спеши* купи*|купить|оформ*|заказ*"] },
    // Made-up scarcity and social proof: "осталось 2 шт", "12 человек смотрят", numbers the system makes up.
    { field: "manipulation", value: "yes", weight: 0.45, window: 3, unlessInSentence: "склад*|учет*|учёт*|инвентар*|остатк*", patterns: ["осталось|остал* шт|штук*|штуки|экземпляр*|единиц*"] },
    { field: "manipulation", value: "yes", weight: 0.45, window: 3, patterns: ["человек*|люд*|покупател*|пользовател* =смотрят|=просматривают|=купили|=покупают|=заказали"] },
    { field: "manipulation", value: "yes", weight: 0.4, window: 3, patterns: ["таймер*|отсчет*|отсчёт* скидк*|акци*|предложени*|оффер*|цен*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 5, unlessInSentence: "тест*|синтетическ*|обучени*|датасет*", patterns: ["цифр*|числ*|остатк*|остаток|счетчик*|счётчик*|количеств* генер*|генерят*|рандом*|случайн*|выдум*|придум*|накруч*|балды", "реальн* остат*|остатк*|наличи*|спрос* !neg"] },
    // The "no" button made grey and small; the way out hidden.
    { field: "manipulation", value: "yes", weight: 0.75, window: 6, patterns: ["кнопк* !neg серой|серую|серая|серым|бледн*|мелк*|незаметн*|маленьк*|спрята*", "кнопк*|отказ*|отписк* серой|серую|серая|серым|бледн*|мелкой|мелкую|незаметн*|спрята*"] },
    // The close or refuse control made tiny or grey: "крестик маленький и серый", "кнопка «нет» еле видна".
    { field: "manipulation", value: "yes", weight: 0.75, window: 4, patterns: [
      "крестик* маленьк*|мелк*|крошечн*|незаметн*|бледн*|прозрачн*|серый|серая|серое|серую|серым|сереньк*|еле",
      "кнопк*|ссылк* закрыт*|закрыва*|отказ*|отмен*|отпис*|пропуст* маленьк*|мелк*|крошечн*|незаметн*|бледн*|прозрачн*|серый|серая|серое|серую|серым|сереньк*|еле",
    ] },
    // Threats that are not meant, to frighten someone into paying: "сообщим работодателю", "передаём дело в суд",
    // "хотя на деле ничего такого не планируется".
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, about: "долг*|должник*|задолж*|просроч*|боит*|страх*|скрипт*|пуга*|припуг*|запуг*|угрож*|грози*|жёстк*|жестк*|хотя|дожим*", unlessInSentence: "мошенни*|антифрод*|защит*|распозна*|выявля*|согласи*", patterns: [
      "сообщ*|расскаж*|напиш*|позвон*|сдад*|сольём|сольем работодател*|родственник*|родн*|коллег*|соседям|соседя*",
      "деле|самом|реальност* ничего|!neg планиру*|собира*|будем|делаем|правд*",
    ] },
    // Charges taken quietly, a subscription one cannot leave, the cancel button hidden.
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: [`${SECRETLY}|молча списыва*|спис*|продлева*|продле*|подписыва*|подпис*`] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, patterns: ["отмен*|отпис*|отвяза*|отключ* подписк*|автоплатеж*|автоплатёж*|автосписан* нельзя|невозможно|сложно|трудно|почти|нереально", "прячем|пряч*|прята*|спрята*|запрятыва*|закапыва* кнопк*|отмен*|отпис*|отказ*"] },
    // A paid option ticked in advance.
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, patterns: ["умолчани*|заранее|предустанов*|автоматически галочк*|чекбокс*|отмечен* платн*|подписк*|страхов*|допуслуг*|услуг*|опци*"] },
    // Catching the impulsive moment so that people buy without thinking.
    { field: "manipulation", value: "yes", weight: 0.8, window: 8, patterns: ["импульсив*|необдуман*|спонтанн* покуп*|купи*|купил*|трат*|заказ*|оплат*|момент*", "купи*|купил*|покупа*|оплат* !neg дума*|подума*|глядя|вчитыва*"] },
    // Hidden subscriptions and fine print.
    { field: "manipulation", value: "yes", weight: 0.85, window: 5, patterns: ["автопродлен*|автосписан*|подписк*|списани*|рекуррент* мелк*|скрыт*|незаметн*|спрята*|мелким|мелкий"] },
    { field: "manipulation", value: "yes", weight: 0.6, window: 1, patterns: ["мелк*|мелким шрифт*"] },
    // Guilt and fear: "твой котик заболеет если не купишь", FOMO, scaring people into paying.
    { field: "manipulation", value: "yes", weight: 0.8, window: 12, patterns: [`${HOOK}|погибн*|пропад*|страда*|сгор*|обнул*|потеряеш*|лишиш*|исчезн* ${PAY}|заплатиш*|купиш*|продли*`, `${HOOK}|погибн*|пропад*|страда*|сгор*|обнул*|потеряеш*|лишиш*|исчезн* !neg ${PAY}|заплатиш*|купиш*|продли*`] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, patterns: ["заболе*|умр*|умрет|умрёт|погибн*|плач*|обид*|пропад*|страда* !neg купи*|купиш*|заплат*|заплатиш*|оплат*|задонат*|продли*", "заболе*|умр*|умрет|умрёт|погибн*|плач*|обид*|пропад*|страда* купи*|купиш*|заплат*|заплатиш*|оплат*|задонат*|корм*|продли*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, patterns: ["страх|fomo|фомо|тревог*|паник*|вин* игра*|играем|давим|использу*|нагнета*|разгоня*|нагоня*", "запугива*|нагнета* страх|панику|клиент*|пользовател*|покупател*|люд*"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["давим|давить|давят|давлени*|надав*|дожим*|подталкива*|вынужда*|толка* покупа*|купи*|трат*|ставк*|плат*|подпис*"] },
    // A lie told to push someone: "пишет что иначе будет статья, хотя это неправда", "ставка вырастет, хотя ничего такого нет".
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, about: "пишет|пишут|убежда*|уговарива*|пуга*|запугива*|грози*|угрож*|дави*|давлени*|чтоб|чтобы", unlessInSentence: "мошенни*|антифрод*|распозна*|выявля*|детект*|проверя*", patterns: ["хотя|хоть неправд*|ложь|вранье|враньё|выдумк*", "хотя|хоть ничего такого нет"] },
    { field: "manipulation", value: "yes", weight: 0.75, window: 2, patterns: ["попроси*|уговори*|выпроси* маму|папу|родител*|маму|мам"] },
    // The moment of sadness or loneliness read and used to sell: "когда ему грустно — показываем оффер".
    { field: "manipulation", value: "yes", weight: 0.8, window: 16, unless: "психолог*|помощ*|поддержк*|бесплатн*|горяч*", patterns: [`${LOW_MOMENT} момент*|тогда|сразу|ровно|именно ${OFFER_VERB} ${LOW_SELL}|оффер*|буст*|бонус*|скидк*|акци*|предложени*`] },

    // Art. 17(3)(2): vulnerable people targeted when and where they are weakest.
    // "Exploits vulnerabilities" of IT systems is security testing, not people.
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, unless: `${IT_SECURITY}|${PROTECTS}|бесплатн*|помощ*|помога*|поддержк*|вакцин*|прививк*|обследовани*|скрининг*`, unlessInSentence: "антифрод*|мошенни*|выявля*|распозна*|детект*|защищ*|защит*", patterns: [`${VULNERABLE} ${PRESSURE}`] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 12, unless: "напомина*|помощ*|реструктуриз*|поддержк*|психолог*|бесплатн*|защит*|блокир*", patterns: [`${VULNERABLE} ${PUSH} ${SELL}`] },
    // Sadness, loneliness, a lost level: the moment picked to sell.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, unless: "психолог*|помощ*|поддержк*|бесплатн*|горяч*", patterns: [
      `${LOW_MOMENT} подсовыва*|впарива*|навязыва*|предлага*|показыва*|пуш*|шлем|шлём ${LOW_SELL}`,
      `без мэтч*|матч*|лайк*|пары|друз*|денег|работ*|отношени* подсовыва*|впарива*|навязыва*|предлага*|показыва*|пуш*|шлем|шлём ${LOW_SELL}`,
    ] },
    // Debtors, the jobless, gamblers picked out and pushed in a sentence about money: "именно им шлём пуши".
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 16, about: SELL, unless: `напомина*|помощ*|реструктуриз*|поддержк*|психолог*|бесплатн*|защит*|блокир*|${IT_SECURITY}`, patterns: [`${VULNERABLE}|потерял*|потеряв* шлем|шлём|шлет|шлёт|шлют|пуш*|таргет*|таргетир*|нацелива*|подсовыва*|впарива*|навязыва*|рассыла*`] },
    // The deeply vulnerable, picked out and offered money, bets or procedures: "игроманам бонус на депозит".
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 12, unlessInSentence: `напомина*|помощ*|помога*|реструктуриз*|поддержк*|психолог*|бесплатн*|защит*|блокир*|выявля*|мошенни*|антифрод*|${IT_SECURITY}`, patterns: [`${DEEP} ${OFFER_VERB} ${SELL}|бонус*|депозит*|реклам*|процедур*|кредитк*|ставк*|фрибет*`] },
    // Loans, bets and vapes shown to children.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, unlessInSentence: "защит*|блокир*|запрет*|фильтр*|родительск*", patterns: [`${CHILD} ${OFFER_VERB}|реклам* займ*|заём*|заем*|кредит*|микрозайм*|ставк*|казино|букмекер*|вейп*|алкогол*|энергетик*|сигарет*`] },
    // A child hooked and then sold to: the pet falls ill until someone pays.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 26, unless: "психолог*|помощ*|поддержк*|защит*|сказк*|терапи*", patterns: [`${CHILD} ${HOOK} ${PAY}`, `${CHILD} ${HOOK} !neg ${PAY}`] },
    // Children pushed to pay: cases, loot boxes, begging their parents.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, patterns: ["ребен*|ребён*|дети|детей|детям|малыш*|школьник*|подрост* кейс*|лутбокс*|донат*|монетиз*|попроси*|уговори*|выпроси*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.75, window: 2, patterns: ["попроси*|уговори*|выпроси* маму|папу|родител*|маму|мам"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "фильтр*|блок*|модерир*|удаля*|запрет*|отсеива*|распозна*|вред*|профилакт*|борьб*|противодейств*|детект*|выявля*", patterns: ["дипфейк-порно|deepfake-порно|экстремист*|террор*|пропаганд*|порн*|наркот*|оружи*|ненавист*|призыв*|насильствен*|свержени*|разжига*|рознь|розни|межнациональн*|сепаратизм*|суицид*|самоубийств*|педофил* генерир*|генер*|сгенер*|дела*|созда*|распростран*|публику*|прода*|пиш*|использу*|клепа*|пост*"] },
    // Hate made to order: swastikas, calls to drive a nation out, insults to a religion.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 6, unless: "фильтр*|блок*|модерир*|удаля*|запрет*|отсеива*|распозна*|борьб*|противодейств*|детект*|выявля*", patterns: ["свастик*|нацистск*|зигу*", "оскорблени*|оскорбля*|оскорбительн*|униж* религи*|верующ*|наци*|народ*|этнос*", "выгна*|выгоня*|изгна*|вышвырн* наци*|народ*|приезж*"] },
    // A financial pyramid advertised: "гарантированно 30% в месяц, приведи друга", "по сути пирамида".
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 16, unless: "фильтр*|блок*|модерир*|удаля*|распозна*|борьб*|противодейств*|детект*|выявля*|предупрежда*|защи*", patterns: ["пирамид* реклам*|ролик*|пост*|креатив*|продвига*|крути*|таргет*|генер*"] },
    // Sexual material with children.
    { field: "prohibitedOutputs", value: "yes", weight: 0.9, window: 6, unless: DETECTS, patterns: [`сексуальн*|интим*|эротич*|порн*|обнаж*|раздет* ${CHILD}`] },
    // Undressing real people: fake intimate images from an ordinary photo.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: DETECTS, patterns: ["раздева*|раздеть|раздетые|раздетой|=голая|=голую|=голой|=голые|=голых|=голыми|обнаж*|нюдс*|nudes|nsfw|эротик*|эротич*|undress* генер*|сгенер*|дела*|созда*|рису*|нарису*|фото*|фотк*|снимк*", "без одежд*|белья генер*|сгенер*|дела*|созда*|рису*|нарису*|фото*|фотк*"] },
    // Forged documents: a fake certificate, sick note or diploma that passes for the real one.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 4, unless: DETECTS, patterns: [`${FAKE} ${DOCUMENT}`] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 12, unless: DETECTS, patterns: [`${DOCUMENT} !neg отличить генер*|сгенер*|дела*|рису*|нарису*|клепа*|выгляд*|печата*|отрису*`, `${DOCUMENT} ${LOOKS_REAL} генер*|сгенер*|дела*|рису*|нарису*|клепа*|выгляд*|печата*|отрису*`] },
    // A certificate made with the seal or QR code that makes it pass: "генерит справки 086 с печатью клиники, даже QR рисует".
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 10, unless: NOT_FORGING, unlessInSentence: "пациент*|осмотр*|врач*|приём*|прием*|сотрудник*|выдаём|выдаем|шаблон*|бухгалтер*|=ставит|=ставят", patterns: [`${FORGE_VERB} справк*|справок|больничн*|диплом|дипломы|аттестат*|удостоверени* печат*|qr|штамп*`] },
    // The verb first and the likeness after: "рисует справку о несудимости с печатью как настоящую", "банки не отличают".
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 18, unless: NOT_FORGING, patterns: [`${FORGE_VERB} ${DOCUMENT} ${LOOKS_REAL}`, `${FORGE_VERB} ${DOCUMENT} !neg отлича*|отличат|отличит|отличить|спал*|палят|запалят|заметят|замечают|просекут|поймут`] },
    { field: "syntheticContent", value: "yes", weight: 0.7, window: 18, unless: NOT_FORGING, patterns: [`${FORGE_VERB} ${DOCUMENT} ${LOOKS_REAL}`] },
    { field: "syntheticContent", value: "yes", weight: 0.7, window: 10, unless: DETECTS, patterns: [`${DOCUMENT} ${LOOKS_REAL} генер*|сгенер*|дела*|рису*|нарису*|клепа*|выгляд*|отрису*`] },
    // Illegal gambling and drugs advertised or sold.
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 6, unless: "фильтр*|блок*|модерир*|удаля*|отсеива*|распозна*|детект*|выявля*|лицензирован*", patterns: ["без лицензи* казино|онлайн-казино|букмекер*|ставк*|беттинг*|лотере*", "нелегальн*|нелицензир*|незаконн*|подпольн*|запрещенн*|запрещённ*|серы* казино|букмекер*|ставк*|наркот*|закладк*|вейп*|оружи*|препарат*"] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 6, unless: "фильтр*|блок*|модерир*|удаля*|распозна*|детект*|выявля*|вред*|профилакт*", patterns: ["закладчик*|мефедрон*|спайс*|амфетамин*|кокаин*|героин*|марихуан*|гашиш*|экстази|лсд реклам*|прода*|генер*|пиш*|тексты|объявлен*"] },
    // Drug shops in their own slang: "магазины с кладами", "названия для солей", "меф", "шишки"; content for them.
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 8, unless: "фильтр*|блок*|модерир*|удаля*|распозна*|детект*|выявля*|вред*|профилакт*|борьб*|противодейств*|кулинар*|рецепт*|блюд*|поварен*|морск*|гималайск*|пищев*|ванн*|археолог*|кладбищ*", patterns: [
      "=клад|=клады|=кладов|=кладами|=кладах|кладмен*|закладк*|закладок|меф|мефа|мефом|стафф*|стаф|=шишки|=шишек|вещества|веществ =магазин*|шоп*|шопы|шопов|прода*|описани*|названи*|прайс*|реклам*|тексты|объявлен*|=соли|=солей|=соль",
      "магазин*|шоп*|шопы|шопов|прайс*|названи*|описани* =клад|=клады|=кладов|=кладами|=кладах|кладмен*|закладк*|закладок|меф|мефа|=соли|=солей|стафф*",
    ] },
    // Disinformation and defamation: a real person made to say what he never said, compromising material, smears.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: DETECTS, patterns: [
      "ролик*|видео|аудио|запис*|дипфейк*|фото* якобы говор*|сказа*|заявля*|заяв*|признал*|призна*|оскорбля*|предлага*|берет|берёт",
      "компромат*|клевет*|дезинформ*|фейков* новост*|вброс* генер*|сгенер*|созда*|дела*|пиш*|распростран*|клепа*|заказ*",
    ] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", unless: DETECTS, patterns: ["дипфейк*|deepfake*|дипфэйк*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["лиц*|голос* подмен*|замен*|клон*|имитир*|синтез*|поддел*|фейк*"] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["говор*|скаж*|сказа* никогда|!neg видео|ролик*|политик*|знаменит*|известн*|актер*|актёр*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["синтетическ*|фейков* видео|фото*|голос*|аудио|ролик*"] },
    // Making media with a known person's face or voice («видео с голосом и лицом известного актёра»).
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 10, unless: "распозна*|узна*|определя*|идентифиц*|верифиц*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },

    // PD Law art. 19-1: decisions on people with no human.
    // The short pattern first: "сама штрафует" is the decision even when "оспорить штраф нельзя" follows.
    // "сами" (they themselves) stems like "сам" (it itself), and it is people who decide then.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, negated: "no", unless: `сами*|=он|=она|=они|${CONSENT}`, patterns: [
      "сам|сама|само|сами|автоматическ*|автоматом штрафу*|одобря*|отказыва*|назнача*|блокиру*|выда*|оформля*|начисля*|=ставит|понижа*|опуска*|отсеива*|отсека*",
      `${DECISION_VERB}|одобряются|=ставит|понижа*|опуска*|отсеива*|отсека* автоматом|автоматически|автомат`,
      "сам|сама|само|автоматическ* реша*|определя*|выбира* кто|кого|кому",
      `${DECISION_VERB} ${DECISION_OBJECT} ${AUTOMATIC}`,
    ] },
    // "Согласия на автоматический отказ нет": the missing consent is to a refusal that happens (PD Law art. 19-1).
    { field: "automatedDecisions", value: "yes", weight: 0.8, window: 6, negated: "yes", patterns: [`${CONSENT}|оферт*|договор*|соглашени* автоматическ*|автоматизирован* отказ*|решени*|одобрени*|отключени*|блокировк*|деактивац*|увольнени*|списани*`] },
    { field: "automatedDecisions", value: "yes", weight: 0.8, negated: "no", patterns: ["автоотказ*|автоодобрен*|автоблокир*|автобан*|автодеактивац*|автоотклон*"] },
    // Pushing people down a list nobody else looks past settles who is seen (PD Law art. 19-1).
    { field: "automatedDecisions", value: "yes", weight: 0.7, window: 6, patterns: [`опуска*|понижа*|отсеива*|отсека*|отбрасыва* ${APPLICANT}|тех|кого`] },
    // «без участия человека одобряет», «решение принимается без участия сотрудника»: a decision nobody takes part in.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, patterns: [
      `без ${PERSON_TAKING_PART} ${DECISION_VERB}|решени*`,
      `никто|!neg участву*|вмешива* ${DECISION_VERB}|решени*`,
    ], unlessInSentence: "светофор*|фаз*|поток*|оборудовани*|станк*|насос*|температур*|клапан*|датчик*|маршрут*" },

    // Art. 23(5): training on protected works.
    { field: "trainsOnWorks", value: "yes", weight: 0.85, window: 8, negated: "no", patterns: ["обуч*|дообуч*|тренир*|учил*|обучен* книг*|статья|статьи|статей|статьях|песн*|музык*|фильм*|картин*|произведени*|скача*|спарси*|парси*|авторск*|учебник*|сборник*|каталог*|лейбл*|комментари*|литератур*|энциклопеди*|новост*|журнал*|газет*|стих*|рисунк*|иллюстрац*|комикс*|сериал*|треках|треки|трек*|книгах|книги"] },

    // Art. 17(4): restricted-access data.
    { field: "restrictedData", value: "yes", weight: 0.9, window: 2, patterns: ["служебн* пользовани*", "дсп", "государствен* тайн*|секрет*"] },
    { field: "restrictedData", value: "yes", weight: 0.8, patterns: ["секретн*|гриф*"] },

    // EU AI Act cross-map; Art. 19(2) trusted list.
    // Stores that sell worldwide reach the EU too.
    { field: "euMarket", value: "yes", weight: 0.6, patterns: ["steam|стим|стиме|стиму|appstore|app-store|глобальн*|worldwide|международн*"] },
    { field: "euMarket", value: "yes", weight: 0.85, unless: `${STORE}|обуч*`, patterns: ["ес|евросоюз*|европ*|германи*|польш*|франц*|испани*|итали*|нидерланд*|прибалтик*|литв*|латви*|эстони* рынок|рынк*|выход*|выйти|прода*|клиент*|запуск*|расшир*|пользовател*"] },
    { field: "euMarket", value: "no", weight: 0.7, window: 4, patterns: ["только казахстан*|рк рынок|рынк*|прода*|клиент*|пользовател*|работа*"] },
    { field: "wantsTrustedList", value: "yes", weight: 0.9, window: 3, negated: "no", patterns: ["доверен* перечень|перечн*|список|списк*|реестр*|систем*"] },

    // КоАП art. 641-1: who would pay the fine.
    { field: "entitySize", value: "individual", weight: 0.8, patterns: ["одиночк*|самозанят*|фрилансер*", "без команд*", "проект* один|одна"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.75, window: 3, patterns: ["стартап*|нко|некоммерческ*", "мы|наша|нас небольш*|маленьк* команд*|компани*|бизнес*|фирм*|студи*", "нас двое|трое|четверо|пятеро|шестеро|семеро"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.8, window: 3, patterns: ["команд* двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|нескольк*"] },
    { field: "entitySize", value: "medium", weight: 0.8, window: 2, patterns: ["средн* бизнес*|компани*|предприят*"] },
    { field: "entitySize", value: "large", weight: 0.75, window: 4, patterns: ["мы|наш|наша|являемся крупн*|крупнейш*|холдинг*|корпорац*", "тысяч* сотрудник*|работник*|человек*"] },
  ],
};
