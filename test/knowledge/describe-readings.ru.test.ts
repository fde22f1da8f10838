import { test } from "node:test";
import assert from "node:assert/strict";
import { describe, type InferredProfile } from "../../knowledge/describe/index.js";

// Readings of the Russian lexicon, each written for sentences the dev sets do not hold: for every kind of rule,
// a few ways founders say the thing (slang, typos, code-switching), and near misses the rule must leave alone.
// `is` lists values a text must be read as; `not` lists values it must NOT be read as (the field may stay unread).
type Case = { text: string; is?: InferredProfile; not?: InferredProfile };

const read = (text: string) => describe(text, "ru").profile as Record<string, string | undefined>;

function check(name: string, cases: readonly Case[]) {
  test(name, () => {
    const wrong: string[] = [];
    for (const { text, is = {}, not = {} } of cases) {
      const profile = read(text);
      for (const [field, value] of Object.entries(is)) if (profile[field] !== value) wrong.push(`${field}=${profile[field]} (want ${value}) in "${text}"`);
      for (const [field, value] of Object.entries(not)) if (profile[field] === value) wrong.push(`${field} must not be ${value} in "${text}"`);
    }
    assert.deepEqual(wrong, []);
  });
}

check("no consent to the data: not told, unaware, leaked or bought bases, scraping, selling, cloned voices", [
  { text: "Покупатели не знают, что их звонки записываются и идут в обучение.", is: { personalDataLawful: "no" } },
  { text: "Клиенты не в курсе, что мы храним их переписку.", is: { personalDataLawful: "no" } },
  { text: "Номера телефонов должников берём из слитых баз.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Контакты и ИИН подтягиваем из утечки одного банка.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Покупаем базы у ребят, там ФИО и телефоны.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Парсим профили в инсте и тиктоке и собираем телефоны авторов.", is: { personalDataLawful: "no" } },
  { text: "Собираем данные о людях без согласия людей и перепродаём профили.", is: { personalDataLawful: "no" } },
  { text: "Клонируем голос директора по записям совещаний, его никто не спрашивал.", is: { personalDataLawful: "no" } },
  // Near misses: consent given, a DLP that finds leaks, scraping of prices, a base of knowledge, not selling.
  { text: "Клиенты дают согласие на обработку персональных данных в приложении.", not: { personalDataLawful: "no" } },
  { text: "Наш DLP ищет утечки данных и блокирует отправку клиентских баз наружу.", not: { personalDataLawful: "no" } },
  { text: "Парсим цены и остатки товаров на маркетплейсах.", not: { personalDataLawful: "no" } },
  { text: "Купили базу знаний по праву у издательства.", not: { personalDataLawful: "no" } },
  { text: "Данные клиентов мы не продаём и не передаём третьим лицам.", not: { personalDataLawful: "no" } },
  { text: "Генерируем видео, где политики говорят то, чего никогда не говорили.", not: { personalDataLawful: "no" } },
  { text: "Клиенты не знают SQL, поэтому бот строит отчёты по их продажам.", not: { personalDataLawful: "no" } },
  { text: "Парсим инструкции к лекарствам и страницы товаров.", not: { personalDataLawful: "no" } },
  { text: "Продаём подписку на агрегированные данные о погоде.", not: { personalDataLawful: "no" } },
  { text: "Купили базу данных Oracle по лицензии.", not: { personalDataLawful: "no" } },
  { text: "Берём базу клиентов из своей CRM и сегментируем.", not: { personalDataLawful: "no" } },
  { text: "Предотвращаем утечки данных клиентов банка.", not: { personalDataLawful: "no" } },
  { text: "Собираем профили пользователей при регистрации с их согласия.", not: { personalDataLawful: "no" } },
]);

check("no consent to the emotion reading, kept apart from the data law", [
  { text: "Камера считывает эмоции учеников на уроке, родителей об этом не предупреждаем.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Модель по голосу ловит раздражение клиентов, работает втихую.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Сотрудники не в курсе, что камера анализирует их настроение.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Водители думают, что это обычный видеорегистратор, а он определяет усталость и злость.", is: { emotionConsent: "no" } },
  // Not told of the emotion reading is that feature's consent, not unlawful data by itself.
  { text: "Операторы не в курсе что камера анализирует их мимику.", not: { personalDataLawful: "no" } },
  // Near miss: consent given by the people themselves.
  { text: "Эмоции покупателей распознаём только с их согласия в приложении.", not: { emotionConsent: "no" } },
]);

check("the mood of a track, a film or a review is nobody's emotion (traps)", [
  { text: "Размечаем песни по настроению и собираем плейлисты для кофеен.", not: { emotionRecognition: "yes" } },
  { text: "Подбираем фильмы под настроение: грустные, весёлые, романтика.", not: { emotionRecognition: "yes" } },
]);

check("vulnerable people targeted when they are weakest", [
  { text: "Скоринг находит тех, у кого просрочка в трёх МФО, и им мы шлём пуши «займ за 5 минут».", is: { exploitsVulnerability: "yes" } },
  { text: "Пенсионерам звоним и дожимаем на покупку дорогих БАДов.", is: { exploitsVulnerability: "yes" } },
  { text: "Ловим лудоманов, которые ночью проигрались, и показываем им бонус на ставки.", is: { exploitsVulnerability: "yes" } },
  { text: "Если пользователь одинок и грустит, подсовываем ему платную подписку.", is: { exploitsVulnerability: "yes" } },
  { text: "В игре для школьников после проигрыша выпадает кейс за донат.", is: { exploitsVulnerability: "yes" } },
  { text: "Кнопка «попроси маму купить» под каждым скином.", is: { exploitsVulnerability: "yes", manipulation: "yes" } },
  // Near misses: help for the same people, reminders without a sale, security testing, a service aimed at them.
  { text: "Если пользователь грустит, предлагаем ему бесплатную консультацию психолога.", not: { exploitsVulnerability: "yes" } },
  { text: "Напоминаем должникам о просрочке пушами и предлагаем реструктуризацию.", not: { exploitsVulnerability: "yes" } },
  { text: "Пентест: агент находит уязвимости в сети банка и эксплуатирует их по договору.", not: { exploitsVulnerability: "yes" } },
  { text: "Приложение помогает пожилым людям записаться к врачу.", not: { exploitsVulnerability: "yes" } },
  { text: "Детский магазин игрушек: родители покупают подарки детям.", not: { exploitsVulnerability: "yes" } },
  { text: "Приложение для пенсионеров показывает скидки в аптеках рядом.", not: { exploitsVulnerability: "yes" } },
  { text: "Банк предлагает пенсионерам кредит со сниженной ставкой.", not: { exploitsVulnerability: "yes" } },
  { text: "Защищаем пожилых людей от обмана телефонных мошенников.", not: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "Ночью шлём пуши со скидками на кофе.", not: { exploitsVulnerability: "yes" } },
]);

check("manipulation: fake scarcity, resetting timers, impulse buying, hidden subscriptions, guilt and fear", [
  { text: "Показываем фейковые «осталось 3 места» и «сейчас смотрят 20 человек».", is: { manipulation: "yes" } },
  { text: "Таймер акции сбрасывается при каждом заходе.", is: { manipulation: "yes" } },
  { text: "Ловим момент, когда покупатель импульсивный, чтобы он купил не думая.", is: { manipulation: "yes" } },
  { text: "Автопродление подписки прописано мелким шрифтом.", is: { manipulation: "yes" } },
  { text: "Пуш «твой питомец умрёт, если не купишь ему корм».", is: { manipulation: "yes" } },
  { text: "Нагнетаем страх у клиентов, чтобы они быстрее оформили страховку.", is: { manipulation: "yes" } },
  // Traps: photo editing "manipulates" light, a robot arm, an honest sale.
  { text: "Нейросеть манипулирует светом и тенями на фото товара.", not: { manipulation: "yes" } },
  { text: "Управляем манипулятором на конвейере.", not: { manipulation: "yes" } },
  { text: "Скидка действует до конца месяца, условия подписки на первой странице.", not: { manipulation: "yes" } },
  { text: "Помогаем оформить страховку онлайн и используем данные о машине.", not: { manipulation: "yes" } },
  { text: "Давно работаем с банками, даём им удобный дашборд.", not: { manipulation: "yes" } },
]);

