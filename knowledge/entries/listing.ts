import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 19–20: the voluntary trusted lists, the audit they need, and the reported listing procedure. */
export const LISTING_ENTRIES: KnowledgeEntry[] = [
  {
    id: "listing.trusted_lists",
    topic: "trusted_list",
    title: { kk: "Қауіп-қатер дәрежесі жоғары ЖИ сенімді жүйелерінің тізбелері", ru: "Перечни доверенных систем ИИ высокой степени риска", en: "Trusted lists of high-risk AI systems" },
    text: {
      kk: "Салалық мемлекеттік органдар сенімді арттыру және үздік тәжірибені тарату үшін қауіп-қатер дәрежесі жоғары жасанды интеллектінің (ЖИ) сенімді жүйелерінің тізбелерін қалыптастырады және оларды өз интернет-ресурстарында уәкілетті орган айқындаған тәртіппен үнемі жариялайды. Тізбеге кіру ерікті: заң қауіп-қатер дәрежесі жоғары жүйені пайдалану үшін тізбеде болуды талап етпейді. Тізбеге үміткер меншік иесі немесе иегер алдымен аудит жүргізеді.",
      ru: "Отраслевые госорганы формируют перечни доверенных систем ИИ высокой степени риска, чтобы укреплять доверие и распространять лучшие практики, и постоянно публикуют их на своих интернет-ресурсах в порядке, который определяет уполномоченный орган. Включение добровольное: закон не требует быть в перечне, чтобы эксплуатировать высокорисковую систему. Собственник или владелец, претендующий на включение, сначала проводит аудит.",
      en: "Sectoral state bodies compile trusted lists of high-risk AI systems to build trust and spread best practice, and publish them on their websites on an ongoing basis under a procedure set by the authorized body. Joining is voluntary: the law does not require a high-risk system to be listed in order to operate. An owner or possessor seeking a place on a list first has an audit carried out.",
    },
    citations: [cite("ai-law", "19", "1"), cite("ai-law", "19", "2")],
    confidence: "primary",
    keywords: {
      kk: ["сенімді жүйелер", "тізбе", "тізім", "каталог", "реестр", "тізбеге кіру", "ерікті"],
      ru: ["доверенные системы", "перечень", "список", "каталог", "реестр", "попасть в список", "добровольно"],
      en: ["trusted list", "trusted systems", "list", "catalogue", "registry", "get listed", "voluntary"],
    },
  },
  {
    id: "listing.rules",
    topic: "trusted_list",
    title: { kk: "Тізбеге енгізу қағидалары және өтінім құжаттары", ru: "Правила включения в перечень и пакет документов", en: "Listing rules and the application package" },
    text: {
      kk: "Хабарланғандай, сенімді жүйелер тізбелерін қалыптастыру мен жариялау қағидаларын Премьер-Министрдің орынбасары – Жасанды интеллект және цифрлық даму министрінің 2026 жылғы 10 сәуірдегі бұйрығы бекіткен, олар 2026 жылғы 26 сәуірде күшіне енген; бұйрықтың нөмірі мен ресми мәтінін біз көрген жоқпыз. Хабарламалар бойынша меншік иесі немесе иегер салалық органға мыналарды береді: өтінім; авторлық құқық объектілеріне құқықтардың мемлекеттік тізіліміне енгізу туралы куәлік немесе авторлық шарт; аудит есебі.",
      ru: "По сообщениям, правила формирования и публикации перечней доверенных систем утверждены приказом вице-премьера – министра искусственного интеллекта и цифрового развития от 10 апреля 2026 года и действуют с 26 апреля 2026 года; номер и официальный текст приказа мы не видели. Согласно сообщениям, собственник или владелец подаёт в отраслевой орган: заявление; свидетельство о внесении в госреестр прав на объекты авторского права или авторский договор; отчёт об аудите.",
      en: "As reported, the rules for forming and publishing the trusted lists were approved by an order of the Deputy Prime Minister and Minister of AI and Digital Development dated 10 April 2026, in force from 26 April 2026; we have not seen the order's number or official text. According to the reports, the owner or possessor files with the sectoral body: an application; a certificate of entry in the state register of copyright, or a copyright agreement; and the audit report.",
    },
    citations: [cite("trusted-list-rules"), cite("ai-law", "19", "1")],
    confidence: "secondary",
    keywords: {
      kk: ["өтінім", "құжаттар", "тапсыру", "пакет", "қалай кіруге болады", "тізбеге енгізу", "авторлық куәлік", "қағидалар"],
      ru: ["заявка", "заявление", "пакет документов", "как попасть", "включение в перечень", "свидетельство", "правила"],
      en: ["application", "apply", "documents", "package", "how to get listed", "copyright certificate", "rules", "procedure"],
    },
  },
  {
    id: "listing.deadlines",
    topic: "trusted_list",
    title: { kk: "Сенімді жүйелер тізбесіне енгізу мерзімдері: 10, 5 және 5 жұмыс күні", ru: "Сроки включения в перечень доверенных: 10, 5 и 5 рабочих дней", en: "Trusted-list deadlines: 10, 5 and 5 working days" },
    text: {
      kk: "Хабарланғандай (қағидалардың ресми мәтіні көрілген жоқ): салалық орган өтінімнің толықтығы мен сәйкестігін 10 жұмыс күні ішінде тексереді; сәтті болса, жүйе туралы мәліметтер 5 жұмыс күні ішінде жарияланады; кемшілік табылса, өтініш берушіге хабарланады, ол құжаттарды қайта бере алады, ал қайта қарау 5 жұмыс күніне дейін созылады. 10 және қайта қарау мерзімдері бір ғана хабарламадан алынған. Аудиттің өзі бұл мерзімдерге кірмейді.",
      ru: "По сообщениям (официальный текст правил мы не видели): отраслевой орган проверяет полноту и соответствие заявки за 10 рабочих дней; при положительном результате сведения о системе публикуются в течение 5 рабочих дней; при недостатках заявителя уведомляют, он может подать документы повторно, и повторное рассмотрение занимает до 5 рабочих дней. Сроки 10 дней и повторного рассмотрения известны лишь из одного источника. Сам аудит в эти сроки не входит.",
      en: "As reported (we have not seen the rules' official text): the sectoral body checks the application for completeness and conformity within 10 working days; if it passes, the system's details are published within 5 working days; if there are defects, the applicant is told, may resubmit, and the re-review takes up to 5 working days. The 10-day and re-review figures come from a single report. The audit itself is not part of these deadlines.",
    },
    citations: [cite("trusted-list-rules")],
    confidence: "secondary",
    keywords: {
      kk: ["мерзім", "қанша уақыт", "жұмыс күні", "қарау", "жариялау", "қайта беру", "он күн", "бес күн"],
      ru: ["сроки", "сколько времени", "сколько ждать", "рабочих дней", "рассмотрение", "публикация", "повторная подача", "десять дней"],
      en: ["deadline", "how long", "timeline", "working days", "review", "publication", "resubmit", "ten days", "wait"],
    },
  },
  {
    id: "audit.overview",
    topic: "audit",
    title: { kk: "ЖИ жүйелерінің аудиті не тексереді", ru: "Что проверяет аудит систем ИИ", en: "What an AI-system audit checks" },
    text: {
      kk: "Жасанды интеллект (ЖИ) жүйелерінің аудиті ақпараттық жүйелер аудитін жүргізу қағидаларына сәйкес жүргізіледі: бұл 2018 жылғы 13 маусымдағы № 263 бұйрық, оған 2026 жылғы 26 ақпандағы № 102/НҚ бұйрығымен өзгерістер енгізілген. Жаңа 13-1-тармақ бойынша ЖИ аудиті қосымша екі нәрсені бағалайды: модельдерді оқып-үйрену үшін қолданылатын дерекнамалардың сапасы мен пайдаланудың заңдылығы, және тыйым салынған функционалдық мүмкіндіктердің бар-жоғы. Біз бұйрықты тек үзінді арқылы көрдік. Цифрлық кодекс болашақта цифрлық объектілердің сапа аудитін енгізеді; оның ЖИ заңындағы аудитке қалай әсер ететіні әзірге белгісіз.",
      ru: "Аудит систем ИИ проводится по правилам проведения аудита информационных систем – приказ № 263 от 13 июня 2018 года с изменениями приказа № 102/НҚ от 26 февраля 2026 года. По новому пункту 13-1 аудит ИИ дополнительно оценивает качество и законность использования библиотек данных для обучения и наличие запрещённых функциональных возможностей. Приказ мы видели только в выдержке. Цифровой кодекс вводит аудит качества цифровых объектов; как он скажется на аудите по закону об ИИ, пока неизвестно.",
      en: "AI-system audits follow the rules for auditing information systems: Order No. 263 of 13 June 2018, as amended by Order No. 102/НҚ of 26 February 2026. Under its new item 13-1, an AI audit additionally assesses the quality and lawful use of the data libraries used for training, and whether prohibited capabilities are present. We have seen the order only through an excerpt. The Digital Code brings in a quality audit of digital objects; how it will affect the AI-law audit is not yet known.",
    },
    citations: [cite("ai-law", "20", "1"), cite("ai-law", "20", "2"), cite("order-263", "13-1"), cite("digital-code", "100", "4")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["аудит", "тексеру", "не тексеріледі", "263 бұйрық", "дерекнама сапасы", "аудитор"],
      ru: ["аудит", "проверка", "что проверяют", "приказ 263", "качество данных", "аудитор", "102/НҚ"],
      en: ["audit", "inspection", "what is checked", "order 263", "data quality", "auditor", "assessment"],
    },
  },
  {
    id: "audit.auditor",
    topic: "audit",
    title: { kk: "Аудитті кім жүргізе алады", ru: "Кто может проводить аудит", en: "Who can carry out the audit" },
    text: {
      kk: "Біз көрген мәтіндерде жасанды интеллект (ЖИ) жүйелері аудиторларын аккредиттеу немесе лицензиялау талабы жоқ. Біз көрген өзгерістер мемлекеттік заңды тұлғалар аудиторды мемлекеттік сатып алу туралы заң бойынша таңдайтынын ғана айтады. Аудит \"аккредиттелген органдар\" арқылы ғана жүргізіледі немесе олардың саны шектеулі деген жаңалықтарды растай алмадық. Аудитордың біліктілігі мен есеп нысанын уәкілетті органнан немесе заңгерден нақтылаңыз.",
      ru: "В текстах, которые мы видели, нет требования аккредитации или лицензии для аудиторов ИИ. Изменения, которые мы видели, говорят лишь о том, что государственные юрлица выбирают аудитора по закону о госзакупках. Сообщения СМИ, что аудит проводят только «аккредитованные органы» или что их число ограничено, мы подтвердить не смогли. Требования к квалификации аудитора и форме отчёта уточните у уполномоченного органа или юриста.",
      en: "The texts we have seen set no accreditation or licence requirement for AI auditors. The amendments we saw only say that state legal entities choose their auditor under the public procurement law. We could not confirm news claims that audits are done only by \"accredited bodies\" or that there are few of them. Check auditor qualifications and the report format with the authorized body or a lawyer.",
    },
    citations: [cite("order-263", "11"), cite("ai-law", "20", "1")],
    confidence: "primary-mirror",
    keywords: {
      kk: ["аудитор", "аккредиттеу", "кім тексереді", "аудиторлық компания", "сертификат"],
      ru: ["аудитор", "аккредитация", "кто проводит аудит", "аудиторская компания", "аккредитованные", "сертификат"],
      en: ["auditor", "accreditation", "accredited", "who audits", "audit firm", "certification body"],
    },
  },
];
