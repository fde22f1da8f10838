import type { Lexicon } from "../rule.js";

// Word lists shared by several rules. Each is one slot: alternatives joined by "|" (see Pattern in ../rule.ts).
const PEOPLE =
  "user*|customer*|client*|subscriber*|citizen*|resident*|patient*|student*|pupil*|player*|farmer*|people|visitor*|viewer*|anyone|parent*|kid|kids|child*|employee*|shopper*|teacher*|judge*|recruiter*|analyst*|landlord*|salesperson*|officer*|manager*|editor*|driver*|doctor*|buyer*|tenant*|borrower*|applicant*|passenger*|lawyer*|hr|operator*|nurse*|worker*|courier*|member*|listener*|caller*|guest*|reader*|learner*|engineer*|developer*|colleague*|coordinator*|crew*|technician*|inspector*";
const HUMAN_ROLE =
  "human*|nurse*|doctor*|manager*|teacher*|agent*|operator*|employee*|staff|officer*|recruiter*|analyst*|editor*|admin*|moderator*|specialist*|person|clerk*|worker*|judge*|lawyer*|farmer*|salesperson*|dispatcher*|coordinator*|commission*|committee*";
const STORE = "store|stores|stored|storing|keep|keeps|kept|host*|server*|datacent*|data-cent*|cloud|live|lives|hold*|database*";
const KAZAKHSTAN = "almaty|astana|kazakhstan|shymkent|karaganda|aktobe|atyrau|pavlodar|kz|locally|domestic*";
const ABROAD =
  "abroad|overseas|foreign|frankfurt|germany|german|ireland|europe|eu|usa|america|aws|azure|gcp|amazon|google|netherlands|amsterdam|london|singapore|russia|moscow|finland";
const FAILS = "fail*|break*|broke*|down|stop*|crash*|offline|outage*|mistake*|wrong|error*|glitch*|miss|misses|missed|freez*";
const EMOTIONS =
  "angry|anger|sad|sadness|nervous|stress*|upset|confus*|frustrat*|happy|scared|fear*|anxious|anxiety|bored|irritat*|annoyed|worried|calm";
const CONSENT = "consent*|agree*|permission*|opt-in";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "data|information|info|details|personal|profile*|record*|contact*";
// Nobody taking part in a decision (PD Law art. 19-1). Whether a person can correct it afterwards, which is what
// Art. 17(2) turns on, is another question.
const PERSON_TAKING_PART = "human*|person|people|staff|employee*|officer*|operator*|manager*|analyst*|one";
// Synthetic media of a real, known person (Art. 21(2)). Filming ("shoot") is left out: that is real footage.
const MAKES = "generat*|creat*|make|makes|made|making|produc*|render*|synthes*|animat*";
const FACE_OR_VOICE = "face|voice|likeness|appearance";
const KNOWN_PERSON = "famous|celebrit*|actor*|actress*|star|stars|politician*|singer*|athlete*|influencer*|blogger*|presenter*";
const DECISION_VERB =
  "approv*|reject*|declin*|decid*|issu*|grant*|block*|fine|fines|fined|sets|set|refus*|deny|denies|assign*|award*|pay*|deactivat*|suspend*|ban|bans|banned|fire|fires|fired|dismiss*|terminat*|disqualif*|expel*";
const DECISION_OBJECT =
  "loan*|credit*|polic*|limit*|claim*|benefit*|penalt*|application*|mortgage*|premium*|salar*|bonus*|fare*|payout*|fine|fines|driver*|courier*|worker*|employee*|account*|user*|customer*|student*|candidate*|applicant*|tenant*|grant*|scholarship*|admission*|visa*|permit*|subsid*|allowance*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "change*|overrid*|cancel*|correct*|undo|overturn*|adjust*|revers*|edit*|amend*|recalculat*|redo";
const VULNERABLE =
  "elderly|pensioner*|senior*|old|kids|kid|children|child|minors|teen*|disabled|disabilit*|poor|vulnerable|lonely|addict*|gambler*|debtor*|indebted";

