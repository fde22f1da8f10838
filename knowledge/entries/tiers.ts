import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 17(1): the three risk degrees and who assigns them. Ids `tier.<RiskTier>` are read by the assessment renderer. */
export const TIER_ENTRIES: KnowledgeEntry[] = [
  {
    id: "tier.minimal",
    topic: "tiers",
    title: { kk: "Қауіп-қатер дәрежесі ең төмен жүйелер", ru: "Системы минимальной степени риска", en: "Minimal-risk systems" },
    text: {
      kk: "Егер жүйенің істен шығуы немесе тоқтауы оның пайдаланушыларына тек болмашы әсер етсе, ол қауіп-қатер дәрежесі ең төмен жүйеге жатады. Мұндай жүйелерге де жалпы міндеттер қолданылады: қауіп-қатерлерді басқару, қауіпсіздік, құжаттама, пайдаланушыларды хабардар ету және тыйым салынған мүмкіндіктердің болмауы.",
      ru: "Система минимальной степени риска – та, сбой или остановка которой почти не скажется на её пользователях. Общие обязанности действуют и для неё: управление рисками, безопасность, документация, информирование пользователей и отсутствие запрещённых функций.",
      en: "A minimal-risk system is one whose failure or shutdown would barely affect its users. The general duties still apply to it: risk management, security, documentation, telling users about AI, and having none of the prohibited capabilities.",
    },
    citations: [cite("ai-law", "17", "1", "1"), cite("ai-law", "15", "2"), cite("ai-law", "21", "1"), cite("ai-law", "17", "3")],
    confidence: "primary",
    keywords: {
      kk: ["төмен қауіп", "ең төмен", "қарапайым", "маңызды емес", "санат", "класс"],
      ru: ["минимальный риск", "низкий риск", "безобидный", "категория", "класс риска"],
      en: ["minimal risk", "low risk", "harmless", "category", "risk class", "risk level"],
    },
  },
  {
    id: "tier.medium",
    topic: "tiers",
    title: { kk: "Қауіп-қатер дәрежесі орташа жүйелер", ru: "Системы средней степени риска", en: "Medium-risk systems" },
    text: {
      kk: "Егер жүйенің істен шығуы немесе тоқтауы пайдаланушылар жұмысының тиімділігін төмендетіп, моральдық зиян немесе материалдық залал келтіруі мүмкін болса, ол қауіп-қатер дәрежесі орташа жүйеге жатады. Сервистің осы дәрежеге жататыны оның түріне емес, істен шығуы неге әкелетініне байланысты. Орташа дәрежеге бөлек аудит немесе тіркеу талап етілмейді.",
      ru: "Система средней степени риска – та, сбой или остановка которой может снизить эффективность работы пользователей и причинить моральный вред или материальный ущерб. Попадёт ли сервис сюда, зависит не от его вида, а от того, к чему приведёт его сбой. Отдельного аудита или регистрации для средней степени закон не требует.",
      en: "A medium-risk system is one whose failure or shutdown could make its users' work less effective and cause moral harm or material damage. Whether a service lands here depends on what its failure would do, not on what kind of service it is. The law asks for no separate audit or registration at this level.",
    },
    citations: [cite("ai-law", "17", "1", "2")],
    confidence: "primary",
    keywords: {
      kk: ["орташа қауіп", "материалдық залал", "моральдық зиян", "санат"],
      ru: ["средний риск", "материальный ущерб", "моральный вред", "категория"],
      en: ["medium risk", "material damage", "moral harm", "category"],
    },
  },
  {
    id: "tier.high",
    topic: "tiers",
    title: { kk: "Қауіп-қатер дәрежесі жоғары жүйелер", ru: "Системы высокой степени риска", en: "High-risk systems" },
    text: {
      kk: "Егер жүйенің істен шығуы немесе тоқтауы әлеуметтік немесе техногендік төтенше жағдайға не қорғаныс, қауіпсіздік, халықаралық қатынастар, экономика, жекелеген салалар, пайдаланушылар, инфрақұрылым немесе адамдардың тыныс-тіршілігі үшін елеулі жағымсыз салдарға әкелуі мүмкін болса, ол қауіп-қатер дәрежесі жоғары жүйеге жатады. Ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектісі болып табылатын немесе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыратын осындай жүйелер ақпараттық қауіпсіздік талаптары бойынша мемлекеттік жүйелерге теңестіріледі. Қауіп-қатер дәрежесі жоғары жүйенің қауіп-қатерлерін басқармау зиянға әкелсе, айыппұл салынады.",
      ru: "Система высокой степени риска – та, сбой или остановка которой может вызвать чрезвычайную ситуацию социального или техногенного характера либо серьёзные негативные последствия для обороны, безопасности, международных отношений, экономики, отдельных отраслей, пользователей, инфраструктуры или жизнедеятельности людей. Если такая система отнесена к критически важным объектам ИКТ-инфраструктуры или формирует государственные электронные информационные ресурсы, по информационной безопасности она приравнивается к государственной. За неуправление рисками высокорисковой системы, повлёкшее вред, предусмотрен штраф.",
      en: "A high-risk system is one whose failure or shutdown could cause a social or man-made emergency, or serious harm to defence, security, international relations, the economy, particular sectors, users, infrastructure or people's daily lives. If such a system is a critically important ICT infrastructure object or builds state electronic information resources, it must meet the same information-security requirements as state systems. Failing to manage a high-risk system's risks, where harm results, is fined.",
    },
    citations: [cite("ai-law", "17", "1", "3"), cite("ai-law", "17", "1"), cite("koap", "641-1", "1", "2")],
    confidence: "primary",
    keywords: {
      kk: ["жоғары қауіп", "төтенше жағдай", "аса маңызды", "инфрақұрылым", "медицина", "банк", "скоринг", "санат"],
      ru: ["высокий риск", "высокорисковый", "чрезвычайная ситуация", "критическая инфраструктура", "медицина", "банк", "скоринг", "категория"],
      en: ["high risk", "high-risk", "emergency", "critical infrastructure", "healthcare", "bank", "credit scoring", "category"],
    },
  },
  {
    id: "tier.who_classifies",
    topic: "tiers",
    title: { kk: "Қауіп-қатер дәрежесін кім анықтайды", ru: "Кто определяет степень риска", en: "Who decides the risk tier" },
    text: {
      kk: "Қауіп-қатер дәрежесін жүйенің меншік иесі және (немесе) иегері ақпараттандыру объектілерін сыныптау қағидаларына сүйеніп, өзі анықтайды. Реттеушінің алдын ала келісімі немесе бекітуі талап етілмейді. Қазақстандағы тест ЕО-дағыдай қолдану салаларының тізіміне емес, жүйе бұзылса немесе тоқтаса не болатынына негізделген: сондықтан \"скоринг\" немесе \"медицина\" деген сөздің өзі қауіп-қатер дәрежесінің жоғары екенін білдірмейді, салдарын бағалау керек.",
      ru: "Степень риска определяет сам собственник и (или) владелец системы по правилам классификации объектов информатизации. Согласования или утверждения регулятора не требуется. Казахстанский тест основан не на перечне сфер применения, как в ЕС, а на последствиях сбоя или остановки системы: само слово «скоринг» или «медицина» ещё не делает систему высокорисковой, нужно оценить последствия.",
      en: "The owner and/or possessor classifies the system themselves, following the rules for classifying informatization objects. No regulator approves or confirms the tier. The Kazakh test looks at what happens if the system fails or stops, not at a list of use cases as in the EU: a label like \"credit scoring\" or \"healthcare\" does not by itself make a system high-risk; the consequences decide.",
    },
    citations: [cite("ai-law", "17", "1")],
    confidence: "primary",
    keywords: {
      kk: ["өзін-өзі бағалау", "сыныптау", "кім шешеді", "қалай анықтаймын", "қай санат", "дәреже"],
      ru: ["самоклассификация", "классификация", "кто решает", "как определить", "какая категория", "степень"],
      en: ["self-classification", "classify", "who decides", "how do i know", "which tier", "risk level", "classification rules"],
    },
  },
];

