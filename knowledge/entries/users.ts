import { cite } from "../law/articles.js";
import type { KnowledgeEntry } from "./schema.js";

/** Art. 16: what users may ask of an owner or possessor, and what users themselves must do. */
export const USER_ENTRIES: KnowledgeEntry[] = [
  {
    id: "users.rights",
    topic: "users",
    title: { kk: "Пайдаланушылардың құқықтары мен міндеттері", ru: "Права и обязанности пользователей", en: "Users' rights and duties" },
    text: {
      kk: "Пайдаланушы: пайдаланушы келісімімен танысуға; өз дербес деректері мен құпия ақпаратының қорғалуына; жасанды интеллект (ЖИ) көмегімен жасалған зияткерлік меншік объектілеріне құқықтарын қорғауға; өз құқықтарын қозғайтын нәтижелер туралы меншік иесінен немесе иегерден түсіндірме алуға; шешімге негіз болған деректер туралы ақпарат сұратуға (келісімде көзделген көлемде, коммерциялық құпияны ескере отырып); және заң міндеттемесе, ЖИ жүйесімен өзара іс-қимылдан бас тартуға құқылы. Пайдаланушы жүйені берілген қол жеткізу құқықтары шегінде пайдалануға және қауіпсіздік ережелерін сақтауға міндетті.",
      ru: "Пользователь вправе: ознакомиться с пользовательским соглашением; на защиту своих персональных данных и конфиденциальной информации; защищать права на объекты интеллектуальной собственности, созданные с ИИ; получать от собственника или владельца разъяснения о результатах, затрагивающих его права; запрашивать сведения о данных, на которых основано решение (в объёме соглашения и с учётом коммерческой тайны); и отказаться от взаимодействия с системой ИИ, если закон не делает его обязательным. Пользователь обязан пользоваться системой в рамках выданного доступа и соблюдать правила безопасности.",
      en: "Users have the right to: read the user agreement; have their personal data and confidential information protected; protect their rights in intellectual property created with AI; get explanations from the owner or possessor about outputs that affect their rights; ask what data a decision was based on (to the extent the agreement sets, respecting trade secrets); and refuse to interact with an AI system unless a law makes that interaction mandatory. Users must use the system within the access granted and follow the safety rules.",
    },
    citations: [cite("ai-law", "16", "1"), cite("ai-law", "16", "2")],
    confidence: "primary",
    keywords: {
      kk: ["пайдаланушы құқықтары", "түсіндірме", "бас тарту", "боттан бас тарту", "адаммен сөйлесу", "тірі оператор", "клиент құқығы"],
      ru: ["права пользователей", "разъяснение", "отказаться от бота", "живой оператор", "поговорить с человеком", "права клиента", "объяснить решение"],
      en: ["user rights", "explanation", "opt out", "refuse", "talk to a human", "human operator", "customer rights", "explain decision"],
    },
  },
];
