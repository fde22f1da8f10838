import type { Lexicon } from "../rule.js";

// Word lists shared by several rules; each is one slot (see Pattern in ../rule.ts). Russian endings vary a lot,
// so most entries are stem prefixes.
const PEOPLE =
  "пользовател*|клиент*|покупател*|абонент*|граждан*|жител*|пациент*|студент*|школьник*|ученик*|игрок*|фермер*|люд*|человек*|посетител*|зрител*|родител*|сотрудник*|учител*|судь*|судей|рекрутер*|аналитик*|арендодател*|менеджер*|hr-менеджер*|руководител*|редактор*|водител*|врач*|полиц*|медсестр*|курьер*|заемщик*|заёмщик*|арендатор*|кандидат*|оператор*|юрист*|слушател*|читател*|участник*|работник*|жилец*|жильц*|гост*|разработчик*|коллег*|координатор*|абитуриент*";
const HUMAN_ROLE =
  "человек*|медсестр*|врач*|менеджер*|hr-менеджер*|учител*|агент*|оператор*|сотрудник*|специалист*|редактор*|аналитик*|рекрутер*|судья|судьи|судей|юрист*|фермер*|диспетчер*|модератор*|администратор*|инспектор*|кассир*|руководител*|координатор*|комисси*";
const STORE = "хран*|сервер*|хостинг*|облак*|дата-центр*|датацентр*|размещ*|лежат|аренду*";
const KAZAKHSTAN = "казахстан*|алмат*|астан*|шымкент*|караганд*|рк|отечествен*";
const ABROAD =
  "рубеж*|заграниц*|франкфурт*|германи*|ирланди*|европ*|ес|сша|америк*|aws|azure|gcp|amazon|google|нидерланд*|амстердам*|лондон*|сингапур*|росси*|москв*|финлянди*";
const FAILS = "слом*|упад*|ляжет|лягут|отвал*|сбо*|ошиб*|останов*|перестан*|отключ*|выйдет|откаж*|глюч*|пропуст*|зависн*";
// "не работает": the negation is the failure itself, so the pattern holds it and no other negation can flip it.
const NOT_WORKING = "!neg работ*|функционир*";
const EMOTIONS =
  "злит*|злой|злые|злы*|злоб*|груст*|волну*|нервн*|нервнич*|стресс*|тревож*|раздраж*|расстро*|радост*|радуют*|испуг*|страх*|беси*|скуча*|недоволь*|агресс*|сердит*|устал*";
const CONSENT = "согласи*|разрешени*";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "данн*|сведени*|информац*|персональн*|профил*|анкет*|переписк*|контакт*|паспорт*";
const DECISION_VERB =
  "одобр*|отказыва*|отказа*|реша*|выда*|назнача*|блокир*|штрафу*|рассчитыва*|оформля*|начисля*|выставля*|устанавлива*|отключа*|деактивир*|увольня*|уволь*|исключа*|банит*|банят|отклоня*";
const DECISION_OBJECT =
  "кредит*|микрокредит*|займ*|заём*|заем*|полис*|лимит*|выплат*|пособи*|штраф*|заявк*|ипотек*|деньг*|преми*|зарплат*|цен*|водител*|курьер*|сотрудник*|работник*|аккаунт*|пользовател*|клиент*|студент*|кандидат*|грант*|стипенди*|абитуриент*|виз*|разрешени*|субсиди*|отклик*|перевод*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "поменя*|измен*|отмен*|исправ*|скорректир*|переназнач*|правит*|поправ*|пересмотр*|пересчит*|перепровер*|отклон*";
const AUTOMATIC = "автоматическ*|автоматом|сам|сама|сами|само|сразу|без|мгновенн*";
// "Without a person" (PD Law art. 19-1): nobody takes part in the decision. Whether a person can correct it
// afterwards, which is what Art. 17(2) turns on, is another question.
const PERSON_TAKING_PART = "участи*|вмешательств*|человек*|люд*|сотрудник*|оператор*|менеджер*|специалист*|аналитик*";
// Synthetic media of a real, known person (Art. 21(2)). Filming ("снимаем") is left out: that is real footage.
const MAKES = "генерир*|сгенерир*|созда*|дела*|производ*|монтир*|синтезир*|рису*|озвучива*|оживля*";
const FACE_OR_VOICE = "лицо|голос|внешност*|мимик*";
const KNOWN_PERSON = "знаменит*|известн*|популярн*|актер*|актрис*|звезд*|политик*|блогер*|певиц*|певц*|певец|спортсмен*|ведущ*|селебрити";
const VULNERABLE =
  "пенсионер*|пожил*|стар*|дет*|ребен*|несовершеннолет*|подрост*|инвалид*|бедн*|малоимущ*|уязвим*|одинок*|зависим*|лудоман*|должник*";

