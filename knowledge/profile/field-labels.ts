import type { Trilingual } from "../types.js";
import type { ProfileField } from "./schema.js";

/**
 * Each profile field as a short noun phrase, for lines that say what is still open ("it depends on your
 * answers about emotion recognition, consent to emotion recognition").
 */
export const FIELD_LABELS: Readonly<Record<ProfileField, Trilingual>> = {
  failureImpact: { kk: "істен шығу салдары", ru: "последствия сбоя", en: "what a failure would do" },
  criticalInfrastructure: {
    kk: "ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектісі",
    ru: "критически важный объект ИКТ-инфраструктуры",
    en: "being a critically important ICT object",
  },
  stateResources: {
    kk: "мемлекеттік электрондық ақпараттық ресурстар",
    ru: "государственные электронные информационные ресурсы",
    en: "building state electronic information resources",
  },
  domain: { kk: "қолдану саласы", ru: "сфера применения", en: "the field of use" },
  autonomy: { kk: "шешімдерде соңғы сөз кімде", ru: "за кем последнее слово в решениях", en: "who has the final word" },
  userFacing: { kk: "жүйені адамдар пайдалана ма", ru: "пользуются ли системой люди", en: "whether people use it" },
  personalData: { kk: "дербес деректер", ru: "персональные данные", en: "personal data" },
  dataStorage: { kk: "дербес деректер қайда сақталады", ru: "где хранятся персональные данные", en: "where personal data are stored" },
  trainingLocation: { kk: "дербес деректерде оқып-үйрену қайда жүреді", ru: "где идёт обучение на персональных данных", en: "where training on personal data happens" },
  personalDataLawful: { kk: "дербес деректерді өңдеудің заңды негізі", ru: "законное основание для персональных данных", en: "a lawful basis for personal data" },
  biometrics: { kk: "биометриялық деректер", ru: "биометрические данные", en: "biometric data" },
  biometricCategorisation: { kk: "адамдарды биометрия бойынша сыныптау", ru: "классификация людей по биометрии", en: "sorting people by biometrics" },
  emotionRecognition: { kk: "эмоцияларды айқындау", ru: "определение эмоций", en: "emotion recognition" },
  emotionConsent: { kk: "эмоцияларды айқындауға келісім", ru: "согласие на определение эмоций", en: "consent to emotion recognition" },
  socialScoring: {
    kk: "адамдарды мінез-құлқы не жеке қасиеттері бойынша бағалау",
    ru: "оценка людей по поведению или личным качествам",
    en: "rating people by behaviour or traits",
  },
  scoringLegalBasis: { kk: "мұндай бағалауды көздейтін заң", ru: "закон, предусматривающий такую оценку", en: "a law providing for that rating" },
  manipulation: { kk: "манипуляциялық әдістер", ru: "манипулятивные приёмы", en: "manipulative techniques" },
  exploitsVulnerability: { kk: "адамдардың осалдылығын пайдалану", ru: "использование уязвимости людей", en: "exploiting people's vulnerability" },
  prohibitedOutputs: { kk: "заңда тыйым салынған нәтижелер", ru: "запрещённые законом результаты", en: "outputs the law prohibits" },
  syntheticContent: { kk: "синтетикалық нәтижелер", ru: "синтетические результаты", en: "synthetic results" },
  automatedDecisions: {
    kk: "адамдардың құқықтары туралы автоматтандырылған шешімдер",
    ru: "автоматизированные решения о правах людей",
    en: "automated decisions on people's rights",
  },
  automatedDecisionConsent: { kk: "мұндай шешімдерге келісім", ru: "согласие на такие решения", en: "consent to those decisions" },
  restrictedData: { kk: "қол жеткізілуі шектелген деректер", ru: "данные ограниченного доступа", en: "data with restricted access" },
  trainsOnWorks: { kk: "қорғалатын туындыларда оқып-үйрену", ru: "обучение на охраняемых произведениях", en: "training on copyrighted works" },
  euMarket: { kk: "ЕО нарығы", ru: "рынок ЕС", en: "the EU market" },
  wantsTrustedList: { kk: "сенімді жүйелер тізбесі", ru: "перечень доверенных систем", en: "a trusted list" },
  entitySize: { kk: "меншік иесі немесе иегер кім", ru: "кто собственник или владелец", en: "who the owner or possessor is" },
};
