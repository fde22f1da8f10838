import type { Lexicon } from "../rule.js";

// Word lists shared by several rules. Each is one slot: alternatives joined by "|" (see Pattern in ../rule.ts).
const PEOPLE =
  "user*|customer*|client*|subscriber*|citizen*|resident*|patient*|student*|pupil*|player*|farmer*|people|visitor*|viewer*|anyone|parent*|kid|kids|child*|employee*|shopper*|teacher*|judge*|recruiter*|analyst*|landlord*|salesperson*|officer*|manager*|editor*|driver*|doctor*|buyer*|tenant*|borrower*|applicant*|passenger*|lawyer*|hr|operator*|nurse*|worker*|courier*|member*|listener*|caller*|guest*|reader*|learner*|engineer*|developer*|colleague*|coordinator*|crew*|technician*|inspector*|ppl|person|persons|individual*|girl*|woman|women|guy*|debtor*|relative*|candidate*|famil*|someone|somebody|pensioner*|elderly|household*|neighbo*|picker*|contractor*|freelancer*|seller*|staff|rider*|traveller*|traveler*|consumer*|classmate*|friend*|stranger*|girlfriend*|boyfriend*|wife|husband|spouse*|realtor*|broker*|appraiser*";
const HUMAN_ROLE =
  "human*|nurse*|doctor*|manager*|teacher*|agent*|appraiser*|valuer*|notar*|surveyor*|adjuster*|servant*|official*|guard*|realtor*|broker*|coach*|trainer*|operator*|employee*|staff|officer*|recruiter*|analyst*|editor*|admin*|moderator*|specialist*|person|clerk*|worker*|judge*|lawyer*|farmer*|salesperson*|dispatcher*|coordinator*|commission*|committee*|underwriter*|supervisor*|reviewer*|controller*|inspector*|expert*|auditor*|accountant*|physician*|dentist*|pharmacist*|endocrinolog*|radiolog*|curator*|mentor*|school|schools|landlord*|employer*|owner*|banker*|loan-officer*";
const STORE = "store|stores|stored|storing|keep|keeps|kept|host*|server*|datacent*|data-cent*|cloud|live|lives|hold*|database*";
const KAZAKHSTAN = "almaty|astana|kazakhstan|shymkent|karaganda|aktobe|atyrau|pavlodar|kz|locally|domestic*";
const ABROAD =
  "abroad|overseas|foreign|frankfurt|germany|german|ireland|europe|eu|usa|america|aws|azure|gcp|amazon|google|netherlands|amsterdam|london|singapore|russia|moscow|finland";
const FAILS = "fail*|break*|broke*|down|stop*|crash*|offline|outage*|mistake*|wrong|error*|glitch*|miss|misses|missed|freez*";
const EMOTIONS =
  "angry|anger|sad|sadness|nervous|stress*|upset|confus*|frustrat*|happy|scared|fear*|anxious|anxiety|bored|irritat*|annoyed|worried|calm|disgust*|surprise*|joy|contempt|amused|delight*";
const CONSENT = "consent*|concent*|agree*|permission*|permision*|opt-in";
// What consent must be about to say anything of the personal-data law (PD Law arts. 7-8): the data themselves.
const DATA = "data|information*|info|details|personal|profile*|record*|contact*|photo*|picture*|selfie*|base|bases|database*|phone*|number*";
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
  "refund*|return*|chargeback*|compensation*|loan*|credit*|polic*|limit*|claim*|benefit*|penalt*|application*|mortgage*|premium*|salar*|bonus*|fare*|payout*|fine|fines|driver*|courier*|worker*|employee*|account*|user*|customer*|student*|candidate*|applicant*|tenant*|grant*|scholarship*|admission*|visa*|permit*|subsid*|allowance*";
// Verbs a person uses to undo what the system decided.
const CHANGE = "change*|overrid*|cancel*|correct*|undo|overturn*|adjust*|revers*|edit*|amend*|recalculat*|redo";
const VULNERABLE =
  "elderly|pensioner*|senior*|old|grandparent*|grandma*|granny|grannies|retiree*|kids|kid|children|child|minors|minor|teen*|schoolchild*|disabled|disabilit*|handicap*|poor|low-income|vulnerable*|lonely|widow*|unemployed|homeless|addict*|gambler*|debtor*|indebted|desperate|depress*|dyslexi*|adhd|autis*|special-needs";

// What security testing and software work manipulate, break or exploit: never a person.
const MACHINE_OBJECT =
  "request*|packet*|payload*|header*|parameter*|param*|cookie*|input*|api|apis|endpoint*|query|queries|sql*|code|binar*|memory|registry|dom|html|json|xml|traffic|token*|session*|firmware";
const SECURITY_TESTING = "pentest*|pen-test*|penetration|fuzz*|fuzzing|sqli|xss|idor|cve*|red-team*|bug-bount*|ciso|cybersec*|infosec";
// What a body gives away to a camera or a microphone.
const BODY_CUE = "face*|facial|photo*|selfie*|biometric*|appearance|look*|camera*|cctv|video*|voice*|accent*|skin|eyes";
const PEOPLES = "kazakh|kazakhs|russian|russians|slavic|slav|slavs|uzbek*|uighur*|uyghur*|asian*|caucas*|korean*|chinese|tajik*|kyrgyz*|dungan*|muslim*|christian*|jew*|jewish";
// A startup's "pipeline" is software; oil, gas, water and heat pipelines are infrastructure.
const PIPELINE = "oil|gas|water|heat*|heating|steam|main|trunk pipeline*|pipe|pipes";
// Court decisions, books or chats named as what a model learnt from: the data, not the use.
const TRAINING = "train*|trained|fine-tun*|finetun*|pretrain*|dataset*|corpus|corpora";
// Texts whose mistakes cost money or rights: contracts, claims, diagnoses, loans.
const HIGH_STAKES_TEXT = "contract*|claim*|legal|lawsuit*|court*|medical|medic*|diagnos*|prescri*|dose*|patient*|loan*|credit*|bank*|insur*|tax*|invoice*|decision*|ruling*|verdict*";
// Points earned for purchases are a loyalty programme, no social score (trap).
const LOYALTY_PROGRAMME = "earn*|cashback|reward*|programme*|program|programs|miles|partner*|purchase*|spend*|coupon*";
// Businesses and things scored by mentions and reviews: "a social score for every cafe" rates no person (trap).
const NOT_PERSON_SCORED = "cafe*|venue*|place*|spot*|bar|bars|business*|compan*|shop*|store*|brand*|merchant*|vendor*|supplier*|listing*|app|apps|channel*|page*|website*|site*|post|posts|content";
// Conduct a person can be rated on as a member of a community: curfews, attendance, volunteering, reposts.
const SOCIAL_CONDUCT = "curfew*|attendance|violation*|volunteer*|repost*|likes|turnstile*|lateness|tardiness|gossip*|rumour*|rumor*|church*|mosque*|protest*|rall*|petition*";
// Things that are not people: emotions, "scores" and "manipulation" of these say nothing about anyone (traps).
const NOT_PEOPLE =
  "song*|music*|playlist*|lyric*|film*|movie*|scene*|text|texts|review*|tweet*|headline*|caption*|article*|poem*|novel*|book*|story|stories|wine*|restaurant*|hotel*|dish*|recipe*|product*|item*|shadow*|background*|pixel*|color*|colour*|image|images";
// Not being told, asked or warned: the founder says the people do not know ("they are never told", "nobody is asked").
const NOT_TOLD = "told|tell|tells|inform*|know|knows|aware|notif*|warn*|ask|asks|asked|mention*|disclos*|explain*|notic*";
// Hiding it from people: consent is missing even without a "not".
// "without their knowledge", "no notice": nobody was told.
const UNKNOWING = "knowledg*|knowing*|awareness*|notice|telling*|asking*|informing*|warning*";
const HIDDEN = "secretly|secret|covert*|covertly|unaware|unknowingly|unknown|hidden|hide|hides|quiet|quietly|stealth*|silently|behind";
// Money taken unnoticed: a hidden charge, no data taken.
const HIDDEN_CHARGE = "pay|pays|paid|paying|charge*|tip|tips|fee|fees|bill|billed|price*|insurance|add-on*|subscription*";
// Ways of taking people's data: recording, tracking, filming, logging.
const CAPTURE = "call*|camera*|cctv|webcam*|track*|collect*|log|logs|logged|logging|monitor*|record*|film*|location*|gps|voice*|face*|message*|chat*|keystroke*|screenshot*|mic|microphone*|listen*|read*|scan*|spy*|photo*";
// Data taken with no lawful ground: leaks, lookup bots, bought or scraped personal data (PD Law arts. 7-8).
const ILLEGAL_SOURCE = "leak*|leaked|stolen|hack*|probiv|darknet|dark-web|black-market|breach*|dump|dumps";
// Stolen cars or phones, and warning people that their data leaked: nobody's data taken (traps).
const NOT_DATA_TAKEN = "car|cars|vehicle*|bike*|bicycle*|goods|property|wanted|alert*|warn*|notif*|protect*|prevent*|pwned";
const PERSONAL_OBJECT =
  "base|bases|database*|data|dataset*|contact*|phone*|number*|profile*|account*|passport*|iin|iins|address*|email*|name*|selfie*|photo*|record*|person*|personal|people|ppl|user*|customer*|client*|debtor*|subscriber*|citizen*|resident*";
const GAMBLING = "casino*|betting|bet|bets|gambl*|bookmaker*|slot|slots|poker|lotter*|kazino|1xbet|zino";
const ADS = "ad|ads|advert*|promo*|banner*|post|posts|creative*|landing*|spam*|campaign*|traffic|content|copy|text*|message*|video*";
// What an app made to help a group does with them: teach, treat, support, adapt. Such a target is no prey.
const HELPS = "help*|support*|protect*|safe*|tutor*|learn*|lesson*|teach*|educat*|school*|therap*|therapist*|rehab*|care|caring|carer*|accessib*|inclusi*|adapt*|assist*|medic*|health*|clinic*|doctor*|speech|read|reading|parental|consent*";
// Pressure tricks: fake urgency, guilt, crying pets.
const PRESSURE = "countdown*|timer*|guilt*|cry|cries|crying|sob*|fomo|dark|trick*|pressur*|manipulat*|fake|bogus|urgen*|hurry";
// People whose money trouble or gambling a lender or a casino can feed on.
const IN_TROUBLE = "overdue|debt|debts|indebted|arrear*|delinquen*|bankrupt*|gambl*|betting|casino*|bookmaker*|addict*|payday";
// Selling hard: the intensity or the hour that shows the weakness is the target.
const HARD_SELL = "aggressiv*|agressiv*|agresiv*|hardest|predatory|relentless*|night|midnight|2am|3am|4am|2-3am|3-4am|nightly|impulsiv*|expensive|overpriced|high-interest|high-margin";
// The moment a person is weakest, which a manipulative offer waits for.
const WEAK_MOMENT =
  "fail*|lose*|lost|losing|sad|guilt*|die|dies|dying|cry*|hesitat*|doubt*|frustrat*|weak*|lonely|scare*|fear*|panic*|anxious|stress*|desperat*|upset";
// Street names of drugs and the "drop" trade of Telegram shops; no cola, spice or crypto hash.
const DRUGS = "drug*|narcotic*|weed|mef|mephedrone|cocaine|heroin|meth|methamphetamine|amphetamin*|marijuana|cannabis|mdma|ecstasy|zakladk*|закладк*|kladmen*|kladman*|synthetic-drug*";
const SELL = "offer*|sell*|upsell*|push*|target*|buy*|bought|purchas*|pay*|spend*|deposit*|subscri*|pack|packs|loot*|coin*|gem*|bet|bets|loan*|credit*|limit*";