/** Art. 17(2): autonomy classes by who has the final word. Ids `autonomy.<AutonomyClass>`. */
export const AUTONOMY_ENTRIES: KnowledgeEntry[] = [
  {
    id: "autonomy.low",
    topic: "autonomy",
    title: { kk: "Дербестігі төмен жүйелер", ru: "Системы низкой автономности", en: "Low-autonomy systems" },
    text: {
      kk: "Дербестігі төмен жүйе деректерді өңдеп, ұсынымдар, болжамдар немесе шешім нұсқаларын береді, ал соңғы таңдауды және әрекетті әрқашан адам жасайды. Мысалы, менеджерге кандидаттарды ұсынатын, бірақ шешімді менеджер қабылдайтын құрал.",
      ru: "Система низкой автономности обрабатывает данные и выдаёт рекомендации, прогнозы или варианты решений, а окончательный выбор и действие всегда за человеком. Например, инструмент, который предлагает менеджеру кандидатов, но решение принимает менеджер.",
      en: "A low-autonomy system processes data and offers recommendations, forecasts or options, while a human always makes the final choice and acts on it. For example, a tool that suggests candidates to a manager who then decides.",
    },
    citations: [cite("ai-law", "17", "2", "1")],
    confidence: "primary",
    keywords: {
      kk: ["ұсыным", "кеңес", "адам шешеді", "көмекші", "дербестік"],
      ru: ["рекомендации", "подсказки", "решает человек", "ассистент", "автономность"],
      en: ["recommendations", "suggestions", "human decides", "assistant", "human in the loop", "autonomy"],
    },
  },
  {
    id: "autonomy.medium",
    topic: "autonomy",
    title: { kk: "Дербестігі орташа жүйелер", ru: "Системы средней автономности", en: "Medium-autonomy systems" },
    text: {
      kk: "Дербестігі орташа жүйе шешімдерді өзі өңдеп, өзі қабылдайды, бірақ адам оларды түзете немесе күшін жоя алады. Мысалы, өтінімдерді автоматты түрде мақұлдайтын, бірақ қызметкер нәтижені қайта қарай алатын жүйе.",
      ru: "Система средней автономности сама обрабатывает данные и принимает решения, но человек может их скорректировать или отменить. Например, система, которая автоматически одобряет заявки, а сотрудник может пересмотреть результат.",
      en: "A medium-autonomy system processes and decides on its own, but a human can correct or cancel its decisions. For example, a system that approves applications automatically while staff can overturn the outcome.",
    },
    citations: [cite("ai-law", "17", "2", "2")],
    confidence: "primary",
    keywords: {
      kk: ["автоматты шешім", "адам түзете алады", "күшін жою", "дербестік"],
      ru: ["автоматическое решение", "человек может отменить", "корректировка", "автономность"],
      en: ["automatic decision", "human can override", "override", "human on the loop", "autonomy"],
    },
  },
  {
    id: "autonomy.high",
    topic: "autonomy",
    title: { kk: "Дербестігі жоғары жүйелер", ru: "Системы высокой автономности", en: "High-autonomy systems" },
    text: {
      kk: "Дербестігі жоғары жүйе шешімдерді өзі қабылдайды, ал адам оларды түзете немесе күшін жоя алмайды немесе бұл техникалық тұрғыдан мүмкін емес. Заң мұндай жүйелерге тыйым салмайды: оларды құру мен пайдаланудың ерекшеліктерін басқа заңдар белгілейді.",
      ru: "Система высокой автономности принимает решения сама, а человек не может их скорректировать или отменить либо это технически невозможно. Закон такие системы не запрещает: особенности их создания и эксплуатации устанавливаются другими законами.",
      en: "A high-autonomy system decides on its own, and a human cannot correct or cancel its decisions, or technically could not. The law does not ban such systems: other laws set the particular rules for building and running them.",
    },
    citations: [cite("ai-law", "17", "2", "3")],
    confidence: "primary",
    keywords: {
      kk: ["толық автономды", "адамсыз", "автономды агент", "дербестік"],
      ru: ["полностью автономный", "без человека", "автономный агент", "автономность"],
      en: ["fully autonomous", "no human", "autonomous agent", "autonomy", "without human"],
    },
  },
];