check("social scoring of people by how they live, with no law named", [
  { text: "Ставим баллы жильцам по их постам в соцсетях, с низким рейтингом квартиру не сдаём.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  { text: "Рейтинг благонадёжности для сотрудников: курение, алкоголь, лайки оппозиции.", is: { socialScoring: "yes" } },
  { text: "Оцениваем жителей района по жалобам соседей и штрафам, закона под это нет.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  // Near misses: companies, restaurants and leads are scored too, but they are not people.
  { text: "Скорим лиды по данным компании: оборот, отрасль, активность.", not: { socialScoring: "yes" } },
  { text: "Считаем рейтинг ресторанов по отзывам и показываем топ.", not: { socialScoring: "yes" } },
  { text: "Оцениваем вина по вкусу и цене.", not: { socialScoring: "yes" } },
  { text: "Рейтинг постоянных клиентов по сумме покупок для программы лояльности магазина.", not: { socialScoring: "yes" } },
  { text: "Оцениваем людей в инструментальном цехе по долгосрочным планам выпуска.", not: { socialScoring: "yes" } },
]);

check("prohibited outputs: forged documents, defamatory fakes, drug and gambling ads", [
  { text: "Бот рисует справку из поликлиники с печатью, не отличить от настоящей, выглядит как оригинал.", is: { prohibitedOutputs: "yes" } },
  { text: "Делаем поддельные дипломы и больничные под заказ.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерим ролик, где оппонент якобы признаётся во взятке.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерим объявления о продаже мефедрона для телеграм-каналов.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерим рекламу нелегальных казино для телеграм-каналов.", is: { prohibitedOutputs: "yes" } },
  // Near misses: telling forged documents apart, legal templates, fighting drugs.
  { text: "Модель проверяет, настоящие ли справки приносят студенты, и находит поддельные документы.", not: { prohibitedOutputs: "yes" } },
  { text: "Генерируем шаблоны договоров и справок для бухгалтерии.", not: { prohibitedOutputs: "yes" } },
  { text: "Пишем статьи о вреде наркотиков для школ.", not: { prohibitedOutputs: "yes" } },
  { text: "Пишем расширение, которое сохраняет закладки браузера.", not: { prohibitedOutputs: "yes" } },
  { text: "Генерим тексты для магазина специй: соль, перец, паприка.", not: { prohibitedOutputs: "yes" } },
  { text: "Печатаем фото на холсте, выглядит как настоящая картина.", not: { prohibitedOutputs: "yes" } },
  { text: "Делаем настоящий электронный документооборот для бухгалтерии.", not: { prohibitedOutputs: "yes" } },
]);

check("automated decisions and consent to them", [
  { text: "Заявки до миллиона одобряются автоматом, без кредитчика.", is: { automatedDecisions: "yes" } },
  { text: "Система автоматом ставит ниже в очереди тех, у кого долги.", is: { automatedDecisions: "yes" } },
  { text: "Алгоритм сам отказывает в займе, мы нигде не пишем, что решает модель.", is: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
  { text: "Кредит одобряется автоматически, в анкете только согласие на запрос в ПКБ.", is: { automatedDecisionConsent: "no" } },
  // Near miss: consent to the automated decision itself.
  { text: "Кредит одобряется автоматически, клиент даёт согласие на автоматизированное решение.", is: { automatedDecisionConsent: "yes" } },
]);

check("failure impact from the domain and the use", [
  { text: "Приложение рассчитывает дозу инсулина по данным сенсора.", is: { failureImpact: "severe" } },
  { text: "Модель ставит диагноз по снимкам лёгких.", is: { failureImpact: "severe" } },
  { text: "Скоринг решает, выдавать ли микрозайм.", is: { failureImpact: "severe" } },
  { text: "ИИ отсеивает резюме кандидатов до собеседования.", is: { failureImpact: "severe" } },
  { text: "Система помогает увольнять сотрудников с низкой выработкой.", is: { failureImpact: "severe" } },
  { text: "Фильтр спама для почты.", is: { failureImpact: "minimal" } },
  { text: "Проверка грамматики и пунктуации в браузере.", is: { failureImpact: "minimal" } },
  { text: "Мобильная игра: NPC отвечают игрокам.", is: { failureImpact: "minimal" } },
  { text: "Рекомендуем фильмы и сериалы по истории просмотров.", is: { failureImpact: "minimal" } },
  { text: "Оптимизируем маршрут сборщиков по складу.", is: { failureImpact: "minimal" } },
  { text: "Нейросеть удаляет фон с фото.", is: { failureImpact: "minimal" } },
  { text: "Скорим лиды для отдела продаж.", is: { failureImpact: "harm" } },
  { text: "Бот записывает пациентов к врачу на свободный слот.", is: { failureImpact: "harm" } },
  { text: "Сервис для СМИ выявляет дипфейки в роликах от читателей.", is: { failureImpact: "harm" } },
  { text: "Модель отлавливает мошеннические переводы в онлайн-банке.", is: { failureImpact: "harm" } },
  // Near misses: a tutor for an exam is no exam decision; a betting "game" is no harmless game; triage is not booking.
  { text: "Репетитор для подготовки к экзамену объясняет задачи.", not: { failureImpact: "severe" } },
  { text: "Онлайн-казино с игровыми автоматами.", not: { failureImpact: "minimal" } },
  { text: "Бот определяет срочность и записывает к врачу.", not: { failureImpact: "harm" } },
  { text: "Страховая модель по данным водителя рассчитывает цену полиса КАСКО.", not: { failureImpact: "severe" } },
]);

check("domain words that look like other domains", [
  { text: "Рекомендуем рецепты из продуктов в корзине.", not: { domain: "health" } },
  { text: "Строим маршрут обхода ячеек на складе.", not: { domain: "transport" } },
  { text: "Считаем скоринг ресторанов по отзывам.", not: { domain: "finance" } },
  { text: "Сверяем лица на погранконтроле с фото в паспорте.", is: { domain: "migration" } },
  { text: "Подбор размера без регистрации и без фото.", not: { domain: "media" } },
]);

check("who has the final word", [
  { text: "Решение о выдаче всегда за менеджером.", is: { autonomy: "low" } },
  { text: "Юрист проверяет и подписывает каждый ответ.", is: { autonomy: "low" } },
  { text: "Инженер может откатить любое переключение.", is: { autonomy: "medium" } },
  { text: "Диспетчер в любой момент переводит систему в ручной режим.", is: { autonomy: "medium" } },
  { text: "Сложные вопросы бот передаёт оператору.", is: { autonomy: "medium" } },
  { text: "Модель кидает алерт охране, дальше решают они.", is: { autonomy: "low" } },
]);

check("facts that save questions: personal data, storage, users, trained works", [
  { text: "Клиент вводит ИИН и номер телефона.", is: { personalData: "yes", userFacing: "yes" } },
  { text: "Никаких персданных, только артикулы.", is: { personalData: "no" } },
  { text: "Работает без регистрации.", is: { personalData: "no" } },
  { text: "Тексты не сохраняем, сразу удаляем.", is: { personalData: "no" } },
  { text: "Лица и номера не распознаём, считаем только машины.", is: { personalData: "no" } },
  { text: "Данные в KZ, бэкап тоже в Казахстане.", is: { dataStorage: "kazakhstan" } },
  { text: "Всё крутится on-prem у заказчика.", is: { dataStorage: "kazakhstan" } },
  { text: "Загружаешь договор, ИИ подсвечивает риски.", is: { personalData: "yes", userFacing: "yes", autonomy: "low" } },
  { text: "Учили модель на школьных учебниках и сборниках задач.", is: { trainsOnWorks: "yes" } },
  { text: "Игра выходит в Steam.", is: { euMarket: "yes" } },
  // Near misses: data about a city, training on own servers.
  { text: "Управляем светофорами по данным из Астаны.", not: { dataStorage: "kazakhstan" } },
  { text: "Модель обучаем на своих серверах.", not: { dataStorage: "kazakhstan" } },
]);

check("faces kept as embeddings are still biometrics; number plates are not faces", [
  { text: "Фото лиц не храним, только эмбеддинги лиц.", is: { biometrics: "yes" } },
  { text: "Камеры распознают госномера машин на въезде.", not: { biometrics: "yes" } },
]);

check("detecting fakes is not making them", [
  { text: "Сервис детектит дипфейки в присланных видео.", not: { syntheticContent: "yes" } },
  { text: "Делаем дипфейки для рекламы с лицом актёра по договору.", is: { syntheticContent: "yes" } },
]);

// Round 2: families of phrasing, each with sentences in neither dev set and a near miss.

check("round 2: consent nobody asks for, in any word order (the data law)", [
  { text: "Согласие владельцев фотографий мы, понятно, ни у кого не спрашиваем.", is: { personalDataLawful: "no" } },
  { text: "Разрешения у людей на фото никто не получает, их селфи берём из открытых страниц.", is: { personalDataLawful: "no" } },
  { text: "Записываем звонки абонентов, согласий на запись не собираем.", is: { personalDataLawful: "no" } },
  { text: "Пользователей ни о чём не предупреждаем, приложение просто читает их контакты.", is: { personalDataLawful: "no" } },
  // Near misses: consent taken, consent to the automated decision only, a contract silent on deadlines.
  { text: "Согласие на обработку персональных данных получаем у каждого клиента при регистрации.", not: { personalDataLawful: "no" } },
  { text: "Согласие на автоматическое решение у клиентов мы не берём, но на данные согласие есть.", not: { personalDataLawful: "no" } },
  { text: "В договоре с подрядчиком ничего не сказано про сроки поставки.", not: { personalDataLawful: "no" } },
]);

check("round 2: taken quietly, unseen by the people", [
  { text: "SDK тихонько выгружает список контактов и СМС с телефона клиента.", is: { personalDataLawful: "no" } },
  { text: "Приложение по-тихому собирает геолокацию пользователей даже в фоне.", is: { personalDataLawful: "no" } },
  { text: "Скрипт тихо копирует переписку сотрудников в наше хранилище.", is: { personalDataLawful: "no" } },
  { text: "В пользовательском соглашении про геолокацию ни слова, а мы её собираем.", is: { personalDataLawful: "no" } },
  // Near misses: a quiet fan, a human who sees a dashboard, "we see that the person is sad" is no secrecy.
  { text: "Вентилятор сервера работает тихо, клиенты довольны.", not: { personalDataLawful: "no" } },
  { text: "Если видим, что человек давно не заходил, шлём ему скидку.", not: { personalDataLawful: "no" } },
]);

check("round 2: data of debtors, relatives, photos from social networks", [
  { text: "Номера родственников должников подтягиваем из слитых баз доставки.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Бот находит в контактах должника его коллег и пишет им.", is: { personalData: "yes" } },
  { text: "Берём фото девушек из инстаграма и генерим им новые образы, их никто не спрашивает.", is: { personalDataLawful: "no" } },
  // Near miss: one's own photos.
  { text: "Пользователь загружает свои фото из инстаграма в наш редактор.", not: { personalDataLawful: "no" } },
]);

check("round 2: emotions read, the people told of something else", [
  { text: "Клиентам говорим только про запись звонка, про эмоции ни слова.", is: { emotionConsent: "no" } },
  { text: "Камера на кассе смотрит настроение кассиров, про настроение мы им не рассказываем.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Модель ловит стресс у водителей по лицу, водителей об этом не уведомляем заранее.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Студентов ни о чём не спрашиваем, модель эмоций включается сама.", is: { emotionConsent: "no" } },
  // Told of the emotions: consent; not told of the emotions is no data breach by itself.
  { text: "Про анализ эмоций сотрудники подписывают согласие, его берём у каждого.", not: { emotionConsent: "no" } },
  { text: "Про эмоции клиентов не предупреждаем, звонки записываются со стандартным уведомлением.", not: { personalDataLawful: "no" } },
]);

check("round 2: social scoring of residents by conduct, and what the score decides", [
  { text: "Индекс благополучия горожан: штрафы, долги за коммуналку, субботники и волонтёрство.", is: { socialScoring: "yes" } },
  { text: "Рейтинг жильцов считаем по тому, как часто они жалуются и вовремя ли платят, с низким рейтингом заявки идут в конец.", is: { socialScoring: "yes" } },
  { text: "Балл арендатора складывается из жалоб соседей на шум и опозданий с оплатой.", is: { socialScoring: "yes" } },
  { text: "Жителям с низким индексом очередь на жильё двигается медленнее.", is: { socialScoring: "yes" } },
  { text: "Закон под это не завязан, считаем рейтинг граждан по постам в соцсетях.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  // Near misses: a company's social activity, students' grades, credit scoring of borrowers.
  { text: "Оцениваем активность компаний в соцсетях: посты, вакансии, отзывы.", not: { socialScoring: "yes" } },
  { text: "Средний балл студентов выше у тех, кто ходит на семинары.", not: { socialScoring: "yes" } },
  { text: "Скоринг заемщиков по истории платежей в банке.", not: { socialScoring: "yes" } },
]);

check("round 2: made-up scarcity, social proof and the grey 'no' button", [
  { text: "Счётчик «осталось 3 штуки» рандомный, реального остатка нет.", is: { manipulation: "yes" } },
  { text: "Пишем «17 человек смотрят этот тур», цифры придумываем.", is: { manipulation: "yes" } },
  { text: "Кнопка отказа от подписки бледная и мелкая, а «продолжить» яркая.", is: { manipulation: "yes" } },
  { text: "Если покупатель сомневается, показываем таймер скидки и «осталось 2 шт», количество генерится.", is: { manipulation: "yes" } },
  // Near misses: a real stock count, a warehouse, catching fake reviews.
  { text: "На складе осталось 40 штук, учёт остатков ведём в 1С.", not: { manipulation: "yes" } },
  { text: "Ловим накрутку отзывов и фейковые аккаунты продавцов, модератор решает.", not: { manipulation: "yes" } },
  { text: "Выявляем ботофермы и фейковые отзывы на маркетплейсе.", not: { manipulation: "yes" } },
]);

check("round 2: children hooked and sold to; debtors and the jobless pushed", [
  { text: "В игре для детей котик грустит, пока ребёнок не купит ему корм за кристаллы.", is: { exploitsVulnerability: "yes" } },
  { text: "Малыш привязывается к персонажу, и тогда персонаж заболевает, лечение только за оплату.", is: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "Тем, кто потерял работу, таргетируем рекламу быстрых займов МФО.", is: { exploitsVulnerability: "yes" } },
  { text: "Должникам с просрочками ночью шлём пуши «займ одобрен», конверсия выше.", is: { exploitsVulnerability: "yes" } },
  // Near misses: a fairy-tale app for kids with a subscription, a reminder to debtors, a jobless help.
  { text: "Приложение для детей со сказками на ночь, если ребёнку страшно, подписка 990 тг.", not: { exploitsVulnerability: "yes" } },
  { text: "Должникам шлём пуши с напоминанием о платеже по займу.", not: { exploitsVulnerability: "yes" } },
  { text: "Безработным таргетируем бесплатные курсы и помощь с резюме от центра занятости.", not: { exploitsVulnerability: "yes" } },
]);

check("round 2: sorting people by skin colour, features and origin", [
  { text: "Модель по чертам лица делит посетителей на южан и местных.", is: { biometricCategorisation: "yes" } },
  { text: "Камеры сортируют пассажиров по цвету кожи для доп. проверки.", is: { biometricCategorisation: "yes" } },
  { text: "По фото кандидата угадываем этническое происхождение и помечаем в CRM.", is: { biometricCategorisation: "yes" } },
  // Near misses: a foundation shade for a face, a leather bag's colour, matching a passport photo.
  { text: "По фото лица подбираем тональный крем под цвет кожи.", not: { biometricCategorisation: "yes" } },
  { text: "Определяем цвет кожаной сумки на фото товара.", not: { biometricCategorisation: "yes" } },
  { text: "Сверяем фото иностранцев с паспортом на границе.", not: { biometricCategorisation: "yes" } },
]);

check("round 2: undressing real people, forged papers with stamps", [
  { text: "Бот раздевает девушку по любой фотке из соцсетей.", is: { prohibitedOutputs: "yes" } },
  { text: "Загружаешь снимок — нейронка генерит человека без одежды.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерим дипломы и справки с печатями вуза под любое ФИО, выглядят как подлинные.", is: { prohibitedOutputs: "yes" } },
  // Near misses: a detector of nudity, football goals, nude makeup, a stamp template.
  { text: "Модель распознаёт обнажённые фото в чатах и блокирует их.", not: { prohibitedOutputs: "yes" } },
  { text: "Нарезаем лучшие голы матча и делаем фото для постов.", not: { prohibitedOutputs: "yes" } },
  { text: "Генерим фото с нюдовым макияжем для каталога косметики.", not: { prohibitedOutputs: "yes" } },
]);

check("round 2: failure impact from the use", [
  { text: "Около 70% заявок на кредит одобряются или отклоняются без участия кредитного эксперта.", is: { failureImpact: "severe" } },
  { text: "Скоринг и выдача займов полностью автоматом.", is: { failureImpact: "severe" } },
  { text: "Скоринг для POS-кредитования в салонах связи.", is: { failureImpact: "severe" } },
  { text: "Кандидаты старше 50 лет и без опыта автоматически получают отказ.", is: { failureImpact: "severe" } },
  { text: "Сервис массового найма курьеров и кассиров.", is: { failureImpact: "severe" } },
  { text: "Видеоаналитика для патрульной полиции на вокзалах.", is: { failureImpact: "severe" } },
  { text: "Анализируем заявления на ВНЖ и визы.", is: { failureImpact: "severe" } },
  { text: "Приложение предлагает рецепты по продуктам в холодильнике.", is: { failureImpact: "minimal" } },
  { text: "Бот в телеге рисует аватарки в стиле аниме.", is: { failureImpact: "minimal" } },
  { text: "Генерим стикеры и мемы по фразе пользователя.", is: { failureImpact: "minimal" } },
  { text: "Нейронка размывает лица и номера на фото для объявлений.", is: { failureImpact: "minimal" } },
  { text: "Подсказываем три варианта поздравления, можно отправить или написать своё.", is: { failureImpact: "minimal" } },
  { text: "Антифрод для онлайн-касс: отлавливаем мошеннические возвраты.", is: { failureImpact: "harm" } },
  { text: "Речевая аналитика для колл-центров: считаем, соблюдает ли оператор скрипт.", is: { failureImpact: "harm" } },
  { text: "Алгоритм распределяет заказы между курьерами и прогнозирует время доставки.", is: { failureImpact: "harm" } },
  { text: "Автоматизированный пентест внешнего периметра.", is: { failureImpact: "harm" } },
  // Near misses: an insurance claim, a court in a lawyer's tool, a listing that sells a flat, a bot that drafts claims.
  { text: "Сравниваем договор с практикой судов и предлагаем правки юристу.", not: { failureImpact: "severe", domain: "justice" } },
  { text: "Снимаем туры квартир для объявлений о продаже, размываем лица прохожих.", is: { failureImpact: "minimal" } },
  { text: "Бот генерит иски и жалобы в суд по шаблону.", not: { failureImpact: "minimal" } },
  { text: "Приложение для ОСИ, ни с какими госорганами не связано.", not: { domain: "public_services" } },
]);

check("round 2: facts that save questions", [
  { text: "Юзер может отправить предложенный вариант или написать свой.", is: { userFacing: "yes" } },
  { text: "Бот в телеграме отвечает подписчикам канала.", is: { personalData: "yes" } },
  { text: "Корзина и аккаунт покупателя хранятся у нас.", is: { personalData: "yes" } },
  { text: "Приложение при установке тянет телефонную книгу.", is: { personalData: "yes" } },
  { text: "В оферте про контакты ничего нет.", not: { personalData: "no" } },
]);


check("round 2: more ways to say each prohibited capability (slang, word order, other verbs)", [
  { text: "Анализируем тон голоса клиентов и уровень агрессии, клиенты об этом не знают.", is: { emotionConsent: "no" } },
  { text: "Определяем вовлечённость и эмоции учеников по вебкамере, согласия родителей не берём.", is: { emotionConsent: "no" } },
  { text: "Камеры у полок считывают эмоции покупателей, согласия никто не давал.", is: { emotionConsent: "no" } },
  { text: "Мониторим стресс и усталость водителей по камере в кабине, водителям не сообщали.", is: { emotionConsent: "no" } },
  { text: "ИИ на собеседовании оценивает нервозность и уверенность кандидата по мимике, кандидатам мы это не озвучиваем.", is: { emotionConsent: "no" } },
  { text: "По фото определяем сексуальную ориентацию пользователя.", is: { biometricCategorisation: "yes" } },
  { text: "Модель по лицу определяет этническую принадлежность, для казахов цена ниже.", is: { biometricCategorisation: "yes" } },
  { text: "Камеры делят посетителей по расе и вероисповеданию.", is: { biometricCategorisation: "yes" } },
  { text: "Бот давит на чувство вины: «ты подведёшь семью, если не оформишь страховку».", is: { manipulation: "yes" } },
  { text: "После пробного периода тихо списываем деньги, отменить подписку почти нельзя.", is: { manipulation: "yes" } },
  { text: "Используем подсознательные триггеры в рекламе, чтобы человек купил.", is: { manipulation: "yes" } },
  { text: "Кнопку отмены подписки прячем глубоко в настройках.", is: { manipulation: "yes" } },
  { text: "Пожилым людям с деменцией продаём дорогие подписки, они не помнят, что уже купили.", is: { exploitsVulnerability: "yes" } },
  { text: "Целимся в игроманов: кто проиграл, тому сразу бонус на депозит.", is: { exploitsVulnerability: "yes" } },
  { text: "Подросткам с низкой самооценкой показываем рекламу косметических процедур.", is: { exploitsVulnerability: "yes" } },
  { text: "Находим людей в долгах и предлагаем им микрозаймы под высокий процент.", is: { exploitsVulnerability: "yes" } },
  { text: "Считаем рейтинг благонадёжности сотрудников по их активности в соцсетях и лишаем премии.", is: { socialScoring: "yes" } },
  { text: "Индекс лояльности граждан по подпискам на оппозиционные каналы.", is: { socialScoring: "yes" } },
  { text: "Баллы жильцам общежития за поведение: с низким баллом выселяем.", is: { socialScoring: "yes" } },
  { text: "Покупаем базы номеров у сотрудников операторов и обзваниваем.", is: { personalDataLawful: "no" } },
  { text: "Парсим профили ВК и собираем телефоны людей.", is: { personalDataLawful: "no" } },
  { text: "Продаём данные клиентов третьим лицам без их ведома.", is: { personalDataLawful: "no" } },
  { text: "Снимаем отпечатки пальцев сотрудников без письменного согласия.", is: { personalDataLawful: "no" } },
  { text: "Приложение без спроса загружает фотографии из галереи пользователя на наш сервер.", is: { personalDataLawful: "no" } },
  { text: "Генерим тексты с призывами к насильственному захвату власти.", is: { prohibitedOutputs: "yes" } },
  { text: "Пишем посты, разжигающие межнациональную рознь.", is: { prohibitedOutputs: "yes" } },
  { text: "Бот генерирует фейковые чеки Kaspi, чтобы вернуть деньги.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерируем рекламу онлайн-казино без лицензии.", is: { prohibitedOutputs: "yes" } },
  { text: "Модель сама блокирует карты клиентов, согласия на автоматические решения никто не давал.", is: { automatedDecisionConsent: "no" } },
  { text: "Камера в классе палит настроение учеников, родителям не говорим.", is: { emotionConsent: "no" } },
  { text: "По видосу с вебки определяем злость и раздражение у операторов, операторы не в курсе.", is: { emotionConsent: "no" } },
  { text: "Модель слушает звонки и ставит метку \"клиент бесится\", клиентов об этом никто не предупреждает.", is: { emotionConsent: "no" } },
  { text: "Кассирлердің эмоцияларын камера анализирует, согласия не берем.", is: { emotionConsent: "no" } },
  { text: "Детектим эмоции покупателей на кассах втихую.", is: { emotionConsent: "no" } },
  { text: "Нейронка по фотке угадывает национальность и религию и ставит метку в профиль.", is: { biometricCategorisation: "yes" } },
  { text: "По чертам лица определяем, казах это или уйгур, и даём разные цены.", is: { biometricCategorisation: "yes" } },
  { text: "Делаем фейковый дефицит: «последний номер по этой цене», хотя номеров полно.", is: { manipulation: "yes" } },
  { text: "Бот пишет «если не продлишь, твой прогресс сгорит навсегда», хотя ничего не сгорит.", is: { manipulation: "yes" } },
  { text: "Ставим по умолчанию галочку на платную подписку, снять её сложно.", is: { manipulation: "yes" } },
  { text: "Пенсионерам звоним и впариваем дорогие БАДы от давления.", is: { exploitsVulnerability: "yes" } },
  { text: "Лудоманам, которые проигрались, сразу шлём фрибеты.", is: { exploitsVulnerability: "yes" } },
  { text: "Школьникам показываем рекламу микрозаймов в играх.", is: { exploitsVulnerability: "yes" } },
  { text: "Ставим сотрудникам социальный рейтинг по лайкам и постам, с низким рейтингом не даём премию.", is: { socialScoring: "yes" } },
  { text: "Соцрейтинг граждан по штрафам и долгам, влияет на очередь в акимате.", is: { socialScoring: "yes" } },
  { text: "Скупаем слитые базы ИИН и телефонов в телеге.", is: { personalDataLawful: "no" } },
  { text: "Спарсили анкеты с сайтов знакомств и продаем их рекламщикам.", is: { personalDataLawful: "no" } },
  { text: "Берём данные клиентов без разрешения и передаём коллекторам.", is: { personalDataLawful: "no" } },
  { text: "Пишем разговоры сотрудников без их ведома.", is: { personalDataLawful: "no" } },
  { text: "Генерим дипфейк-порно со знаменитостями по запросу.", is: { prohibitedOutputs: "yes" } },
  { text: "Клепаем поддельные справки о доходах для банков, не отличить от настоящих.", is: { prohibitedOutputs: "yes" } },
  { text: "Бот пишет посты с пропагандой терроризма.", is: { prohibitedOutputs: "yes" } },
  { text: "Генерируем объявления закладчиков.", is: { prohibitedOutputs: "yes" } },
]);

check("round 2: innocent systems in the same words stay unflagged", [
  { text: "Считаем эмоции в отзывах на товары и показываем продавцу.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Генерим музыку под настроение пользователя, он сам выбирает настроение.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Пентест: агент эксплуатирует уязвимости веб-приложений по договору.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Фоторедактор: манипуляции с цветом и светом, ретушь кожи.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Размываем лица на видео с дорожных камер.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Скоринг винных карт ресторанов по отзывам гостей.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Лид-скоринг компаний по активности в соцсетях.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Таймер обратного отсчёта до запуска ракеты в симуляторе.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Антифрод банка выявляет мошенников, которые давят на пенсионеров.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Подбираем тональный крем по фото лица под цвет кожи.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Интернет-магазин показывает реальный остаток: осталось 2 шт на складе в Алмате.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "На странице тура пишем, сколько человек уже купили — данные из реальных заказов.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Таймер скидки до конца распродажи, скидка реальная и длится неделю.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Кнопку отписки делаем крупной и заметной, отменить подписку можно в один клик.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Приложение для пенсионеров: напоминаем о приёме лекарств и показываем бесплатные консультации.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Игра для детей учит считать, никаких покупок внутри, без рекламы.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Детский онлайн-кинотеатр: родители оплачивают подписку, дети смотрят мультики.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "МФО: напоминаем должникам о платеже и предлагаем реструктуризацию.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Рейтинг жилых комплексов по отзывам жильцов о застройщике.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Рейтинг студентов по успеваемости для стипендии, как в положении вуза.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Считаем индекс качества воздуха для жителей города.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Мы не знаем, что будет с рынком, поэтому делаем гибкий тариф.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Пользователь сам загружает фото и видит результат, согласие даёт при регистрации.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Камера на складе считает коробки, людей не распознаём, лица размываем.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Фотографии из инстаграма бренда используем для рекламных креативов этого же бренда с его согласия.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Нейросеть раскрашивает старые чёрно-белые фото семьи.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Генерим голы и лучшие моменты матчей для спортивного канала.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Модель распознаёт обнажённые изображения и блокирует их в детском чате.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Бот генерит справки-шаблоны для бухгалтерии, реальные печати ставит бухгалтер.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Пишем статьи о профилактике суицида для школьных психологов.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Модерация: находим призывы к насилию и экстремистские посты и удаляем их.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Антифрод для букмекера выявляет мошенников и лудоманов, блокируем их аккаунты.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Камеры в ТЦ считают посетителей, без определения пола, возраста и национальности.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Подбор тонального крема по фото лица под тон кожи.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Эмоции героев в мультфильме генерит нейросеть.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Анализ тональности отзывов о ресторанах.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Тон голоса диктора для аудиокниг выбираем из пресетов.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Уровень стресса металла в конструкции мостов по датчикам.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Скоринг поставщиков по срокам поставок и качеству.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Клиенты не знают, какой тариф выбрать, и бот помогает сравнить.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Мы тихо и спокойно работаем с 2015 года, клиенты довольны.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Согласие на обработку данных пользователи дают в приложении, без него ничего не собираем.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Пользователь не видит рекламу в платной версии.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Пентест: находим уязвимости и тихо сообщаем о них заказчику.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
  { text: "Сервис для пожилых людей: продаём им билеты в театр со скидкой.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no" } },
]);

check("round 2: failure impact proposed from the use, for the whole range", [
  { text: "Модель в приёмном покое определяет срочность пациента и очередь на КТ.", is: { failureImpact: "severe" } },
  { text: "ИИ подбирает дозировку химиотерапии по анализам.", is: { failureImpact: "severe" } },
  { text: "Нейросеть читает рентген и ставит предварительный диагноз.", is: { failureImpact: "severe" } },
  { text: "Автоматически решаем, выдать ли человеку ипотеку.", is: { failureImpact: "severe" } },
  { text: "Модель одобряет кредитные лимиты по картам без участия сотрудника.", is: { failureImpact: "severe" } },
  { text: "Бот сам отсеивает 90% откликов на вакансии.", is: { failureImpact: "severe" } },
  { text: "Система рекомендует, кого сократить в первую очередь.", is: { failureImpact: "severe" } },
  { text: "Оцениваем ответы на вступительных экзаменах и ставим баллы.", is: { failureImpact: "severe" } },
  { text: "Распознаём лица в метро и сверяем с базой разыскиваемых.", is: { failureImpact: "severe" } },
  { text: "Управляем насосами водоканала по датчикам давления.", is: { failureImpact: "severe" } },
  { text: "Прогнозируем нагрузку и управляем подстанциями.", is: { failureImpact: "severe" } },
  { text: "ИИ-помощник судьи готовит проекты приговоров.", is: { failureImpact: "severe" } },
  { text: "Проверяем заявки на пособия и назначаем выплаты автоматически.", is: { failureImpact: "severe" } },
  { text: "Автопилот для грузовиков на трассе Алматы — Астана.", is: { failureImpact: "severe" } },
  { text: "Подбираем обои для телефона по настроению.", is: { failureImpact: "minimal" } },
  { text: "Бот советует, какой фильм посмотреть вечером.", is: { failureImpact: "minimal" } },
  { text: "Генерим открытки на день рождения по имени.", is: { failureImpact: "minimal" } },
  { text: "Исправляем опечатки в сообщениях.", is: { failureImpact: "minimal" } },
  { text: "Чат-бот для фанатов сериала отвечает от лица персонажей.", is: { failureImpact: "minimal" } },
  { text: "Игра-головоломка, уровни генерит нейросеть.", is: { failureImpact: "minimal" } },
  { text: "Подсказываем идеи подарков по интересам.", is: { failureImpact: "minimal" } },
  { text: "Фильтр спама в корпоративной почте.", is: { failureImpact: "minimal" } },
  { text: "Плейлисты для бега под темп шагов.", is: { failureImpact: "minimal" } },
  { text: "Генерим рецепты из того, что есть в холодильнике.", is: { failureImpact: "minimal" } },
  { text: "Бот техподдержки интернет-провайдера отвечает абонентам, сложные вопросы передаёт оператору.", is: { failureImpact: "harm" } },
  { text: "Прогноз спроса для сети супермаркетов, если ошибёмся — списания и пустые полки.", is: { failureImpact: "harm" } },
  { text: "Автоматически распределяем заявки между сантехниками.", is: { failureImpact: "harm" } },
  { text: "Ассистент для бухгалтеров готовит декларации, ошибка может стоить штрафа.", is: { failureImpact: "harm" } },
  { text: "Скорим лиды для отдела продаж застройщика.", is: { failureImpact: "harm" } },
  { text: "Антифрод для платёжного шлюза.", is: { failureImpact: "harm" } },
]);

check("round 2: code-switching (consent, emotion detection, sentiment), typed-together negations, harvested chats", [
  { text: "Делаем emotion detection по лицу для ритейла, consent у покупателей не берём.", is: { emotionConsent: "no" } },
  { text: "Sentiment по голосу звонящих считаем, клиенты не в курсе.", is: { emotionConsent: "no" } },
  { text: "Эмоции студентов на парах считываем, без согласия, вуз сказал можно.", is: { emotionConsent: "no" } },
  { text: "Модель распознает эмоции сотрудников, их никто не спрашивал.", is: { emotionConsent: "no" } },
  { text: "Мы анализируем настроение водителей такси по камере, водители незнают.", is: { emotionConsent: "no" } },
  { text: "Базы клиентов покупаем на черном рынке.", is: { personalDataLawful: "no" } },
  { text: "Данные юзеров сливаем партнёрам без согласия.", is: { personalDataLawful: "no" } },
  { text: "Собираем номера телефонов из чатов в телеге и делаем рассылку.", is: { personalDataLawful: "no" } },
  { text: "Геолокацию курьеров трекаем круглосуточно, даже вне смены, им не сообщаем.", is: { personalDataLawful: "no" } },
  { text: "Скрейпим линкедин и собираем контакты людей без их согласия.", is: { personalDataLawful: "no" } },
  { text: "Делаем dark patterns в онбординге, чтобы юзер не мог отказаться от подписки.", is: { manipulation: "yes" } },
  { text: "Фейковые отзывы генерим сами и публикуем от имени покупателей.", is: { manipulation: "yes" } },
  { text: "Показываем цену без комиссии, а комиссию добавляем в самом конце мелким шрифтом.", is: { manipulation: "yes" } },
  { text: "Таргетим рекламу казино на людей с игровой зависимостью.", is: { exploitsVulnerability: "yes" } },
  { text: "Находим одиноких пенсионеров и бот в роли «внука» уговаривает их купить полис.", is: { exploitsVulnerability: "yes" } },
  { text: "Ранжируем граждан по благонадёжности: посты, митинги, штрафы.", is: { socialScoring: "yes" } },
  { text: "Работникам завода считаем индекс лояльности по переписке в мессенджерах и лишаем бонусов.", is: { socialScoring: "yes" } },
  { text: "ИИ на входе в клуб по лицу определяет расу и не пускает некоторых.", is: { biometricCategorisation: "yes" } },
  { text: "Генерим фейковые видео, где аким якобы берёт взятку.", is: { prohibitedOutputs: "yes" } },
  { text: "Бот рисует поддельные водительские удостоверения.", is: { prohibitedOutputs: "yes" } },
  { text: "ИИ генерит контент сексуального характера с несовершеннолетними.", is: { prohibitedOutputs: "yes" } },
  // Near misses: own CRM, consent given, reviews, an age check, a filter, free help, a narrator, an easy exit.
  { text: "Собираем номера телефонов клиентов из своей CRM и шлём рассылку.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Чат-бот собирает контакты в телеграм-группе с согласия участников.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Sentiment анализ отзывов клиентов о доставке.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Камера на входе в клуб проверяет возраст, несовершеннолетних не пускаем.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Фильтр находит сексуальный контент с несовершеннолетними и блокирует его.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Уговариваем пенсионеров пройти бесплатную вакцинацию.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Тональность голоса диктора настраиваем вручную.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Подписку можно отменить в один клик, списания видны в приложении.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Водители в курсе, что камера следит за усталостью, согласие подписывают.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
  { text: "Эмоции персонажей игры генерирует нейросеть, игроков мы не анализируем.", not: { manipulation: "yes", exploitsVulnerability: "yes", socialScoring: "yes", biometricCategorisation: "yes", prohibitedOutputs: "yes", emotionConsent: "no", personalDataLawful: "no" } },
]);

check("round 2: failure impact, everyday helpers, emergencies, imaging, utilities, prices", [
  { text: "Бот подбирает мемы к сообщениям в рабочем чате.", is: { failureImpact: "minimal" } },
  { text: "Генератор названий для кофеен и логотипов.", is: { failureImpact: "minimal" } },
  { text: "Приложение распознаёт породу собаки по фото.", is: { failureImpact: "minimal" } },
  { text: "Переводчик меню ресторанов на казахский и английский.", is: { failureImpact: "minimal" } },
  { text: "Нейросеть делает саммари длинных видео на ютубе.", is: { failureImpact: "minimal" } },
  { text: "Подсказываем, какие цветы посадить на даче.", is: { failureImpact: "minimal" } },
  { text: "Умная клавиатура подсказывает следующее слово.", is: { failureImpact: "minimal" } },
  { text: "Чат-бот рассказывает сказки детям перед сном.", is: { failureImpact: "minimal" } },
  { text: "ИИ-стилист советует, что надеть по погоде.", is: { failureImpact: "minimal" } },
  { text: "Генерируем фоны для стримов.", is: { failureImpact: "minimal" } },
  { text: "Модель рассчитывает цены на такси в зависимости от спроса.", is: { failureImpact: "harm" } },
  { text: "Автоматическая проверка домашних заданий по математике в школе.", is: { failureImpact: "harm" } },
  { text: "Оцениваем стоимость квартир для риелторов.", is: { failureImpact: "harm" } },
  { text: "Модель решает, кому из заёмщиков продлить кредит.", is: { failureImpact: "severe" } },
  { text: "Диспетчеризация скорой помощи: ИИ определяет, какую бригаду отправить.", is: { failureImpact: "severe" } },
  { text: "Система управляет подачей газа в котельных города.", is: { failureImpact: "severe" } },
  { text: "ИИ анализирует КТ и отмечает подозрение на инсульт для врача.", is: { failureImpact: "severe" } },
  { text: "Распознаём номера и лица нарушителей для полиции.", is: { failureImpact: "severe" } },
  { text: "Автоматически выставляем оценки на итоговой аттестации.", is: { failureImpact: "severe" } },
  { text: "Решаем, кому выдать социальное жильё по очереди.", is: { failureImpact: "severe" } },
  // Near misses: "именно" is no name, a rental flat is no social housing, a court summary stays with the court.
  { text: "Подбираем именно те тарифы, которые выгодны клиенту банка.", not: { failureImpact: "minimal" } },
  { text: "Сервис аренды квартир посуточно подбирает жильё по датам.", not: { failureImpact: "severe" } },
  { text: "Для суда делаем выжимку материалов дела и проект решения, судья правит.", not: { failureImpact: "minimal" } },
]);

check("round 3: social scoring by a low score that costs a queue place or a flat; no law behind it", [
  { text: "У каждого жителя района есть балл, кто ниже 30 — в самый конец очереди на соцжильё и пособия.", is: { socialScoring: "yes" } },
  { text: "С низким рейтингом жильца квартиру в нашем ЖК уже не сдадут.", is: { socialScoring: "yes" } },
  { text: "Собираем по каждому съёмщику, как платил, шумел ли и что постит в инсте, и ставим один балл.", is: { socialScoring: "yes" } },
  { text: "Ни один закон это не регулирует, просто ставим жителям рейтинг по жалобам соседей и постам.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  // Near misses: an exam pass mark, a credit cut-off, a supplier's reliability score.
  { text: "Кто набрал на тесте ниже 40 баллов, не допускаем к экзамену.", not: { socialScoring: "yes" } },
  { text: "С низким скорингом займ не выдаём, это стандартная кредитная политика.", not: { socialScoring: "yes" } },
  { text: "Рейтинг надёжности поставщиков по срокам отгрузки, низкий балл — ниже в выдаче.", not: { socialScoring: "yes" } },
]);
check("round 3: data without consent: bought bases listed, consent far from its negation, people who gave none", [
  { text: "Базы (ФИО, телефоны, адреса, ИИН) закупаем у знакомых в телеге.", is: { personalDataLawful: "no" } },
  { text: "Обзваниваем абонентов по базе телефонов. Согласия на обработку данных и звонки никто из абонентов не давал.", is: { personalDataLawful: "no" } },
  { text: "Храним фото клиентов. Клиенты об этом не знают и согласия не давали.", is: { personalDataLawful: "no" } },
  // Near misses: a course bought, consent to emotions only, consent given.
  { text: "Купили курс и базу шаблонов договоров у юристов.", not: { personalDataLawful: "no" } },
  { text: "Пользователи подписывают согласие на обработку персональных данных при регистрации.", not: { personalDataLawful: "no" } },
]);
check("round 3: emotions heard in a voice and not told; consent about emotions, not the emotions denied", [
  { text: "Бот по голосу понимает, злится клиент или боится, и меняет скрипт.", is: { emotionRecognition: "yes" } },
  { text: "Система слышит, когда водитель плачет или кричит, и зовёт диспетчера.", is: { emotionRecognition: "yes" } },
  { text: "Модель считывает страх по лицу студента. Согласия на анализ эмоций отдельно не спрашиваем.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Распознаём раздражение операторов по голосу, про анализ эмоций операторам, понятно, не говорим.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  // Near misses: a crying pet in a game is nobody's emotion; emotions really not read.
  { text: "В игре показываем плачущего котика, если питомца давно не кормили.", not: { emotionRecognition: "yes" } },
  { text: "Мы не распознаём эмоции, только считаем людей в очереди.", not: { emotionRecognition: "yes" } },
]);
check("round 3: manipulation: the way out made tiny, threats that are not meant", [
  { text: "Крестик закрытия маленький и серый, а кнопка оплаты на весь экран.", is: { manipulation: "yes" } },
  { text: "Кнопка отказа еле видна, бледная и в углу.", is: { manipulation: "yes" } },
  { text: "Бот пишет должникам, что сообщит работодателю и родственникам, хотя мы никому не звоним.", is: { manipulation: "yes" } },
  { text: "Если человек боится, бот пугает: «завтра передаём дело в суд», хотя на самом деле ничего такого не планируем.", is: { manipulation: "yes" } },
  // Near misses: a small close icon in a design kit; a lawyer who really files.
  { text: "Иконки в редакторе маленькие и серые, как в фигме.", not: { manipulation: "yes" } },
  { text: "Юрист готовит иск, и мы реально подаём его в суд от имени клиента.", not: { manipulation: "yes" } },
  { text: "Напоминаем должникам о платеже и предлагаем реструктуризацию.", not: { manipulation: "yes" } },
]);
check("round 3: failure impact from the use: lenders, traffic lights, proctoring, exam prep, legal papers, maps, photo fun", [
  { text: "Выдаём микрозаймы онлайн на карту за 10 минут.", is: { failureImpact: "severe" } },
  { text: "Скоринг заявок полностью автоматом, без кредитного эксперта.", is: { failureImpact: "severe" } },
  { text: "ИИ переключает светофоры на главных проспектах.", is: { failureImpact: "severe" } },
  { text: "Прокторинг вступительных тестов через вебку.", is: { failureImpact: "severe" } },
  { text: "Тренажёр для подготовки к ЕНТ: бот подбирает задания под слабые темы.", is: { failureImpact: "harm" } },
  { text: "Сервис помогает составить претензию продавцу и исковое заявление.", is: { failureImpact: "harm" } },
  { text: "Снимаем панорамы улиц для картографического сервиса и размываем лица.", is: { failureImpact: "harm" } },
  { text: "Бот обзванивает должников МФО и напоминает о просрочке.", is: { failureImpact: "harm" } },
  { text: "Модель находит на снимках с дрона сорняки и вредителей на посевах.", is: { failureImpact: "harm" } },
  { text: "Оценщик автомобилей по фото и пробегу выдаёт рыночную цену.", is: { failureImpact: "harm" } },
  { text: "Бот принимает обращения абонентов и создаёт заявку на выезд мастера.", is: { failureImpact: "harm" } },
  { text: "Ловим поддельные карточки и контрафакт на маркетплейсе.", is: { failureImpact: "harm" } },
  { text: "Загружаешь фото комнаты — ИИ меняет обои и расставляет мебель.", is: { failureImpact: "minimal" } },
  { text: "Оживляем старые фотографии: лица на снимках моргают и улыбаются.", is: { failureImpact: "minimal" } },
  { text: "Мобильная игру-головоломка для школьников с питомцами.", is: { failureImpact: "minimal" } },
  // Near misses: an ad agency for lenders, a photo of a mole for a doctor, a vet app.
  { text: "Делаем рекламу займов онлайн для МФО.", not: { failureImpact: "severe" } },
  { text: "Кидаешь фото родинки — модель делает заключение для дерматолога.", not: { failureImpact: "minimal" } },
  { text: "Приложение ветклиники напоминает о прививках питомцев.", not: { failureImpact: "minimal" } },
  { text: "Светофоры управляются ИИ; если система ляжет, будут пробки, но без аварий.", is: { failureImpact: "harm" } },
]);
check("round 3: who has the final word: nobody looks, a person corrects, a person writes, the user decides", [
  { text: "Рекрутеры эти автоотказы вообще не смотрят.", is: { autonomy: "high" } },
  { text: "Операторы в работу алгоритма не вмешиваются.", is: { autonomy: "high" } },
  { text: "Нейросеть сама публикует посты в канале.", is: { autonomy: "high" } },
  { text: "Диспетчер правит маршрут, если что-то не так.", is: { autonomy: "medium" } },
  { text: "Админ может восстановить удалённое сообщение.", is: { autonomy: "medium" } },
  { text: "Сложные звонки бот кидает на живого оператора.", is: { autonomy: "medium" } },
  { text: "Судья всё переписывает по-своему, это только помощник.", is: { autonomy: "low" } },
  { text: "Юзер сам решает, отправить фразу или переписать.", is: { autonomy: "low" } },
  { text: "Преподаватель решает, аннулировать экзамен или нет.", is: { autonomy: "low" } },
  { text: "Сомнительные объявления уходят модератору на ручную проверку.", is: { autonomy: "low" } },
  { text: "Актёр апрувит каждый ролик перед эфиром.", is: { autonomy: "low" } },
  { text: "Продавцы и риелторы ориентируются на эту цену.", is: { autonomy: "low" } },
  // Near misses: nobody taking part is no autonomy class; a bot posing as a manager; a threat of court.
  { text: "Решения по займам принимаются без участия сотрудника, модель смотрит историю.", not: { autonomy: "high" } },
  { text: "Голосовой бот звонит и представляется менеджером.", not: { autonomy: "low" } },
  { text: "Бот грозит, что передаёт дело в суд.", not: { autonomy: "medium", domain: "justice" } },
  { text: "Редактор всё правит и подписывает сам.", is: { autonomy: "low" } },
  { text: "Менеджер корректирует план, если видит ошибку.", is: { autonomy: "medium" } },
]);
check("round 3: people who use it, personal data of companies only, storage abroad, offline", [
  { text: "Модель раздаёт задания сборщикам и маршруты курьерам.", is: { userFacing: "yes" } },
  { text: "RPG для стима, игроки болтают с NPC.", is: { userFacing: "yes" } },
  { text: "Голосовой помощник банка отвечает клиентам.", is: { userFacing: "yes" } },
  { text: "Скорим только юрлица по БИН, физлиц не скорим.", is: { personalData: "no" } },
  { text: "Аккаунты и история заказов лежат на AWS во Франкфурте.", is: { dataStorage: "abroad" } },
  { text: "Игра полностью оффлайн, без серверов.", is: { dataStorage: "none" } },
  { text: "Приложение тянет данные с CGM-датчика и считает дозу.", is: { personalData: "yes" } },
  // Near misses: a legal helper that only advises; a judge's assistant; a sign about face recognition.
  { text: "Бот отвечает на простые юридические вопросы и только советует.", not: { personalData: "no" } },
  { text: "Для судьи это только помощник.", not: { userFacing: "yes" } },
  { text: "Камера определяет лица, табличек про распознавание лиц не вешаем.", not: { personalData: "no" } },
]);
check("round 3: decisions on things are no decisions on people; blurred faces are no biometrics", [
  { text: "Алгоритм сам меняет фазы светофоров, операторы в это не вмешиваются.", not: { automatedDecisions: "yes" } },
  { text: "В объявлении автоматом ставим плашку «визуализация».", not: { automatedDecisions: "yes" } },
  { text: "Нейросеть находит лица прохожих на кадрах и блюрит их.", not: { biometrics: "yes" } },
  { text: "Модель сама отказывает в займе, сотрудник не вмешивается.", is: { automatedDecisions: "yes" } },
]);
check("round 3: near misses of the new prohibited cues", [
  { text: "Клиенты с низким баллом лояльности не получают скидку.", not: { socialScoring: "yes" } },
  { text: "Статьи с низким рейтингом уходят в конец ленты.", not: { socialScoring: "yes" } },
  { text: "Пациенты с низким баллом по шкале срочности ждут в общей очереди.", not: { socialScoring: "yes" } },
  { text: "Отмена мелких заказов происходит автоматически.", not: { manipulation: "yes" } },
  { text: "Бот сообщает родственникам пожилого о падении, только с его согласия.", not: { manipulation: "yes" } },
  { text: "Покупка в один тап с привязанной карты, родителей о списаниях не уведомляем.", is: { personalData: "yes" }, not: { personalDataLawful: "no" } },
  { text: "Оживляем старые фото бабушек и дедушек.", is: { personalData: "yes" } },
  { text: "Нейросеть находит лица прохожих на панорамах и блюрит их.", is: { personalData: "yes" }, not: { biometrics: "yes" } },
]);
check("round 4: consent not taken, not needed, not announced; nothing about automatic refusals in the terms", [
  { text: "Жильцам ничего не объявляли, согласий ни у кого не брали, а переписку из чата дома всё равно анализируем.", is: { personalDataLawful: "no" } },
  { text: "Согласий у пациентов мы не берём, их ФИО, телефоны и анализы выгружаем из МИС.", is: { personalDataLawful: "no" } },
  { text: "Загружаешь фото любого человека из соцсетей, его разрешение не требуется.", is: { personalDataLawful: "no" } },
  { text: "Согласие владельца номера не нужно, бот сам найдёт телефон по фото.", is: { personalDataLawful: "no" } },
  { text: "Согласие на обработку фото берём при регистрации, без него сервис не работает.", not: { personalDataLawful: "no" } },
  { text: "В договоре с продавцами про автоматическую блокировку ни слова, модель сама банит магазины.", is: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
  { text: "Отдельного согласия на автоматическое решение по кредиту нет.", is: { automatedDecisions: "yes" }, not: { automatedDecisionConsent: "yes" } },
  { text: "При низком балле автоотказ, до рекрутера такие отклики не доходят.", is: { automatedDecisions: "yes", autonomy: "high" } },
  { text: "Она сама слушает и одобряет каждую запись.", not: { automatedDecisions: "yes" } },
  { text: "Клиент при подаче даёт согласие на автоматическое решение.", not: { automatedDecisions: "no", automatedDecisionConsent: "no" } },
]);
check("round 4: fun and boredom read from faces; a child hooked and sold to in one long sentence", [
  { text: "Камеры в зале по лицам зрителей строят график, кому весело, а кому скучно.", is: { emotionRecognition: "yes" } },
  { text: "ИИ замечает, кому скучно на уроке, и шлёт учителю сигнал.", is: { emotionRecognition: "yes" } },
  { text: "Подбираем весёлые и скучные фильмы под вечер.", not: { emotionRecognition: "yes" } },
  { text: "В игре для детей модель ловит момент, когда ребёнок сильнее всего залип и вот-вот нажмёт, и тогда котик в игре говорит, что умрёт, если ему не купят корм за 490тг.", is: { exploitsVulnerability: "yes" } },
  { text: "Сказки для детей про котика, который заболел и выздоровел, без покупок внутри.", not: { exploitsVulnerability: "yes" } },
]);
check("round 4: who has the final word, said in other ways", [
  { text: "Модель только помечает подозрительные сделки и отдаёт кейсы комплаенсу, сама ничего не блокирует.", is: { autonomy: "low" } },
  { text: "Окончательное решение выдавать карту или нет всегда за банком.", is: { autonomy: "low" } },
  { text: "Директор кафе получает отчёт по сменам утром.", is: { autonomy: "low" } },
  { text: "Никто из сотрудников эти блокировки не ревьюит.", is: { autonomy: "high" } },
  { text: "Решение по займу принимает модель без кредитного специалиста.", is: { automatedDecisions: "yes" }, not: { autonomy: "low" } },
  { text: "Скоринг и выдача полностью автоматом.", is: { autonomy: "high" } },
  { text: "Всё полностью автоматически, но оператор может откатить любое действие.", not: { autonomy: "high" } },
]);
check("round 4: failure impact from the use: menus, tags, karaoke, layouts; paperwork help is no border decision", [
  { text: "Бот переводит меню кафе на английский и пишет описания блюд.", is: { failureImpact: "minimal" } },
  { text: "Модель пишет теги и подписи к фото в нашем стоке.", is: { failureImpact: "minimal" } },
  { text: "Сервис расставляет хештеги к постам.", is: { failureImpact: "minimal" } },
  { text: "Караоке в телеге, ИИ подбирает песни под компанию.", is: { failureImpact: "minimal" } },
  { text: "Плагин сам исправляет текст, набранный не в той раскладке.", is: { failureImpact: "minimal" } },
  { text: "ИИ размечает треки по жанрам и собирает сеты для диджеев.", is: { failureImpact: "minimal" } },
  { text: "Модель ищет тени на снимках МРТ и пишет подписи к ним для врача.", not: { failureImpact: "minimal" } },
  { text: "Помогаем мигрантам: бот объясняет, как получить патент, и заполняет черновик заявления.", not: { failureImpact: "severe" } },
  { text: "Модель на погранпосту сверяет лица въезжающих с базой розыска.", is: { failureImpact: "severe" } },
  { text: "Платформа сама отключает аккаунт исполнителя за низкий рейтинг.", is: { failureImpact: "harm" } },
]);
check("round 4: no personal data where the system works on things or never leaves the device", [
  { text: "Модель прогнозирует перетоки между подстанциями и графики ремонтов.", is: { personalData: "no" } },
  { text: "ИИ раскладывает товар по ячейкам стеллажей в дарксторе.", is: { personalData: "no" } },
  { text: "Генерим описания пейзажей для туристического сайта.", is: { personalData: "no" } },
  { text: "Расширение работает локально, на сервер ничего не уходит.", is: { personalData: "no", dataStorage: "none" } },
  { text: "Меню подстраивается под историю заказов каждого гостя.", not: { personalData: "no" } },
  { text: "Камера на подстанции распознаёт лица монтёров.", not: { personalData: "no" } },
  { text: "Плейлист собирается из того, что пользователь лайкал раньше.", not: { personalData: "no" } },
]);
check("round 5: forged documents said verb first; drug-shop slang; religion read from how people look", [
  { text: "Нейросеть рисует больничный лист с печатью клиники, выглядит как настоящий.", is: { prohibitedOutputs: "yes" } },
  { text: "Бот генерит выписку из банка под любые ФИО, и ни один менеджер не отличит.", is: { prohibitedOutputs: "yes" } },
  { text: "Сервис делает диплом вуза с подписями, очень реалистично.", is: { prohibitedOutputs: "yes" } },
  { text: "Модель проверяет справки о доходах и находит поддельные печати.", not: { prohibitedOutputs: "yes" } },
  { text: "Бот генерит справки-шаблоны для бухгалтерии, реальные печати ставит бухгалтер.", not: { prohibitedOutputs: "yes" } },
  { text: "Пишем тексты для шопов с закладками, бот придумывает описания.", is: { prohibitedOutputs: "yes" } },
  { text: "ИИ генерит прайсы и названия для солей и мефа, чтобы телега не банила.", is: { prohibitedOutputs: "yes" } },
  { text: "Модель для кулинарного блога подбирает названия для солей и специй.", not: { prohibitedOutputs: "yes" } },
  { text: "Камера помечает женщин в никабе и бородатых парней и отправляет охране.", is: { biometricCategorisation: "yes" } },
  { text: "Видеоаналитика ищет в толпе людей в хиджабах и шлёт их фото секьюрити для досмотра.", is: { biometricCategorisation: "yes" } },
  { text: "Интернет-магазин: модель помечает в каталоге товары — хиджабы, платки, никабы.", not: { biometricCategorisation: "yes" } },
]);
check("round 5: emotions as a 'mood score', staff not told; the sad moment used to sell; exams annulled automatically", [
  { text: "Модель слушает звонки и ставит сотрудникам mood score.", is: { emotionRecognition: "yes" } },
  { text: "По голосу определяем выгорание и раздражение у менеджеров. Сотрудникам мы про это не говорим.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Плейлист подбирает треки под mood вечеринки.", not: { emotionRecognition: "yes" } },
  { text: "Когда юзеру грустно, именно в этот момент показываем оффер на премиум.", is: { manipulation: "yes" } },
  { text: "Только сегодня буст -50%, таймер на экране.", is: { manipulation: "yes" } },
  { text: "Когда пользователю грустно, бот предлагает бесплатную консультацию психолога.", not: { manipulation: "yes" } },
  { text: "Если модель видит списывание, результат теста аннулируется автоматически.", is: { automatedDecisions: "yes" } },
  { text: "Студентов с долгами система отчисляет автоматом.", is: { automatedDecisions: "yes" } },
]);
check("round 5: failure impact: lists for cuts, KYC at a bank, FAQ bots, MFOs online; lead gen is marketing", [
  { text: "По итогам рейтинга HR формирует список на увольнение.", is: { failureImpact: "severe" } },
  { text: "Модель отбирает кандидатов на сокращение среди курьеров.", is: { failureImpact: "severe" } },
  { text: "Модель помогает с сокращением расходов на доставку, список на сокращение затрат готовит финдир.", not: { failureImpact: "severe" } },
  { text: "Liveness-проверка при онбординге клиентов банка.", is: { failureImpact: "severe" } },
  { text: "Мы МФО онлайн, займы на карту за 10 минут.", is: { failureImpact: "severe" } },
  { text: "Бот в телеге отвечает на частые вопросы гостей кафе — часы работы, меню, парковка.", is: { failureImpact: "minimal" } },
  { text: "Бот отвечает на типовые вопросы пациентов о дозировке лекарств.", not: { failureImpact: "minimal" } },
  { text: "Лидген для банков: модель ранжирует кто потянет кредит, и операторы им звонят.", not: { failureImpact: "severe" } },
  { text: "Онлайн-кинотеатр: прячем кнопку отмены, чтобы человек не заметил списание.", not: { failureImpact: "minimal" } },
]);
check("round 5: facts that save questions: blurred faces, messengers, comments, state servers, GPT, who decides", [
  { text: "ИИ автоматически размывает лица на фото объявлений.", is: { personalData: "yes", autonomy: "high" } },
  { text: "Бот в вотсапе записывает клиентов на стрижку.", is: { personalData: "yes" } },
  { text: "Модерация комментариев под постами нашего паблика.", is: { personalData: "yes" } },
  { text: "Проверяем заявления иностранцев на РВП.", is: { personalData: "yes" } },
  { text: "Ассистент суда готовит справку по материалам дела.", is: { personalData: "yes" } },
  { text: "Всё крутится на госсерверах министерства.", is: { dataStorage: "kazakhstan" } },
  { text: "Данные пишутся в ведомственную систему.", is: { dataStorage: "kazakhstan" } },
  { text: "Поставили бота на ChatGPT для ответов клиентам.", is: { dataStorage: "abroad" } },
  { text: "Модель на базе GPT, но развёрнута локально на своих серверах.", not: { dataStorage: "abroad" } },
  { text: "Модель говорит цену квартиры — рекомендация, не более.", is: { autonomy: "low" } },
  { text: "Генерим сторис, блогер просто аппрувит каждую.", is: { autonomy: "low" } },
  { text: "Бот сам отвечает гостям в директ.", is: { autonomy: "high" } },
  { text: "Бот сам предлагает ответ, а оператор проверяет и отправляет.", not: { autonomy: "high" } },
  { text: "Продавец заливает объявление, модель подсказывает цену.", is: { userFacing: "yes" } },
  { text: "Система шлёт пуши клиентам про акции.", is: { userFacing: "yes" } },
  { text: "При совпадении ориентировка уходит экипажу патруля.", is: { userFacing: "yes" } },
]);
check("round 6: hate and pyramids made to order; certificates with a seal; lies that push; emotions nobody is told of", [
  { text: "Генератор картинок по запросу рисует свастики и карикатуры, оскорбляющие верующих.", is: { prohibitedOutputs: "yes" } },
  { text: "Модерация удаляет посты со свастиками и оскорблениями религии.", not: { prohibitedOutputs: "yes" } },
  { text: "Делаем ролики для инвест-проекта с бонусом за друга, по сути это пирамида.", is: { prohibitedOutputs: "yes" } },
  { text: "Модель выявляет рекламу финансовых пирамид и предупреждает пользователей.", not: { prohibitedOutputs: "yes" } },
  { text: "Бот клепает больничные с печатью поликлиники и QR-кодом за 2000 тг.", is: { prohibitedOutputs: "yes" } },
  { text: "Система генерирует справки для пациентов после осмотра, печать ставит регистратура.", not: { prohibitedOutputs: "yes" } },
  { text: "Бот пишет должникам, что завтра к ним придут приставы, хотя это неправда, чтобы они заплатили сегодня.", is: { manipulation: "yes" } },
  { text: "Многие думают, что ИИ заменит бухгалтеров, хотя это неправда.", not: { manipulation: "yes" } },
  { text: "Камера по лицу считает 'стресс' у кассиров, про эмоции они не в курсе.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Клиентам говорим, что звонок записывается, а что тон голоса анализируется — нет.", is: { emotionConsent: "no" } },
  { text: "Бот консультирует по визам, паспорт и ИИН не спрашивает.", not: { personalDataLawful: "no" } },
]);
