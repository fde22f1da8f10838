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