/** English: founders' own words, mapped to profile fields. */
export const en: Lexicon = {
  lang: "en",
  negationWords: ["not", "never", "none", "nobody", "neither", "nor", "t", "cannot", "dont", "doesnt", "didnt", "cant", "isnt", "arent",
    // Apostrophes dropped in fast typing.
    "wont", "wasnt", "werent", "havent", "hasnt", "hadnt", "couldnt", "shouldnt", "wouldnt", "aint", "noone"],
  forwardNegationWords: ["no", "without", "nothing", "witout", "whithout", "withot", "wihtout"],
  clauseWords: ["but", "although", "though", "while", "whereas", "however", "except", "so"],
  rules: [
    // Round 5. Failure impact from uses whose mistakes cost money or standing, not lives (17(1)(2)): dubbing and
    // voice clones, debt collection, customs paperwork, tenant checks, sales-lead scoring, mall security alerts.
    { field: "failureImpact", value: "harm", weight: 0.7, unless: HIGH_STAKES_TEXT, patterns: ["dub|dubs|dubbing|dubbed|voice-over*|voiceover*|lipsync*|lip-sync*", "clon* voice*|actor*|presenter*"] },
    { field: "failureImpact", value: "harm", weight: 0.7, window: 3, patterns: ["collection|collector*|debt-collect* agenc*|saas|debt*|mfo*|bank*|bot|bots|call*|service*|app|apps", "debt|debts collect*|recover*"] },
    { field: "failureImpact", value: "harm", weight: 0.65, window: 4, patterns: ["customs declaration*|broker*|duty|duties|code*|clearance", "hs code*"] },
    { field: "failureImpact", value: "harm", weight: 0.65, window: 4, patterns: ["tenant*|renter*|lodger* check*|screen*|scor*|verif*|vet*|background"] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 3, patterns: ["lead|leads scor*|rank*|qualif*|rating*|hot"] },
    { field: "failureImpact", value: "harm", weight: 0.65, window: 6, unless: "fire|smoke|flood*|evacuat*|stampede*", patterns: ["guard*|security alert*|notif*|call*|sent|ping*"] },
    // The person files it himself: "it doesnt submit anything, person goes and submits himself". A wrong form costs a
    // trip and time, the office decides.
    { field: "failureImpact", value: "harm", weight: 0.75, window: 6, negated: "harm", patterns: [
      "person|user*|client*|applicant*|migrant*|citizen*|customer*|he|she|they submit*|file*|files|sign*|send*|apply*|take* himself|herself|themselves|themself|own|manually|in-person",
    ] },
    // A court or office secretary who corrects and signs the draft: the record is a person's, a slip costs a redo.
    { field: "failureImpact", value: "harm", weight: 0.75, window: 4, unlessInSentence: "judge|judges|verdict*|sentenc*|=ruling|=rulings", patterns: [
      "secretar*|clerk*|stenograph*|registrar* correct*|edit*|check*|sign*|signs|approv*|fix*|proofread*",
    ] },
    // What makes people pay more, or a trick sold to them: the failure, and the use, cost them money.
    { field: "failureImpact", value: "harm", weight: 0.75, window: 5, patterns: [
      "make|makes|making|get|gets pay|pays|spend|spends|buy|buys|deposit* more|most",
      "fake|bogus|made-up|invented|fabricat* timer*|countdown*|scarcity|urgency|popup*|pop-up*|badge*|banner*|profile*|persona*",
      "hesitat*|impulsiv* show*|push*|pop*|timer*|countdown*|offer*",
      "timer*|countdown*|deadline* reset*|restart*|resets|loop*|fake",
    ] },
    // Art. 17(1): what a failure does.
    { field: "failureImpact", value: "minimal", weight: 0.85, window: 4, patterns: ["nobody|!neg notic*|care*|matter*|mind*"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 10, patterns: [`${FAILS} just|simply wait*|show*|fix*|retry|later|manual*|hand|popular|default|call*|phone*|ring*|contact*|ask*`] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 3, patterns: ["minor|small|little|slight inconvenien*|annoyance", "!neg big deal"] },
    { field: "failureImpact", value: "minimal", weight: 0.75, window: 8, patterns: ["worst wait*|minute*|inconvenien*|annoy*|retry|refresh*|reload*|later|manual*|hand"] },
    { field: "failureImpact", value: "harm", weight: 0.8, window: 14, patterns: [`${FAILS} lose|lost|loss*|money|penalt*|late|delay*|jam|jams|fuel|cost*|complain*|damag*|refund*|queue*|throw*|wast*|spoil*|overstock*|surplus`] },
    { field: "failureImpact", value: "severe", weight: 0.85, window: 10, patterns: [
      `${FAILS} grid|blackout*|electricity|substation*|gas-pipeline*|oil-pipeline*|hospital*|life|lives|die|dies|death*|dead|kill*|poison*|explosion*|explode*|exploded|accident*|emergenc*|catastroph*|disaster*|injur*`,
    ] },
    { field: "failureImpact", value: "severe", weight: 0.8, window: 6, patterns: ["explosion*|explode*|blast|catastroph*|fatal*|casualt*|deaths|poison*|blackout*|spill*|collaps* could|might|may|risk*|mean*|lead*|cause*|result*"] },
    // Oil and gas transport: a missed failure on a pumping station or a pipeline is a spill or a fire.
    { field: "failureImpact", value: "severe", weight: 0.8, window: 3, unless: "change|changes|lubric*|car|cars|=engine|=engines|paint*|massage*|cooking", patterns: [
      "oil|pipeline*|refiner*|petrochem*|gas-pipeline* pump*|pumping|station*|compressor*|well|wells|rig|rigs|terminal*",
    ] },
    // Art. 17(1) from the use itself, when the founder says nothing of failure: what a wrong output decides.
    // Medical dosing and diagnosis, credit and benefit decisions, automatic rejection or dismissal of people,
    // control of the grid, water or traffic: a wrong output is an emergency or settles people's lives.
    { field: "failureImpact", value: "severe", weight: 0.75, window: 4, unless: "herbicid*|pesticid*|fungicid*|fertili*|spray*|sprayer*|chemical*|field*|crop*|plant*|seed*|feed", patterns: [
      "insulin|dose|doses|dosage*|dosing|diagnos*|prescrib*|triage|chemotherap*|anaesthe*|anesthe*|ventilat*|defibrillat*",
      "cancer|tumou*|tumor*|stroke*|sepsis|fracture*|x-ray*|mri|ecg|radiolog* detect*|find*|spot*|screen*|diagnos*|read*|classif*",
    ] },
    { field: "failureImpact", value: "severe", weight: 0.7, window: 10, unless: "restructur*|collect*|remind*|reminder*|social", patterns: [
      "loan|loans|microloan*|credit|credits|mortgage*|lending|borrow* approv*|approval*|decid*|decision*|reject*|refus*|declin*|underwrit*|scor*|limit*",
    ] },
    // Lending named in one sentence, an automatic approval in another: together a credit decision.
    { field: "failureImpact", value: "severe", weight: 0.45, patterns: ["lending|microloan*|mfo|mfos|microfinance|lender*|loan|loans|mortgage*"] },
    { field: "failureImpact", value: "severe", weight: 0.45, window: 5, patterns: [`approv*|approval*|decid*|decision*|reject*|refus*|declin* automatic*|auto|itself|instant*|model|algorithm*|fully`] },
    { field: "failureImpact", value: "severe", weight: 0.75, window: 10, patterns: [
      "benefit*|=assistance|allowance*|pension*|subsid*|welfare|asylum|visa*|citizenship|parole|bail|sentenc*|verdict* approv*|refus*|reject*|grant*|deny|denies|decid*|decision*|cancel*",
      // Fines issued by the system: "generates the fine notice that goes to the owner automatically".
      "=fines|=penalty|=penalties notice*|notices|ticket*|automatic*|issu*|generat*|auto",
      "=fine =notice|=notices",
    ] },
    { field: "failureImpact", value: "severe", weight: 0.75, window: 10, patterns: [
      "auto-reject*|auto-declin*|auto-fire*|reject*|screen*|filter*|fire|fires|fired|firing|dismiss*|terminat*|sack*|layoff*|lay-off*|laid|demot*|non-renewal|nonrenewal|offboard* candidate*|applicant*|cv|cvs|resume*|employee*|worker*|staff|courier*|driver*|hiring|hire",
      // "flagged for non-renewal of the contract", "not extending the contract": dismissal in other words.
      "non-renewal|nonrenewal|non-extension contract*|employment",
      "!neg renew*|extend*|prolong* contract*|employee*|worker*|staff|driver*|courier*|bottom",
    ], unless: "spam|email*|mail" },
    // Exams that admit, certify or disqualify: a wrong flag changes a person's education (Art. 17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.75, window: 8, unless: "prep|preparation|practice|practise|mock|homework|tutor*|quiz*", patterns: [
      "exam|exams|examination*|entrance|admission*|proctor*|olympiad*|certification* cheat*|flag*|grade*|grading|pass*|admit*|reject*|disqualif*|suspicion|suspicious|annul*|result*|score*",
      "proctor*|entrance|admission*|university|universities|graduation|final|state test|tests|exam|exams",
    ] },
    // Money paid back or refused: refunds, returns, chargebacks, claims. A wrong call costs money (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.7, window: 5, patterns: [
      "refund*|reimburs*|compensat* automatic*|auto|itself|instantly|instant",
      "approv*|reject*|declin*|deny|denies|denied|decid*|refus*|grant*|pay*|check* refund*|return*|chargeback*|compensation*|payout*|cashback|reimburs*|claim*|warrant*",
    ] },
    { field: "failureImpact", value: "severe", weight: 0.75, window: 8, patterns: [
      "switch*|control*|balanc*|regulat*|dispatch*|shut*|open*|close*|set|sets|setting|adjust*|chang*|manag*|operat* grid|substation*|feeder*|transformer*|scada|valve*|pump*|turbine*|reactor*|boiler*|dam|dams|phase|phases|signal*",
      "traffic light*|signal*|control*",
    ] },
    // Recommendations of things to enjoy, spelling, games, playlists, spam, routing on a warehouse floor:
    // a failure costs a moment (Art. 17(1)(1)). "Recommend" is weak on its own: a dose is recommended too.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 5, unless: "dose|doses|dosage*|insulin|treatment*|drug*|medic*|loan*|credit*|invest*|stock*|diagnos*", patterns: [
      `suggest*|recommend*|recs|top ${NOT_PEOPLE}|eat|dish*|meal*|food|outfit*|series|show|shows|cafe*|place*|playlist*|vibe*`,
    ] },
    { field: "failureImpact", value: "minimal", weight: 0.65, patterns: ["grammar|spellcheck*|spelling|typo*|proofread*|autocorrect*|grammarly"] },
    // Content made for a channel or a campaign: a bad post, banner or image is regenerated, nobody's rights move
    // (Art. 17(1)(1)). Whether the content itself is lawful is the prohibited-output question, not this one.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, unless: `${HIGH_STAKES_TEXT}|personalis*|personaliz*|clon*|voice*|likeness|deepfake*|face-swap*|impersonat*`, patterns: [
      `${MAKES}|writ*|summar* post|posts|banner*|ad|ads|advert*|creative*|video*|image*|picture*|pic|pics|nude*|nudes|meme*|caption*|sticker*|copy|card|cards|description*|listing*|blurb*|title*|tagline*|hashtag*|bio|bios|slogan*|headline*|bullet*|digest*|summar*|push|texts|news`,
    ] },
    // Anonymous answers about opening hours, wifi or the menu: a wrong answer costs a question to a person.
    { field: "failureImpact", value: "minimal", weight: 0.6, unless: HIGH_STAKES_TEXT, patterns: ["faq|faqs|wiki|knowledge-base|helpline-faq"] },
    // Leisure and culture: museums, tours, dating, quizzes, horoscopes. A failure spoils a moment.
    { field: "failureImpact", value: "minimal", weight: 0.6, unless: HIGH_STAKES_TEXT, patterns: [
      "museum*|exhibit*|exhibition*|gallery|galleries|audioguide*|audio-guide*|sightseeing|tourist*|tourism|dating|horoscope*|astrolog*|quiz|quizzes|trivia|karaoke|meme*|sticker*|wallpaper*|hobby|hobbies",
      "audio guide*",
    ] },
    // Faces and plates found only to be blurred before publishing: a miss is one unblurred frame, fixed on request.
    { field: "failureImpact", value: "minimal", weight: 0.55, window: 6, patterns: ["blur*|pixelat*|anonymi* face*|plate*|people|person*|passer*"] },
    { field: "failureImpact", value: "minimal", weight: 0.6, unless: `${GAMBLING}|real-money|wager*|learn*|teach*|educat*|school*|student*|lesson*|exam*|tutor*|math*|maths`, patterns: ["game|games|gaming|rpg|npc|npcs|videogame*|gamer*|quest|quests|minecraft|roblox|steam"] },
    // Counting heads, animals, cars or stock: a wrong count is corrected by the next one.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 4, unlessInSentence: "security|guard*|risk*|suspect*|police|face*|facial|crowd*|stampede*|evacuat*|fire|capacity|safety|dose*|cell*|blood|traffic|signal*|phase*|intersection*|crossroad*", patterns: [
      "count*|counting|tally|tallies|headcount* sheep|horse*|camel*|cow*|cows|cattle|livestock|animal*|bird*|goat*|visitor*|footfall|car|cars|vehicle*|tree*|pallet*|box*|boxes|item*|stock|bottle*|fish|calorie*|steps|reps",
    ] },
    // A selfie turned into a cartoon, an anime or any "version" of the photo: a bad result is simply redone.
    { field: "failureImpact", value: "minimal", weight: 0.55, window: 8, unless: `${HIGH_STAKES_TEXT}|skin|mole*|rash*|wound*|x-ray*|scan|scans|document*|passport*|id|ids|verif*|damage*|accident*|kyc|liveness`, patterns: [
      "photo*|selfie*|picture*|pic|pics|portrait* version|cartoon*|anime|avatar*|filter*|styl*|sticker*|hairstyle*|makeover*",
    ] },
    { field: "failureImpact", value: "minimal", weight: 0.55, window: 18, unless: `${HIGH_STAKES_TEXT}|skin|mole*|rash*|wound*|x-ray*|scan|scans|document*|passport*|id|ids|verif*|damage*|accident*|kyc|liveness`, patterns: [
      "upload*|send*|snap*|drop* photo*|selfie*|picture*|pic|pics|portrait* version|cartoon*|anime|avatar*|makeover*",
    ] },
    // Routing pickers through a warehouse, telling which shelf is next: a wrong turn costs a few steps.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 6, patterns: [
      "warehouse*|shelf|shelves|picker*|picking|aisle*|pallet*|stockroom*|storeroom* rout*|route*|path*|navigat*|guid*|next|walk*|shelf|shelves",
    ] },
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 5, patterns: ["spam|phishing|junk|scam filter*|folder*|quarantin*|detect*|mark*|classif*|sort*|catch*|catches|flag*|moderat*|queue*", "antispam|anti-spam|spamfilter*|anti-phishing|antiphishing", "mood|vibe|vibes playlist*|music|track*", "playlist*"] },
    { field: "failureImpact", value: "minimal", weight: 0.55, window: 4, patterns: [
      "remov*|replac*|blur*|retouch*|upscal*|enhanc* background*|shadow*|light|lighting|noise|blemish*|photo*",
      "lead|leads scor*|rank*|qualif*|generat*|priorit*",
      "scor*|rank*|rate|rates|rating*|review* restaurant*|hotel*|wine*|cafe*|dish*|recipe*|film*|movie*|book*|song*|bar|bars",
    ] },
    { field: "failureImpact", value: "minimal", weight: 0.7, window: 10, patterns: [`${FAILS} paper|spreadsheet*|excel|manually|notebook*|whiteboard*|usual`, `${FAILS} back old|before|usual`] },
    // Courts: drafts, rulings and case law for judges settle people's rights whoever signs (Art. 17(1)(3)).
    { field: "failureImpact", value: "severe", weight: 0.75, unless: TRAINING, unlessInSentence: "case|cases|record*|history|than|registr*|database*|transcri*|speech-to-text|stenograph*|protocol*|minutes|secretar*|server*|install*|deploy*|host*|premise*|on-prem*", patterns: ["judge|judges|court|courts|courtroom*|=ruling|=rulings|verdict*|sentencing|prosecutor*"] },
    // A draft a person corrects and signs: a wrong draft costs the parties time and money, it decides nothing (17(1)(2)).
    // A judge's reasoning or a verdict drafted is the decision itself (severe).
    { field: "failureImpact", value: "harm", weight: 0.75, window: 12, unlessInSentence: "judge|judges|verdict*|sentenc*|reasoning|=ruling|=rulings|diagnos*|prescri*|dose*", patterns: [
      `draft*|transcri*|protocol*|minutes|speech-to-text ${HUMAN_ROLE}|secretar* correct*|edit*|check*|review*|sign*|sign|signs|approv*|fix*`,
    ] },
    // Work whose mistakes cost money, not lives: crops sprayed wrong, a wrong price, a missed clause, a security hole
    // left open, a bonus cut on a wrong score (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, unless: "game|games|gaming|simulator*|kids|children|npc*|count*|counting|headcount*|tally|dacha|dachas|gardener*|houseplant*|hobby*", patterns: [
      "wheat|barley|=crops|spraying|pesticid*|herbicid*|fungicid*|fertili*|agronom*|livestock|cattle|irrigat*|greenhouse*|orchard*|vineyard*",
      // "crop" is also what a photo editor does: only a crop in a field counts.
      "=crop yield*|field*|disease*|rotation*|harvest*|farm*|farmer*|health|loss*",
    ] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 3, patterns: ["price|prices|pric*|valuation*|apprais* estimat*|predict*|fair|overpric*|valu*", "valuation*|appraisal*"] },
    // A contract to review or draft, not "a contract with the ministry" or "the actor signed a contract".
    { field: "failureImpact", value: "harm", weight: 0.6, window: 3, unless: "judge*|court*|ruling*", patterns: [
      "clause|clauses|legaltech|legal-tech|paralegal*",
      "draft*|review*|analy*|upload*|read*|writ*|generat*|check*|highlight*|compar* contract|contracts|claim|claims|agreement*|lawsuit*|complaint*|letter*",
    ] },
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["pentest*|pen-test*|penetration|vulnerabilit*|vulnerabilites|cybersec*|infosec|siem|soc2"] },
    { field: "failureImpact", value: "harm", weight: 0.6, window: 6, patterns: ["bonus|bonuses|salar*|kpi|kpis|payroll|premium*|commission*|raise|raises use*|uses|used|affect*|decid*|based|for|cut*|calculat*"] },
    { field: "failureImpact", value: "harm", weight: 0.55, patterns: ["churn*|retention|cross-sell*|crm"] },
    // Predictive maintenance and advice to engineers: a miss means a breakdown and a repair bill, no one's life.
    { field: "failureImpact", value: "harm", weight: 0.7, window: 4, unless: "patient*|dose*|aircraft|plane*|reactor*|nuclear|oil|pipeline*|refiner*|petrochem*", patterns: [
      "predictive|preventive|preventative|planned maintenanc*|maintanance|maintainance|repair*",
      "maintenanc*|maintanance|maintainance|downtime|breakdown*|wear alert*|predict*|forecast*|schedul*|plan*|score*",
      "equipment|machine*|pump*|engine*|compressor*|conveyor*|turbine*|motor*|asset* health|condition|failure*|anomal*|vibration*",
    ] },
    // Planning and admin whose failure costs time or money but decides nothing about anyone's life (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 4, unless: "traffic|signal*|grid|ambulance*", patterns: [
      "truck*|fleet*|fuel|eta|freight|cargo|shipment*|deliver*|courier* rout*|plan*|predict*|optimi*|schedul*|dispatch*|forecast*",
      "book|books|booking*|appointment*|remind*|reminder*|reschedul*|schedul* patient*|client*|visit*|customer*|clinic*|salon*|guest*|slot|slots|doctor*|dentist*|specialist*|master*|barber*",
    ] },

    // Demand and stock forecasts: a wrong one means overstock or empty shelves, money lost (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 3, unless: "energy|electricity|grid|power|load|water|gas|heat*", patterns: [
      "forecast*|predict*|plan*|estimat* demand|sales|stock|inventory|procurement|purchas*|replenish*|order|orders",
    ] },
    // Subtitles, translations and captions of entertainment: a wrong line is fixed in the next version.
    { field: "failureImpact", value: "minimal", weight: 0.55, unless: `${HIGH_STAKES_TEXT}|instruction*|manual*|label*|safety|emergenc*|broadcast*|tv|deadline*|airing|clon*`, patterns: ["subtitl*|translat* film*|movie*|series|show|shows|video*|song*|lyric*|game*|subtitl*|blog*|post|posts|menu*"] },
    // Chapters, show notes and titles for one's own podcast or videos: a bad title is rewritten.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 8, unless: HIGH_STAKES_TEXT, patterns: [
      "podcast*|episode*|vlog*|stream*|youtube* chapter*|timestamp*|notes|title*|summar*|caption*|thumbnail*|highlight*|clip*",
    ] },
    // Hotels, cafes and glampings given a score from reviews: a wrong score is one odd ranking (trap for scoring too).
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 8, unless: HIGH_STAKES_TEXT, patterns: [
      "hotel*|glamping*|hostel*|restaurant*|cafe*|wine*|venue*|resort*|apartment* score*|rating*|review*|rank*|stars",
    ] },
    // Which ad a screen shows: a wrong pick shows a worse ad.
    { field: "failureImpact", value: "minimal", weight: 0.6, window: 6, unless: HIGH_STAKES_TEXT, patterns: [
      "billboard*|signage|screen*|display* ad|ads|advert*|creative*|banner* switch*|chang*|rotat*|show*|swap*|pick*|select*",
    ] },
    // Hobby gardeners' and home users' helpers: a wrong tip costs a plant.
    { field: "failureImpact", value: "minimal", weight: 0.8, unless: HIGH_STAKES_TEXT, patterns: ["dacha|dachas|hobbyist*|houseplant*|gardener*|=hobby", "home garden*|gardening"] },
    // Bookings and reminders: a lost booking is a missed visit and an angry client (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.55, unless: "room|rooms|meeting*|desk*|table*", patterns: ["booking*|appointment*|reschedul*|reminder*|reservation*"] },
    // Insurance: a wrong estimate or a wrong claim decision costs the client or the insurer money.
    { field: "failureImpact", value: "harm", weight: 0.6, patterns: ["insur*|insurtech|kasko|ogpo|underwrit*|actuar*"] },
    // Customer support of a telco, a bank or a shop: a wrong answer costs a complaint or a wrong charge.
    { field: "failureImpact", value: "harm", weight: 0.55, unless: "faq|faqs|wifi|wi-fi|coworking|menu|hours", patterns: ["helpdesk|help-desk|call-cent*|callcent*|contact-cent*|tariff*|abonent*|roaming|billing", "support chatbot*|bot|bots|line|team|agent*|assistant*|ticket*", "call centre*|center*|centr*"] },
    // Face control at a door: a guest wrongly turned away is refused a service (17(1)(2)).
    { field: "failureImpact", value: "harm", weight: 0.6, window: 6, patterns: ["face control", "entrance|entry|door|doors|gate* guard*|bouncer*|refus*|deny|denied|admit*|welcome|allow*|let"] },
    // Art. 17(1), last paragraph. Naming the asset is enough, whatever negation sits nearby.
    { field: "criticalInfrastructure", value: "yes", negated: "yes", weight: 0.85, window: 3, patterns: ["grid|substation*|electricity|blackout*|nuclear|dam|dams", PIPELINE, "power plant|station*|line|lines", "transmission line*", "water|gas|heat* treatment|supply|utilit*|pump*|plant|network", "air traffic|control", "railway signal*", "power distribution|supply|company|utilit*|transmission", "feeder*|transformer*|scada|substation*"] },
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
    { field: "domain", value: "justice", negated: "justice", weight: 0.85, unless: TRAINING, patterns: ["judge*|court*|ruling*|lawsuit*|verdict*"] },
    { field: "domain", value: "migration", negated: "migration", weight: 0.85, patterns: ["migra*|migrant*|visa|visas|border*|overstay*"] },
    { field: "domain", value: "critical_infrastructure", negated: "critical_infrastructure", weight: 0.85, window: 3, patterns: ["grid|substation*|electricity|blackout*|nuclear|scada|feeder*|transformer*|vodokanal*|teploset*|kegoc", PIPELINE, "power plant|station*|line|lines|distribution|supply|compan*|utilit*", "transmission line*", "water|gas|heat* treatment|supply|utilit*|pump*|plant|network"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.75, patterns: ["traffic|intersection*|taxi*|ride|rides|bus|buses|truck*|route*|logistic*|railway*|flight*|fare|fares|vehicle*|crossroad*"] },
    { field: "domain", value: "transport", negated: "transport", weight: 0.4, patterns: ["car|cars|driver*|road*|parking"] },
    { field: "domain", value: "marketing", negated: "marketing", weight: 0.8, patterns: ["ad|ads|advert*|campaign*|promo*|brand*|marketing|marketer*|copywrit*|influencer*|blogger*|logo|logos|banner*|newsletter*|seo"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.7, patterns: ["support|helpdesk|call-cent*|subscriber*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.85, window: 2, patterns: ["call|contact center*|centre*|centr*"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, patterns: ["booking*|appointment*|reception*|receptionist*", "front desk"] },
    { field: "domain", value: "customer_service", negated: "customer_service", weight: 0.55, window: 4, patterns: ["answer*|repl*|respond* customer*|client*|subscriber*|buyer*|question*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.7, unless: `${TRAINING}|scrap*|licens*`, patterns: ["news|video*|audiobook*|music|film*|movie*|meme*|podcast*|journalis*|editor*|publish*|blog|blogs", "image* generat*", "media site*|outlet*|house*|compan*|agenc*"] },
    { field: "domain", value: "media", negated: "media", weight: 0.75, unless: "train*|scrap*|fine-tun*", patterns: ["song*|playlist*|listener*|stream*|tv|radio"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.75, patterns: ["shopping|shopper*|e-commerce|ecommerce|marketplace*|checkout|cashier*|retail*|bestseller*|product*|mall|malls|supermarket*|grocer*", "online store|shop"] },
    { field: "domain", value: "retail", negated: "retail", weight: 0.5, patterns: ["shop|shops|buy*|bought|purchas*"], unless: "data|server*|ad|ads|copy" },
    { field: "domain", value: "other", negated: "other", weight: 0.85, patterns: ["spellcheck*|spelling|typo*|translat*|grammar|farm*|crop*|wheat|weed*|agri*|irrigat*|livestock|casino*|gambl*|betting|soil|barley|harvest*|greenhouse*|satellite*"] },

    // Art. 17(2): who has the final word.
    { field: "autonomy", value: "low", weight: 0.85, window: 2, patterns: ["final call|decision*|say|word|choice|text"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 8, unless: "automated|automatic*|auto|appeal*|complain*", patterns: [`${HUMAN_ROLE} decid*|decision*|choos*|approv*`] },
    // The person the output is for confirms or signs it: the patient, the judge, the client.
    { field: "autonomy", value: "low", weight: 0.75, window: 4, unless: "consent*|contract*|agreement*|offer*|form*|paper*|terms|policy", patterns: [`${HUMAN_ROLE}|patient*|user*|client*|customer*|parent* confirm*|sign|signs|approv*|edit*|rewrit*|accept*`] },
    // A report, a dashboard or a list for a person who then acts.
    { field: "autonomy", value: "low", weight: 0.7, window: 4, patterns: [`${HUMAN_ROLE} get|gets|see|sees|receiv*|use|uses report*|dashboard*|alert*|shortlist*|list|lists|summar*|recommend*|suggest*|hint*`] },
    // The person affected can still open, restore or appeal what the system did: correction is possible.
    { field: "autonomy", value: "medium", weight: 0.75, window: 5, patterns: [`${PEOPLE}|${HUMAN_ROLE} can|could|may|able open*|releas*|restor*|unblock*|appeal*|request*|contest*|dispute*|complain* `, `${PEOPLE}|${HUMAN_ROLE} can|could|may|able ask* human*|review*|person|manager*|operator*`] },
    { field: "autonomy", value: "low", weight: 0.8, window: 8, patterns: ["review*|check*|approv*|look* every|each|all before"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 5, patterns: [`${HUMAN_ROLE} confirm*|approv*|review*|check*|sign*|validat* every|each|all`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 2, patterns: ["they|themselves decid*|choos*"] },
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: ["call*|contact*|ask*|appeal* unblock*|reinstat*|restor*|revers*|undo"] },
    { field: "autonomy", value: "low", weight: 0.7, window: 1, patterns: ["only|just suggest*|recommend*|recomend*|reccomend*|advis*|advice|hint*|draft*|alert*|alerts|highlight*|flag|flags|warn*|signal*|notif*"] },
    // The person the output is for decides: "Patient decides to inject or not", "the farmer decides what to spray".
    { field: "autonomy", value: "low", weight: 0.75, window: 3, unless: "instead|model|ai|bot|system|algorithm*|automatic*|auto|itself|engine|scoring", patterns: [
      `${PEOPLE}|they|themselves decid*|decision*`,
    ] },
    // Their suggestion to keep, edit or throw away: "user can edit it or not send at all".
    { field: "autonomy", value: "low", weight: 0.75, window: 3, patterns: ["user*|you|author*|writer*|sender*|player*|customer*|client* can|may|free edit*|rewrit*|ignor*|skip*|dismiss*|discard*|declin*"] },
    { field: "autonomy", value: "low", weight: 0.75, window: 4, patterns: ["nobody|noone|!neg obliged|obligated|forced|bound|required|must follow*|accept*|obey*"] },
    // A person looks at what the system flagged: "the commission reviews flagged ones", "officers check every hit".
    { field: "autonomy", value: "low", weight: 0.7, window: 5, patterns: [`${HUMAN_ROLE} review*|check*|look*|decid*|investigat* flagged|flag*|alert*|suspicious|hit|hits|match*|case|cases`] },
    // The founder or the user checks the draft and publishes or sends it himself: "i check and publish".
    { field: "autonomy", value: "low", weight: 0.7, window: 6, unless: "automatic*|auto|itself|nobody|noone", patterns: [
      "i|we|me|myself|you|user*|client*|customer*|seller*|author*|owner*|editor*|copywriter*|marketer* check*|review*|edit*|proofread*|approv*|verif* publish*|post|posts|posting|send|sends|submit*|sign|signs|upload*|print*",
    ] },
    // A second opinion, advice to a professional: the person decides.
    { field: "autonomy", value: "low", weight: 0.75, window: 2, patterns: ["second opinion*|look|check*"] },
    // The professional uses the output to choose, or filters the list himself: "teachers use it to pick who goes".
    { field: "autonomy", value: "low", weight: 0.65, window: 5, unless: "automatic*|auto|itself", patterns: [
      `${HUMAN_ROLE} use|uses|using pick*|choos*|decid*|select*|plan*|prioriti*|shortlist*`,
      `${HUMAN_ROLE} just|themselves|then|manually filter*|pick*|choos*|select*|shortlist*`,
    ] },
    // Nobody sees what it filtered out: "the recruiter only ever sees the ones who passed".
    { field: "autonomy", value: "high", weight: 0.7, window: 7, patterns: [`${HUMAN_ROLE} only|just see*|sees|review*|look*|get|gets passed|pass|remaining|surviv*|shortlist*|approved|accepted|top|rest`] },
    // Handed over to a person when the bot cannot help: a person takes the case (medium).
    { field: "autonomy", value: "medium", weight: 0.7, window: 5, patterns: [
      "escalat*|hand*|handoff|hand-off|handover*|switch*|transfer*|forward*|pass*|route*|redirect* =to|=over operator*|human*|agent*|manager*|person|staff|specialist*|live|consultant*",
      // "if it can't help it switches to a live operator": the "not" is the bot's, the person takes over.
      "!neg help*|answer*|solv*|know*|understand* escalat*|hand*|switch*|transfer*|forward*|pass*|route*|redirect* operator*|human*|agent*|manager*|person|staff|specialist*|live|consultant*",
    ] },
    // "if declined he can ask for a manual review": a person can correct the decision.
    { field: "autonomy", value: "medium", weight: 0.75, window: 4, patterns: ["ask*|request*|appeal*|apply*|demand*|go* manual|human* review*|check*|reconsider*|recheck*"] },
    // "the patient decides to inject or not": the "not" is the person's choice, not a denial.
    { field: "autonomy", value: "low", weight: 0.75, window: 6, patterns: [`${PEOPLE}|${HUMAN_ROLE}|they decid*|choos* =or !neg`] },
    // Messages sent out automatically with nobody in between: "the CRM automatically sends them offers by SMS".
    { field: "autonomy", value: "high", weight: 0.6, window: 3, unless: "approv*|review*|check*|confirm*|moderat*|manager*|operator*|editor*|admin*|administrator*|staff|human*", patterns: ["automatic*|auto|itself send*|sends|sent|text*|sms|email*|message*|call*|push*"] },
    // "the user can mark it 'not spam'": the person corrects the filter.
    { field: "autonomy", value: "medium", weight: 0.7, window: 6, patterns: ["mark*|flag*|report*|move* !neg spam|junk|phishing|fraud", `${PEOPLE} can|could|may|able unmark*|restor*|releas*|recover*|retriev*`] },
    { field: "autonomy", value: "low", weight: 0.7, window: 3, patterns: [`engineer*|mechanic*|technician*|dispatcher*|crew* get|gets|see|sees|receiv* alert*|warning*|report*|dashboard*|notif*`] },
    // Games and generators publish what they make with nobody in between: NPC lines, auto-posts, generated images.
    { field: "autonomy", value: "high", weight: 0.6, unless: `${GAMBLING}|real-money|learn*|teach*|educat*|school*|lesson*|exam*|tutor*`, patterns: ["npc|npcs|rpg|videogame*|game|games"] },
    { field: "autonomy", value: "high", weight: 0.75, patterns: ["auto-post*|autopost*|auto-publish*|autopublish*", "post*|publish* automatic*|itself|straight|directly"] },
    { field: "autonomy", value: "high", weight: 0.55, window: 4, unless: `approv*|review*|check*|edit*|moderat*|${HUMAN_ROLE}`, patterns: [`generat*|creat*|make|makes|produc*|render* nude*|nudes|image*|post|posts|banner*|picture*|video*|scene*|meme*`] },
    // Nobody sees what it rejected: "before any recruiter sees it", "never looks at rejected ones".
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: [`before any|a|the ${HUMAN_ROLE} see*|sees|look*|review*|check*|read*`, `${HUMAN_ROLE}|nobody|noone never|!neg look*|see|sees|check*|review*|read* reject*|declin*|refus*|filtered|decision*`] },
    { field: "autonomy", value: "medium", weight: 0.8, window: 8, negated: "high", patterns: [`${HUMAN_ROLE} can|could|may|able ${CHANGE}`] },
    // The patient, the driver or the dispatcher can stop it, switch it to manual or override it anytime.
    { field: "autonomy", value: "medium", weight: 0.75, window: 8, negated: "high", patterns: [
      `${HUMAN_ROLE}|patient*|driver*|pilot*|dispatcher*|parent* can|could|may|able ${CHANGE}|stop*|switch*|pause*|disabl*|halt*|veto*|turn`,
    ] },
    { field: "autonomy", value: "high", weight: 0.8, window: 4, unless: "nothing", patterns: [`${HUMAN_ROLE}|anyone|nobody cannot|unable|!neg ${CHANGE}`] },
    { field: "autonomy", value: "high", weight: 0.75, window: 4, patterns: ["no|nobody one|human|person|way call*|appeal*|complain*|contact*|object*|reach*"] },
    { field: "autonomy", value: "medium", weight: 0.6, window: 6, negated: "high", patterns: [`appeal*|contest*|dispute* ${HUMAN_ROLE}`] },
    // Nobody checks what the system decided. Nobody taking part in the decision ("no human involved", "fully
    // automated") is no class of its own: the system decides under medium autonomy too (Art. 17(2)(2)); it is the
    // automated decision below, and the autonomy question asks about correction.
    { field: "autonomy", value: "high", weight: 0.75, window: 6, patterns: [`no|without|nobody human*|officer*|person|people|staff|employee*|operator*|manager*|one check*|review*`, "nobody check*|review*"] },

    // Art. 21(1): people use the system or its outputs.
    { field: "userFacing", value: "yes", weight: 0.75, window: 4, patterns: [`${PEOPLE} use|uses|get|gets|see|sees|chat*|ask*|describe*|install*|send*|receive*|tell|tells|tick*|upload*|share|shares|swipe*|paste*|fill*|appeal*|talk*|apply|answer*|repl*|reply|message*|check*|review*|viewed|view|bought|decid*|paste*|listen*|watch*|play*|read*|type*|search*|scan*|book*|order*`] },
    { field: "userFacing", value: "yes", weight: 0.7, window: 4, unless: "data|server*|cloud|aws|api|database*|bureau*", patterns: [`show|shows|shown|offer*|send*|sends|sms|notif*|remind*|text|texts|message*|email*|recommend*|suggest* ${PEOPLE}|them|you|group*`] },
    { field: "userFacing", value: "yes", weight: 0.7, window: 2, patterns: ["you|your put|puts|enter*|type*|upload*|ask*|get|see|choos*|pick*|send*|select*|answer*|fill*|snap*|scan*|chat*|talk*|speak*"] },
    { field: "userFacing", value: "yes", weight: 0.6, window: 2, patterns: ["they|you can|may|could|just call*|appeal*|ask*|see|get|use|choos*|upload*|send*|book*|chat*|talk*|open*|put|type*|enter*"] },
    // Routing, guiding or telling workers or drivers where to go: they act on what it says.
    { field: "userFacing", value: "yes", weight: 0.65, window: 4, patterns: [`rout*|guid*|navigat*|tell|tells|direct*|instruct*|coach* ${PEOPLE}`] },
    // Ads and posts go out to an audience: on the radio, on Instagram, on TV, on billboards.
    { field: "userFacing", value: "yes", weight: 0.6, window: 4, patterns: ["ad|ads|advert*|banner*|post|posts|commercial*|reel*|story|stories radio|insta|instagram|tiktok|tv|youtube|billboard*|social|facebook|telegram|feed*"] },
    { field: "userFacing", value: "yes", weight: 0.55, patterns: ["game|games|rpg|widget|telegram|whatsapp|app|apps|chatbot*|bot|chat|plugin|extension|website|portal|assistant|tutor|platform|tool|browser*"] },

    // Art. 10, PD Law: personal data.
    { field: "personalData", value: "yes", weight: 0.85, window: 2, patterns: ["personal data|information|info|details"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: [`predict*|forecast*|flag*|rank*|identif*|track*|monitor*|profil*|scor*|watch*|observ*|analy*|find*|verif* ${PEOPLE}`] },
    { field: "personalData", value: "yes", weight: 0.7, window: 5, patterns: [
      `${PEOPLE}|person* data|history|record*|statement*|profile*|face*|name*|symptom*|payment*|behaviou*|behav*|post*|phone|passport*|document*|application*|viewed|bought|eyes|address*|payslip*|rating*|location*|email*|salar*|income|spending|habit*|list|lists|contact*|selfie*|voice*|recording*|chat*|message*|order*|login*|debt*|loan*|dose*|glucose|visit*|attendance|keystroke*|screenshot*|browsing|clipboard|gps|geolocation|whereabouts`,
    ] },
    // Bookings and reminders hold a name and a phone; a pump or a sensor on a patient reads health data; texts and
    // SMS are people's messages; a case file is about a party. A judge's or a lawyer's own text is no one's data.
    { field: "personalData", value: "yes", weight: 0.65, unless: "nothing|anonymous|anonymi*", patterns: ["booking*|appointment*|reschedul*|reminder*|reservation*"] },
    { field: "personalData", value: "yes", weight: 0.75, patterns: ["insulin|glucose|cgm|ecg|ekg|blood|wearable*|pacemaker*", "sms|smses|inbox*|mailbox*", "case file*|dossier*|record*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 3, patterns: ["your|their|user*|student*|pupil*|customer*|client*|employee*|patient*|applicant*|candidate*|child*|kid* text|texts|mistake*|essay*|writing|document*|doc|docs|contract*"] },
    { field: "personalData", value: "yes", weight: 0.8, patterns: ["cv|cvs|resume*|payslip*|symptom*", "bank statement*", "visa application*", "recording* call*|customer*|voice*|call-cent*"] },
    { field: "personalData", value: "yes", weight: 0.8, window: 3, patterns: ["record*|recording*|transcri* call|calls|conversation*|voice*|dialog*|dialogue*|interview*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 4, patterns: ["application*|applicant* assist*|benefit*|allowance*|subsid*|pension*|grant*|scholarship*|visa*|loan*|permit*|mortgage*"] },
    // Identifiers that are personal data by themselves: IIN (ИИН, ЖСН), passports, phone numbers, home addresses.
    { field: "personalData", value: "yes", weight: 0.85, unless: "bin|company|companies", patterns: ["iin|iins|иин*|жсн*|passport*|surname*|birthdate*|date-of-birth|ssn|snils", "phone|mobile|telephone number*", "home address*"] },
    { field: "personalData", value: "yes", weight: 0.75, window: 4, patterns: ["name|names|phone|phones|email|emails|address|addresses|birth* name|names|phone|phones|email|emails|address|addresses|birth*|workplace*|relative*|photo*|passport*"] },
    { field: "personalData", value: "yes", weight: 0.75, window: 3, patterns: ["photo*|selfie*|picture*|video*|footage girl*|woman|women|man|men|guy*|person|someone|somebody|face*|him|her|child*|kid*|employee*|customer*|client*|user*|member*|student*|patient*|tenant*|passenger*|visitor*|resident*"] },
    { field: "personalData", value: "yes", weight: 0.7, window: 3, patterns: ["your|their|his|her history|order*|profile*|data|photo*|selfie*|account*|message*|chat*|location*|face|voice|purchases"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 3, patterns: ["mailbox*|inbox*|e-mail*|email*|mail corporate|employee*|staff|user*|personal|letters|messages"] },
    { field: "personalData", value: "yes", weight: 0.6, window: 4, patterns: ["card* payment*|transaction*", "fill* application*|form*", "parent* child*|kid*|card|cards|account*|phone*"] },
    { field: "personalData", value: "yes", weight: 0.8, window: 6, patterns: [`data process* ${CONSENT}`] },
    { field: "personalData", value: "no", weight: 0.9, window: 4, unless: "abroad|outside|foreign|overseas|cloud|server*|sell*|share*|third", patterns: ["!neg personal data|information|info|details"] },
    { field: "personalData", value: "no", weight: 0.75, window: 5, patterns: ["!neg people|person|persons|faces|human* image*|photo*|picture*|frame*|footage|video*"] },
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: `${NOT_TOLD}|${CONSENT}|permission*`, patterns: ["!neg store|keep|collect|know|need people|person*|user*|anyone|anybody"] },
    // "collect contacts without their permission" still collects them: the "without" is about the permission.
    { field: "personalData", value: "no", weight: 0.9, window: 5, unless: `abroad|outside|foreign|overseas|cloud|sell*|share*|third|without|witout|${CONSENT}|${UNKNOWING}`, patterns: ["!neg name*|phone*|email*|address*|contact*|identit*|account* keep|store|collect|save|ask*|need|require*|have|process*|log*|track*", "nothing|no personal|identifiable"] },
    { field: "personalData", value: "no", weight: 0.6, patterns: ["anonymous|anonymi*"] },
    // "(no plates, no faces)", "without names": the identifiers are left out.
    { field: "personalData", value: "no", weight: 0.7, window: 2, patterns: ["=no|=without|=zero plate|plates|face|faces|name|names|ids|identities|pii"] },
    // Only things are worked on: product photos and cards, game characters, shelves, telemetry.
    { field: "personalData", value: "no", weight: 0.55, window: 3, unless: `${PEOPLE}|selfie*|model*|face*`, patterns: [
      "product|products image*|photo*|picture*|card|cards|description*|listing*|text*|shot*",
      "npc|npcs|telemetry|scada|sensor-data",
    ] },
    { field: "personalData", value: "no", weight: 0.9, window: 3, unless: "abroad|outside|foreign|overseas|cloud|sell*|share*|third", patterns: ["!neg customer*|client*|user*|patient*|people|owner*|seller*|buyer*|tenant*|resident*|driver*|reviewer*|author*|employee*|personal data|information|info|record*|detail*|name*"] },
    // "we don't recognise plates or faces, only counts": nobody is identified.
    { field: "personalData", value: "no", weight: 0.8, window: 4, unless: "abroad|outside|foreign|overseas|cloud|sell*|share*|third|without", patterns: ["!neg recogni*|identif*|read*|store*|keep*|collect*|detect* plate*|face|faces|people|person|persons|identit*|ids"] },

    // PD Law art. 12(2): where data live and where training runs.
    { field: "dataStorage", value: "kazakhstan", weight: 0.8, unless: "train*|fine-tun*|tune", patterns: [`${STORE} ${KAZAKHSTAN}`] },
    { field: "dataStorage", value: "abroad", weight: 0.8, unless: "train*|fine-tun*|tune", negated: "kazakhstan", patterns: [`${STORE} ${ABROAD}`] },
    // A state datacentre or the government cloud, a closed network of a Kazakh state body: the data stay here.
    { field: "dataStorage", value: "kazakhstan", weight: 0.75, window: 3, unless: "train*|fine-tun*|tune", patterns: [
      "state|government|gov|governmental|ministry|akimat* datacent*|data-cent*|dc|cloud|server*|network*",
      "closed|internal|isolated|air-gapped network*|contour|circuit",
    ] },
    { field: "dataStorage", value: "abroad", weight: 0.7, window: 3, unless: "train*|fine-tun*|tune", patterns: [`${STORE} us`] },
    // Trained on books, news, laws, a licensed catalogue or stock photos: no personal data go into training.
    { field: "trainingLocation", value: "no_personal_data", weight: 0.65, window: 6, unless: `${PEOPLE}|call*|dialog*|chat*|record*|personal|selfie*|face*|voice*|message*|profile*|cv|cvs`, patterns: [
      `${TRAINING}|tune|tuned book*|news|article*|catalog*|catalogue*|licens*|stock|archive*|law|laws|template*|wiki*|wikipedia|corpus|corpora|synthetic|open|textbook*|lyric*|paint*|artwork*|manual*|documentation|telemetry|satellite*`,
    ] },
    // "user texts are not used for training", "we don't train on client data".
    { field: "trainingLocation", value: "no_personal_data", weight: 0.75, window: 6, patterns: [`!neg ${TRAINING}|tune|tuned|training`] },
    { field: "trainingLocation", value: "abroad", weight: 0.8, window: 10, unless: "store|stored|stores|kept|keep", patterns: [`train*|fine-tun*|tune ${ABROAD}|us`] },
    { field: "trainingLocation", value: "kazakhstan", weight: 0.8, window: 10, unless: "store|stored|stores|kept|keep", patterns: [`train*|fine-tun*|tune ${KAZAKHSTAN}`] },

    // Consent: Art. 17(3)(4) and (6), PD Law art. 19-1(1). Each only counts where its premise holds (implications.ts).
    // Missing consent breaks the PD law only when it is consent to the data: consent to one feature (emotions,
    // Art. 17(3)(6)) or an actor's permission to use his likeness says nothing of the data law by itself.
    // "we don't check if she agreed": a negation anywhere in the clause leaves no consent to rely on.
    { field: "personalDataLawful", value: "yes", weight: 0.75, unless: "!neg", patterns: [CONSENT] },
    // Missing consent to an automated decision or to emotion reading is that field's own consent (below), not the data's.
    // An actor's or a celebrity's missing permission is about the likeness, not by itself about the data law.
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 3, about: DATA, unless: `automated|automatic*|decision*|emotion*|mood*|${KNOWN_PERSON}`, patterns: [`!neg ${CONSENT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 10, about: DATA, unless: `automated|automatic*|decision*|emotion*|mood*|${KNOWN_PERSON}`, patterns: [`!neg check*|verif*|ask*|get|take|collect*|obtain*|need* ${CONSENT}|agreed|allowed`] },
    // "pay for it without noticing" hides a charge, not anyone's data: the sentence must name data or their capture.
    { field: "personalDataLawful", value: "no", weight: 0.75, unless: "emotion*|mood*", about: `${DATA}|${CAPTURE}|passport*|iin|iins|address*|email*|name*|selfie*|contact*`, patterns: ["secretly|covertly|unaware|knowing|unknowingly", `!neg ${UNKNOWING}`] },
    // "people pay it without noticing" hides a charge, not anyone's data.
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 4, unless: "emotion*|mood*|automated|automatic*|decision*", unlessInSentence: HIDDEN_CHARGE, patterns: [`!neg ${NOT_TOLD} ${PEOPLE}|anyone|anybody|them|they`] },
    // "the person on the photo obviously doesn't know": the subject can sit far from the verb.
    { field: "personalDataLawful", value: "no", weight: 0.7, window: 7, unless: "emotion*|mood*|automated|automatic*|decision*", patterns: [`!neg know|knows|aware|idea ${PEOPLE}`] },
    // "workers didn't sign anything", "no one agreed", "clients never opted in": nobody gave consent to this.
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 5, unless: `emotion*|mood*|automated|automatic*|decision*|${KNOWN_PERSON}|contract*|nda*|royalt*`, patterns: [
      `${PEOPLE}|anyone|anybody|they|them !neg sign|signs|signed|agree|agreed|consent|consented|opt|opted|accept*|approv*|allow*`,
      `nobody|noone|no-one sign|signs|signed|agree|agreed|consent|consented|opted|accept*|allowed`,
      `no one sign|signs|signed|agree|agreed|consent|consented|opted|accept*|allowed`,
    ] },
    // A stranger's photo or page taken from a social network: nobody gave it to us (PD Law art. 7-8).
    { field: "personalDataLawful", value: "no", weight: 0.75, window: 8, unless: "own|login|log|sign-in|signin|share|shares|repost*|=post|brand*|product*|shop*|store*", patterns: [
      `any|anyone|someone|somebody|stranger*|girl*|woman|women|guy*|person|their|his|her|employee*|worker*|candidate*|tenant*|borrower*|debtor* photo*|picture*|selfie*|pic|pics|page*|profile*|activity|account* instagram|insta|facebook|fb|vk|vkontakte|tiktok|linkedin|social`,
    ] },
    // Leaked bases, lookup bots, scraped or sold profiles: no consent and no other ground.
    { field: "personalDataLawful", value: "no", weight: 0.85, window: 6, unless: NOT_DATA_TAKEN, patterns: [`${ILLEGAL_SOURCE} ${PERSONAL_OBJECT}`] },
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 6, unless: "book*|article*|news|text*|code|repo*|paper*|price*|listing*|product*|weather", patterns: [
      "scrap*|harvest*|crawl*|pars* profile*|account*|contact*|phone*|email*|page*|instagram|facebook|vk|linkedin|tiktok|selfie*|photo*|personal",
      "sell*|resell*|sold|trade*|monetiz* profile*|personal|contact*|phone*|number*|user*|customer*|client*|base|bases|database*",
    ] },
    // Bought lists of phones, IINs or profiles: nobody on them agreed to be sold.
    { field: "personalDataLawful", value: "no", weight: 0.8, window: 6, unless: "licens*|consent*|opt-in|opted|official*|legal*|api|weather|price*|product*|stock|book*|image*|dataset*", patterns: [
      "buy|buys|bought|buying|purchas* base|bases|database*|dump*|list|lists|phone*|number*|iin|iins|contact*|profile*|address*|email*",
    ] },
    { field: "personalData", value: "yes", weight: 0.8, window: 6, unless: NOT_DATA_TAKEN, patterns: [`${ILLEGAL_SOURCE} ${PERSONAL_OBJECT}`] },
    { field: "personalData", value: "yes", weight: 0.8, window: 6, unless: "book*|article*|news|text*|code|repo*|paper*|price*|listing*|product*|weather", patterns: [
      "scrap*|harvest*|crawl*|pars* profile*|account*|contact*|phone*|email*|page*|instagram|facebook|vk|linkedin|tiktok|selfie*|photo*|personal",
      "sell*|resell*|sold|trade*|monetiz* profile*|personal|contact*|phone*|number*|user*|customer*|client*",
    ] },
    // "never told that their calls are recorded": the "not" is about telling, the recordings are there.
    { field: "personalData", value: "yes", weight: 0.7, window: 6, patterns: [`!neg ${NOT_TOLD} record*|recording*|call|calls|photo*|voice*|face*|conversation*|chat*|message*|location*`] },
    { field: "personalDataLawful", value: "yes", weight: 0.7, window: 4, patterns: ["switch*|turn*|enabl*|opt* themselves|voluntar*|choose|choice"] },
    { field: "emotionConsent", value: "consent", weight: 0.8, negated: "no", patterns: [CONSENT] },
    { field: "emotionConsent", value: "no", weight: 0.75, patterns: ["secretly|covertly|unaware|knowing|unknowingly", `!neg ${UNKNOWING}`] },
    { field: "emotionConsent", value: "no", weight: 0.7, window: 5, patterns: [`!neg ${NOT_TOLD} ${PEOPLE}|anyone|anybody|them|they`] },
    // "nobody is told", "no one was asked", "noone knows": the negation is the people themselves.
    { field: "emotionConsent", value: "no", weight: 0.75, window: 3, unlessInSentence: `${CONSENT}|opt-in|opted|voluntar*`, patterns: [`nobody|noone|no-one|none ${NOT_TOLD}`, `no one ${NOT_TOLD}`] },
    // "the emotion part we don't mention", "nothing about emotions in the consent", "keep the mood analysis quiet".
    { field: "emotionConsent", value: "no", weight: 0.85, window: 6, patterns: [`emotion*|mood*|feeling* !neg ${NOT_TOLD}|about|consent*|agree*|cover*|includ*|sign*`, `emotion*|mood*|feeling* ${HIDDEN}`] },
    { field: "emotionConsent", value: "no", weight: 0.8, window: 6, about: "emotion*|mood*|feeling*|stress*|tired*|irritat*|sarcas*|reaction*|expression*|smile*|disgust*", patterns: [`!neg ${NOT_TOLD}|${CONSENT}`, HIDDEN] },
    { field: "automatedDecisionConsent", value: "no", weight: 0.8, window: 8, about: "automat*|auto-*|decision*|decid*|model|algorithm*|ai", patterns: [`!neg ${NOT_TOLD}|${CONSENT}`] },
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
    { field: "biometricCategorisation", value: "yes", weight: 0.9, window: 10, unless: "blur*|anonymi*|pixelat*|mask*|!neg|architect*|building*|museum*|heritage|artwork*", patterns: [
      `${BODY_CUE} ethnic*|race|races|racial|religio*|nationalit*|politic*|sexual*|orientation|caste|tribe*|clan*|hijab*|headscar*|gay|lgbt*`,
    ] },
    // A people's name is a language or a market far more often than a group sorted by face ("kazakh sellers", "a
    // famous kazakh comedian"): it counts only with a sorting verb, "tells Kazakhs from Russians by the face".
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 8, unless: "blur*|anonymi*|pixelat*|mask*|!neg|clon*|speak*|language*|accent-free", patterns: [
      `${BODY_CUE} ${PEOPLES} sort*|separat*|classif*|distinguish*|tell|tells|categori*|label*|tag*|guess*|predict*|determin*|estimat*|segment*|group*`,
    ] },
    // Sorting by ethnicity or faith to turn a group away: treating people differently is the point.
    { field: "biometricCategorisation", value: "yes", weight: 0.6, window: 8, patterns: ["ethnic*|race|racial|religio*|nationalit*|hijab* refus*|reject*|turn*|exclud*|filter*|ban*|block*|deny|only|allow*|segregat*|discriminat*"] },
    // Religious or ethnic signs worn by people spotted to rank them down: "the model flags visible religious signs and
    // those profiles drop to the bottom". Cataloguing religious buildings or art sorts nobody (trap).
    { field: "biometricCategorisation", value: "yes", weight: 0.85, window: 10, unlessInSentence: "architect*|building*|church|churches|mosque|mosques|museum*|art|artwork*|icon*|manuscript*|heritage", patterns: [
      "religio*|faith|ethnic*|hijab*|beard*|headscar*|niqab*|turban*|kippah* visible|sign|signs|symbol*|wear*|wearing|worn|attire|dress*|cloth*|look*|appearance flag*|detect*|spot*|recogni*|classif*|filter*|drop*|lower*|rank*|downrank*|penali*|reject*|bottom|exclud*|hide*|hid",
    ] },
    // The emotion of a song, a film or a text is nobody's emotion (Art. 17(3)(6) is about people).
    { field: "emotionRecognition", value: "no", weight: 0.95, window: 3, negated: "no", patterns: ["emotion*|mood*|sentiment|feeling* track|tracks|song*|music|playlist*|film*|movie*|scene*|text|texts|lyric*|review*|tweet*|headline*|article*|book*|poem*|product*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, negated: "no", unless: `${NOT_TOLD}|${HIDDEN}|about|consent*|agree*|sign*|paper*|policy`, patterns: ["emotion*|mood*"] },
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 5, negated: "no", unless: `${NOT_PEOPLE}|puppy|character*|npc*|pet|pets|mascot*`, patterns: [`${EMOTIONS} look*|seem*|who|when|detect*|flag*|recogn*|spot*|notic*|tell*|track*|getting|feel*|if|monitor*|analy*|measur*|scor*|read*|estimat*`] },
    // "we track staff mood and nobody is told": the "not" is about telling, the emotions are read.
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 8, patterns: [`emotion*|mood*|feeling* !neg ${NOT_TOLD}`, `emotion*|mood* ${HIDDEN}`] },
    // "the mood of customers is analysed and nobody knows": read whatever follows about telling.
    // Tried first: "... and nobody knows" is a "not" about knowing, the mood is read.
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 12, negated: "no", unless: `${NOT_PEOPLE}|puppy|character*|npc*|pet|pets|mascot*`, patterns: [
      `emotion*|mood*|feeling* analy*|detect*|read*|track*|monitor*|recogni*|measur*|scor*|estimat*|infer*|classif* !neg ${NOT_TOLD}`,
      "emotion*|mood*|feeling* analy*|detect*|read*|track*|monitor*|recogni*|measur*|scor*|estimat*|infer*|classif*",
    ] },
    // Faces' reactions and expressions read by a camera: "reads your face reactions (smile, disgust)". Tracking an
    // expression to animate an avatar or a mask reads no emotion (trap).
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 6, negated: "no", unless: `${NOT_PEOPLE}|animat*|avatar*|puppet*|mirror*|mask*|emoji*|memoji*|sticker*|character*`, patterns: [
      "face|faces|facial|micro|eye|eyes|voice reaction*|expression*|smile*|smiling|frown*|grimac*|wince*|disgust* read*|track*|detect*|analy*|measur*|record*|scan*|watch*|captur*|monitor*|recogni*|classif*|score*",
    ] },
    // Reading a person's state from face or voice: micro-expressions, stress, honesty, engagement, tiredness.
    { field: "emotionRecognition", value: "yes", weight: 0.85, window: 6, unless: NOT_PEOPLE, patterns: [
      "micro-expression*|microexpression*|sentiment|affect|affective",
      `detect*|recogn*|analy*|read*|scor*|measur*|track*|estimat*|infer*|classif* ${EMOTIONS}|tiredness|sarcasm|honesty|enthusiasm|engagement|attention|excitement|fatigue`,
      "emotion* hidden|part|analys*|analyz*|analytic*|recognit*|detect*",
    ] },

    // Round 5. Staff ranked from what a monitoring agent sees (webcam, keystrokes, moods) for bonuses or dismissal:
    // behaviour scored over time. A sales leaderboard of revenue has no monitoring word (trap).
    { field: "socialScoring", value: "yes", weight: 0.8, window: 16, about: "webcam*|camera*|keystroke*|screen*|screenshot*|behav*|mood*|emotion*|expression*|idle|mouse|attitude*|loyal*|obedien*", unless: "loan*|credit*|lead|leads|compan*|song*|music*|film*|movie*|wine*|restaurant*|hotel*|=product|=products|item*", patterns: [
      "employee*|staff|worker*|courier*|driver*|operator*|agent* score*|rating*|rank*|index*|leaderboard* bonus*|promot*|fire|fired|firing|dismiss*|layoff*|demot*|penalt*|optimi*|salar*|punish*",
    ] },
    // Invented counters: "'23 people watching now' banners, numbers are just made up", "stock count is random".
    { field: "manipulation", value: "yes", weight: 0.85, window: 8, unless: "detect*|filter*|flag*|remov*|block*|catch*|spot*|fight*|moderat*|report*", patterns: [
      "number*|figure*|count*|counter*|stat*|viewer*|watcher*|stock|timer*|countdown*|banner*|badge* made up",
      "number*|figure*|count*|counter*|viewer*|watcher*|timer*|countdown*|banner*|badge* made-up|invented|fake|fabricat*|bogus|fictional|fictitious|imaginary|fake",
    ] },
    // Rushing people: "make them buy before they think", "before they change their mind".
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, patterns: ["buy*|purchas*|pay*|order*|subscri*|sign* before think*|thinking|reconsider*|chang*|realis*|realiz*|compar*"] },
    // Threats of a sad or leaving pet unless one pays: "it will be sad and leave forever if he doesnt buy crystals".
    { field: "manipulation", value: "yes", weight: 0.8, window: 10, unless: "help*|support*|therap*|counsel*|charity|donat*|skip*|forget*|brush*|homework|chore*|lesson*|practi*|exercis*|sleep*", patterns: [
      "sad|cry|cries|crying|die|dies|leave|leaves|starv*|hungry|lonely|upset|hate*|angry|disappoint* if|unless|until !neg buy*|pay*|purchas*|spend*|subscri*|top-up*",
      "sad|cry|cries|crying|die|dies|leave|leaves|starv*|hungry|lonely|upset|hate*|angry|disappoint* unless|until buy*|pay*|purchas*|spend*|subscri*|top-up*",
    ] },
    // Learning what words work on each person to make them pay more: personalised pressure.
    { field: "manipulation", value: "yes", weight: 0.75, window: 8, patterns: ["learn*|find*|finds|test*|pick* phrase*|word*|message*|line*|trigger* pay*|buy*|spend*|deposit* more|most"] },
    // Bots posing as people to sell: "2000 AI 'girls' profiles chat flirty ... first u need premium", "users think they
    // are real ppl, we never tell them". A labelled bot, or AI profile photos on order, deceive nobody (trap).
    { field: "manipulation", value: "yes", weight: 0.8, window: 8, about: "premium|pay*|paid|subscri*|buy*|purchas*|money|deposit*|donat*|vip|coin*|token*|gift*", unless: "label*|disclos*|marked|badge*", patterns: [
      "fake|ai|bot|bots|generated|virtual|synthetic girls|women|woman|guys|men|profiles|personas|accounts chat*|flirt*|talk*|text*|messag*|agree*|date*",
    ] },
    { field: "manipulation", value: "yes", weight: 0.75, window: 10, patterns: [`think*|believe*|assum* real|human|humans|alive !neg ${NOT_TOLD}`] },
    // Gamblers chasing losses, the indebted: "players who are chasing losses ... get pushes", "works best on ppl in debt".
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 12, about: `${SELL}|offer*|bonus*|free|freebet*|push*|notif*|text*|message*|target*`, unless: "limit*|block*|self-exclu*|warn*|help*|protect*|stop*|pause*|cool*|exclud*", patterns: [
      "chas*|chasing loss|losses|money",
      "win|won|winning|get|recover* back",
    ] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 6, unless: "help*|restructur*|protect*|warn*|block*|refus*|declin*", patterns: ["work*|convert*|best|better|most debt|debts|indebted|broke|desperate|microloan*|arrear*"] },
    // A child or a pensioner made to pay more: "it learns which phrases make each kid pay more".
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 6, unless: "discount*|less|cheaper|free|limit*|parental|cap|caps|protect*", patterns: [`make|makes|making|made|get|gets|push*|nudg* ${VULNERABLE} pay*|spend*|buy*|deposit* more|most`] },
    // Drug shops served: ads, channel posts and "how to pick up a stash without police noticing".
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 10, unless: "detect*|filter*|block*|moderat*|remov*|flag*|report*|fight*|ban|bans|banned|banning|rehab*|recover*|addiction|treatment*|prevent*", patterns: [
      `${DRUGS} shop*|store*|sell*|sale*|ad|ads|advert*|post*|text*|seo|channel*|generat*|writ*|content|promo*|copy|market*|deliver*|stash*`,
    ] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.8, window: 8, about: `${DRUGS}|stash*`, patterns: ["police|cops|polic* !neg notic*|catch*|find*|finding|see|spot*"] },
    // The decision itself never signed for: "clients dont sign anything on that", "nothing says the algorithm decides".
    { field: "automatedDecisionConsent", value: "no", weight: 0.9, window: 8, about: "automat*|auto-*|algorithm*|decision*|decid*|model|ai", patterns: ["!neg sign*|signed|accept*|tick*|agree*|consent*"] },
    // Art. 17(3)(1)-(3), (7).
    { field: "socialScoring", value: "yes", weight: 0.9, window: 12, negated: "no", unless: `loan*|credit*|mortgage*|underwrit*|lead|leads|compan*|restaurant*|hotel*|wine*|${LOYALTY_PROGRAMME}`, patterns: [
      `rank*|scor*|rate|rating*|points|grade*|index*|badge*|karma|trust-scor*|trustworth* citizen*|resident*|tenant*|people|person|neighbour*|neighbor*|everyone|student*|pupil*|kid*|employee*|staff|worker*|flat|flats|household*|famil*|member*|user*|driver*|courier* behav*|conduct|post*|social|habit*|lifestyle|reputation|disciplin*|complain*|noise|loyal*|obedien*|attitude*|manner*|write|wrote|writes|chat*|comment*|${SOCIAL_CONDUCT}`,
    ] },
    // A low score that shuts people out of services or passes: what the score is for.
    { field: "socialScoring", value: "yes", weight: 0.7, window: 8, unless: `loan*|credit*|mortgage*|underwrit*|lead|leads|compan*|vendor*|supplier*|merchant*|listing*|app|apps|spam|${NOT_PEOPLE}`, patterns: [
      "low|bad|poor|negative|red rating*|scor*|index*|badge*|karma no|lose*|los*|refus*|deny|denied|block*|restrict*|ban*|cut*|access|barred|exclud*",
      // "low scorers can't buy train tickets", "cannot rent again".
      "low|bad|poor|negative|red rating*|scor*|scorer*|index*|karma !neg buy*|get|gets|rent*|enter*|travel*|access*|use|book*|apply*|leave|board*",
    ] },
    // A score, rating or index of residents, staff or tenants that decides access, discounts, queues or bans.
    { field: "socialScoring", value: "yes", weight: 0.85, window: 10, negated: "no", unless: `loan*|credit*|mortgage*|underwrit*|lead|leads|compan*|vendor*|supplier*|merchant*|seller*|listing*|app|apps|device*|${LOYALTY_PROGRAMME}|${NOT_PEOPLE}`, patterns: [
      `citizen*|resident*|tenant*|employee*|staff|worker*|student*|pupil*|neighbo*|household*|famil*|parent* rating*|scor*|index*|rank*|karma|trust* access*|discount*|queue*|ban|bans|banned|parking|priority|benefit*|kindergarten*|housing|perk*|privilege*`,
    ] },
    // Art. 17(3)(3): scoring is allowed only where a law of Kazakhstan provides for it; a founder who names no law has none.
    // A score of drivers or clients with no law named anywhere in its sentence (counts only where people are scored).
    { field: "scoringLegalBasis", value: "no", weight: 0.55, unlessInSentence: "law|laws|legal*|statut*|decree*|regulat*|resolution*|code|mandat*|required", patterns: ["scor*|rating*|index*|rank*|karma"] },
    { field: "scoringLegalBasis", value: "no", weight: 0.6, window: 12, unless: "law|laws|legal*|statut*|decree*|regulat*|resolution*|code|mandat*|required", patterns: [
      "rank*|scor*|rate|rating*|points|index*|badge*|karma citizen*|resident*|tenant*|people|neighbour*|neighbor*|student*|pupil*|kid*|employee*|staff|worker*|flat|flats|household*|member*|user*",
    ] },
    // "no special normative act for this", "no legal ground": the founder says no law provides for the scoring.
    { field: "scoringLegalBasis", value: "no", weight: 0.8, window: 4, patterns: ["!neg law|laws|legal|normative|statutory|regulatory act*|acts|basis|ground*|norm*|decree*"] },
    { field: "scoringLegalBasis", value: "yes", weight: 0.8, window: 8, patterns: ["law|laws|legal|statut*|decree*|resolution*|code required|provid*|mandat*|prescrib*|basis|under|by|per"] },
    { field: "socialScoring", value: "yes", weight: 0.9, window: 2, negated: "no", unless: `${NOT_PEOPLE}|${NOT_PERSON_SCORED}`, patterns: ["social credit*|scor*|rating*"] },
    { field: "manipulation", value: "yes", weight: 0.9, window: 2, patterns: ["dark pattern*"] },
    // Requests, packets, payloads and images are manipulated in security tests and editors: no person is (traps).
    { field: "manipulation", value: "yes", weight: 0.85, unless: `${NOT_PEOPLE}|${MACHINE_OBJECT}|photo*|light|lighting|data|dataset*|file*|string*|video*|audio|3d|model*|object*`, unlessInSentence: SECURITY_TESTING, patterns: ["manipulat*|subliminal|deceiv*|deceptive|mislead*|=trick|=tricks|=tricked|=tricking|=trickery"] },
    // Fake urgency and fake social proof: timers, "only 2 left", "your friend already bought it", "37 people are
    // looking". Fighting fakes is the opposite (trap).
    { field: "manipulation", value: "yes", weight: 0.85, window: 3, unless: "detect*|filter*|flag*|remov*|block*|catch*|spot*|fight*|moderat*|report*|ban|bans|banned|banning|counterfeit*", patterns: ["fake|false|fictitious|artificial|invented|made-up|phony|phoney|bogus|fabricat* timer*|countdown*|scarcity|review*|testimonial*|urgency|stock|deadline*|discount*|demand|sale*|message*|notification*|notice*|popup*|pop-up*|badge*|alert*|proof|social|friend*|buyer*|purchase*|counter*|viewer*|rating*|price*|offer*|banner*|last|chance|warning*|virus*|win*|prize*", "hidden cancel*|unsubscrib*|button*|fee*|subscription*|charge*|renewal*|cost*"] },
    // A countdown that restarts or a "only 1 left" that is not true: fake urgency whatever the words.
    { field: "manipulation", value: "yes", weight: 0.85, window: 6, patterns: [
      "timer*|countdown*|deadline* reset*|restart*|resets|never|loop*|again|flash*|flashing|fake",
    ] },
    { field: "manipulation", value: "yes", weight: 0.85, window: 8, patterns: ["only|last left|remain*|remaining fake|false|actual*|really|lie|lies|lying|though|lol|plenty|fine"] },
    // "your friend already bought it", "12 people in your city bought this": others' purchases that never happened.
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, patterns: ["friend*|neighbo*|classmate*|others|everyone already|just bought|buy*|purchas*|ordered|got fake|invented|made-up|bogus|random|generat*|never|lie|lies|false"] },
    // "a bogus '37 people are viewing this' badge": invented crowds of buyers and viewers.
    { field: "manipulation", value: "yes", weight: 0.8, window: 8, unless: "detect*|filter*|flag*|remov*|block*|catch*|spot*|fight*|moderat*|report*|counterfeit*|goods|product*|item*|return*|refund*", patterns: [
      "fake|fakes|bogus|invented|made-up|fabricat*|fictitious|phony|phoney viewing|watching|bought|booked|ordered|sold|left|remaining",
    ] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 10, patterns: [
      `${WEAK_MOMENT} offer*|pop*|push*|sell*|upsell*|show* timer*|countdown*|discount*|deal*|pack|packs|bundle*|gem*|coin*|loot*|limited|hurry|urgent*`,
    ], unless: "help*|support*|hint*|tip*|break|pause|therap*|counsel*|hotline*", unlessInSentence: "refill*|regenerat*|recharg*|cooldown*|respawn*" },
    // A pet that cries or dies unless you pay, a character that begs for gems: guilt sold for money.
    { field: "manipulation", value: "yes", weight: 0.8, window: 10, unless: "help*|support*|hotline*|therap*|counsel*|patient*|hospital*|clinic*|insur*|charity|donat*", patterns: [
      "cry|cries|crying|sob*|weep*|die|dies|dying|starv*|beg|begs|begging|sad|sick buy*|pay|pays|paid|purchas*|spend*|gem*|coin*|subscri*|deposit*|pack|packs|chest*|top-up*",
    ] },
    // A countdown sprung at the moment a player loses or wants to quit, with something to buy in the sentence.
    { field: "manipulation", value: "yes", weight: 0.8, window: 14, about: SELL, unlessInSentence: "refill*|regenerat*|recharg*|cooldown*|respawn*|detect*|block*|ban|bans|banned|banning", patterns: [
      "quit*|quitting|leav*|churn*|uninstall*|lose|loses|lost|losing|fail*|hesitat* timer*|countdown*|hurry|urgen*",
    ] },
    // Pre-ticked add-ons, a cancellation made hard on purpose: people pay for what they did not choose.
    { field: "manipulation", value: "yes", weight: 0.8, window: 4, patterns: [
      "pre-ticked|preticked|pre-checked|prechecked|pre-selected|preselected|pre-filled|auto-added|sneak* box*|checkbox*|insurance|add-on*|addon*|option*|subscription*|extra*|tip|tips|donation*",
      "hard|harder|impossible|difficult|tricky|confusing cancel*|unsubscrib*|quit*|delet*|opt-out",
    ] },
    // Playing on fear, loneliness or grief to sell: the weak spot is the lever.
    { field: "manipulation", value: "yes", weight: 0.8, window: 5, unless: `${SECURITY_TESTING}|vulnerabilit*|software|bug*|server*`, patterns: [
      "exploit*|prey*|play|plays|playing|leverag*|feed* fear*|loneliness|insecurit*|anxiet*|grief|shame|guilt|fomo|missing",
    ] },
    // Scare pop-ups: "your account will be blocked unless you pay now".
    { field: "manipulation", value: "yes", weight: 0.75, window: 8, about: "pop-up*|popup*|pop|pops|banner*|fake|scare*|scary|frighten*", unless: "detect*|filter*|warn*|spam|antivirus|protect*", patterns: [
      "block*|suspend*|delet*|lose|lost|arrest*|expire* unless|until|otherwise pay*|buy*|renew*|upgrad*|subscri*|deposit*",
    ] },
    // Selling by fear: "the bot tells them their pressure is dangerous and only our course helps", "scares people that
    // their account will be hacked unless they buy". A health warning that sends people to a doctor sells nothing (trap).
    { field: "manipulation", value: "yes", weight: 0.8, window: 12, unless: "doctor*|clinic*|ambulance*|hospital*|emergenc*|refer*|physician*|103|112", unlessInSentence: "detect*|block*|filter*|antivirus|anti-scam|protect*|flag*|report*", patterns: [
      "scare*|scary|frighten*|fear*|panic*|dangerous|deadly|heart-attack tell*|tells|told|say*|says|convinc*|warn*|script* only|buy*|purchas*|course*|pay*|order*",
      "scare*|frighten*|intimidat*|terrif* into buy*|buying|purchas*|pay*|paying|order*|sign*|subscrib*",
    ] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 6, patterns: ["guilt-trip*|guilt|shame*|fomo|fear-of-missing|confirmshaming|roach nudg*|push*|pressur*|trip*|buy*|pay*|spend*|subscrib*|stay|bought|die"] },
    { field: "manipulation", value: "yes", weight: 0.8, window: 2, patterns: ["impersonat*|pretend*|posing|astroturf*|troll*|sockpuppet*", "fake account*|profile*|persona*|follower*|like|likes"] },
    { field: "manipulation", value: "yes", weight: 0.7, window: 6, patterns: ["nudg*|push*|pressur* buy*|spend*|bet|betting|keep|purchas*|pay|subscrib*"] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, unless: "vulnerabilit*|pentest*|penetration|cve*|exploit-*|software|server*|perimeter|protect*|safeguard*|block*|warn*", patterns: [`${VULNERABLE} nudg*|push*|pressur*|manipulat*|trick*|dark|exploit*|lure*|prey*`] },
    // Apps "targeted at" children, pensioners or people with dyslexia are mostly made for them: a tutor, a therapy,
    // an accessible app targets them to help (trap). Only a target with nothing of the kind in its sentence counts.
    { field: "exploitsVulnerability", value: "yes", weight: 0.75, window: 8, unless: "vulnerabilit*|pentest*|penetration|cve*|software|server*", unlessInSentence: HELPS, about: `${PRESSURE}|${HARD_SELL}|${IN_TROUBLE}|loan*|credit*|bet|bets|expensive|overpriced|high-interest|scam*|lure*|prey*`, patterns: [`${VULNERABLE} target*`] },
    // A child or a pensioner in the sentence of a pressure trick: "when the child is about to quit it pops a
    // countdown", "grannies get fake timers". Fighting the trick is the opposite.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, about: PRESSURE, unlessInSentence: `${HELPS}|warn*|block*|ban|bans|banned|banning|detect*|stop*|prevent*|filter*|forbid*|no|never|without`, patterns: [VULNERABLE] },
    // The weakest segments get the hardest push: "pensioners and gamblers get the most aggressive offers at 3am".
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 16, unless: "help*|support*|protect*|block*|limit*|parental|discount*|free|cheaper|lower*|reduc*|refus*|declin*|exclud*|warn*|stop*", patterns: [
      `${VULNERABLE}|${IN_TROUBLE} ${SELL}|ads|advert*|message*|call*|notification*|spam* ${HARD_SELL}`,
    ] },
    // Selling to a child or a pensioner at the moment they are weakest.
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 14, unless: "help*|support*|protect*|block*|limit*|spend*|parental", unlessInSentence: HELPS, patterns: [`${VULNERABLE} ${SELL} ${WEAK_MOMENT}|timer*|countdown*|pressur*|urgen*|flash*`] },
    // More credit to people already drowning in debt or gambling: their situation is the target.
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 14, unless: "lower*|reduc*|refus*|block*|declin*|protect*|help*|restructur*|warn*|exclud*|cap|caps|stop*", patterns: [
      "overdue|debt|debts|indebted|arrear*|delinquen*|bankrupt*|gambl*|addict*|casino*|payday offer*|target*|push*|upsell*|advertis*|convert*|lure*|prey*|first bigger|more|higher|extra|larger|increas*|raise*|best|first|payday|predatory|high-interest|expensive|overpriced|night",
    ] },
    // Money trouble or gambling losses met with a push: "push microloans to students with overdue debts", "bonus
    // offers to users who lost the most". Helping, restructuring or blocking is the opposite.
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, unless: "lower*|reduc*|refus*|block*|declin*|protect*|help*|restructur*|warn*|exclud*|cap|caps|stop*|limit*|self-exclu*", patterns: [
      "overdue|debt|debts|indebted|arrear*|delinquen*|bankrupt*|addict* push*|target*|lure*|prey*|upsell*|spam*",
    ] },
    { field: "exploitsVulnerability", value: "yes", weight: 0.8, window: 10, about: `${GAMBLING}|betting|bettor*|gambler*`, unless: "limit*|block*|self-exclu*|warn*|help*|protect*|stop*|pause*|cool*|refund*", patterns: [
      "lost|lose|loses|losing|loss|losses bonus*|offer*|freebet*|free|deposit*|promo*|cashback|reload*",
    ] },
    // The child or the pensioner gets more of what is sold: "kids under 13 get MORE lootbox offers", "pensioners get
    // extra upsell calls". More help, lessons or free things is the opposite (trap).
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 8, unless: "help*|support*|protect*|safe*|free|discount*|lesson*|hint*|tutor*|break*|limit*|parental|warn*|block*", patterns: [
      `${VULNERABLE} more|extra|additional|bigger|higher|double* offer*|sell*|upsell*|loot*|lootbox*|loot-box*|popup*|pop-up*|ads|advert*|push*|call*|script*|pack|packs|deal*|bundle*`,
      `${VULNERABLE} convert*|conversion* better|best|more|higher|4x|3x|2x|5x|x2|x3|x4|twice`,
    ] },
    // Picking out those whose memory or judgement fails to sell to them: "the model picks the ones who forget the
    // previous call — those get the scare script". Reminding or alerting a carer is the opposite (trap).
    { field: "exploitsVulnerability", value: "yes", weight: 0.85, window: 12, about: `${SELL}|script*|pitch*|scare*|frighten*|price*|course*|call*`, unlessInSentence: "remind*|reminder*|alert*|carer*|caregiver*|relative*|doctor*|safeguard*|protect*|support*|assist*", patterns: [
      "pick*|select*|choos*|find*|finds|detect*|flag*|identif*|segment*|spot*|single* forget*|forgetful|confus*|dementia|repeat*|gullible|naive|trusting",
    ] },
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, unless: "filter*|block*|moderat*|remov*|detect*|ban|bans|banned|banning|flag*|rehab*|addiction|treatment*|prevent*|awareness", patterns: ["extremis*|terroris*|propaganda|porn*|narcotic*|drug*|weapon*|hate|explosive*|bomb|bombs|firearm*|gun|guns|ammunition make|generat*|produc*|creat*|spread*|post*|publish*|sell*|writ*|use"] },
    // Nude or sexual images of real people, child abuse material, forged documents: unlawful whatever the audience.
    { field: "prohibitedOutputs", value: "yes", weight: 0.9, window: 8, unless: "detect*|filter*|block*|moderat*|remov*|blur*|flag*|report*|censor*|check*|verif*|validat*|authenticat*|spot*|catch*|sign|signs", patterns: [
      "nude|nudes|naked|undress*|nsfw|porn*|sexual|explicit|erotic* generat*|creat*|make|makes|produc*|render*|draw*|photo*|image*|picture*|video*|deepfake*",
      "forg*|fake|counterfeit* passport*|diploma*|certificate*|id|ids|document*|licen*|receipt*|prescription*|signature*|stamp*|sick-leave*|sick-note*|spravka*|note|notes",
      "child|children|minor|minors|kid|kids abuse*|sexual*|nude*|porn*|exploit*",
    ] },
    // Documents made to pass for real ones: "generates realistic sick-leave pdf with clinic stamp and doctor signature
    // that look like original ones". Synthetic documents for testing an OCR model deceive nobody (trap).
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 16, unless: "detect*|verif*|check*|validat*|authenticat*|spot*|catch*|test*|train*|ocr|dataset*|sample*|demo*|template*", patterns: [
      "generat*|creat*|make|makes|produc*|draw*|print*|forg* stamp*|seal*|signature* realistic|original|originals|genuine|real|authentic|indistinguishabl*|identical",
      "realistic|original-looking|genuine-looking|real-looking|authentic-looking sick-leave*|sick-note*|spravka*|certificate*|diploma*|passport*|prescription*|document*|doc|docs|receipt*",
    ] },
    // Ads for casinos and bookmakers with no Kazakh licence, or worded to slip past moderation (Law on gambling, art. 6).
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 12, unless: "detect*|filter*|block*|moderat*|remov*|flag*", patterns: [
      `${GAMBLING} ${ADS}|generat*|writ*|post*|spam* offshore|unlicensed|illegal|underground|grey|gray|black-market|unregistered|foreign`,
      `${GAMBLING} ${ADS}|generat*|writ*|post*|spam* !neg licen*|license|licence|permit*`,
    ] },
    // Worded so that moderation does not catch it: the founder knows the content is banned.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 10, unlessInSentence: "remov*|report*|fight*|protect*|=catches", patterns: [
      `${GAMBLING}|drug*|narcotic*|weapon* dodge*|bypass*|evad*|avoid*|circumvent*|trick*|fool*|slip*|past moderat*|moderator*|filter*|censor*|ban*`,
      `${GAMBLING}|drug*|narcotic*|weapon* moderat*|moderator*|filter*|censor* !neg catch*|notic*|spot*|detect*|see|sees|flag*`,
    ] },
    // Rewording generated ads so that filters miss them, with casinos or drugs anywhere in the sentence.
    { field: "prohibitedOutputs", value: "yes", weight: 0.85, window: 8, about: `${GAMBLING}|drug*|narcotic*|weapon*|stuff|zakladk*|vape*`, unlessInSentence: "detect*|block*|remov*|report*|fight*|protect*|=catches", patterns: [
      "filter*|moderat*|moderator*|censor*|antispam !neg catch*|notic*|spot*|detect*|see|flag*",
      "rewrit*|rephras*|misspell*|disguis*|obfuscat*|mask*|encod*|swap* word*|letter*|text*|spelling filter*|moderat*|ban*|catch*",
    ] },
    { field: "syntheticContent", value: "yes", weight: 0.9, negated: "no", patterns: ["deepfake*|deep-fake*|face-swap*|faceswap*"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, negated: "no", patterns: ["face*|voice*|likeness swap*|replac*|clon*|fake*|imitat*|synthes*|older|younger|aging|ageing|morph*"] },
    { field: "syntheticContent", value: "yes", weight: 0.8, window: 8, patterns: ["say|says|said|saying never|anything|didn video*|celebrit*|politician*|famous|person"] },
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 3, negated: "no", patterns: ["synthetic|fake video*|photo*|image*|voice*|audio|person*"] },
    // "nobody knows we clone their voice": the "not" is about knowing, the clone is made.
    { field: "syntheticContent", value: "yes", weight: 0.9, window: 8, patterns: [`face*|voice*|likeness swap*|clon*|fake*|imitat*|synthes* !neg ${NOT_TOLD}`] },
    // An avatar, a clone or a digital twin of a real person: media that imitate that person (Art. 21(2)).
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 5, unless: "cartoon*|fictional|invented|generic|stock|anonymous", patterns: [`avatar*|clone*|twin|twins|double*|lookalike*|likeness|replica* real|actual|living|famous|known|${KNOWN_PERSON}`] },
    { field: "biometrics", value: "yes", weight: 0.75, window: 5, unless: "cartoon*|fictional|invented|generic|stock|anonymous", patterns: [`avatar*|clone*|twin|twins|double*|lookalike*|likeness|replica* real|actual|living|famous|known|${KNOWN_PERSON}`] },
    // Making media with a known person's face or voice ("ad videos with a famous actor's face and voice").
    { field: "syntheticContent", value: "yes", weight: 0.85, window: 10, unless: "recogni*|identif*|verif*|detect*|authenticat*", patterns: [`${MAKES} ${FACE_OR_VOICE} ${KNOWN_PERSON}`] },

    // PD Law art. 19-1: decisions on people with no human.
    { field: "automatedDecisions", value: "yes", weight: 0.85, window: 10, negated: "no", patterns: [`${DECISION_VERB} ${DECISION_OBJECT} automatic*|auto|own|itself|instantly|no|without|nobody`, "auto-reject*|auto-approv*|auto-declin*|auto-ban*"] },
    // "rejected automatically and nobody agreed to it": the "not" is about the consent, the decision is taken.
    { field: "automatedDecisions", value: "yes", weight: 0.95, window: 10, patterns: [`${DECISION_VERB} automatic*|auto|itself|instantly !neg ${CONSENT}|${NOT_TOLD}|sign|signs|signed|accept*`] },
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