/** Russian: founders' own words, mapped to profile fields. */
export const ru: Lexicon = {
  lang: "ru",
  negationWords: ["не", "нет", "никто", "никого", "никому", "ничего", "ничто", "никогда", "нельзя", "невозможно"],
  forwardNegationWords: ["без", "ни", "никаких", "никакие", "никакой", "никакая", "никакого", "никакую"],
  clauseWords: ["но", "а", "однако", "зато", "хотя", "поэтому"],
  rules: [
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, patterns: ["никто|!neg замет*|замеч*|пострада*|почувству*|расстро*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} просто|всего|лишь подожд*|покаж*|увид*|напиш*|вручную|потом|популярн*|обычн*|позвон*|звон*|обрат*`, `${NOT_WORKING} просто|всего|лишь подожд*|покаж*|увид*|напиш*|вручную|потом|популярн*|обычн*|позвон*|звон*|обрат*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 3, patterns: ["мелк*|небольш*|незначительн* неудобств*"] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} потер*|теря*|деньг*|штраф*|опозда*|задерж*|пробк*|топлив*|убыт*|жалоб*|ущерб*|очеред*|потрат*|неустойк*|спис*|лишн*|испорт*|выброс*|перерасход*`, `${NOT_WORKING} потер*|теря*|деньг*|штраф*|опозда*|задерж*|пробк*|топлив*|убыт*|жалоб*|ущерб*|очеред*|потрат*|неустойк*`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [
      `${FAILS} электричеств*|электросет*|электроэнерг*|энергоснабжен*|свет|света|подстанц*|энергосист*|блэкаут*|авари*|катастроф*|чрезвычайн*|погиб*|жизн*|смерт*|отрав*|взрыв*|пожар*`,
      `${NOT_WORKING} электричеств*|подстанц*|энергосист*|блэкаут*|авари*|катастроф*|чрезвычайн*|погиб*|жизн*|смерт*|отрав*|взрыв*|пожар*`,
      "оставит*|остан* без вод*|свет|света|электричеств*|тепл*|газ*",
    ] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["взрыв*|катастроф*|погиб*|жертв*|отравлен*|блэкаут*|разлив*|обрушен* может|возмож*|риск*|грозит|привед*|обернет*|обернёт*|чревато"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, patterns: ["подстанц*|электросет*|энергосист*|электричеств*|нефтепровод*|газопровод*|трубопровод*|водоканал*|водоснабжен*|теплосет*|аэс|электростанц*|энергетик*|очистн*"] },
    { field: "stateResources", value: "yes", weight: 0.85, window: 3, patterns: ["государствен*|гос|госбаз*|национальн* кадастр*|реестр*|баз*|информационн*"] },

    // Domain of use. A nearby "не" does not change the area, so negated keeps the value.
    { field: "domain", value: "finance", negated: "finance", weight: 0.8, patterns: ["кредит*|банк*|страхов*|заём*|заем*|займ*|микрокредит*|ипотек*|скоринг*|финтех*|осаго|каско|мфо"] },
    { field: "domain", value: "finance", negated: "finance", weight: 0.6, window: 2, patterns: ["карт* платеж*|транзакц*|оплат*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.8, patterns: ["пациент*|клиник*|врач*|симптом*|больниц*|медсестр*|медицин*|диагноз*|здоров*|стоматолог*|аптек*|поликлиник*|лекарств*|рецепт*|скорой*|скорая*|скорую*|пульс*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, patterns: ["резюме|рекрут*|hr|hr-*|найм*|ваканс*|персонал|персонала|персоналу|персоналом|курьер*|увольн*|зарплат*|собеседован*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, unless: "выбор*|депутат*|голосова*", patterns: ["кандидат*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, window: 10, patterns: ["отключа*|блокиру*|деактивир*|уволь*|штрафу* водител*|курьер*|исполнител*|работник*"] },
    // Weak cues, one rule each, so that two of them together pass and one alone does not.
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["офис*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["сотрудник*|работник*|смен*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["руководител*|начальник*"] },
    { field: "domain", value: "education", negated: "education", weight: 0.8, patterns: ["студент*|экзамен*|школ*|учител*|ученик*|университет*|репетитор*|домашк*|сочинен*|урок*|прокторинг*|успеваемост*|вуз*|абитуриент*|стипенди*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.75, unless: "доверен*", patterns: ["акимат*|госуслуг*|egov|цон*|министерств*|граждан*|госорган*|правительств*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["жител*|пособи*|справк*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["государствен*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, patterns: ["кадастр*|реестр*"] },
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.85, patterns: ["полиц*|розыск*|преступ*|подозреваем*|правоохранит*|мвд"] },
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, patterns: ["суд|суда|суде|суды|судам|судья*|судьи|судей|судьям|судебн*|приговор*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["миграц*|мигрант*|виза|визы|визу|виз|пограни*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, patterns: ["подстанц*|электросет*|энергосист*|электричеств*|нефтепровод*|газопровод*|трубопровод*|водоканал*|водоснабжен*|теплосет*|аэс|электростанц*|энергетик*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, patterns: ["светофор*|перекрест*|такси|маршрут*|грузовик*|логистик*|автобус*|пробк*|транспорт*|железнодорож*|перевозк*|авиа*|парковк*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.4, patterns: ["водител*|дорог*|машин*|автомобил*"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["реклам*|маркетинг*|промо*|бренд*|блогер*|таргет*|рекламодател*|копирайт*|smm|логотип*|баннер*|рассылк*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["поддержк*|колл-центр*|call-центр*|абонент*|обращени*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.85, window: 3, patterns: ["отвеча*|ответ* вопрос*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["отвеча*|ответ* клиентам|покупателям|абонентам|пользователям|клиенту|покупателю"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["запис*|бронир*|администратор*|ресепшн*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, unless: "обуч*|скача*|спарси*", patterns: ["новост*|сми|аудиокниг*|музык*|фильм*|кино|мем*|подкаст*|журналист*|редактор*|публикац*|блог|раскраш*|ретуш*|песн*|трек*|исполнител*|плейлист*|слушател*|стрим*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.5, unless: "обуч*", patterns: ["видео|ролик*|фото*"] },
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
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["только|лишь совет*|рекоменд*|подсказ*|предлага*|черновик*"] },
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} может|могут|можно|вправе ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 3, patterns: ["некуда|некому|!neg звон*|жалов*|обрат*|оспор*|апелляц*"] },
    { field: "autonomy", value: "medium", weight: 0.6, negated: "high", patterns: ["оспор*|обжал*|апелляц*"] },
    // Nobody checks what the system decided. Nobody taking part in the decision («без участия человека», «полностью
    // автоматически») is no class of its own: the system decides under medium autonomy too (Art. 17(2)(2)); it is
    // the automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 3, patterns: ["без|никто проверк*|проверя*"] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} польз*|получа*|получ*|вид*|увид*|пиш*|напиш*|спрашива*|задают|устанавлива*|присыла*|отправля*|обща*|загружа*|выбира*|решает|решают|показыва*|отвеча*|предлага*|проверя*|дают|помога*|сверя*|может|могут|принима*|приход*|слуша*|звон*|чита*|вставля*|заказыва*|бронир*`] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["приложени*|бот*|чат-бот*|чат|расширени*|сайт*|портал*|ассистент*|помощник*|браузер*"] },

    // Art. 10, PD Law: personal data.
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["персональн*|личн* данн*|информац*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`прогнозир*|предсказ*|оценива*|отслежива*|следим|мониторим|профилир* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE} данн*|истори*|запис*|профил*|лиц*|симптом*|платеж*|поведени*|пост*|телефон*|паспорт*|документ*|заявлени*|просмотр*|покуп*|резюме|взгляд*|успеваемост*|рейтинг*|геолокац*|местоположени*|почт*|email|доход*|переписк*|список|списк*`,
    ] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["резюме|симптом*", "истори* платеж*|просмотр*|покуп*|болезн*", "скоринг* заемщик*|заёмщик*|клиент*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["карт* платеж*|транзакц*", "заполн* заявлени*|анкет*", "родител* ребен*|ребён*|дет*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "рубеж*|границ*|облак*|сервер*|прода*|переда*|трет*", patterns: ["!neg персональн*|личн* данн*|информац*"] },
    { field: "personalData", value: "no", weight: 0.75, window: 4, patterns: ["!neg люд*|человек*|лиц* кадр*|фото*|снимк*|изображени*|видео"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: "рубеж*|границ*|облак*|прода*|переда*|трет*", patterns: ["!neg имен*|телефон*|адрес*|контакт*|фио|паспорт* хран*|собира*|сохраня*|запрашива*|нужн*|нет|спрашива*|требу*|берем"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: "рубеж*|границ*|облак*|прода*|переда*|трет*", patterns: ["данн*|информац*|сведени* люд*|человек*|пользовател*|клиент* !neg"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["анонимн*|обезличен*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: "рубеж*|границ*|облак*|прода*|переда*|трет*", patterns: ["!neg хран*|собира*|сохраня*|запомина* люд*|пользовател*|клиент*"] },

    // PD Law art. 12(2): where data live and where training runs.
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: "обуч*|дообуч*|трениру*", patterns: [`${STORE} ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: "обуч*|дообуч*|трениру*", negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "хран*", patterns: [`обуч*|дообуч*|трениру*|файнтюн* ${ABROAD}`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "хран*", patterns: [`обуч*|дообуч*|трениру*|файнтюн* ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    { field: "personalDataLawful", value: "yes", weight: 0.75, patterns: [CONSENT] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 3, about: DATA, patterns: [`!neg ${CONSENT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.75, patterns: ["тайно|скрытно|незаметно"] },
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, patterns: [`!neg знают|знает|сообща*|уведомля*|предупрежда*|говорим|информиру* ${PEOPLE}`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 2, patterns: ["добровольн*|желани*", "сами|сам включа*|подключа*|выбира*"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", patterns: [CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.75, patterns: ["тайно|скрытно|незаметно"] },
    { field: "emotionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg знают|знает|сообща*|уведомля*|предупрежда*|говорим|информиру* ${PEOPLE}`] },
    { field: "emotionConsent", value: "consent", weight: 0.7, window: 2, patterns: ["добровольн*|желани*", "сами|сам включа*|подключа*|выбира*"] },
    { field: "automatedDecisionConsent", value: "yes", weight: 0.7, negated: "no", patterns: [CONSENT] },

    // Art. 17(3)(5) and (6): biometrics, categorisation, emotions.
    { field: "biometrics", value: "yes", weight: 0.85, negated: "no", patterns: ["лицо|лица|лицу|лицом|лиц|биометр*|отпечат*|радужк*|селфи"] },
    { field: "biometrics", value: "yes", weight: 0.8, patterns: ["голос* клон*|копир*|подмен*|имитир*|синтез*|образц*|образец|запис*|своим|его"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 8, patterns: [`камер*|веб-камер*|видеокамер* ${PEOPLE}|кто|взгляд*|глаз*|прохож*`] },
    { field: "biometrics", value: "yes", weight: 0.6, window: 3, patterns: [`выгляд*|вид ${EMOTIONS}`, "взгляд*|глаз* след*|отслежива*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, patterns: [`голос*|интонац* ${EMOTIONS}|эмоц*|настроени*`] },
    { field: "biometrics", value: "yes", weight: 0.75, patterns: ["пульс*|сердцебиен*|отпечат*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 4, patterns: ["узна*|идентифиц*|распозна*|верифиц*|аутентифиц* голос*", "пол|возраст* определя*|оценива*|распозна*|угадыва*"] },
    { field: "biometrics", value: "yes", weight: 0.75, patterns: ["видео|ролик*|голос*|лиц* политик*|знаменит*|известн*|актер*|актёр*|звезд*|блогер*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 8, patterns: ["фото*|лиц*|внешност*|биометр* национальност*|раса|расов*|религи*|этни*|политическ*|ориентац*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no", patterns: ["эмоц*|настроени*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", patterns: [`${EMOTIONS} кто|определя*|распозна*|отслежива*|замеча*|показыва*|видит|ли|когда|говор*|сообща*|похоже|если`] },

    // Art. 17(3)(1)-(3), (7).
    { field: "socialScoring", value: "yes", weight: 0.9, window: 12, negated: "no", patterns: ["ранжир*|рейтинг*|балл*|оцен*|скор* граждан*|жител*|люд*|арендатор*|сосед*|всех|человек* поведени*|поступк*|соцсет*|пост*|репутац*|лояльн*"] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", patterns: ["социальн* рейтинг*|кредит*|балл*"] },
    { field: "manipulation", value: "yes", weight: 0.9, window: 2, patterns: ["темн*|тёмн* паттерн*"] },
    { field: "manipulation", value: "yes", weight: 0.85, patterns: ["манипул*|обман*|уловк*|подсознат*|заблужд*"] },
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, patterns: ["навязчив*|фейков*|фальшив*|ложн* таймер*|отсчет*|отсчёт*|скидк*|дефицит*|отзыв*", "скрыт*|спрята* кнопк*|отписк*|комисси*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 3, patterns: ["от имени люд*|граждан*|избирател*|пользовател*|обычн*", "фейков*|фальшив*|поддельн* аккаунт*|профил*|отзыв*|страниц*", "накрут*|вброс*|тролл*|ботоферм*"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["дав*|подталкива*|вынужда*|толка* покупа*|купи*|трат*|ставк*|плат*|подпис*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, patterns: [`${VULNERABLE} дав*|подталкива*|манипул*|обман*|уловк*|темн*|тёмн*|нацел*|заманива*|вынужда*`] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "фильтр*|блок*|модерир*|удаля*|запрет*|отсеива*|распозна*", patterns: ["экстремист*|террор*|пропаганд*|порн*|наркот*|оружи*|ненавист* генерир*|дела*|созда*|распростран*|публику*|прода*|пиш*|использу*|клепа*"] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", patterns: ["дипфейк*|deepfake*|дипфэйк*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["лиц*|голос* подмен*|замен*|клон*|имитир*|синтез*|поддел*|фейк*"] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["говор*|скаж*|сказа* никогда|!neg видео|ролик*|политик*|знаменит*|известн*|актер*|актёр*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["синтетическ*|фейков* видео|фото*|голос*|аудио|ролик*"] },
    // Making media with a known person's face or voice («видео с голосом и лицом известного актёра»).
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 10, unless: "распозна*|узна*|определя*|идентифиц*|верифиц*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },

    // PD Law art. 19-1: decisions on people with no human.
    // The short pattern first: "сама штрафует" is the decision even when "оспорить штраф нельзя" follows.
    // "сами" (they themselves) stems like "сам" (it itself), and it is people who decide then.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, negated: "no", unless: "сами*", patterns: [
      "сам|сама|само|сами|автоматическ* штрафу*|одобря*|отказыва*|назнача*|блокиру*|выда*|оформля*|начисля*",
      "сам|сама|само|автоматическ* реша*|определя*|выбира* кто|кого|кому",
      `${DECISION_VERB} ${DECISION_OBJECT} ${AUTOMATIC}`,
    ] },
    // «без участия человека одобряет», «решение принимается без участия сотрудника»: a decision nobody takes part in.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, patterns: [
      `без ${PERSON_TAKING_PART} ${DECISION_VERB}|решени*`,
      `никто|!neg участву*|вмешива* ${DECISION_VERB}|решени*`,
    ] },

    // Art. 23(5): training on protected works.
    { field: "trainsOnWorks", value: "yes", weight: 0.85, window: 8, negated: "no", patterns: ["обуч*|дообуч*|тренир*|учил* книг*|статья|статьи|статей|статьях|песн*|музык*|фильм*|картин*|произведени*|скача*|спарси*|парси*|авторск*"] },

    // Art. 17(4): restricted-access data.
    { field: "restrictedData", value: "yes", weight: 0.9, window: 2, patterns: ["служебн* пользовани*", "дсп", "государствен* тайн*|секрет*"] },
    { field: "restrictedData", value: "yes", weight: 0.8, patterns: ["секретн*|гриф*"] },

    // EU AI Act cross-map; Art. 19(2) trusted list.
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
