import { cite, type Citation } from "../law/articles.js";
import type { EuCode } from "../law/rules-eu.js";
import type { RevealingField } from "../law/rules-prohibited.js";
import type { WhyCode } from "../law/rules-obligations.js";
import type { TierReasonCode } from "../law/rules-tier.js";
import type { Confidence, Trilingual } from "../types.js";
import type { Affect } from "./relevance.js";

/** Why the tier is what it is, one text per tier rule (knowledge/law/rules-tier.ts). */
export const TIER_REASON_TEXTS: Readonly<Record<TierReasonCode, Trilingual>> = {
  failure_minimal: {
    kk: "Жүйенің істен шығуы немесе тоқтауы пайдаланушыларға барынша аз әсер етеді деп көрсеттіңіз: бұл қауіп-қатер дәрежесі ең төмен жүйенің белгісі.",
    ru: "Вы указали, что сбой или остановка системы почти не скажется на пользователях: это признак минимальной степени риска.",
    en: "You said a failure or shutdown would barely affect users: that is the minimal-risk test.",
  },
  failure_harm: {
    kk: "Істен шығу пайдаланушылар жұмысының тиімділігін төмендетуі, моральдық зиян немесе материалдық залал келтіруі мүмкін деп көрсеттіңіз: бұл қауіп-қатер дәрежесі орташа жүйенің белгісі.",
    ru: "Вы указали, что сбой может снизить эффективность работы пользователей, причинить моральный вред или материальный ущерб: это признак средней степени риска.",
    en: "You said a failure could make users' work less effective or cause moral harm or material damage: that is the medium-risk test.",
  },
  failure_severe: {
    kk: "Істен шығу төтенше жағдайға немесе пайдаланушылар, адамдардың тыныс-тіршілігі, қорғаныс, қауіпсіздік, экономика, жекелеген салалар не инфрақұрылым үшін елеулі жағымсыз салдарға әкелуі мүмкін деп көрсеттіңіз: бұл қауіп-қатер дәрежесі жоғары жүйенің белгісі.",
    ru: "Вы указали, что сбой может привести к чрезвычайной ситуации или значительным негативным последствиям для пользователей, жизнедеятельности людей, обороны, безопасности, экономики, отдельных отраслей или инфраструктуры: это признак высокой степени риска.",
    en: "You said a failure could cause an emergency or significant negative consequences for users, people's lives, defence, security, the economy, a sector or infrastructure: that is the high-risk test.",
  },
  provisional_critical_infrastructure: {
    kk: "Алдын ала баға: істен шығу неге әкелетінін әлі көрсетпедіңіз, ал жүйе ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілеріне жатқызылған, сондықтан оның істен шығуы инфрақұрылымға елеулі жағымсыз салдар әкелуі ықтимал. Жауап бергенше қауіп-қатер дәрежесін жоғары деп есептейміз. Мұндай объект болу жүйені өздігінен қауіп-қатер дәрежесі жоғары етпейді: дәрежені істен шығу салдары айқындайды.",
    ru: "Предварительно: вы ещё не указали, к чему приведёт сбой, а система отнесена к критически важным объектам информационно-коммуникационной инфраструктуры, так что её сбой, вероятно, скажется на инфраструктуре. Пока нет ответа, мы исходим из высокой степени риска. Сам статус такого объекта не делает систему системой высокого риска: степень определяют последствия сбоя.",
    en: "Provisional: you have not yet said what a failure would do, and the system is a critically important object of ICT infrastructure, so a failure would likely reach that infrastructure. Until you answer, we assume high risk. Being such an object does not by itself make a system high-risk: what a failure would do decides the degree.",
  },
  provisional_state_resources: {
    kk: "Алдын ала баға: істен шығу неге әкелетінін әлі көрсетпедіңіз, ал жүйе мемлекеттік электрондық ақпараттық ресурстарды қалыптастыруға арналған, сондықтан оның істен шығуы мемлекет үшін елеулі жағымсыз салдар әкелуі ықтимал. Жауап бергенше қауіп-қатер дәрежесін жоғары деп есептейміз. Бұл мақсат жүйені өздігінен қауіп-қатер дәрежесі жоғары етпейді: дәрежені істен шығу салдары айқындайды.",
    ru: "Предварительно: вы ещё не указали, к чему приведёт сбой, а система предназначена для формирования государственных электронных информационных ресурсов, так что её сбой, вероятно, скажется на государстве. Пока нет ответа, мы исходим из высокой степени риска. Само это назначение не делает систему системой высокого риска: степень определяют последствия сбоя.",
    en: "Provisional: you have not yet said what a failure would do, and the system is meant to build state electronic information resources, so a failure would likely reach the state. Until you answer, we assume high risk. That purpose does not by itself make a system high-risk: what a failure would do decides the degree.",
  },
  provisional_sensitive_domain: {
    kk: "Алдын ала баға: істен шығу неге әкелетінін әлі көрсетпедіңіз, ал жүйе істен шығуы адамдардың өміріне, қауіпсіздігіне немесе мемлекетке әсер етуі мүмкін салада жұмыс істейді (денсаулық сақтау, инфрақұрылым, көлік, құқық қорғау, сот, көші-қон). Жауап бергенше қауіп-қатер дәрежесін жоғары деп есептейміз.",
    ru: "Предварительно: вы ещё не указали, к чему приведёт сбой, а система работает в сфере, где сбой может затронуть жизнь и безопасность людей или государство (здравоохранение, инфраструктура, транспорт, правоохранительная деятельность, суды, миграция). Пока нет ответа, мы исходим из высокой степени риска.",
    en: "Provisional: you have not yet said what a failure would do, and the system works in a field where failures can reach people's lives, safety or the state (health, infrastructure, transport, law enforcement, courts, migration). Until you answer, we assume high risk.",
  },
  provisional_uncorrectable_decisions: {
    kk: "Алдын ала баға: істен шығу неге әкелетінін әлі көрсетпедіңіз, ал жүйе адамдардың құқықтары туралы шешімдерді қабылдайды және адам оларды түзете немесе күшін жоя алмайды. Жауап бергенше қауіп-қатер дәрежесін жоғары деп есептейміз.",
    ru: "Предварительно: вы ещё не указали, к чему приведёт сбой, а система принимает решения о правах людей, которые человек не может поправить или отменить. Пока нет ответа, мы исходим из высокой степени риска.",
    en: "Provisional: you have not yet said what a failure would do, and the system decides on people's rights with no way for a person to correct or cancel the decision. Until you answer, we assume high risk.",
  },
  provisional_default: {
    kk: "Алдын ала баға: істен шығу неге әкелетінін әлі көрсетпедіңіз. Жауап бергенше қауіп-қатер дәрежесін орташа деп есептейміз: адамдар сүйенетін жүйелердің көбі істен шыққанда материалдық залал келтіруі мүмкін, ал салдары барынша аз екенін тек сіз айта аласыз.",
    ru: "Предварительно: вы ещё не указали, к чему приведёт сбой. Пока нет ответа, мы исходим из средней степени риска: сбой большинства систем, на которые полагаются люди, может причинить материальный ущерб, а сказать, что последствия будут минимальны, можете только вы.",
    en: "Provisional: you have not yet said what a failure would do. Until you answer, we assume medium risk: most systems people rely on can cause material damage when they fail, and only you can say the effect would be minimal.",
  },
  owner_classifies: {
    kk: "Заң жүйені қауіп-қатер дәрежесіне жатқызуды оның меншік иесіне немесе иегеріне ақпараттандыру объектілерін сыныптау қағидаларына сәйкес жүктейді. Бұл нәтиже шешім қабылдауға көмектеседі, бірақ оны алмастырмайды.",
    ru: "Закон поручает отнести систему к степени риска её собственнику или владельцу по правилам классификации объектов информатизации. Этот результат помогает принять решение, но не заменяет его.",
    en: "The law leaves the classification to the system's owner or possessor, under the rules for classifying informatization objects. This result helps you decide; it does not decide for you.",
  },
};