/** English: founders' own words, mapped to profile fields. */
export const en: Lexicon = {
  lang: "en",
  negationWords: ["not", "never", "none", "nobody", "neither", "nor", "t", "cannot", "dont", "doesnt", "didnt", "cant", "isnt", "arent"],
  forwardNegationWords: ["no", "without", "nothing"],
  clauseWords: ["but", "although", "though", "while", "whereas", "however", "except", "so"],
  rules: [
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, patterns: ["nobody|!neg notic*|care*|matter*|mind*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} just|simply wait*|show*|fix*|retry|later|manual*|hand|popular|default|call*|phone*|ring*|contact*|ask*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 3, patterns: ["minor|small|little|slight inconvenien*|annoyance", "!neg big deal"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 8, patterns: ["worst wait*|minute*|inconvenien*|annoy*|retry|refresh*|reload*|later|manual*|hand"] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} lose|lost|loss*|money|penalt*|late|delay*|jam|jams|fuel|cost*|complain*|damag*|refund*|queue*|throw*|wast*|spoil*|overstock*|surplus`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [
      `${FAILS} grid|blackout*|electricity|substation*|pipeline*|hospital*|life|lives|die|dies|death*|dead|kill*|poison*|explo*|accident*|emergenc*|catastroph*|disaster*|injur*`,
    ] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["explosion*|explode*|blast|catastroph*|fatal*|casualt*|deaths|poison*|blackout*|spill*|collaps* could|might|may|risk*|mean*|lead*|cause*|result*"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, window: 3, patterns: ["grid|substation*|electricity|blackout*|pipeline*|nuclear|dam|dams", "power plant|station*|line|lines", "transmission line*", "water|gas|heat* treatment|supply|utilit*|pump*|plant|network", "air traffic|control", "railway signal*"] },
    { field: "stateResources", value: "yes", weight: 0.85, window: 3, patterns: ["state|government|national|public register*|registry|database*|cadast*|records"] },

    // Domain of use.
    { field: "domain", value: "finance", negated: "finance", weight: 0.8, patterns: ["loan*|credit*|bank*|insur*|borrower*|mortgage*|fintech|microfinance|lender*|lending"] },
    { field: "domain", value: "finance", negated: "finance", weight: 0.6, window: 2, patterns: ["card* payment*|transaction*"] },
    { field: "domain", value: "health", negated: "health", weight: 0.8, patterns: ["patient*|clinic*|doctor*|symptom*|hospital*|nurse*|medic*|diagnos*|health*|dentist*|dental|pharma*|prescription*|ambulance*|pulse|heartbeat*", "heart rate*|beat*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, unless: "election*|vote*|voter*", patterns: ["cv|cvs|resume*|candidate*|recruit*|hr|hiring|hire|job|jobs|employee*|payslip*|vacanc*|courier*|workforce|interview*|payroll|attrition|layoff*|onboard*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.8, window: 10, patterns: ["deactivat*|suspend*|ban|fire*|dismiss*|fine* driver*|courier*|worker*|contractor*|freelancer*"] },
    // Two weak cues, two rules: office cameras alone do not make an HR tool, office cameras watched by managers do.
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["office|offices|workplace*"] },
    { field: "domain", value: "employment", negated: "employment", weight: 0.45, patterns: ["manager*|staff|worker*|shift*"] },
    { field: "domain", value: "education", negated: "education", weight: 0.8, patterns: ["student*|exam*|school*|teacher*|pupil*|universit*|tutor*|homework|essay*|lesson*|classroom*|edtech"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.75, unless: "trusted|tender*", patterns: ["government|citizen*|akimat*|ministr*|egov|e-gov|municipal*"] },
    { field: "domain", value: "public_services", negated: "public_services", weight: 0.45, unless: "trusted|tender*|water|grid|traffic", patterns: ["city|certificate*|benefit*|state|queue*"] },
    { field: "domain", value: "law_enforcement", negated: "law_enforcement", weight: 0.85, window: 2, patterns: ["police|crime*|criminal*|suspect*", "wanted* list*|person*|people|suspect*|criminal*"] },
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, patterns: ["judge*|court*|ruling*|lawsuit*|verdict*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["migra*|migrant*|visa|visas|border*|overstay*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, window: 3, patterns: ["grid|substation*|electricity|blackout*|pipeline*|nuclear", "power plant|station*|line|lines", "transmission line*", "water|gas|heat* treatment|supply|utilit*|pump*|plant|network"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, patterns: ["traffic|intersection*|taxi*|ride|rides|bus|buses|truck*|route*|logistic*|railway*|flight*|fare|fares|parking|vehicle*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.4, patterns: ["car|cars|driver*|road*"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["ad|ads|advert*|campaign*|promo*|brand*|marketing|marketer*|copywrit*|influencer*|blogger*|logo|logos|banner*|newsletter*|seo"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["support|helpdesk|call-cent*|subscriber*", "call center|centre"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["booking*|appointment*|reception*|receptionist*", "front desk"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["answer*|repl*|respond* customer*|client*|subscriber*|buyer*|question*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.7, unless: "train*|scrap*|fine-tun*", patterns: ["news|video*|audiobook*|music|film*|movie*|meme*|podcast*|journalis*|editor*|publish*|blog|blogs", "image* generat*", "media site*|outlet*|house*|compan*|agenc*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, unless: "train*|scrap*|fine-tun*", patterns: ["song*|playlist*|listener*|stream*|tv|radio"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.75, patterns: ["shopping|shopper*|e-commerce|ecommerce|marketplace*|checkout|cashier*|retail*|bestseller*|product*|mall|malls|supermarket*|grocer*", "online store|shop"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.5, patterns: ["shop|shops|buy*|bought|purchas*"], unless: "data|server*|ad|ads|copy" },
    { field: "domain", value: "other", negated: "other", weight: 0.85, patterns: ["spellcheck*|spelling|typo*|translat*|grammar|farm*|crop*|wheat|weed*|agri*|irrigat*|livestock|casino*|gambl*|betting|soil|barley|harvest*|greenhouse*|satellite*"] },

    // Art. 17(2): who has the final word.
    { field: "autonomy", value: "low", weight: 0.85, window: 2, patterns: ["final call|decision*|say|word|choice|text"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: [`${HUMAN_ROLE} decid*|decision*|choos*|approv*`] },
    { field: "autonomy", value: "low", weight: 0.8, window: 8, patterns: ["review*|check*|approv*|look* every|each|all before"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} confirm*|approv*|review*|check*|sign*|validat* every|each|all`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: ["they|themselves decid*|choos*"] },
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: ["call*|contact*|ask*|appeal* unblock*|reinstat*|restor*|revers*|undo"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["only|just suggest*|recommend*|advis*|advice|hint*|draft*"] },
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} can|could|may|able ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.8, window: 4, patterns: [`${HUMAN_ROLE}|anyone|nobody cannot|unable|!neg ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["no|nobody one|human|person|way call*|appeal*|complain*|contact*|object*|reach*"] },
    { field: "autonomy", value: "medium", weight: 0.6, window: 6, negated: "high", patterns: [`appeal*|contest*|dispute* ${HUMAN_ROLE}`] },
    // Nobody checks what the system decided. Nobody taking part in the decision ("no human involved", "fully
    // automated") is no class of its own: the system decides under medium autonomy too (Art. 17(2)(2)); it is the
    // automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 6, patterns: [`no|without|nobody human*|officer*|person|people|staff|employee*|operator*|manager*|one check*|review*`, "nobody check*|review*"] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} use|uses|get|gets|see|sees|chat*|ask*|describe*|install*|send*|receive*|tell|tells|tick*|upload*|appeal*|talk*|apply|answer*|repl*|reply|message*|check*|review*|viewed|view|bought|decid*|paste*|listen*|watch*|play*|read*|type*|search*|scan*|book*|order*`] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["app|apps|chatbot*|bot|chat|plugin|extension|website|portal|assistant|tutor|platform|tool|browser*"] },

    // Art. 10, PD Law: personal data.
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["personal data|information|info|details"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`predict*|forecast*|flag*|rank*|identif*|track*|monitor*|profil*|scor* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE}|person* data|history|record*|statement*|profile*|face*|name*|symptom*|payment*|behaviou*|behav*|post*|phone|passport*|document*|application*|viewed|bought|eyes|address*|payslip*|rating*|location*|email*|salar*|income|spending|habit*|list|lists`,
    ] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["cv|cvs|resume*|payslip*|symptom*", "bank statement*", "visa application*", "recording* call*|customer*|voice*|call-cent*"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["card* payment*|transaction*", "fill* application*|form*", "parent* child*|kid*"] },
    { field: "personalData", value: "yes", weight: 0.8, window: 6, patterns: [`data process* ${CONSENT}`] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "abroad|outside|foreign|overseas|cloud|server*|sell*|share*|third", patterns: ["!neg personal data|information|info|details"] },
    { field: "personalData", value: "no", weight: 0.75, window: 5, patterns: ["!neg people|person|persons|faces|human* image*|photo*|picture*|frame*|footage|video*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, patterns: ["!neg store|keep|collect|know|need people|person*|user*|anyone|anybody"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: "abroad|outside|foreign|overseas|cloud|sell*|share*|third", patterns: ["!neg name*|phone*|email*|address*|contact*|identit*|account* keep|store|collect|save|ask*|need|require*|have|process*|log*|track*", "nothing|no personal|identifiable"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["anonymous|anonymi*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 3, unless: "abroad|outside|foreign|overseas|cloud|sell*|share*|third", patterns: ["!neg customer*|client*|user*|patient*|people data|information|info|record*"] },

    // PD Law art. 12(2): where data live and where training runs.
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: "train*|fine-tun*|tune", patterns: [`${STORE} ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: "train*|fine-tun*|tune", negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    { field: "dataStorage", value: "abroad", weight: 0.7, window: 3, unless: "train*|fine-tun*|tune", patterns: [`${STORE} us`] },
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "store|stored|stores|kept|keep", patterns: [`train*|fine-tun*|tune ${ABROAD}|us`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "store|stored|stores|kept|keep", patterns: [`train*|fine-tun*|tune ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    { field: "personalDataLawful", value: "yes", weight: 0.75, patterns: [CONSENT] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 3, about: DATA, patterns: [`!neg ${CONSENT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.75, patterns: ["secretly|covertly|unaware|knowing"] },
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 5, patterns: [`!neg told|tell|inform*|know|aware|notif* ${PEOPLE}`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 4, patterns: ["switch*|turn*|enabl*|opt* themselves|voluntar*|choose|choice"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", patterns: [CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.75, patterns: ["secretly|covertly|unaware|knowing"] },
    { field: "emotionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg told|tell|inform*|know|aware|notif* ${PEOPLE}`] },
    { field: "emotionConsent", value: "consent", weight: 0.7, window: 4, patterns: ["switch*|turn*|enabl*|opt* themselves|voluntar*|choose|choice"] },
    { field: "automatedDecisionConsent", value: "yes", weight: 0.7, negated: "no", patterns: [CONSENT] },

    // Art. 17(3)(5) and (6): biometrics, categorisation, emotions.
    { field: "biometrics", value: "yes", weight: 0.85, negated: "no", patterns: ["face|faces|facial|fingerprint*|iris|retina|biometric*|selfie*|face-swap*"] },
    { field: "biometrics", value: "yes", weight: 0.8, patterns: ["voice|voices clon*|copy|copies|sample*|swap*|imitat*|fake*|own|recording*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 8, patterns: [`webcam*|camera*|cctv ${PEOPLE}|passer*|who|eye|eyes|face*|look*|person`] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 3, patterns: ["pulse|heartbeat*|fingerprint*", "heart rate*|beat*"] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, patterns: ["recogni*|identif*|verif*|authenticat*|login|unlock* voice*|voiceprint*", "age|gender|sex estimat*|detect*|determin*|guess*|predict*|classif*"] },
    { field: "biometrics", value: "yes", weight: 0.6, window: 3, patterns: [`look*|looks|seem* ${EMOTIONS}|tired`, "eye|eyes|gaze track*|watch*|follow*"] },
    { field: "biometrics", value: "yes", weight: 0.75, patterns: ["video*|voice*|face*|clip*|footage politician*|famous|celebrit*|actor*|star|stars|blogger*|influencer*"] },
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 8, patterns: ["face*|photo*|biometric*|appearance|look* ethnic*|race|races|racial|religio*|nationalit*|politic*|sexual*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no", patterns: ["emotion*|mood*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", patterns: [`${EMOTIONS} look*|seem*|who|when|detect*|flag*|recogn*|spot*|notic*|tell*|track*|getting|feel*|if`] },

    // Art. 17(3)(1)-(3), (7).
    { field: "socialScoring", value: "yes", weight: 0.9, window: 12, negated: "no", patterns: ["rank*|scor*|rate|rating*|points|grade* citizen*|resident*|tenant*|people|person|neighbour*|neighbor*|everyone behav*|conduct|post*|social|habit*|lifestyle|reputation"] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", patterns: ["social credit*|scor*|rating*"] },
    { field: "manipulation", value: "yes", weight: 0.9, window: 2, patterns: ["dark pattern*"] },
    { field: "manipulation", value: "yes", weight: 0.85, patterns: ["manipulat*|subliminal|deceiv*|deceptive|mislead*|trick*"] },
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, patterns: ["fake timer*|countdown*|scarcity|review*|urgency", "hidden cancel*|unsubscrib*|button*|fee*"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 2, patterns: ["impersonat*|pretend*|posing|astroturf*|troll*|sockpuppet*", "fake account*|profile*|persona*|follower*|like|likes"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["nudg*|push*|pressur* buy*|spend*|bet|betting|keep|purchas*|pay|subscrib*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, patterns: [`${VULNERABLE} nudg*|push*|pressur*|manipulat*|trick*|dark|exploit*|target*|lure*`] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "filter*|block*|moderat*|remov*|detect*|ban*|flag*", patterns: ["extremis*|terroris*|propaganda|porn*|narcotic*|drug*|weapon*|hate make|generat*|produc*|creat*|spread*|post*|publish*|sell*|writ*|use"] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", patterns: ["deepfake*|deep-fake*|face-swap*|faceswap*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["face*|voice*|likeness swap*|replac*|clon*|fake*|imitat*|synthes*|older|younger|aging|ageing|morph*"] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["say|says|said|saying never|anything|didn video*|celebrit*|politician*|famous|person"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["synthetic|fake video*|photo*|image*|voice*|audio|person*"] },
    // Making media with a known person's face or voice ("ad videos with a famous actor's face and voice").
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 10, unless: "recogni*|identif*|verif*|detect*|authenticat*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },

    // PD Law art. 19-1: decisions on people with no human.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, negated: "no", patterns: [`${DECISION_VERB} ${DECISION_OBJECT} automatic*|auto|own|itself|instantly|no|without|nobody`, "auto-reject*|auto-approv*|auto-declin*|auto-ban*"] },
    // "decided without a human", "approved with no human involved": a decision nobody takes part in.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, patterns: [
      `no|without|nobody ${PERSON_TAKING_PART} ${DECISION_VERB}|decision*`,
      `no|without|nobody involv*|interven*|oversight|participat*|loop ${DECISION_VERB}|decision*`,
    ] },

    // Art. 23(5): training on protected works.
    { field: "trainsOnWorks", value: "yes", weight: 0.85, window: 8, negated: "no", patterns: ["train*|fine-tun*|learn*|tune book*|article*|song*|music|movie*|film*|paint*|artwork*|novel*|lyric*|poem*|scrap*|copyright*"] },

    // Art. 17(4): restricted-access data.
    { field: "restrictedData", value: "yes", weight: 0.9, window: 3, patterns: ["official use only", "state secret*"] },
    { field: "restrictedData", value: "yes", weight: 0.8, patterns: ["classified|secret"] },

    // EU AI Act cross-map; Art. 19(2) trusted list.
    { field: "euMarket", value: "yes", weight: 0.85, unless: "server*|host*|store*|cloud|aws|datacent*|train*", patterns: ["eu|europe|european|germany|poland|france|spain|italy|netherlands|baltic*|lithuania|latvia|estonia sell*|sold|market*|client*|customer*|launch*|expand*|enter*|user*"] },
    { field: "euMarket", value: "no", weight: 0.7, window: 5, patterns: ["only kazakhstan market*|sell*|customer*|client*|user*"] },
    { field: "wantsTrustedList", value: "yes", weight: 0.9, window: 3, negated: "no", patterns: ["trusted list|register*|systems"] },

    // КоАП art. 641-1: who would pay the fine.
    { field: "entitySize", value: "individual", weight: 0.8, patterns: ["solo|alone|myself|freelanc*|sole"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.75, window: 3, patterns: ["startup*|start-up*|ngo|non-profit|nonprofit|charity", "we|our|i small|tiny team|company|business|firm|studio"] },
    { field: "entitySize", value: "small_or_nonprofit", weight: 0.8, window: 3, patterns: ["team two|three|four|five|six|seven|eight|nine|ten|few", "two|three|four|five|six|few of us", "two-person|three-person|four-person|five-person|six-person|seven-person|two-man|three-man"] },
    { field: "entitySize", value: "medium", weight: 0.8, patterns: ["mid-size*|medium-size*|midsize"] },
    { field: "entitySize", value: "large", weight: 0.75, patterns: ["largest|biggest|major|corporation|conglomerate|holding|multinational", "thousand* employee*|staff|people"] },
  ],
};
