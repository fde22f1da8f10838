import { test } from "node:test";
import assert from "node:assert/strict";
import { describe, type InferredProfile } from "../../knowledge/describe/index.js";

// Readings of the English lexicon, each written for sentences the dev sets do not hold: for every kind of rule,
// a few ways founders say the thing, and near misses the rule must leave alone. `not` lists values a text must
// NOT be read as (a field may still stay unread); `is` lists values it must be read as.
type Case = { text: string; is?: InferredProfile; not?: InferredProfile };

const read = (text: string) => describe(text, "en").profile as Record<string, string | undefined>;

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

check("no consent to the data: not told, not asked, secretly, leaked bases, scraping, selling profiles", [
  { text: "Customers are never told that their calls are recorded and reused for training.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "We collect users' photos and nobody is asked for permission.", is: { personalDataLawful: "no" } },
  { text: "The bot pulls phone numbers of debtors from leaked databases.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "We scrape Instagram profiles and contact details of potential clients.", is: { personalDataLawful: "no" } },
  { text: "We sell the customer profiles to partner banks.", is: { personalDataLawful: "no" } },
  { text: "Users send photos of their friends and we don't check if the friends agreed.", is: { personalDataLawful: "no" } },
  // Near misses: consent given, scraping of things that are not people, a negation about something else.
  { text: "Users send photos and agree to the processing of their personal data.", not: { personalDataLawful: "no" } },
  { text: "We scrape product prices and listings from marketplaces.", not: { personalDataLawful: "no" } },
  { text: "We scraped books and news articles to train the model.", not: { personalDataLawful: "no" } },
  { text: "We never sell customer data; it stays on our servers in Almaty.", not: { personalDataLawful: "no" } },
]);

check("no consent to the emotion reading: hidden, not mentioned, not covered by the consent form", [
  { text: "The webcam detects students' emotions; the emotion part we don't mention to anyone.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Our cameras read shoppers' mood at the checkout. Shoppers are not informed.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "The call analytics detects stress and irritation in operators' voices; management keeps the mood scores quiet.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Cameras track each child's attention and emotions. Parents signed the CCTV form, nothing about emotions.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  // Near miss: the person switches it on; the missing consent is not about the data law.
  { text: "The app guesses the listener's mood from their face in the selfie camera; users switch this on themselves.", is: { emotionRecognition: "yes", emotionConsent: "consent" } },
  { text: "The webcam detects students' emotions; the emotion part we don't mention to anyone.", not: { personalDataLawful: "no" } },
]);

check("the emotion of a song, a film or a text is nobody's emotion (traps)", [
  { text: "Our model detects the emotion of each track and builds a mood playlist for cafes.", not: { emotionRecognition: "yes" } },
  { text: "We tag films by mood so viewers can pick a sad or a happy movie.", not: { emotionRecognition: "yes" } },
  { text: "The tool finds the emotion in product reviews and tweets about a brand.", not: { emotionRecognition: "yes" } },
]);

check("reading a person's state from face or voice is emotion recognition", [
  { text: "The model scores facial micro-expressions of candidates for honesty and enthusiasm.", is: { emotionRecognition: "yes" } },
  { text: "We detect tiredness and sarcasm in drivers' voices.", is: { emotionRecognition: "yes" } },
]);

check("vulnerable people targeted to their harm", [
  { text: "When a kid loses a level three times, the game offers a pack with a flashing countdown.", is: { exploitsVulnerability: "yes" } },
  { text: "We show pensioners a loan offer at night with a timer, when they are lonely and tired.", is: { exploitsVulnerability: "yes" } },
  { text: "The model finds people with overdue loans and gambling transactions and offers them bigger limits first.", is: { exploitsVulnerability: "yes" } },
  { text: "Our chatbot targets elderly people with pressure to buy supplements.", is: { exploitsVulnerability: "yes" } },
  // Near misses: protecting the vulnerable, software vulnerabilities, ordinary sales to adults.
  { text: "We detect customers with gambling transactions and lower their credit limit.", not: { exploitsVulnerability: "yes" } },
  { text: "Our agent finds vulnerabilities in the perimeter and exploits them within the agreed scope.", not: { exploitsVulnerability: "yes" } },
  { text: "A reading app where kids pick books and parents pay a monthly subscription.", not: { exploitsVulnerability: "yes" } },
  { text: "We offer restructuring to borrowers with overdue loans.", not: { exploitsVulnerability: "yes" } },
]);

check("manipulation: fake urgency, fake scarcity, pressure at the weakest moment, hidden subscriptions", [
  { text: "The widget shows 'only 2 left' although the stock is actually fine.", is: { manipulation: "yes" } },
  { text: "A countdown timer that resets every visit pushes shoppers to check out.", is: { manipulation: "yes" } },
  { text: "When the user hesitates, it pops a discount offer with a timer.", is: { manipulation: "yes" } },
  { text: "We use fake discounts and a hidden subscription that renews every month.", is: { manipulation: "yes" } },
  { text: "A sad puppy guilt-trips players into buying gems.", is: { manipulation: "yes" } },
  // Near misses: manipulating images, a timer of a traffic light, an honest delivery countdown.
  { text: "The editor removes the background and manipulates shadows on product photos.", not: { manipulation: "yes" } },
  { text: "If our system fails, the lights fall back to fixed timers.", not: { manipulation: "yes" } },
  { text: "The app shows a countdown until the courier arrives.", not: { manipulation: "yes" } },
]);

check("social scoring of people by behaviour, with no law named", [
  { text: "Every resident gets a rating from neighbours' complaints and noise reports; a low rating means no parking pass.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  { text: "Each student gets a discipline index at the end of term, used for scholarship discounts.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  { text: "We score employees by their loyalty and what they write in the corporate chat.", is: { socialScoring: "yes" } },
  // Near misses: scoring companies, restaurants, loans.
  { text: "B2B lead scoring: we score companies 0-100 by revenue and headcount.", not: { socialScoring: "yes" } },
  { text: "We score restaurants 1-100 from reviews and menu prices.", not: { socialScoring: "yes" } },
  { text: "Credit scoring for a bank: a low score means the loan is refused.", not: { socialScoring: "yes" } },
]);

check("biometric sorting by ethnicity, religion or politics to treat people differently", [
  { text: "The camera at the entrance estimates age and ethnicity, and the owner sets which groups are refused.", is: { biometricCategorisation: "yes" } },
  { text: "From the selfie the model predicts religion so landlords can filter tenants.", is: { biometricCategorisation: "yes" } },
  { text: "We guess voters' political views from their faces in CCTV footage.", is: { biometricCategorisation: "yes" } },
  // Near miss: faces blurred, nothing inferred.
  { text: "We blur all faces in the footage before analysing foot traffic by ethnicity of the neighbourhood.", not: { biometricCategorisation: "yes" } },
]);

check("prohibited outputs: nudes of real people, forged documents, unlicensed gambling ads, content dodging moderation", [
  { text: "The bot undresses any photo a user sends and generates a nude image.", is: { prohibitedOutputs: "yes" } },
  { text: "Our generator makes fake diplomas and ID documents on demand.", is: { prohibitedOutputs: "yes" } },
  { text: "The LLM writes promo posts for offshore casino sites with no Kazakh license.", is: { prohibitedOutputs: "yes" } },
  { text: "It spells betting as 'b3tting' so the moderation filters don't catch the ads.", is: { prohibitedOutputs: "yes" } },
  // Near misses: detecting nudity, checking documents, licensed lottery.
  { text: "Our classifier detects nude images and blurs them before moderation.", not: { prohibitedOutputs: "yes" } },
  { text: "The model checks passports and diplomas for signs of forgery.", not: { prohibitedOutputs: "yes" } },
]);

check("automated decisions without consent", [
  { text: "The model auto-rejects most applicants; candidates are not informed it is automated.", is: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
  { text: "Refunds under 50k are approved or denied automatically, and buyers agree to the automated check.", is: { automatedDecisions: "yes", automatedDecisionConsent: "yes" } },
]);

check("failure impact from the use: severe for dosing, credit, benefits, hiring, grid and traffic control", [
  { text: "The app recommends the insulin dose before each meal.", is: { failureImpact: "severe" } },
  { text: "The model decides consumer loans in seconds.", is: { failureImpact: "severe" } },
  { text: "The module approves or refuses applications for social assistance.", is: { failureImpact: "severe" } },
  { text: "It auto-rejects CVs of cashiers and couriers before a recruiter sees them.", is: { failureImpact: "severe" } },
  { text: "The model switches feeders and sets transformer loads automatically.", is: { failureImpact: "severe" } },
  { text: "AI changes the traffic light phases at forty crossroads.", is: { failureImpact: "severe" } },
  // Near misses: a booking bot of a clinic, a reminder for loan repayments.
  { text: "The bot books and reschedules patients' appointments and sends reminders.", not: { failureImpact: "severe" } },
]);

check("failure impact from the use: minimal for spelling, games, playlists, recommendations, spam, paper fallback", [
  { text: "A Chrome extension that fixes grammar and typos.", is: { failureImpact: "minimal" } },
  { text: "An indie RPG where NPCs talk using a small local LLM.", is: { failureImpact: "minimal" } },
  { text: "The widget suggests dishes from your order history.", is: { failureImpact: "minimal" } },
  { text: "Spam filter for corporate mail that puts suspicious letters into quarantine.", is: { failureImpact: "minimal" } },
  { text: "If it's down the pickers use paper lists like before.", is: { failureImpact: "minimal" } },
  { text: "We rank hotels and wines for a travel guide.", is: { failureImpact: "minimal" } },
  // Near misses: a recommended dose is not a playlist, a casino game is not a game for fun.
  { text: "The model recommends treatment for patients.", not: { failureImpact: "minimal" } },
  { text: "Online casino games with real-money bets.", not: { failureImpact: "minimal" } },
]);

check("failure impact from the use: harm for fleet planning and bookings", [
  { text: "Route planning and fuel forecasts for our 120 trucks.", is: { failureImpact: "harm" } },
  { text: "A WhatsApp bot where clients book appointments at a beauty salon.", is: { failureImpact: "harm" } },
]);

check("personal data named: IIN, phone numbers, names and addresses, call recordings, photos of people", [
  { text: "The bot takes an IIN and returns the owner's details.", is: { personalData: "yes" } },
  { text: "We keep names and phone numbers of drivers.", is: { personalData: "yes" } },
  { text: "All recorded calls go to our GPU server.", is: { personalData: "yes" } },
  { text: "A user sends a photo of a woman.", is: { personalData: "yes" } },
  // Near misses: companies' BINs, no owner info.
  { text: "Price estimator for apartments from open listings, no owner info.", is: { personalData: "no" } },
  { text: "Cameras count cars; we don't recognise plates or faces.", is: { personalData: "no" } },
]);

check("who has the final word", [
  { text: "The patient confirms each dose.", is: { autonomy: "low" } },
  { text: "The judge edits and signs, nothing automatic.", is: { autonomy: "low" } },
  { text: "The recruiter looks at the score and decides.", is: { autonomy: "low" } },
  { text: "The supervisor gets a daily report per operator.", is: { autonomy: "low" } },
  { text: "Suspicious letters go to quarantine, the user can still open them.", is: { autonomy: "medium" } },
  // Near misses: signing a consent is no approval of the output; an automated decision with appeals is not low.
  { text: "The client signs the consent in the app and approval is automatic.", not: { autonomy: "low" } },
  { text: "Loans are decided by the model, underwriters look only at appeals.", not: { autonomy: "low" } },
]);

check("synthetic content: avatars and clones of real people", [
  { text: "We make ad videos with an AI avatar of a real actress.", is: { syntheticContent: "yes", biometrics: "yes" } },
  { text: "A digital twin of a famous blogger answers fans.", is: { syntheticContent: "yes" } },
  // Near miss: a cartoon avatar of nobody.
  { text: "Users pick a cartoon avatar for their profile.", not: { syntheticContent: "yes" } },
]);

check("people use it", [
  { text: "You put the address and floor and it says a fair price.", is: { userFacing: "yes" } },
  { text: "A mobile game for kids.", is: { userFacing: "yes" } },
]);

check("the 'not' is about telling or consent, not about what the system does", [
  { text: "The system tracks staff mood from webcams and nobody is told about it.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "We analyse customers' faces for emotions without their knowledge.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Loans are rejected automatically and customers never gave consent to automated decisions.", is: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
  { text: "We collect contacts of people without their consent and sell them to marketers.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Our ads target people in debt with payday loans at night.", is: { exploitsVulnerability: "yes" } },
  // Near misses: a real "no" still denies.
  { text: "We do not detect emotions, only count visitors.", not: { emotionRecognition: "yes" } },
  { text: "We do not approve loans automatically; an officer decides.", not: { automatedDecisions: "yes" } },
  { text: "An actor's face and voice in our ads without his permission.", not: { personalDataLawful: "no" } },
]);

check("traps in scary words stay unflagged", [
  { text: "We score wines from 1 to 100 for a sommelier app.", not: { socialScoring: "yes" } },
  { text: "Hotel rating engine: ranks hotels by reviews and price.", not: { socialScoring: "yes" } },
  { text: "We blur faces in street footage before publishing it.", not: { biometricCategorisation: "yes" } },
  { text: "Our pentest bot exploits vulnerabilities in client web apps.", not: { exploitsVulnerability: "yes" } },
  { text: "We test how vulnerable our clients' networks are to phishing.", not: { exploitsVulnerability: "yes" } },
  { text: "A photo editor that manipulates lighting and colours.", not: { manipulation: "yes" } },
  { text: "Social media scheduling tool that posts to Instagram and Facebook at the best time.", not: { socialScoring: "yes" } },
  { text: "Machine behaviour analytics: we predict when pumps will fail from vibration data.", not: { socialScoring: "yes" } },
  { text: "We detect anger in movie scenes to tag films for parental guidance.", not: { emotionRecognition: "yes" } },
  { text: "Emotion-aware music generator composes sad or happy songs on request.", not: { emotionRecognition: "yes" } },
  { text: "We moderate betting ads and block unlicensed casinos.", not: { prohibitedOutputs: "yes" } },
  { text: "Our push notifications exploit fear of missing out to make users buy now.", not: { failureImpact: "severe" } },
  { text: "Our app for kids teaches maths with games and rewards.", not: { failureImpact: "minimal" } },
]);

check("typed fast: dropped apostrophes, misspelt 'without' and 'consent'", [
  { text: "we read employees emotions from webcams witout concent", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "we dont tell users, noone knows we clone their voice", is: { syntheticContent: "yes", personalDataLawful: "no" } },
  { text: "we wont store any personal data", is: { personalData: "no" } },
]);

check("a low rating that shuts out things, not people, is no social scoring", [
  { text: "Products with a low rating lose visibility in search.", not: { socialScoring: "yes" } },
  { text: "Suppliers with a bad score are blocked from tenders.", not: { socialScoring: "yes" } },
  { text: "Residents with a low rating lose access to the gym.", is: { socialScoring: "yes" } },
]);

check("an offer at an ordinary moment is no pressure", [
  { text: "If a customer lost their parcel, we show a refund offer.", not: { manipulation: "yes" } },
  { text: "At night the app shows pizza offers.", not: { manipulation: "yes" } },
  { text: "We do not guilt-trip users into buying.", not: { manipulation: "yes" } },
]);

check("selling to children or pensioners is no exploitation without the weak moment", [
  { text: "When kids are bored they can buy new book packs with their parents.", not: { exploitsVulnerability: "yes" } },
  { text: "Pensioners pay their utility bills in the app.", not: { exploitsVulnerability: "yes" } },
]);

check("'without asking' is not 'ask' (stems that collide)", [
  { text: "Tenants upload a selfie; landlords can filter 'no pets', many landlords ask this.", not: { personalDataLawful: "no" } },
  { text: "We pull their photos without asking.", is: { personalDataLawful: "no" } },
]);

// Round 2: families of phrasings, each with sentences the dev sets do not hold and a near miss.

check("software, requests and images are manipulated in security tests and editors, people are not (traps)", [
  { text: "Our fuzzer manipulates HTTP headers and cookies to find injection bugs.", not: { manipulation: "yes" } },
  { text: "The red-team bot manipulates API payloads inside the agreed scope.", not: { manipulation: "yes" } },
  { text: "This is a tricky case for the support team, the admin checks it.", not: { manipulation: "yes" } },
  { text: "The chatbot manipulates lonely users into buying premium messages.", is: { manipulation: "yes" } },
]);

check("a people's name is a market or a language; sorting people by it from the face is categorisation", [
  { text: "Fashion app for Kazakh and Russian speaking shoppers: upload a selfie, get outfit ideas.", not: { biometricCategorisation: "yes" } },
  { text: "We make video greetings with the face of a famous Russian singer, he licensed it.", not: { biometricCategorisation: "yes" } },
  { text: "Photo studio for Kazakh brides: the AI retouches faces and backgrounds.", not: { biometricCategorisation: "yes" } },
  { text: "The camera sorts visitors into Kazakhs, Russians and Uzbeks by face and the guard lets only some in.", is: { biometricCategorisation: "yes" } },
  { text: "The model guesses religion from a selfie so landlords can filter tenants.", is: { biometricCategorisation: "yes" } },
  { text: "From the passport photo the system predicts the applicant's ethnicity.", is: { biometricCategorisation: "yes" } },
]);

check("leaks and stolen things: stolen cars and breach alerts take nobody's data (traps)", [
  { text: "Police database of stolen cars and bikes is matched with plates.", not: { personalDataLawful: "no" } },
  { text: "We warn users when their email shows up in leaked databases.", not: { personalDataLawful: "no" } },
  { text: "We bought a leaked database of phone numbers to call people.", is: { personalDataLawful: "no" } },
]);

check("nobody signed, nobody agreed: no consent to the data", [
  { text: "Members never signed anything about this tracking of their location.", is: { personalDataLawful: "no" } },
  { text: "Users' location data is sold on to advertisers; no one agreed to that.", is: { personalDataLawful: "no" } },
  { text: "We track couriers' location data all day; couriers didn't sign anything.", is: { personalDataLawful: "no" } },
  // Near miss: the person whose likeness is used signed a contract.
  { text: "The actor signed a contract for his voice and gets royalties.", not: { personalDataLawful: "no" } },
]);

check("a stranger's photo or page taken from a social network", [
  { text: "Anyone can upload a stranger's photo from Facebook and the bot finds their other profiles.", is: { personalDataLawful: "no" } },
  { text: "HR checks each candidate's personal TikTok account and their posts.", is: { personalDataLawful: "no" } },
  { text: "Users upload any photo of a classmate. The classmate on the photo does not know.", is: { personalDataLawful: "no" } },
  { text: "Users log in with Instagram and can post their photos.", not: { personalDataLawful: "no" } },
  { text: "Sellers import their product photos from their shop's Instagram.", not: { personalDataLawful: "no" } },
]);

check("nobody is told about the emotion reading", [
  { text: "The camera reads shoppers' emotions at the till; nobody is told.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "The bot measures stress in the caller's voice and no one is informed.", is: { emotionConsent: "no" } },
  { text: "Operators' mood is scored from their voice, noone knows about it.", is: { emotionConsent: "no" } },
  { text: "We analyse the emotions of agents; everyone signs an opt-in first.", not: { emotionConsent: "no" } },
]);

check("the weakest segments get the hardest push", [
  { text: "Our app targets pensioners with the most aggressive loan offers.", is: { exploitsVulnerability: "yes" } },
  { text: "Debtors with overdue loans get calls from the bot every night at 2am offering a new credit.", is: { exploitsVulnerability: "yes" } },
  { text: "Gamblers who lost get aggressive push notifications with casino bonuses.", is: { exploitsVulnerability: "yes" } },
  // Near misses: a discount, or plain service to the same people.
  { text: "We give pensioners and kids a discount at night.", not: { exploitsVulnerability: "yes" } },
  { text: "Pensioners can pay their bills more easily with our app.", not: { exploitsVulnerability: "yes" } },
  { text: "Players with many losses get a warning and a limit on deposits at night.", not: { exploitsVulnerability: "yes" } },
]);

check("fake social proof: invented buyers and viewers", [
  { text: "The app shows a fake notification 'Dana from your class just bought this skin'.", is: { manipulation: "yes" } },
  { text: "Bogus '37 people are viewing this room' badge appears on every hotel.", is: { manipulation: "yes" } },
  { text: "The bot says 12 people bought this today, a fake number.", is: { manipulation: "yes" } },
  { text: "We detect fake reviews and remove them from the marketplace.", not: { manipulation: "yes" } },
  { text: "Customers who bought fake goods can return them.", not: { manipulation: "yes" } },
]);

check("a startup's pipeline is software, an oil or water pipeline is infrastructure", [
  { text: "Our data pipeline cleans photos before publishing.", not: { criticalInfrastructure: "yes" } },
  { text: "The ML pipeline retrains every night.", not: { criticalInfrastructure: "yes" } },
  { text: "Leak detection on the oil pipeline between Atyrau and Aktau.", is: { criticalInfrastructure: "yes" } },
]);

check("failure impact: content generators, FAQ bots, leisure and blurring barely matter", [
  { text: "AI writes Instagram captions and stories for small cafes.", is: { failureImpact: "minimal" } },
  { text: "Bot generates memes and stickers for our Telegram channel every day.", is: { failureImpact: "minimal" } },
  { text: "FAQ assistant for a hostel: checkout time, wifi password, laundry.", is: { failureImpact: "minimal" } },
  { text: "Audio guide for the national museum, visitors ask about exhibits.", is: { failureImpact: "minimal" } },
  { text: "Horoscope bot for fun, people get a daily reading.", is: { failureImpact: "minimal" } },
  { text: "Dating app that suggests icebreakers; you can ignore them.", is: { failureImpact: "minimal" } },
  // Near misses: generated texts that settle money or rights, a FAQ about loans.
  { text: "The model drafts personalised loan offer letters for bank clients.", not: { failureImpact: "minimal" } },
  { text: "FAQ bot for bank customers about loan rates.", not: { failureImpact: "minimal" } },
]);

check("failure impact: maintenance, crops, prices, contracts, security tests, bonuses and refunds cost money", [
  { text: "Predictive maintenance for compressors at a bottling plant, technicians get warnings.", is: { failureImpact: "harm" } },
  { text: "The system flags engine anomalies so the mechanic can repair the bus before a breakdown.", is: { failureImpact: "harm" } },
  { text: "Drone imagery finds pests in orchards and plans pesticide spraying.", is: { failureImpact: "harm" } },
  { text: "Valuation model estimates the fair price of used cars.", is: { failureImpact: "harm" } },
  { text: "Speech analytics scores operators and supervisors use it to calculate bonuses.", is: { failureImpact: "harm" } },
  { text: "The shop refunds returned items automatically after a photo check.", is: { failureImpact: "harm" } },
  { text: "Upload a lease agreement and the AI highlights risky clauses.", is: { failureImpact: "harm" } },
  // Near misses: a photo crop, a farm game, "a contract with" a client.
  { text: "We crop photos to a square for the profile page.", not: { failureImpact: "harm" } },
  { text: "Farm simulator game for kids with crops and cattle.", not: { failureImpact: "harm" } },
  { text: "Under a contract with the migration service we pre-screen permit applicants by photo.", not: { failureImpact: "harm" } },
]);

check("failure impact: exams, courts and dismissals settle people's lives", [
  { text: "AI proctor flags cheating during the state exam and the result can be annulled.", is: { failureImpact: "severe" } },
  { text: "Remote proctoring for university admission tests with webcam.", is: { failureImpact: "severe" } },
  { text: "Assistant for court clerks that drafts procedural rulings.", is: { failureImpact: "severe" } },
  { text: "Employees with low productivity scores get laid off automatically.", is: { failureImpact: "severe" } },
  { text: "Our model ranks warehouse staff and the bottom 10% are not renewed.", is: { failureImpact: "severe" } },
  { text: "Drivers flagged by the model face non-renewal of their contract.", is: { failureImpact: "severe" } },
  // Near misses: practice tests, a subscription renewal.
  { text: "IELTS mock exam practice app with an instant score.", not: { failureImpact: "severe" } },
  { text: "We remind clients to renew their gym subscription.", not: { failureImpact: "severe" } },
]);

check("autonomy: who keeps the last word", [
  { text: "The patient decides whether to take the dose.", is: { autonomy: "low" } },
  { text: "Nobody is obliged to accept the estimate.", is: { autonomy: "low" } },
  { text: "Writers can edit the draft or discard it.", is: { autonomy: "low" } },
  { text: "The inspection commission reviews flagged cases.", is: { autonomy: "low" } },
  { text: "Technicians get alerts on a dashboard.", is: { autonomy: "low" } },
  { text: "The NPCs in our RPG improvise dialogue.", is: { autonomy: "high" } },
  { text: "Posts are published automatically to 50 channels.", is: { autonomy: "high" } },
  { text: "The recruiter never sees rejected candidates.", is: { autonomy: "high" } },
  { text: "Candidates are screened out before any recruiter looks at them.", is: { autonomy: "high" } },
  // Near misses: the system decides for the person; an educational game is watched by teachers.
  { text: "The bot decides for the user which plan to buy.", not: { autonomy: "low" } },
  { text: "Maths game for schools, teachers review progress.", not: { autonomy: "high" } },
]);

check("'without their permission' after the data still collects the data; covert logging of staff", [
  { text: "We collect customers' phone contacts without their permission.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "Covertly we log every employee's keystrokes and screenshots.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "The app keeps users' GPS whereabouts without asking them.", is: { personalData: "yes", personalDataLawful: "no" } },
  { text: "We do not collect names or phone numbers.", is: { personalData: "no" } },
]);

check("a score of people that opens or shuts access, queues or discounts is social scoring; loyalty points are not", [
  { text: "Employee trust index decides who gets access to the parking.", is: { socialScoring: "yes" } },
  { text: "Residents with a high rating get priority in the elevator repair queue.", is: { socialScoring: "yes" } },
  { text: "Tenants with a low score are banned from the shared gym.", is: { socialScoring: "yes" } },
  { text: "Members earn loyalty points for discounts at partner shops.", not: { socialScoring: "yes" } },
  { text: "Customers collect loyalty points with every purchase.", not: { socialScoring: "yes" } },
  { text: "Employees get access to the app after a security rating of their device.", not: { socialScoring: "yes" } },
]);