/** Why a duty applies, one text per why code (knowledge/law/rules-obligations.ts). */
export const WHY_TEXTS: Readonly<Record<WhyCode, Trilingual>> = {
  every_system: {
    kk: "Қауіп-қатер дәрежесіне қарамастан кез келген жасанды интеллект жүйесіне қолданылады.",
    ru: "Действует для любой системы ИИ, какой бы ни была степень риска.",
    en: "Applies to every AI system, whatever its tier.",
  },
  prohibited_capability_found: {
    kk: "Жауаптарыңыз тыйым салынған функционалдық мүмкіндікті көрсетеді: дереу шаралар қабылдаңыз: бұл мүмкіндікті алып тастаңыз, ал тыйым келісімнің жоқтығына байланысты болса, әр адамның келісімін алыңыз; бұл мүмкін болмаса, жүйені пайдалануды тоқтата тұрыңыз немесе толық тоқтатыңыз.",
    ru: "Ваши ответы указывают на запрещённую функциональную возможность: незамедлительно примите меры: уберите эту возможность, а если запрет связан с отсутствием согласия, получите согласие каждого человека; если это невозможно, приостановите или прекратите эксплуатацию.",
    en: "Your answers show a prohibited capability: act at once: remove the capability, or where the ban turns on missing consent, obtain each person's consent; if you cannot, suspend or stop the system.",
  },
  high_risk: {
    kk: "Қауіп-қатер дәрежесі жоғары жүйеде зиянға әкелген қауіп-қатерлерді басқармау айыппұлға әкеледі. Қауіп-қатерлерді жылына кемінде бір рет жаңартыңыз.",
    ru: "Для системы высокой степени риска неуправление рисками, повлёкшее вред, наказывается штрафом. Обновляйте риски не реже раза в год.",
    en: "For a high-risk system, failing to manage risks where harm results is fined. Update the risks at least once a year.",
  },
  impact_high: {
    kk: "Құжаттаманы құжаттама тізбесіне сәйкес, қауіп-қатер дәрежесі жоғары жүйеге лайық толық көлемде жүргізіңіз.",
    ru: "Ведите документацию по перечню документации в полном объёме, который нужен системе высокой степени риска.",
    en: "Keep the documentation the documentation list asks for, in the full depth a high-risk system needs.",
  },
  impact_medium: {
    kk: "Құжаттаманы құжаттама тізбесіне сәйкес, қауіп-қатер дәрежесі орташа жүйеге лайық көлемде жүргізіңіз.",
    ru: "Ведите документацию по перечню документации в объёме, который соответствует средней степени риска.",
    en: "Keep the documentation the documentation list asks for, at the depth a medium-risk system needs.",
  },
  impact_minimal: {
    kk: "Құжаттаманы құжаттама тізбесіне сәйкес, қауіп-қатер дәрежесі ең төмен жүйеге лайық ықшам көлемде жүргізіңіз.",
    ru: "Ведите документацию по перечню документации в сжатом объёме, который соответствует минимальной степени риска.",
    en: "Keep the documentation the documentation list asks for, in the light form a minimal-risk system needs.",
  },
  autonomy_low: {
    kk: "Түпкілікті таңдауды әрдайым адам жасайды: осы тәртіпті сақтап, ұсынымдарды кім тексеретінін тіркеп отырыңыз.",
    ru: "Окончательный выбор всегда делает человек: сохраняйте этот порядок и фиксируйте, кто проверяет рекомендации.",
    en: "A person makes every final choice: keep it that way, and record who reviews the recommendations.",
  },
  autonomy_medium: {
    kk: "Жүйе шешім қабылдайды, бірақ адам оларды түзете немесе күшін жоя алады: бұл мүмкіндікті жұмыс күйінде ұстап, оны пайдаланыңыз.",
    ru: "Система принимает решения, но человек может их поправить или отменить: поддерживайте эту возможность в рабочем состоянии и пользуйтесь ею.",
    en: "The system decides, but a person can correct or cancel its decisions: keep that ability working, and use it.",
  },
  autonomy_high: {
    kk: "Адам жүйенің шешімдерін түзете немесе күшін жоя алмайды, сондықтан бақылауды жүйенің өзіне енгізу керек. Дербестігі жоғары жүйелердің ерекшеліктерін заңдар белгілейді.",
    ru: "Человек не может поправить или отменить решения системы, поэтому контроль нужно встроить в саму систему. Особенности систем высокой автономности устанавливают законы.",
    en: "No person can correct or cancel the system's decisions, so control has to be built into the system itself. Laws set special rules for such high-autonomy systems.",
  },
  autonomy_unknown: {
    kk: "Бақылау қандай болуы керегін білу үшін соңғы сөз кімде екенін көрсетіңіз: адамда, адам түзете алатын жүйеде немесе тек жүйеде.",
    ru: "Чтобы понять, каким должен быть контроль, укажите, за кем последнее слово: за человеком, за системой, которую человек может поправить, или только за системой.",
    en: "Say who has the final word (a person, the system with a person able to override, or the system alone) to know what control must look like.",
  },
  user_facing: {
    kk: "Адамдар жүйені немесе оның нәтижелерін пайдаланады.",
    ru: "Люди пользуются системой или её результатами.",
    en: "People use the system or its results.",
  },
  user_facing_unknown: {
    kk: "Жүйені де, оның нәтижелерін де адамдар пайдаланбайтынын растағанша қолданылады.",
    ru: "Действует, пока вы не подтвердите, что люди не пользуются ни системой, ни её результатами.",
    en: "Applies until you confirm that no person uses the system or its results.",
  },
  synthetic_content: {
    kk: "Жүйе синтетикалық нәтижелер жасайды: нақты адамға еліктейтін немесе болмаған оқиғаларды көрсететін контент. Әрқайсысы машина оқитын нысанда таңбалануы және пайдаланушы қабылдай алатын ескертумен сүйемелденуі тиіс; пайдаланушыларды жаңылыстыруы мүмкін нәтижелер туралы оларды хабардар етпеу айыппұлға әкеледі.",
    ru: "Система создаёт синтетические результаты: контент, который имитирует реального человека или показывает события, которых не было. Каждый нужно маркировать в машиночитаемой форме и сопровождать предупреждением, которое пользователь может воспринять; за неинформирование пользователей о результатах, способных ввести их в заблуждение, предусмотрен штраф.",
    en: "The system creates synthetic results: content that imitates a real person or shows events that never happened. Each needs a machine-readable mark and a warning users can perceive; failing to inform users about results that may mislead them is fined.",
  },
  consent_held: {
    kk: "Дербес деректерді автоматтандырылған өңдеу адамдардың құқықтары туралы шешеді, және оған келісім немесе заңдағы негіз бар. Оның дәлелін сақтаңыз.",
    ru: "Автоматизированная обработка персональных данных решает вопрос о правах людей, и на это есть согласие или основание в законе. Храните подтверждение.",
    en: "Automated processing of personal data settles people's rights, and you have consent or a legal basis for it. Keep the evidence.",
  },
  consent_missing: {
    kk: "Адамдардың құқықтарын беретін, өзгертетін немесе тоқтататын автоматтандырылған өңдеуге олардың келісімінсіз немесе заңдағы негізсіз тыйым салынған: келісім алыңыз. Заң мәтінінде «тек толығымен автоматты» деген шектеу жоқ, сондықтан шешімге адамды қосу бұл талаптан босатады деп санамаңыз.",
    ru: "Автоматизированная обработка, которая даёт, меняет или прекращает права людей, без их согласия или основания в законе запрещена: получите согласие. Оговорки «только полностью автоматическая» в тексте закона нет, так что не рассчитывайте, что участие человека в решении снимает это требование.",
    en: "Automated processing that gives, changes or ends people's rights is forbidden without their consent or a legal basis: get consent. The law's text has no \"solely automated\" limit, so do not count on a person joining the decision to take you outside it.",
  },
  consent_unknown: {
    kk: "Адамдардың құқықтары туралы шешетін автоматтандырылған өңдеуге олардың келісімі немесе заңдағы негіз қажет: сізде қайсысы бар екенін тексеріңіз.",
    ru: "Автоматизированной обработке, решающей вопрос о правах людей, нужно их согласие или основание в законе: проверьте, что из этого у вас есть.",
    en: "Automated processing that settles people's rights needs their consent or a legal basis: check which you have.",
  },
  automated_decisions: {
    kk: "Адамдарға автоматтандырылған өңдеудің тәртібі мен салдарын түсіндіріңіз, қарсылық білдіру мүмкіндігін беріңіз және әр қарсылықты 3 жұмыс күні ішінде қарап, нәтижесін хабарлаңыз.",
    ru: "Разъясните людям порядок автоматизированной обработки и её последствия, дайте возможность заявить возражение и рассматривайте каждое в течение 3 рабочих дней, сообщая результат.",
    en: "Explain to people how the automated processing works and what follows from it, let them object, and decide each objection within 3 working days, telling them the result.",
  },
  personal_data_unknown: {
    kk: "Жүйе дербес деректерді өңдемейтінін растағанша қолданылады.",
    ru: "Действует, пока вы не подтвердите, что система не обрабатывает персональные данные.",
    en: "Applies until you confirm that the system handles no personal data.",
  },
  stored_in_kazakhstan: {
    kk: "Дербес деректерді Қазақстанда сақтайсыз: мердігерлер мен бұлт провайдерлерінде де осы тәртіпті сақтаңыз.",
    ru: "Вы храните персональные данные в Казахстане: сохраняйте это и у подрядчиков, и у облачных провайдеров.",
    en: "You store personal data in Kazakhstan: keep it so, at contractors and cloud providers too.",
  },
  stored_abroad_only: {
    kk: "Дербес деректерді тек шетелде сақтайсыз: заң Қазақстан аумағындағы базада сақтауды талап етеді, сондықтан сақтауды мұнда көшіру немесе қосу керек.",
    ru: "Вы храните персональные данные только за рубежом: закон требует хранить их в базе на территории Казахстана, поэтому хранение нужно перенести сюда или добавить здесь.",
    en: "You store personal data only abroad: the law requires a database in Kazakhstan, so storage has to move here or be added here.",
  },
  stored_in_both: {
    kk: "Дербес деректерді Қазақстанда да, шетелде де сақтайсыз: Қазақстандағы база оларды сақтауы тиіс, ал шетелдегі көшірме трансшекаралық беру болып табылады.",
    ru: "Вы храните персональные данные и в Казахстане, и за рубежом: база в Казахстане должна их содержать, а копия за рубежом — это трансграничная передача.",
    en: "You store personal data in Kazakhstan and abroad: the Kazakh database must hold them, and the copy abroad is a cross-border transfer.",
  },
  storage_unknown: {
    kk: "Дербес деректер Қазақстан аумағындағы базада сақталуы тиіс: сіздікі қайда сақталатынын көрсетіңіз.",
    ru: "Персональные данные должны храниться в базе на территории Казахстана: укажите, где хранятся ваши.",
    en: "Personal data must be stored in a database in Kazakhstan: say where yours are.",
  },
  transfer_for_storage: {
    kk: "Дербес деректер шетелде сақталады: оларды тек дербес деректерді қорғайтын елдерге, не субъектінің келісімімен немесе заңда көрсетілген өзге негізбен беріңіз.",
    ru: "Персональные данные хранятся за рубежом: передавайте их только в страны, которые защищают персональные данные, либо с согласия субъекта или по другому основанию из закона.",
    en: "Personal data are kept abroad: send them only to countries that protect personal data, or with the person's consent or another ground the law lists.",
  },
  transfer_for_training: {
    kk: "Дербес деректер оқып-үйрену үшін шетелге беріледі: бұл беруге де трансшекаралық берудің қағидалары қолданылады.",
    ru: "Персональные данные уходят за рубеж для обучения: к этой передаче тоже применяются правила трансграничной передачи.",
    en: "Personal data go abroad for training: the cross-border transfer rules apply to that too.",
  },
  critical_infrastructure_object: {
    kk: "Ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектісіне жатқызылған қауіп-қатері жоғары жүйе мемлекеттік жүйелер үшін белгіленген ақпараттық қауіпсіздік талаптарын сақтауы тиіс.",
    ru: "Высокорисковая система, отнесённая к критически важным объектам ИКТ-инфраструктуры, должна выполнять требования информационной безопасности, установленные для государственных систем.",
    en: "A high-risk system that is a critically important ICT infrastructure object must meet the information-security requirements set for state systems.",
  },
  state_information_resources: {
    kk: "Мемлекеттік электрондық ақпараттық ресурстарды қалыптастыратын қауіп-қатері жоғары жүйе мемлекеттік жүйелер үшін белгіленген ақпараттық қауіпсіздік талаптарын сақтауы тиіс.",
    ru: "Высокорисковая система, формирующая государственные электронные информационные ресурсы, должна выполнять требования информационной безопасности, установленные для государственных систем.",
    en: "A high-risk system that builds state electronic information resources must meet the information-security requirements set for state systems.",
  },
  restricted_data: {
    kk: "Жүйе заңмен қол жеткізілуі шектелген деректерді өңдейді: оқшау жүйені (ортақ пайдаланылатын телекоммуникация желілеріне қосылмай, өз инфрақұрылымыңызда оқып-үйренетін және пайдаланылатын) қолданыңыз немесе ашық жүйелер үшін ақпараттандыру туралы заңнаманың талаптарын орындаңыз.",
    ru: "Система обрабатывает данные, доступ к которым ограничен законом: используйте локальную систему (обучение и эксплуатация в вашей инфраструктуре без подключения к сетям общего пользования) или выполните требования законодательства об информатизации для открытых систем.",
    en: "The system processes data the law restricts: use a local system (trained and run inside your own infrastructure with no connection to public networks), or meet the informatization law's conditions for open systems.",
  },
  trains_on_works: {
    kk: "Модельді қорғалатын туындыларда оқып-үйретесіз: әр дереккөзде автордың немесе құқық иеленушінің машина оқитын нысандағы тыйымын тексеріп, тыйым салынған туындыларды алып тастаңыз.",
    ru: "Вы обучаете модель на охраняемых произведениях: проверяйте у каждого источника запрет автора или правообладателя в машиночитаемой форме и исключайте такие произведения.",
    en: "You train on protected works: check each source for the author's or rightsholder's machine-readable opt-out, and leave out what is opted out.",
  },
  wants_trusted_list: {
    kk: "Жүйені салалық сенімді жүйелер тізбесіне енгізгіңіз келеді: ол үшін аудит қажет, ол дерекнамалардың сапасын және тыйым салынған мүмкіндіктердің жоқтығын да тексереді.",
    ru: "Вы хотите включить систему в отраслевой перечень доверенных: для этого нужен аудит, который проверит и качество библиотек данных, и отсутствие запрещённых возможностей.",
    en: "You want the system on a sectoral trusted list: that needs an audit, which also checks your data libraries and that no prohibited capability is present.",
  },
  trusted_list_available: {
    kk: "Ерікті: қауіп-қатер дәрежесі жоғары жүйе аудиттен кейін салалық сенімді жүйелер тізбесіне енгізілуі мүмкін; мұны ешкім міндеттемейді.",
    ru: "Добровольно: система высокой степени риска может попасть в отраслевой перечень доверенных после аудита; никто вас к этому не обязывает.",
    en: "Voluntary: a high-risk system may join a sectoral trusted list after an audit; nothing obliges you to.",
  },
};

