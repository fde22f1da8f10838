import { test } from "node:test";
import assert from "node:assert/strict";
import { describe, type InferredProfile } from "../../knowledge/describe/index.js";

/**
 * Kazakh readings written for this file, not taken from any dev set: for each kind of rule, sentences it must catch
 * (said in several ways: inflections, Russian words inside Kazakh, Russian-keyboard spelling) and near misses it must
 * not. `null` means the field must stay unread; `not` means any value but that one (or none).
 */
type Expect = { [F in keyof InferredProfile]?: InferredProfile[F] | null | { not: string } };
type Case = { text: string; expect: Expect };

const KINDS: Record<string, Case[]> = {
  "round 6 — scarcity that is not there, loans pushed on pensioners, fake reviews fought, an honesty index": [
    { text: "Бот 'тек 3 орын қалды' деп жазады, шын мәнінде орын шексіз.", expect: { manipulation: "yes" } },
    { text: "Курсқа жазылу ботын рассрочкаға итермелейтіндей етіп жасадық.", expect: { manipulation: "yes" } },
    { text: "Робот зейнеткерлерге микрокредит ұсынып қоңырау шалады, пайызын айтпаймыз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Қызметкерлерге 'адалдық индексін' есептейміз: кім корпоративке келмейді, кім басшылықты сынайды.", expect: { socialScoring: "yes" } },
    // Near misses: fake reviews removed, pensioners warned, a real count of seats.
    { text: "Жалған пікірлерді модель тауып, модератор өшіреді.", expect: { manipulation: null } },
    { text: "Бот зейнеткерлерге алаяқтардан қорғану туралы ескертеді, несие туралы айтпайды.", expect: { exploitsVulnerability: null } },
    { text: "Залда тек 3 орын қалды, бұл касса жүйесінің нақты саны.", expect: { manipulation: null } },
  ],
  "round 5 — Kazakh typed in Latin letters": [
    { text: "qosymsha zeinetkerlerdi tauyp alady da, olarga tungi uaqytta zaim turaly push jiberedi.", expect: { exploitsVulnerability: "yes" } },
    { text: "Bot adamnyn suretin sheshindirip jalanash foto jasaidy.", expect: { prohibitedOutputs: "yes" } },
    { text: "Klientterdin telefon nomerin jinaimyz, ruksat suramaimyz.", expect: { personalDataLawful: "no" } },
    { text: "Model kredit sheshimin ozi shygarady, operator qaramaidy.", expect: { failureImpact: "severe" } },
    // Near misses: a Latin-script help text and an English "bet" or "balance".
    { text: "Qosymsha zeinetkerlerge zeinetaqy qashan tusetinin aitady.", expect: { exploitsVulnerability: null } },
    { text: "The app shows your balance and the best bet on weather.", expect: { exploitsVulnerability: null, prohibitedOutputs: null } },
  ],
  "round 5 — hidden cancel buttons, rushed buying, timers that are not real": [
    { text: "Жазылымнан бас тарту батырмасын әдейі тығып қойдық.", expect: { manipulation: "yes" } },
    { text: "Отписка кнопкасын бесінші бетке жасырдық.", expect: { manipulation: "yes" } },
    { text: "Клиент ойланбай сатып алсын деп экранды солай жасадық.", expect: { manipulation: "yes" } },
    { text: "Акциядағы таймер нақты емес, әр кіргенде қайта басталады.", expect: { manipulation: "yes" } },
    // Near misses: a real delivery deadline; a button that is easy to find.
    { text: "Таймер тапсырыстың нақты дайындалу уақытын көрсетеді.", expect: { manipulation: null } },
    { text: "Ойланып алып, кейін сатып алуға болады, бағасы өзгермейді.", expect: { manipulation: null } },
  ],
  "round 5 — children pressed to pay, offers timed for when parents are away": [
    { text: "Ойын кейіпкері бала донат жасамаса «мен ренжимін, кетемін» дейді.", expect: { manipulation: "yes", exploitsVulnerability: "yes" } },
    { text: "Ата-аналары жұмыста кезде ғана балаларға скидка мен сандық ұсынамыз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Родители ұйықтап жатқанда қосымша балаға пуш жібереді: «жаңа скин тек 10 минут».", expect: { exploitsVulnerability: "yes" } },
    // Near miss: a parental limit on purchases.
    { text: "Ата-анасы ұйықтап жатса да, лимит пен бақылау бар: сатып алу тек ата-ананың растауымен.", expect: { exploitsVulnerability: null } },
  ],
  "round 5 — documents made to pass for real": [
    { text: "Бот дипломды печатімен және QR-кодымен генерациялайды.", expect: { prohibitedOutputs: "yes" } },
    { text: "Нейронка справка жасайды, мөрі мен қолтаңбасы бар, шын құжаттан ажырата алмайсыз.", expect: { prohibitedOutputs: "yes" } },
    { text: "Больничный парақтарын заказпен сатамыз, бәрін GPT сызады.", expect: { prohibitedOutputs: "yes" } },
    // Near misses: an official service's own certificates; a checker of forged ones.
    { text: "eGov анықтаманы ресми QR-кодымен жасайды.", expect: { prohibitedOutputs: null } },
    { text: "Модель паспорттың шын не жалған екенін тексеріп, мөрін анықтайды.", expect: { prohibitedOutputs: null } },
  ],
  "round 5 — nobody gave consent; we do not rate people; the tier from the use": [
    { text: "Клиенттердің ИИН базасын қолданамыз, согласие ешкім бермеген.", expect: { personalDataLawful: "no" } },
    { text: "Абоненттердің телефон базасы бар. Рұқсатты ешкімнен сұрамадық.", expect: { personalDataLawful: "no" } },
    { text: "Қолданушылардың аты-жөні мен телефонын жинаймыз, келісім алмаймыз.", expect: { personalDataLawful: "no" } },
    // Near miss: consent is asked («рұқсат сұраймыз»).
    { text: "Абоненттердің телефон базасы бар, әр адамнан рұқсат сұраймыз.", expect: { personalDataLawful: { not: "no" } } },
    { text: "Жеке адамдарды бағаламаймыз, тек компанияларды.", expect: { socialScoring: null } },
    { text: "Чатқа антиспам бот қостық, ол жарнаманы өзі өшіреді.", expect: { failureImpact: "minimal" } },
    { text: "Жалған пікірлер мен боттарды анықтайтын модель, модератор шешеді.", expect: { failureImpact: "minimal", autonomy: "low" } },
    { text: "Диагноздар базасын серіктеске сатамыз.", expect: { failureImpact: { not: "severe" } } },
    // Near misses: an actual diagnosis; fake reviews written, not caught.
    { text: "Модель рентгеннен диагноз қояды.", expect: { failureImpact: "severe" } },
    { text: "Біз селлерлерге жалған пікірлер жазамыз.", expect: { manipulation: "yes" } },
  ],
  "round 4 — loneliness, gullibility and need used on purpose": [
    { text: "Жалғыз қарттардың сенгіштігін пайдаланып, оларға қымбат БАД сатамыз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Біздің боттар әйелдердің жалғыздығын пайдаланады, жазылым алдырады.", expect: { exploitsVulnerability: "yes" } },
    { text: "Клиенттердің мұқтаждығына ойнаймыз: ақша керек болса, бірден займ ұсынамыз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Жесір әйелдерді тауып, оларға несие туралы смс жібереміз.", expect: { exploitsVulnerability: "yes" } },
    // Near misses: a security tool exploits a system's vulnerabilities; patients use an app.
    { text: "Агент сервердің осалдығын тауып, уязвимостьты пайдаланады, тек клиенттің рұқсатымен.", expect: { exploitsVulnerability: null } },
    { text: "Науқастар қосымшаны күнде пайдаланады.", expect: { exploitsVulnerability: null } },
    // «пайдаланушы» (a user) is not «пайдаланады» (uses): a support chat for lonely users exploits nothing.
    { text: "Жалғыздықты сезінетін пайдаланушыларға психолог-бот 24/7 қолдау көрсетеді.", expect: { exploitsVulnerability: null, manipulation: null } },
    { text: "Кінә сезімі бар пайдаланушыларға медитация ұсынамыз.", expect: { manipulation: null } },
  ],
  "round 4 — pressure and guilt to make people pay": [
    { text: "Бот «қазір төлесең ғана орын қалады» деп қысым жасайды.", expect: { manipulation: "yes" } },
    { text: "Операторлар қарызы бар клиенттерге қысым көрсетеді, скрипті ИИ жазады.", expect: { manipulation: "yes" } },
    { text: "Чат-бот «мен ауырып қалдым» деп аяушылық тудырады да, сыйлық сұрайды.", expect: { manipulation: "yes" } },
    { text: "Хабарламалар кінә сезімін оятады, адамдар донат жасайды.", expect: { manipulation: "yes" } },
    // Near misses: blood and tyre pressure.
    { text: "Тонометр қан қысымын өлшейді, модель қысым жоғары болса дәрігерге ескертеді.", expect: { manipulation: null } },
    { text: "Датчик шинаның қысымын бақылайды, қысым түссе жүргізушіге хабарлайды.", expect: { manipulation: null } },
  ],
  "round 4 — people think the camera is for something else (the clause that says so)": [
    { text: "Камера сатушылардың көңіл-күйін бағалайды. Қызметкерлер оны қауіпсіздік үшін деп ойлайды.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    { text: "Модель операторлардың дауысынан стресті анықтайды, ал операторлар жүйені жай запись деп біледі.", expect: { emotionConsent: "no" } },
    { text: "Вебкамера оқушылардың эмоциясын талдайды, ата-аналар бұл тек прокторинг деп санайды.", expect: { emotionConsent: "no" } },
    // Near miss: they know it reads emotions.
    { text: "Камера көңіл-күйді бағалайды; қызметкерлер камера эмоцияны оқиды деп біледі, келісім берген.", expect: { emotionConsent: { not: "no" } } },
  ],
  "round 4 — failure impact from the use": [
    // «қаза» (death) is not «қазақша» (Kazakh) nor «қазан».
    { text: "Плагин қазақша мәтіндегі емле қателерін түзетеді.", expect: { failureImpact: "minimal" } },
    { text: "Жүйе істемей қалса, жұмысшы қаза болуы мүмкін.", expect: { failureImpact: "severe" } },
    // A credit limit cut by the model; but loan marketing is not a credit decision.
    { text: "Рейтингі түскен клиенттердің кредит лимиті автоматты түрде азаяды.", expect: { failureImpact: "severe" } },
    { text: "Несие картасының лимитін модель өзі төмендетеді.", expect: { failureImpact: "severe" } },
    { text: "МФО үшін push-рассылка: займда отказ алғандарға жаңа оффер жібереміз.", expect: { failureImpact: { not: "severe" } } },
    // Practice tests are not exams that decide anything.
    { text: "Пробный тест кезінде нәтижесі автоматты түрде аннулирует етіледі.", expect: { failureImpact: { not: "severe" } } },
    { text: "ҰБТ-ның сынама тестінде бағаны модель тексереді.", expect: { failureImpact: { not: "severe" } } },
    { text: "Емтихан нәтижесін жүйе өзі аннулирует етеді.", expect: { failureImpact: "severe" } },
    // Border queues on a freight route are delays, not border control.
    { text: "Фураларға маршрут пен шекарадағы кезекті болжаймыз.", expect: { failureImpact: "harm" } },
    { text: "Жүк көліктеріне ETA есептейміз, диспетчер қарайды.", expect: { failureImpact: "harm" } },
    { text: "Шекара бекетінде жолаушылардың бетін іздеудегілер тізімімен салыстырады.", expect: { failureImpact: "severe" } },
    // News dubbed in a cloned voice reaches viewers as fact; a film's dubbing barely matters.
    { text: "Жаңалықтарды ағылшын тіліне дубляж жасаймыз.", expect: { failureImpact: { not: "minimal" } } },
    { text: "Мультфильмдерге қазақша дубляж жасаймыз.", expect: { failureImpact: "minimal" } },
    // A bot that itself changes tariffs or bookings costs money when wrong.
    { text: "Бот абоненттің тарифін өзі ауыстырады.", expect: { failureImpact: "harm" } },
    { text: "Ассистент қонақүй бронын өзі өзгертеді.", expect: { failureImpact: "harm" } },
    // Ornaments and prints: minimal.
    { text: "Генератор текстильге ою-өрнек пен принт шығарады.", expect: { failureImpact: "minimal" } },
    { text: "Модель кафелерге логотип жасайды.", expect: { failureImpact: "minimal" } },
  ],
  "round 4 — who has the final word, who uses it, where data are": [
    { text: "Соңғы вердиктті біздің сарапшы береді.", expect: { autonomy: "low" } },
    { text: "Жоспарды бөлімше бастығы бекітеді.", expect: { autonomy: "low" } },
    { text: "Күзетші планшетте қызыл не жасыл көреді, кіргізуді өзі шешеді.", expect: { autonomy: "low", userFacing: "yes" } },
    { text: "Легит-чекер модельдің нәтижесін тексереді.", expect: { userFacing: "yes" } },
    { text: "Форумдағы комментарийлерді сүзеді.", expect: { userFacing: "yes" } },
    // Near miss: a grid automatic watched in a log by the dispatcher.
    { text: "Подстанциядағы автоматика фидерді өзі ауыстырады, инженер кейін тексереді.", expect: { userFacing: null } },
    { text: "Барлық деректер КЗ-да, медорталықтың серверінде.", expect: { dataStorage: "kazakhstan" } },
    { text: "Бейнелер ведомствоның ЦОД-ында сақталады.", expect: { dataStorage: "kazakhstan" } },
    { text: "Мәтінді шетелдік API-ға жібереміз.", expect: { dataStorage: "abroad" } },
    { text: "Дауысты ElevenLabs-та клондаймыз.", expect: { dataStorage: "abroad" } },
    // Near miss: a Kazakh model run on premises.
    { text: "Модель on-prem, OpenAI-дың ашық салмақтарын жергілікті серверде қолданамыз.", expect: { dataStorage: { not: "abroad" } } },
  ],
  "round 3 — «...ған жоқпыз»: the personal endings of жоқ/емес deny too": [
    { text: "Қызметкерлердің дауысынан ашуын анықтаймыз, оларға бұл туралы ескерткен жоқпыз.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    { text: "Курьерлер аккаунтын жүйе автоматом блоктайды, олардан согласие алған жокпыз.", expect: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
    { text: "Клиенттердің чаттарын жинаймыз, рұқсат сұраған жоқпын.", expect: { personalDataLawful: "no" } },
    // Near miss: «айтқанбыз» (we have told) is no denial.
    { text: "Операторлардың дауысынан стресті анықтаймыз, бұл туралы оларға айтқанбыз, келісім алдық.", expect: { emotionConsent: { not: "no" } } },
  ],
  "round 3 — the same, typed on a Russian keyboard": [
    { text: "Модель зейнеткерлерди тауып, оларга жедел займ туралы смс жибереди.", expect: { exploitsVulnerability: "yes" } },
    { text: "Кандидаттардын тусиндемесин модель сурыптап, шортлистке косады.", expect: { failureImpact: "severe" } },
    { text: "Номерлер базасын телеграм каналдан сатып алдык.", expect: { personalDataLawful: "no" } },
    { text: "Дукендеги камера сатып алушынын бетине карап тауарга реакциясын жазады.", expect: { emotionRecognition: "yes" } },
    // Near miss: «кез келген» typed on a Russian keyboard is still no weak moment.
    { text: "Зейнеткерлер кез келген уакытта карттарын бугаттай алады.", expect: { exploitsVulnerability: null } },
  ],
  "round 3 — consent not checked, bases bought, data sold": [
    { text: "Кез келген адамның фотосын жүктейсің. Суреттегі адамның келісімі тексерілмейді.", expect: { personalDataLawful: "no" } },
    { text: "Клиенттер базасын (аты-жөні, телефон, ЖСН) бір каналдан сатып алдық, арзан болды.", expect: { personalDataLawful: "no" } },
    { text: "Номерлер базасын даркнет форумнан купили, 50 мың контакт.", expect: { personalDataLawful: "no" } },
    { text: "Пайдаланушылардың профильдерін жарнама агенттіктеріне сатамыз.", expect: { personalDataLawful: "no" } },
    // Near misses: a CRM licence bought; the data of people who bought goods; a conditional disagreement.
    { text: "CRM жүйесінің лицензиясын сатып алдық, клиенттер базасы сонда.", expect: { personalDataLawful: { not: "no" } } },
    { text: "Тауар сатып алған клиенттердің деректерін Қазақстанда сақтаймыз.", expect: { personalDataLawful: null } },
    { text: "Клиент келісім береді; шағымданса, маман қарайды.", expect: { personalDataLawful: { not: "no" } } },
  ],
  "round 3 — emotions read by a verb, faces watched for a reaction": [
    { text: "Камера келушінің бетіне қарап жарнамаға реакциясын жазады.", expect: { emotionRecognition: "yes" } },
    { text: "Сабақта оқушылардың көңіл-күйін талдаймыз, бірақ ата-аналар бұл туралы білмейді.", expect: { emotionRecognition: "yes" } },
    { text: "Эмоция оқитынымыз жайлы клиенттер білмейді.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    // Near misses: a denial; reactions counted as likes; emotions of a film's scenes.
    { text: "Біз эмоцияны анықтамаймыз, тек сөздерді транскрипциялаймыз.", expect: { emotionRecognition: { not: "yes" } } },
    { text: "Посттарға реакцияларды (лайк, коммент) санаймыз.", expect: { emotionRecognition: null } },
    { text: "Фильмнің сценаларындағы эмоцияны талдап трейлер құрастырады.", expect: { emotionRecognition: { not: "yes" } } },
  ],
  "round 3 — vulnerable groups sought out and pushed, at their weak moment": [
    { text: "Модель зейнеткерлерді тауып, оларға жедел займ туралы смс жібереді.", expect: { exploitsVulnerability: "yes" } },
    { text: "Лудомандарды транзакциялардан анықтап, түнде казино офферін пуш етеміз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Просрочкасы бар борышкерлерді іздеп, микрокредит рекламасын көрсетеміз.", expect: { exploitsVulnerability: "yes" } },
    // Near misses: pensioners warned about fraudsters; pensioners who may call at any time.
    { text: "Банк зейнеткерлерді анықтап, оларға алаяқтар туралы ескерту хабарламасын жібереді.", expect: { exploitsVulnerability: null } },
    { text: "Зейнеткерлер кез келген уақытта операторға қоңырау шала алады.", expect: { exploitsVulnerability: null } },
  ],
  "round 3 — scoring of people with no law in its sentence": [
    { text: "Бот жалға алушының соцжелідегі посттарын парсит етіп, көршілермен ұрысқан ба, ішімдік ішеді ме — сенімділік рейтингін шығарады.", expect: { socialScoring: "yes", scoringLegalBasis: "no" } },
    { text: "Қызметкерлерге олардың курилкада өткізген уақытына қарай балл қоямыз.", expect: { socialScoring: "yes", scoringLegalBasis: "no" } },
    // Near misses: a law named in the sentence; restaurants scored.
    { text: "Тұрғындардың коммуналдық төлем рейтингін заң бойынша, үкімет қаулысымен есептейміз.", expect: { scoringLegalBasis: { not: "no" } } },
    { text: "Мейрамханаларға 100 баллдық рейтинг береміз.", expect: { socialScoring: null, domain: { not: "finance" } } },
  ],
  "round 3 — failure impact from the use, more families": [
    { text: "Рекрутерге кандидаттардың шортлисті автомат түрде құрылады.", expect: { failureImpact: "severe" } },
    { text: "Үміткерлердің түйіндемесін модель сұрыптап, әлсіздерін отсеивает етеді.", expect: { failureImpact: "severe" } },
    { text: "Шекаралық бақылауда жолаушының бетін іздеудегілер базасымен салыстырамыз.", expect: { failureImpact: "severe" } },
    { text: "Емтихан кезінде күдікті қозғалыс болса нәтиже автоматты түрде аннулируется.", expect: { failureImpact: "severe" } },
    { text: "Курьерлердің доставка маршрутын оптимизациялаймыз.", expect: { failureImpact: "harm" } },
    { text: "Пентест агенті клиенттің периметрін сканерлеп, уязвимостьтарды табады.", expect: { failureImpact: "harm" } },
    { text: "Агрономға қай алқапқа гербицид шашу керегін айтамыз.", expect: { failureImpact: "harm" } },
    { text: "Нотариустарға сенімхат сканын тексеретін құрал.", expect: { failureImpact: "harm" } },
    { text: "Қонақүйлер мен кафелерге пікірлер бойынша рейтинг шығарамыз.", expect: { failureImpact: "minimal" } },
    { text: "Онлайн-кинотеатрға арналған сериал трейлерлері.", expect: { failureImpact: "minimal" } },
    { text: "Юзер өзі туралы жазады, модель әдемі био-текст ұсынады.", expect: { failureImpact: "minimal" } },
    { text: "Беттерді сақтамаймыз, маркетологтарға тек статистика береміз.", expect: { failureImpact: "minimal" } },
    { text: "Дүкен басшысына жалпы статистика ғана көрсетіледі.", expect: { failureImpact: "minimal" } },
    // Near miss: statistics that decide a fine are no harmless report.
    { text: "Жүргізушілерге айыппұл тек статистика бойынша салынады.", expect: { failureImpact: { not: "minimal" } } },
    // Near misses: a warehouse picking route; a judge's assistant; a lawyer's help in a court's sentencing.
    { text: "Қоймада комплектовщикке ең қысқа маршрутты көрсетеді.", expect: { failureImpact: { not: "harm" } } },
    { text: "Судьяға жаза мөлшері бойынша құжаттарды талдап береді.", expect: { failureImpact: { not: "harm" } } },
  ],
  "round 3 — who has the final word, said in more ways": [
    { text: "Пациент дозаны растайды немесе өзгертеді.", expect: { autonomy: "low" } },
    { text: "Кезекші офицер растамаса, ешқандай шара қабылданбайды.", expect: { autonomy: "low" } },
    { text: "Агроном өзі шешеді, біз тек рекомендация береміз.", expect: { autonomy: "low" } },
    { text: "Сәйкес келсе охранникке пуш келеді.", expect: { autonomy: "low" } },
    { text: "Абонент кез келген уақытта хатты қайтарып ала алады.", expect: { autonomy: "medium" } },
    { text: "Түсіп қалса диспетчерлер қолмен бөледі.", expect: { autonomy: "medium" } },
    { text: "Автоматика миллисекундта ауыстырады, оператор тоқтатып үлгере алмайды, тек кейін журналдан ғана көреді.", expect: { autonomy: "high" } },
    { text: "Бот өзі 300 каналға рассылка жасайды.", expect: { autonomy: "high" } },
    // Near misses: «әр жолы басқа жерге» (each time elsewhere) is no «басқа жолмен» (another way); a person being checked.
    { text: "Отмена кнопкасы әр жолы басқа жерге жылжиды.", expect: { autonomy: null } },
    { text: "Тексерілетін адамдардан ешқандай рұқсат алмаймыз.", expect: { autonomy: null } },
  ],
  "round 3 — personal data, storage and users that save questions": [
    { text: "Бот брон үшін атын, телефонын алып менеджерге береді.", expect: { personalData: "yes", userFacing: "yes" } },
    { text: "Әр звонокты транскрибация жасап CRM-ге саламыз.", expect: { personalData: "yes" } },
    { text: "Тек заттар, адамдар жоқ — товардың фонын ауыстырады.", expect: { personalData: "no" } },
    { text: "Персдата жоқ, тек егістік суреттері.", expect: { personalData: "no" } },
    { text: "Personal data jinamaimyz, akkaunt Steam arqyly.", expect: { personalData: "no" } },
    { text: "Мәтіндерді серверде сақтамаймыз, бәрі сол сәтте өңделеді.", expect: { dataStorage: "none", trainingLocation: "no_personal_data" } },
    { text: "Бәрі соттың өз серверінде, жабық контурда.", expect: { dataStorage: "kazakhstan" } },
    { text: "Маршрутты комплектовщиктің ТСД-сына шығарады.", expect: { userFacing: "yes" } },
    { text: "Модель ПКБ мен ГЦВП деректері бойынша скоринг жасайды.", expect: { dataStorage: "kazakhstan", trainingLocation: "kazakhstan" } },
    { text: "Микроқаржы ұйымына арналған скоринг модель.", expect: { dataStorage: "kazakhstan" } },
    { text: "МФО үшін модель, деректер Франкфурттағы AWS-та сақталады.", expect: { dataStorage: "abroad" } },
    // Near misses: names and phones not kept; data kept (not "not kept"); a model trained on our own servers says
    // nothing of where data are stored.
    { text: "Адамдардың аты-жөнін, телефонын сақтамаймыз.", expect: { personalData: { not: "yes" } } },
    { text: "Мәтіндерді серверде сақтаймыз.", expect: { dataStorage: { not: "none" } } },
    { text: "Модельді өз серверлерімізде оқытамыз.", expect: { dataStorage: null } },
  ],
  "round 2 — nobody told or asked, in Kazakh, Russian inside Kazakh and Russian-keyboard spelling": [
    { text: "Қоңырау орталығында операторлардың дауысынан ашуын анықтаймыз, бұл туралы оларға айтпадық.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    { text: "Камера оқушылардың көңілсіз отырғанын анықтайды, ата-аналардан согласие не спрашиваем.", expect: { emotionConsent: "no" } },
    { text: "Кызметкерлердин настроениесин камерадан аныктаймыз, оларга ескертпедик.", expect: { emotionConsent: "no" } },
    { text: "Клиенттердің чаттарын жинаймыз, ол адамдар бізге ешқандай рұқсат берген жоқ.", expect: { personalDataLawful: "no" } },
    { text: "Кіреберістегі камера әр келушінің бетін сканерлейді, келушілер бұны білмейді.", expect: { personalDataLawful: "no" } },
    // Near misses: a conditional «келіспесе» (if he disagrees) is no denial; people who know; consent given.
    { text: "Клиент келісім береді, келіспесе эксперт қарайды.", expect: { personalDataLawful: { not: "no" } } },
    { text: "Қызметкерлер камераның күзет үшін екенін біледі.", expect: { personalDataLawful: null } },
  ],
  "round 2 — the machine approves or refuses; automatic decisions as a noun": [
    { text: "Жүйе өтінімді 20 секундта одобряет немесе отказ береді.", expect: { automatedDecisions: "yes" } },
    { text: "Алгоритм нәтижені автоматты түрде аннулирует етеді.", expect: { automatedDecisions: "yes" } },
    { text: "Бұл толық автоматты шешім, клиенттен бөлек келісім алмаймыз.", expect: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
    // Near misses: the model only recommends, a person decides.
    { text: "Модель тек ұсыныс береді, одобрить ететін менеджер.", expect: { automatedDecisions: null } },
  ],
  "round 2 — scoring with no law named, loyalty and trust indexes of people": [
    { text: "Қызметкерлерге лояльность индексі береміз, соцжелідегі посттарына қарай.", expect: { socialScoring: "yes", scoringLegalBasis: "no" } },
    { text: "Тұрғындарға сенім рейтингі есептеледі, рейтингі төмендерге кезек кейін.", expect: { socialScoring: "yes" } },
    { text: "Жалгерлердің тәртіп баллын жинаймыз, заң бойынша бекітілген тәртіппен.", expect: { scoringLegalBasis: { not: "no" } } },
    // Near miss: a wine's score.
    { text: "Шараптардың сенім рейтингі сомелье бағасымен.", expect: { socialScoring: null } },
  ],
  "round 2 — faces sorted by ethnicity or religion": [
    { text: "Селфиден адамның ұлтын анықтап, тек қазақтарға көрсетеміз.", expect: { biometricCategorisation: "yes" } },
    { text: "Камера келушінің діндар ма жоқ па екенін анықтайды.", expect: { biometricCategorisation: "yes" } },
    { text: "Модель фотодан национальность пен религиясын шығарады.", expect: { biometricCategorisation: "yes" } },
    // Near misses: a video translated into Russian; blurred faces; "Kazakh" as a language.
    { text: "Видеоларды орыс тіліне аударамыз.", expect: { biometricCategorisation: null } },
    { text: "Фотоға қазақша жазу қосамыз.", expect: { biometricCategorisation: null } },
  ],
  "round 2 — offers timed to a weak moment, children paying with parents' cards, short countdowns": [
    { text: "Ойыншы қатарынан бірнеше рет ұтылғанда дәл сол сәтте жеңілдік ұсынысын шығарамыз.", expect: { manipulation: "yes" } },
    { text: "Бала ата-анасының картасымен бір тап арқылы сатып алады.", expect: { exploitsVulnerability: "yes" } },
    { text: "Экранда тек 3 минут, скидка 80% деп шығады.", expect: { manipulation: "yes" } },
    // Near misses: delivery in 30 minutes; a purchase that needs a parent's confirmation; an angry customer helped.
    { text: "Жеткізу тек 30 минутта.", expect: { manipulation: null } },
    { text: "Баланың сатып алуы ата-анасының растауымен ғана, картадан лимит бар.", expect: { exploitsVulnerability: null } },
    { text: "Басшыларға қай қызметкер ашуланғанын айтады.", expect: { manipulation: null } },
  ],
  "round 2 — ads for unlicensed casinos and bookmakers": [
    { text: "Букмекерлерге рекламалық посттар генерациялаймыз, лицензиясы жоқ.", expect: { prohibitedOutputs: "yes" } },
    { text: "Кюрасао казино үшін баннерлер жасаймыз.", expect: { prohibitedOutputs: "yes" } },
    { text: "Онлайн-казиноға жарнама мәтіндерін жазады, модерациядан өту үшін сөздерді бұрмалайды.", expect: { prohibitedOutputs: "yes" } },
    // Near miss: an anti-spam bot that deletes casino spam.
    { text: "Антиспам бот казино спамын өзі өшіреді.", expect: { prohibitedOutputs: null } },
  ],
  "round 2 — failure impact from the use": [
    { text: "Бот тойға тост пен өлең жазып береді.", expect: { failureImpact: "minimal" } },
    { text: "Фотоңды жүктейсің, бот аватар жасап береді.", expect: { failureImpact: "minimal" } },
    { text: "Қонақүй сайтындағы бот бағалар мен брондау туралы сұрақтарға жауап береді.", expect: { failureImpact: "minimal" } },
    { text: "Мобильная игра балаларға.", expect: { failureImpact: "minimal" } },
    { text: "Жиналыстардың аудиосын мәтінге айналдырамыз, хатшы тексереді.", expect: { failureImpact: "harm" } },
    { text: "Модель ПКБ деректерімен лимит шешеді.", expect: { failureImpact: "severe" } },
    { text: "Өтінімді одобрение немесе отказ береді.", expect: { failureImpact: "severe" } },
    // Near misses: a recommendation to an agronomist is not a film recommender; a photo checked against an ID.
    { text: "Агрономға препарат мөлшері бойынша рекомендация береміз.", expect: { failureImpact: { not: "minimal" } } },
    { text: "Селфи мен куәліктің фотосын жүктейсің, несие береміз.", expect: { failureImpact: { not: "minimal" } } },
    { text: "Дәрігерге симптомдар бойынша сұрақтарға жауап береді.", expect: { failureImpact: { not: "minimal" } } },
    { text: "Заңгерлерге сот актілерінің базасы бойынша іздеу.", expect: { domain: { not: "justice" } } },
  ],
  "manipulation: fake urgency, hidden buttons, fear, no time to think": [
    { text: "Сайтта жалған таймер қоямыз, жеңілдік бітеді деп асықтырамыз.", expect: { manipulation: "yes" } },
    { text: "Дүкен қосымшасы шынында қоймада бәрі бар болса да, тек 1 дана қалды деп көрсетеді.", expect: { manipulation: "yes" } },
    { text: "Жалган таймер коямыз, женилдик 5 минутта битеди дейміз.", expect: { manipulation: "yes" } },
    { text: "Жазылымнан бас тарту батырмасын әдейі жасырамыз.", expect: { manipulation: "yes" } },
    { text: "Бот клиентті қорқытып, сақтандыру полисін сатады.", expect: { manipulation: "yes" } },
    { text: "Клиент ойланып үлгермей төлейтіндей етіп жасадық.", expect: { manipulation: "yes" } },
    // Near misses: a photo editor's "manipulation" mode, a game's timer, detecting fraudsters' tricks.
    { text: "Фото редакторда манипуляция режимі бар, суреттің фонын өзгертеді.", expect: { manipulation: null } },
    { text: "Ойын уақыты аяқталғанда таймер көрсетеміз.", expect: { manipulation: null } },
    { text: "Алаяқтардың айласын анықтаймыз.", expect: { manipulation: null } },
  ],
  "vulnerability: debt, bets and paid extras pushed on the indebted, gamblers, children, pensioners": [
    { text: "Микроқарыз ұйымына модель: қарызы көп, просрочкасы бар адамдарды тауып, оларға жаңа займ ұсынысын жиірек жібереміз.", expect: { exploitsVulnerability: "yes" } },
    { text: "Зейнеткерлерге қымбат жазылымды көбірек ұсынамыз, өйткені олар шарттарды түсінбейді.", expect: { exploitsVulnerability: "yes" } },
    { text: "Балаларға арналған ойында донат офферлерін жиірек көрсетеміз.", expect: { exploitsVulnerability: "yes" } },
    { text: "казино ставкаларына тәуелді ойыншыларды тауып, бонус жібереміз", expect: { exploitsVulnerability: "yes" } },
    { text: "Зейнеткерлерге займ рекламасын жиирек корсетемиз.", expect: { exploitsVulnerability: "yes" } },
    // Near misses: protecting pensioners, a children's game without paid extras, servers' "vulnerabilities".
    { text: "Зейнеткерлерге арналған қаржылық сауаттылық курсы, алаяқтардан қорғауды үйретеміз.", expect: { exploitsVulnerability: null } },
    { text: "Балаларға арналған ойын, донат жоқ, ата-ана бақылауы бар.", expect: { exploitsVulnerability: null } },
    { text: "Пентест құралы серверлердегі осалдықтарды тауып, эксплуатациялайды.", expect: { exploitsVulnerability: null, personalData: { not: "yes" } } },
  ],
  "social scoring of people by behaviour, and whether a law provides for it": [
    { text: "Жалгерлерге рейтинг береміз: шағымдар мен айыппұлдарға қарай, рейтингі төмендерге пәтер бермейміз. Бұған заң жоқ.", expect: { socialScoring: "yes", scoringLegalBasis: "no" } },
    { text: "Қызметкерлердің соцжелідегі посттарына қарай лоялдық индексін есептейміз, заңда мұндай ештеңе көзделмеген.", expect: { socialScoring: "yes", scoringLegalBasis: "no" } },
    { text: "Азаматтарға рейтинг береміз, бұл заң бойынша бекітілген.", expect: { socialScoring: "yes", scoringLegalBasis: "yes" } },
    // Near misses: wines and hotels are rated, posts are scheduled, machines "behave".
    { text: "Шараптарға рейтинг береміз, сомелье бағалары бойынша.", expect: { socialScoring: null } },
    { text: "Қонақүйлердің рейтингін қонақтардың пікірлеріне қарай есептейміз.", expect: { socialScoring: null } },
    { text: "SMM құралы: әлеуметтік желідегі посттарды кесте бойынша жоспарлайды.", expect: { socialScoring: null } },
    { text: "Станоктардың жүріс-тұрысын датчиктер арқылы бағалаймыз.", expect: { socialScoring: null } },
  ],
  "personal data taken without a lawful ground: leaks, bought databases, no consent to the data": [
    { text: "Клиенттердің деректерін даркнеттегі базалардан сатып аламыз.", expect: { personalData: "yes", personalDataLawful: "no" } },
    { text: "Адамдардың телефон номерлерін олардың рұқсатынсыз жинаймыз.", expect: { personalData: "yes", personalDataLawful: "no" } },
    { text: "Қолданушылардың деректерін жарнама берушілерге сатамыз, олар бұл туралы білмейді.", expect: { personalDataLawful: "no" } },
    { text: "Клиенттердин деректерин сливтерден жинаймыз.", expect: { personalDataLawful: "no" } },
    // Near misses: a leak-monitoring service; a photo editor that keeps only sellers' emails.
    { text: "Деректер ағып кетуін анықтап, клиенттерге ескертеміз.", expect: { personalDataLawful: null } },
  ],
  "emotions read without consent, and emotions that belong to songs": [
    { text: "Камера жұмысшылардың ашуланғанын анықтайды, оларға бұл туралы айтпаймыз.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    { text: "Кандидаттардын бет мимикасынан эмоциясын аныктаймыз, олар бул туралы билмейди, келисим алмаймыз.", expect: { emotionRecognition: "yes", emotionConsent: "no" } },
    { text: "Клиенттің дауысынан ашуын анықтаймыз, клиент бұған келісім береді.", expect: { emotionRecognition: "yes", emotionConsent: "consent" } },
    // Telling nobody about emotion analysis is no denial of it; a song's mood is nobody's emotion.
    { text: "Эмоцияларды анықтамаймыз.", expect: { emotionRecognition: "no" } },
    { text: "Әндердің көңіл-күйін анықтап, плейлист құрамыз.", expect: { emotionRecognition: { not: "yes" } } },
  ],
  "automated decisions and consent to them": [
    { text: "Несие беру туралы шешімді модель өзі қабылдайды, клиенттен келісім сұрамаймыз.", expect: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
    { text: "Кандидаттарды алгоритм автоматты түрде отсеивает етеді.", expect: { automatedDecisions: "yes" } },
    { text: "Өтінімді модель өзі одобрить немесе отказ береді.", expect: { automatedDecisions: "yes" } },
    // Talking about consent to automated decisions is no denial that they are taken.
    { text: "Автоматты шешімге клиенттен жеке келісім алмаймыз.", expect: { automatedDecisions: { not: "no" } } },
    // Near miss: the farmer himself decides.
    { text: "Кеңес береміз, шешімді фермердің өзі қабылдайды.", expect: { automatedDecisions: null } },
  ],
  "prohibited outputs: undressing photos, forged papers, unlicensed gambling": [
    { text: "Бот кез келген әйелдің суретін жалаңаш етіп генерациялайды.", expect: { prohibitedOutputs: "yes", syntheticContent: "yes" } },
    { text: "Кыздын фотосын жалангаш етип генерациялайды.", expect: { prohibitedOutputs: "yes" } },
    { text: "Сервис жалған диплом мен анықтама жасап береді.", expect: { prohibitedOutputs: "yes" } },
    { text: "Лицензиясыз казино жарнамасын автоматты түрде жасап таратамыз.", expect: { prohibitedOutputs: "yes" } },
    { text: "Экстремистік материалдар мен наркотик сату мәтіндерін генерациялайды.", expect: { prohibitedOutputs: "yes" } },
    // Near misses: moderation that blocks such content, checking forged papers, detecting deepfakes.
    { text: "Модерация боты порнографиялық суреттерді анықтап, бұғаттайды.", expect: { prohibitedOutputs: null } },
    { text: "Банк үшін жалған құжаттарды анықтайтын жүйе.", expect: { prohibitedOutputs: null } },
    { text: "Дипфейк видеоларды анықтайтын сервис жасаймыз.", expect: { prohibitedOutputs: null, syntheticContent: null } },
  ],
  "failure impact from the domain and the use": [
    { text: "Корпоративтік поштаға арналған спам сүзгісі.", expect: { failureImpact: "minimal" } },
    { text: "Word-қа емле мен грамматика тексеретін плагин.", expect: { failureImpact: "minimal" } },
    { text: "Ойындағы NPC кейіпкерлер ойыншымен сөйлеседі.", expect: { failureImpact: "minimal" } },
    { text: "Фильмдер ұсынатын рекомендация жүйесі.", expect: { failureImpact: "minimal" } },
    { text: "Склад қызметкерлеріне тауар жинау маршрутын құрады.", expect: { failureImpact: "minimal" } },
    { text: "Модель емтихан жұмыстарын өзі тексеріп балл қояды.", expect: { failureImpact: "severe" } },
    { text: "Дәрігерге диагноз қоюға көмектеседі, модель қатерлі ісікті анықтайды.", expect: { failureImpact: "severe" } },
    { text: "Жүйе бағдаршамдарды өзі ауыстырады.", expect: { failureImpact: "severe" } },
    { text: "Жәрдемақы кезегін модель автоматты түрде белгілейді.", expect: { failureImpact: "severe" } },
    { text: "Банктің кредит скорингі өтінімдерді өзі бағалайды.", expect: { failureImpact: "severe" } },
    // A health bot that says it diagnoses nothing; a credit-history targeting model that decides no credit.
    { text: "Ботымыз диагноз қоймайды, тек дәрігерге жазады.", expect: { failureImpact: "harm" } },
    { text: "Несие тарихы бар адамдарға жарнама көрсетеміз.", expect: { failureImpact: { not: "severe" } } },
    { text: "Қазақша-орысша аударма қосымшасы, оны кез келген адам қолдана алады.", expect: { failureImpact: null, autonomy: null } },
  ],
  "facts that save questions: identifiers, storage, users, who decides": [
    { text: "ИИН енгізесің, бот анықтама береді.", expect: { personalData: "yes", userFacing: "yes" } },
    { text: "Абоненттің номерін де ИИН-ін де сұрамайды.", expect: { personalData: "no" } },
    { text: "Деректер Казахстанда сакталады.", expect: { dataStorage: "kazakhstan" } },
    { text: "Фермерлерге арналған кеңес қосымшасы.", expect: { userFacing: "yes" } },
    { text: "Диспетчер кез келген уақытта маршрутты ауыстыра алады.", expect: { autonomy: "medium" } },
    { text: "Соңғы нұсқаны клиент бекітеді.", expect: { autonomy: "low" } },
    { text: "Клиент келіспесе немесе дауласа, эксперт шақырылады.", expect: { autonomy: "medium" } },
    { text: "Сатып алу тарихын қолданып, рецепт ұсынамыз.", expect: { personalData: "yes" } },
  ],
};

/** Short roots that collide: the word on the left must not read as the word on the right. */
const COLLISIONS: Case[] = [
  // «айлар» (months) is not «айла» (a trick).
  { text: "Бизнестің соңғы айлар бойынша табысын болжаймыз.", expect: { manipulation: null } },
  // «белгілі бір» (certain) is not «белгілейді» (sets), nor a famous person.
  { text: "Мемлекеттік органдар үшін белгілі бір құжаттарды сканерлейміз.", expect: { automatedDecisions: null, syntheticContent: null } },
  // «немесе» (or) and «әйтпесе» (otherwise) look like negative verbs; they negate nothing.
  { text: "Модель өзі одобрить немесе отказ береді.", expect: { automatedDecisions: "yes" } },
  // «жасап» (making) is not «жасын» (age); «анықтама» (a certificate) is not «анықтау» (to determine).
  { text: "Сервис анықтама жасап береді.", expect: { biometrics: null } },
  // «қоймайды» (does not put) is not «қойма» (a warehouse).
  { text: "Ботымыз диагноз қоймайды.", expect: { domain: { not: "other" } } },
  // «сонда» (then) is not «сөнеді» (goes out), typed «сон-» on a Russian keyboard.
  { text: "Клиенттің ашуланғанын анықтаймыз, сонда оператор сөйлеу мәнерін өзгертеді.", expect: { failureImpact: { not: "severe" } } },
  // «айтып» (telling) is not «айтпаймыз» (we do not tell): both stem to «айт».
  { text: "Бағдарлама басшыларға қай қызметкердің ашуланып жүргенін айтып береді.", expect: { emotionConsent: null } },
  // «жалған» (fake) is not «жалға» (for rent).
  { text: "Қосымшада жалған таймерлер қолданамыз.", expect: { domain: { not: "other" } } },
  // «орыстарға» (to Russians) stems to «орыс», which is also «орыс тілі» (the Russian language).
  { text: "Фотоларды орыс тіліне аударамыз.", expect: { biometricCategorisation: null } },
  // «бәс» (a bet) typed «бас» is «бас» (head) and «басшы» (a manager).
  { text: "Басшыларға бонус береміз.", expect: { exploitsVulnerability: null, manipulation: null } },
  // «шығынды» (the loss) is not «шығып» (going out); «білмейді» spelled as a stem would take «біледі» (knows).
  { text: "Модель шығынды 15 минутта бағалайды.", expect: { manipulation: null } },
  { text: "Адамдар бетінің сканерленетінін біледі.", expect: { personalDataLawful: null } },
  // «келіспесеңіз» (if you disagree) stems to «келіс», like «келісімі» (consent); «шағымданса» to «шағ».
  { text: "Бот қыздардың фотосын өңдейді. Фотодағы адамның келісімі сұралмайды.", expect: { personalDataLawful: "no" } },
  // «сақтамаймыз» (we do not keep) stems like «сақтаймыз» (we keep); «жібермейміз» like «жібереді».
  { text: "Ата-аналарға баланың үлгерімі туралы есеп жібереді.", expect: { dataStorage: null } },
  // «кезінде» (at the time of) is also «кез келген» (any): only a weak moment counts.
  { text: "Зейнеткерлер кез келген кезде жеңілдік ұсынысын көре алады.", expect: { exploitsVulnerability: null } },
  // «күдікті» (suspicious) is a flagged exam or transaction too, not only the police.
  { text: "Банк күдікті транзакцияларды белгілейді.", expect: { domain: { not: "law_enforcement" } } },
  // «қолмен» (by hand) is not «қолдана» (using).
  { text: "Кез келген адам қолдана алады.", expect: { autonomy: null } },
];

function check({ text, expect }: Case): void {
  const profile: Record<string, string | undefined> = describe(text, "kk").profile;
  for (const [field, want] of Object.entries(expect)) {
    const got = profile[field];
    if (want === null) assert.equal(got, undefined, `${field} must stay unread in «${text}», got ${got}`);
    else if (typeof want === "object") assert.notEqual(got, want.not, `${field} must not be ${want.not} in «${text}»`);
    else assert.equal(got, want, `${field} in «${text}»`);
  }
}

for (const [kind, cases] of Object.entries(KINDS)) {
  test(`kk reads ${kind}`, () => cases.forEach(check));
}

test("kk short roots that collide stay apart", () => COLLISIONS.forEach(check));