/** What the founder said that shows a prohibited capability, keyed by the revealing field, with extra sources. */
export const FLAG_TEXTS: Readonly<Record<RevealingField, { text: Trilingual; also: readonly Citation[] }>> = {
  manipulation: {
    text: {
      kk: "Жүйе түпсаналық, манипуляциялық немесе өзге әдістермен адамдардың мінез-құлқын бұрмалайды және олардың саналы шешім қабылдау қабілетін шектейді немесе оларды зиян келтіруі мүмкін шешімдер қабылдауға мәжбүрлейді деп көрсеттіңіз.",
      ru: "Вы указали, что система искажает поведение людей подсознательными, манипулятивными или иными приёмами и при этом либо мешает им принимать осознанные решения, либо вынуждает их к решениям, которые могут им навредить.",
      en: "You said the system distorts people's behaviour with subliminal, manipulative or other techniques and either limits their ability to make informed decisions or forces them into decisions that may harm them.",
    },
    also: [],
  },
  exploitsVulnerability: {
    text: {
      kk: "Жүйе адамдардың осалдылығын (жасы, мүгедектігі, әлеуметтік жағдайы) оларға зиян келтіруі мүмкін түрде пайдаланады деп көрсеттіңіз.",
      ru: "Вы указали, что система использует уязвимость людей (возраст, инвалидность, социальное положение) так, что это может им навредить.",
      en: "You said the system targets people's vulnerability (age, disability, social situation) in a way that may harm them.",
    },
    also: [],
  },
  socialScoring: {
    text: {
      kk: "Жүйе белгілі бір уақыт ішінде адамдарды мінез-құлқы немесе жеке қасиеттері бойынша бағалайды не сыныптайды, ал заңда бұл көзделмеген деп көрсеттіңіз.",
      ru: "Вы указали, что система оценивает или классифицирует людей на протяжении времени по поведению или личным качествам, а закон этого не предусматривает.",
      en: "You said the system rates or classifies people over time by behaviour or traits, and no law provides for it.",
    },
    also: [],
  },
  personalDataLawful: {
    text: {
      kk: "Дербес деректер заңды негізсіз жиналады немесе өңделеді деп көрсеттіңіз.",
      ru: "Вы указали, что персональные данные собираются или обрабатываются без законного основания.",
      en: "You said personal data are collected or processed without a lawful basis.",
    },
    also: [],
  },
  automatedDecisionConsent: {
    text: {
      kk: "Дербес деректерді автоматтандырылған өңдеу адамдардың құқықтарын олардың келісімінсіз және заңдағы негізсіз беретінін, өзгертетінін немесе тоқтататынын көрсеттіңіз. Дербес деректер туралы заң мұндай өңдеуге тыйым салады (онда «тек толығымен автоматты» деген шектеу жоқ). Біздің түсінігіміз бойынша, бұл дербес деректер туралы заңнаманы бұзу болып табылады және осы тыйымға жатады.",
      ru: "Вы указали, что автоматизированная обработка персональных данных даёт, меняет или прекращает права людей без их согласия и без основания в законе. Закон о персональных данных запрещает такую обработку (оговорки «только полностью автоматическая» в нём нет). Наше прочтение: это нарушение законодательства о персональных данных, и оно подпадает под этот запрет.",
      en: "You said automated processing of personal data gives, changes or ends people's rights without their consent and without a legal basis. The Personal Data Law forbids such processing (its text has no \"solely automated\" limit). Our reading: that is a breach of personal-data law, which falls under this prohibition.",
    },
    also: [cite("pd-law", "19-1", "1")],
  },
  biometricCategorisation: {
    text: {
      kk: "Жүйе адамдарды биометриялық деректері бойынша сыныптап, олардың нәсілі, саяси көзқарастары, діни тиесілілігі немесе осыған ұқсас белгілері туралы тұжырым жасайды, және мұны адамдарды кемсіту үшін пайдалану мақсатында істейді деп көрсеттіңіз.",
      ru: "Вы указали, что система классифицирует людей по биометрическим данным, делая выводы о расе, политических взглядах, религии или похожих признаках, чтобы использовать это для дискриминации людей.",
      en: "You said the system sorts people by biometric data to infer race, political views, religion or similar traits, in order to use that to discriminate against them.",
    },
    also: [],
  },
  emotionRecognition: {
    text: {
      kk: "Жүйе адамдардың эмоцияларын олардың келісімінсіз айқындайды, ал заңда бұл көзделмеген деп көрсеттіңіз.",
      ru: "Вы указали, что система определяет эмоции людей без их согласия, а закон этого не предусматривает.",
      en: "You said the system determines people's emotions without their consent, and no law provides for it.",
    },
    also: [],
  },
  prohibitedOutputs: {
    text: {
      kk: "Жүйе Қазақстан заңдарында тыйым салынған нәтижелерді жасайды немесе таратады деп көрсеттіңіз.",
      ru: "Вы указали, что система создаёт или распространяет результаты, запрещённые законами Казахстана.",
      en: "You said the system creates or spreads outputs that Kazakh law prohibits.",
    },
    also: [],
  },
};

/** The EU cross-map in plain words, one text per EU code (knowledge/law/rules-eu.ts). */
export const EU_TEXTS: Readonly<Record<EuCode, Trilingual>> = {
  art5_manipulation: {
    kk: "ЕО да манипуляциялық әдістерге тыйым салады, бірақ олар елеулі зиян келтірсе немесе келтіруі ықтимал болса ғана; Қазақстанда мұндай шек жоқ.",
    ru: "ЕС тоже запрещает манипулятивные методы, но лишь когда они причиняют или могут причинить значительный вред; в Казахстане такого порога нет.",
    en: "The EU also bans manipulative techniques, but only where they cause or are likely to cause significant harm; Kazakhstan has no such threshold.",
  },
  art5_vulnerability: {
    kk: "ЕО жасына, мүгедектігіне, әлеуметтік немесе экономикалық жағдайына байланысты осалдылықты пайдалануға тыйым салады.",
    ru: "ЕС запрещает использовать уязвимость, связанную с возрастом, инвалидностью, социальным или экономическим положением.",
    en: "The EU bans exploiting vulnerabilities due to age, disability or social or economic situation.",
  },
  art5_social_scoring: {
    kk: "ЕО әділетсіз немесе басқа саладағы жағымсыз қарым-қатынасқа әкелетін әлеуметтік скорингке тыйым салады; Қазақстан заңда көзделмеген кез келген осындай бағалауға тыйым салады.",
    ru: "ЕС запрещает социальный скоринг, ведущий к несправедливому или несвязанному с контекстом неблагоприятному обращению; Казахстан запрещает любую такую оценку, если её не предусматривает закон.",
    en: "The EU bans social scoring that leads to unjustified or unrelated detrimental treatment; Kazakhstan bans any such scoring that no law provides for.",
  },
  art5_emotion_recognition: {
    kk: "ЕО эмоцияларды айқындауға тек жұмыс орнында және білім беруде тыйым салады (медициналық және қауіпсіздік мақсаттарынан басқа); Қазақстан келісім болмаса кез келген жерде тыйым салады.",
    ru: "ЕС запрещает распознавание эмоций только на работе и в образовании (кроме медицины и безопасности); Казахстан запрещает его везде, где нет согласия.",
    en: "The EU bans emotion recognition only at work and in education (outside medical or safety uses); Kazakhstan bans it anywhere without consent.",
  },
  art5_biometric_categorisation: {
    kk: "ЕО нәсілі, саяси көзқарастары, діни сенімі, жыныстық өмірі немесе осыған ұқсас белгілері туралы тұжырым жасайтын биометриялық санаттауға тыйым салады.",
    ru: "ЕС запрещает биометрическую категоризацию, делающую выводы о расе, политических взглядах, религии, сексуальной жизни и похожих признаках.",
    en: "The EU bans biometric categorisation that infers race, political opinions, religion, sex life or similar traits.",
  },
  art6_high_risk: {
    kk: "ЕО-да төмендегі салаларда қолданылатын жүйелер жоғары қауіпті болып саналады және нарыққа шығар алдында сәйкестікті бағалаудан өтеді; Қазақстанда мұндай тізбе жоқ, қауіп-қатер дәрежесі істен шығу салдарымен айқындалады.",
    ru: "В ЕС системы из перечисленных ниже сфер относятся к высокому риску и проходят оценку соответствия до выхода на рынок; в Казахстане такого перечня нет, степень риска определяется последствиями сбоя.",
    en: "In the EU, systems used in the areas below are high-risk and go through a conformity assessment before sale; Kazakhstan has no such list and judges by what a failure would do.",
  },
  annex_iii_biometrics: {
    kk: "ЕО-дағы жоғары қауіп саласы: биометрия (қашықтан сәйкестендіру, санаттау, эмоцияларды айқындау).",
    ru: "Сфера высокого риска в ЕС: биометрия (удалённая идентификация, категоризация, распознавание эмоций).",
    en: "EU high-risk area: biometrics (remote identification, categorisation, emotion recognition).",
  },
  annex_iii_critical_infrastructure: {
    kk: "ЕО-дағы жоғары қауіп саласы: аса маңызды инфрақұрылымның қауіпсіздік компоненттері (цифрлық инфрақұрылым, жол қозғалысы, су, газ, жылу және электрмен жабдықтау).",
    ru: "Сфера высокого риска в ЕС: компоненты безопасности критической инфраструктуры (цифровая инфраструктура, дорожное движение, водо-, газо-, тепло- и электроснабжение).",
    en: "EU high-risk area: safety components of critical infrastructure (digital infrastructure, road traffic, water, gas, heating, electricity).",
  },
  annex_iii_education: {
    kk: "ЕО-дағы жоғары қауіп саласы: білім беру және кәсіптік даярлау (қабылдау, бағалау, емтихан кезіндегі бақылау).",
    ru: "Сфера высокого риска в ЕС: образование и профессиональная подготовка (приём, оценивание, контроль на экзаменах).",
    en: "EU high-risk area: education and vocational training (admission, grading, exam proctoring).",
  },
  annex_iii_employment: {
    kk: "ЕО-дағы жоғары қауіп саласы: жұмыспен қамту және персоналды басқару (жұмысқа алу, жоғарылату, тапсырмаларды бөлу, бақылау).",
    ru: "Сфера высокого риска в ЕС: занятость и управление персоналом (найм, продвижение, распределение задач, мониторинг).",
    en: "EU high-risk area: employment and workers management (hiring, promotion, task allocation, monitoring).",
  },
  annex_iii_essential_services: {
    kk: "ЕО-дағы жоғары қауіп саласы: негізгі жеке және мемлекеттік қызметтерге қол жеткізу (кредиттік скоринг, әлеуметтік төлемдер, өмір мен денсаулықты сақтандыру бағасы).",
    ru: "Сфера высокого риска в ЕС: доступ к основным частным и государственным услугам (кредитный скоринг, социальные выплаты, цены страхования жизни и здоровья).",
    en: "EU high-risk area: access to essential private and public services (credit scoring, public benefits, life and health insurance pricing).",
  },
  annex_iii_law_enforcement: {
    kk: "ЕО-дағы жоғары қауіп саласы: құқық қорғау қызметі.",
    ru: "Сфера высокого риска в ЕС: правоохранительная деятельность.",
    en: "EU high-risk area: law enforcement.",
  },
  annex_iii_migration: {
    kk: "ЕО-дағы жоғары қауіп саласы: көші-қон, баспана беру және шекаралық бақылау.",
    ru: "Сфера высокого риска в ЕС: миграция, убежище и пограничный контроль.",
    en: "EU high-risk area: migration, asylum and border control.",
  },
  annex_iii_justice: {
    kk: "ЕО-дағы жоғары қауіп саласы: сот төрелігі және демократиялық процестер.",
    ru: "Сфера высокого риска в ЕС: правосудие и демократические процессы.",
    en: "EU high-risk area: administration of justice and democratic processes.",
  },
  art50_ai_interaction: {
    kk: "ЕО адамдарға жасанды интеллект жүйесімен әрекеттесіп отырғанын, егер бұл анық болмаса, хабарлауды талап етеді; Қазақстан тауарлар мен қызметтер жасанды интеллект арқылы жасалған не көрсетілген кезде пайдаланушыларды әрдайым хабардар етуді талап етеді.",
    ru: "ЕС требует сообщать людям, что они имеют дело с ИИ, если это не очевидно; Казахстан требует всегда информировать пользователей, что товары и услуги созданы или оказываются с помощью ИИ.",
    en: "The EU requires telling people they are dealing with AI unless it is obvious; Kazakhstan requires always telling users that goods or services are made or provided with AI.",
  },
  art50_synthetic_marking: {
    kk: "ЕО жасалған контентті жалпы машина оқитын нысанда таңбалауды талап етеді; Қазақстан тек синтетикалық нәтижелерді (адамға еліктейтін немесе болмаған оқиғаны көрсететін) таңбалауды талап етеді, бірақ оларға машина оқитын таңба да, адам қабылдай алатын ескерту де қажет.",
    ru: "ЕС требует маркировать в машиночитаемой форме сгенерированный контент в целом; Казахстан маркирует только синтетические результаты (имитирующие человека или несостоявшееся событие), но требует для них и машиночитаемую метку, и предупреждение, которое человек может воспринять.",
    en: "The EU marks generated content in general, in machine-readable form; Kazakhstan marks only synthetic results (those imitating a person or an event that never happened), but requires both a machine-readable mark and a perceptible warning for them.",
  },
  art50_emotion_notice: {
    kk: "ЕО эмоцияларды айқындау қолданылатын адамдарды хабардар етуді талап етеді; Қазақстан олардың келісімін талап етеді.",
    ru: "ЕС требует информировать людей, к которым применяется распознавание эмоций; Казахстан требует их согласия.",
    en: "The EU requires informing people exposed to emotion recognition; Kazakhstan requires their consent.",
  },
  art50_deepfake_disclosure: {
    kk: "ЕО дипфейктерді ашып көрсетуді талап етеді; Қазақстанда синтетикалық нәтижелер туралы пайдаланушыларды хабардар етуге меншік иесі немесе иегер жауап береді.",
    ru: "ЕС требует раскрывать дипфейки; в Казахстане за информирование пользователей о синтетических результатах отвечает собственник или владелец.",
    en: "The EU requires deepfakes to be disclosed; in Kazakhstan the owner or possessor answers for telling users about synthetic results.",
  },
};

/** What an open question can change, as a short label. */
export const AFFECT_LABELS: Readonly<Record<Affect, Trilingual>> = {
  tier: { kk: "қауіп-қатер дәрежесі", ru: "степень риска", en: "risk tier" },
  prohibited: { kk: "тыйым салынған мүмкіндіктер", ru: "запрещённые возможности", en: "prohibited capabilities" },
  obligations: { kk: "міндеттер", ru: "обязанности", en: "duties" },
};

/** Labels for facts resting on reports or on our own estimate rather than on an official text. */
export const CONFIDENCE_LABELS: Readonly<Partial<Record<Confidence, Trilingual>>> = {
  secondary: { kk: "қосалқы дереккөз: ресми мәтін емес, хабарламалар бойынша", ru: "вторичный источник: по сообщениям, не по официальному тексту", en: "secondary source: as reported, not from the official text" },
  unverified: { kk: "тексерілмеген: біздің бағамыз", ru: "не проверено: наша оценка", en: "unverified: our estimate" },
};

/** Art. 17(2) before the founder says who has the final word (knowledge/entries has one entry per known class). */
export const AUTONOMY_UNKNOWN: { title: Trilingual; text: Trilingual } = {
  title: { kk: "Дербестік сыныбы әлі белгісіз", ru: "Класс автономности пока не известен", en: "Autonomy class not yet known" },
  text: {
    kk: "Заң жүйелерді шешім қабылдаудағы дербестігіне қарай үш сыныпқа бөледі: түпкілікті таңдауды адам жасайтын, адам түзете алатын және адам түзете алмайтын жүйелер. Соңғы сөз кімде екенін көрсетіңіз.",
    ru: "Закон делит системы на три класса по независимости в принятии решений: окончательный выбор за человеком, человек может поправить решение, человек поправить не может. Укажите, за кем последнее слово.",
    en: "The law sorts systems into three classes by how independently they decide: a person makes the final choice, a person can correct the decision, or no person can. Say who has the final word.",
  },
};

/** Notes that qualify a whole section of the result. */
export const NOTES = {
  provisionalTier: {
    kk: "Бұл алдын ала баға: жүйе істен шықса немесе тоқтаса не болатынын көрсеткенде нақтыланады.",
    ru: "Это предварительная оценка: она уточнится, когда вы укажете, что будет при сбое или остановке системы.",
    en: "This is provisional: it settles once you say what a failure or shutdown would do.",
  },
  euMarketUnknown: {
    kk: "Жүйе ЕО нарығына шықпайтынын көрсетпегеніңіз үшін көрсетілді.",
    ru: "Показано, потому что вы не указали, что система не выходит на рынок ЕС.",
    en: "Shown because you have not said the system stays out of the EU market.",
  },
} as const satisfies Record<string, Trilingual>;

/**
 * Art. 18(2): how each prohibited capability can be changed so that the system may run, keyed by the answer that
 * revealed it. Where the ban turns on missing consent, getting consent is a way; otherwise the capability goes.
 */
export const REMEDY_TEXTS: Readonly<Record<RevealingField, Trilingual>> = {
  manipulation: {
    kk: "мінез-құлықты бұрмалайтын әдістерді алып тастаңыз: адамдар саналы шешім қабылдай алатындай таңдауды ашық әрі түсінікті ұсыныңыз.",
    ru: "уберите приёмы, искажающие поведение: предлагайте выбор открыто и понятно, чтобы люди решали осознанно.",
    en: "remove the techniques that distort behaviour: present choices openly and plainly, so that people decide with full awareness.",
  },
  exploitsVulnerability: {
    kk: "адамдардың жасын, мүгедектігін немесе әлеуметтік жағдайын оларға зиян келтіретіндей пайдалануды тоқтатыңыз; осал пайдаланушыларды қорғайтын шаралар енгізіңіз.",
    ru: "перестаньте использовать возраст, инвалидность или социальное положение людей во вред им; добавьте защиту для уязвимых пользователей.",
    en: "stop using people's age, disability or social situation against them; add safeguards for vulnerable users.",
  },
  socialScoring: {
    kk: "Қазақстан заңы көздемеген болса, адамдарды белгілі бір уақыт бойы әлеуметтік мінез-құлқы немесе жеке қасиеттері бойынша бағалауды және сыныптауды тоқтатыңыз.",
    ru: "прекратите оценивать и классифицировать людей во времени по социальному поведению или личным качествам, если это не предусмотрено законом Казахстана.",
    en: "stop rating and classifying people over time by their social behaviour or personal traits, unless a law of Kazakhstan provides for it.",
  },
  personalDataLawful: {
    kk: "дербес деректерді өңдеуді Дербес деректер туралы заңға сәйкестендіріңіз: әр мақсатқа келісім немесе заңдағы өзге негіз алыңыз, негізсіз жиналғанын жойыңыз.",
    ru: "приведите обработку персональных данных в соответствие с Законом о персональных данных: получите согласие или другое основание из закона для каждой цели, удалите собранное без основания.",
    en: "bring the handling of personal data in line with the Personal Data Law: get consent or another legal ground for each purpose, and delete what was collected without one.",
  },
  automatedDecisionConsent: {
    kk: "автоматтандырылған өңдеу адамдардың құқықтары туралы шешпес бұрын олардың келісімін алыңыз, немесе бұлай шешуді тоқтатыңыз.",
    ru: "получите согласие людей до того, как автоматизированная обработка решит вопрос об их правах, или перестаньте решать так.",
    en: "get people's consent before automated processing settles their rights, or stop deciding that way.",
  },
  biometricCategorisation: {
    kk: "биометриялық деректерден нәсіл, саяси көзқарас, дін не осыған ұқсас белгілер туралы тұжырым жасап, оны адамдарды кемсіту үшін пайдалануды тоқтатыңыз.",
    ru: "перестаньте выводить из биометрии расу, политические взгляды, религию и подобные признаки для дискриминации людей.",
    en: "stop inferring race, political views, religion or similar traits from biometric data to discriminate against people.",
  },
  emotionRecognition: {
    kk: "эмоцияларын айқындамас бұрын әр адамның келісімін алыңыз (келісім болса, тыйым қолданылмайды), немесе эмоцияларды айқындауды тоқтатыңыз.",
    ru: "получите согласие каждого человека до определения его эмоций (при согласии запрет не действует) или перестаньте определять эмоции.",
    en: "get each person's consent before determining their emotions (with consent the ban does not apply), or stop determining emotions.",
  },
  prohibitedOutputs: {
    kk: "заңда тыйым салынған нәтижелерді жасауды және таратуды тоқтатыңыз: оларды сүзгіден өткізіп, таратылғанын алып тастаңыз.",
    ru: "прекратите создавать и распространять запрещённые законом результаты: фильтруйте их и удалите то, что уже распространено.",
    en: "stop creating and spreading the outputs the law prohibits: filter them out and take down what was already spread.",
  },
};
