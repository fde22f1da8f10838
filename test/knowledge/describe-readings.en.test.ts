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

// Round 3: families seen in a third batch, each with new sentences and near misses.

check("facial reactions and expressions read by a camera are emotions; expressions that animate an avatar are not", [
  { text: "The webcam reads each viewer's facial reactions to the trailer, smiles and frowns, and scores the ad.", is: { emotionRecognition: "yes" } },
  { text: "During the interview we track the candidate's facial expressions for disgust and surprise.", is: { emotionRecognition: "yes" } },
  { text: "Our kiosk camera quietly records shoppers' face reactions to each shelf; the reactions are not mentioned anywhere.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  // Near misses: the face drives a cartoon; the expressions are of characters.
  { text: "The app tracks your facial expressions to animate your 3D avatar in video calls.", not: { emotionRecognition: "yes" } },
  { text: "We generate facial expressions for game characters from the script.", not: { emotionRecognition: "yes" } },
]);

check("a 'social score' of cafes, brands or pages scores no person (traps)", [
  { text: "We compute a social score for every restaurant and bar from mentions and reviews.", not: { socialScoring: "yes" } },
  { text: "Brands get a social rating from their Instagram engagement.", not: { socialScoring: "yes" } },
  { text: "Each shop on the marketplace gets a social score from buyer reviews.", not: { socialScoring: "yes" } },
  // Still a social score of people.
  { text: "Every citizen gets a social score from fines and posts.", is: { socialScoring: "yes" } },
]);

check("apps made for children, pensioners or people with dyslexia target them to help (traps); pressure on them is exploitation", [
  { text: "Our speech therapy app targets children with autism and adapts the exercises.", not: { exploitsVulnerability: "yes" } },
  { text: "The tablet course targets pensioners who want to learn online banking safely.", not: { exploitsVulnerability: "yes" } },
  { text: "A reading tutor for kids with dyslexia: when the child struggles it slows down and adds pictures.", not: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "The ad engine targets pensioners with overdue loans first.", is: { exploitsVulnerability: "yes" } },
  { text: "When the child is about to quit, the game shows a countdown chest and the pet cries until he buys gems.", is: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "Grannies get a fake timer on every offer so they buy before thinking.", is: { exploitsVulnerability: "yes" } },
  // Near miss: the trick is what the product blocks.
  { text: "Our parental filter blocks countdown offers and fake timers for kids.", not: { exploitsVulnerability: "yes" } },
]);

check("guilt from crying or dying characters and countdowns when a player loses are manipulation", [
  { text: "The virtual pet starts crying and says it will die unless the player buys food coins.", is: { manipulation: "yes" } },
  { text: "The mascot begs users to pay for premium or it gets sick.", is: { manipulation: "yes" } },
  { text: "If the player loses twice in a row, a 30 second countdown pops up with a discount pack to buy.", is: { manipulation: "yes" } },
  // Near misses: a pet that cries when hungry; a lives countdown that refills; a charity appeal.
  { text: "The tamagotchi cries when you forget to feed it.", not: { manipulation: "yes" } },
  { text: "When you lose all lives a countdown shows when they refill, or you can buy gems.", not: { manipulation: "yes" } },
]);

check("what a failure costs: counts, photo filters, warehouse routing, spam folders are minimal; bookings, insurance, support, face control harm", [
  { text: "Drones count cows and goats on the pasture every morning.", is: { failureImpact: "minimal" } },
  { text: "Cameras count visitors at the museum entrance for the weekly report.", is: { failureImpact: "minimal" } },
  { text: "Users upload a selfie and get an anime version of themselves.", is: { failureImpact: "minimal" } },
  { text: "The app routes pickers through the warehouse aisles to the next shelf.", is: { failureImpact: "minimal" } },
  { text: "Our antispam sorts incoming messages; suspicious ones go to a junk folder.", is: { failureImpact: "minimal" } },
  { text: "The model writes product descriptions and listing titles for my online shop.", is: { failureImpact: "minimal" } },
  { text: "Telegram bot for a beauty salon: appointments, rescheduling and reminders.", is: { failureImpact: "harm" } },
  { text: "Car insurance claims are estimated from photos of the damage.", is: { failureImpact: "harm" } },
  { text: "Support chatbot for a telecom: tariffs, roaming, billing questions.", is: { failureImpact: "harm" } },
  { text: "Face control at the club door: the guard refuses entry to flagged guests.", is: { failureImpact: "harm" } },
  // Near misses: a count that decides safety; a photo of a skin mole; ads with a real person's cloned voice; a
  // model trained on court decisions is no court.
  { text: "Cameras count people in the stadium sections so stewards can prevent a crowd crush.", not: { failureImpact: "minimal" } },
  { text: "Users upload a photo of a skin mole and get a risk version of the report.", not: { failureImpact: "minimal" } },
  { text: "We generate radio ads with the cloned voice of a famous singer.", not: { failureImpact: "minimal" } },
  { text: "The assistant was fine-tuned on court decisions and drafts contract clauses for SMEs.", not: { failureImpact: "severe", domain: "justice" } },
]);

check("autonomy: the person checks and publishes, uses it to pick, gets a second opinion; handover to a human; override", [
  { text: "The AI drafts the newsletter, I review and send it myself.", is: { autonomy: "low" } },
  { text: "Sellers check the generated text and publish it.", is: { autonomy: "low" } },
  { text: "Banks use it as a second opinion; a licensed appraiser signs the report.", is: { autonomy: "low" } },
  { text: "Coaches use the ranking to pick the team.", is: { autonomy: "low" } },
  { text: "If the bot can't answer, it hands over to a live operator.", is: { autonomy: "medium" } },
  { text: "The pump adjusts the dose itself, but the patient can override or stop it anytime.", is: { autonomy: "medium" } },
  { text: "The dispatcher can switch the feeders to manual mode.", is: { autonomy: "medium" } },
  { text: "Users can mark a message as not spam.", is: { autonomy: "medium" } },
  { text: "The model rejects most applicants; the recruiter only sees the ones who passed.", is: { autonomy: "high" } },
  // Near misses: the user is the author who edits; nobody can stop it.
  { text: "The user can edit the suggestion or not send it at all.", not: { autonomy: "high" } },
  { text: "The system switches the valves itself and nobody can stop it.", not: { autonomy: "medium" } },
]);

check("personal data: bookings, health sensors, SMS, people's texts; none in product photos, NPCs or '(no plates, no faces)'", [
  { text: "The bot handles bookings and reminders for the barbershop.", is: { personalData: "yes" } },
  { text: "The app reads the CGM sensor and the glucose history.", is: { personalData: "yes" } },
  { text: "We classify incoming SMS for the operator.", is: { personalData: "yes" } },
  { text: "Students paste their essays and we correct them.", is: { personalData: "yes" } },
  { text: "Cameras only count cars (no plates, no faces).", is: { personalData: "no" } },
  { text: "The AI retouches product photos for marketplace cards.", is: { personalData: "no" } },
  { text: "NPC dialogues are generated on the fly.", is: { personalData: "no" } },
  // Near miss: "faces are not supported" says nothing of the sellers' accounts; "no name" with a phone is data.
  { text: "Only goods, faces are not supported.", not: { personalData: "no" } },
]);

check("storage and use: a state datacentre or closed network is Kazakhstan; ads and routing reach people", [
  { text: "All data stay in the state datacenter.", is: { dataStorage: "kazakhstan" } },
  { text: "It runs only inside the closed network of the ministry.", is: { dataStorage: "kazakhstan" } },
  { text: "We generate Instagram ads and radio spots for the bank.", is: { userFacing: "yes" } },
  { text: "The app guides couriers to the next pickup point.", is: { userFacing: "yes" } },
  // Near miss: a model trained in a government cloud is training, not storage.
  { text: "The model is trained in the government cloud.", not: { dataStorage: "kazakhstan" } },
]);

check("more manipulation: pre-ticked add-ons, hard cancellation, fear played on, fake banners, scare pop-ups", [
  { text: "At checkout the travel insurance is pre-ticked, most buyers never notice.", is: { manipulation: "yes" } },
  { text: "We made it really hard to cancel the subscription, five screens of offers first.", is: { manipulation: "yes" } },
  { text: "The bot plays on people's loneliness to keep them paying for premium chats.", is: { manipulation: "yes" } },
  { text: "Fake 'last chance' banners appear on every product page.", is: { manipulation: "yes" } },
  { text: "A pop-up says the account will be deleted unless they upgrade today.", is: { manipulation: "yes" } },
  // Near misses: a pentest exploits a fear-free bug; a real billing notice; an antivirus that warns of scare pop-ups.
  { text: "Our pentest tool exploits missing patches in client servers.", not: { manipulation: "yes" } },
  { text: "We send an SMS that the SIM will be blocked unless the bill is paid.", not: { manipulation: "yes" } },
  { text: "The browser plugin detects scare pop-ups that say your account is blocked unless you pay.", not: { manipulation: "yes" } },
  { text: "The checkout lets people add travel insurance as an option if they want.", not: { manipulation: "yes" } },
]);

check("data bought or taken covertly; a hidden charge is no data taken (near miss)", [
  { text: "We bought a list of 50k phone numbers and IINs from a seller on telegram.", is: { personalDataLawful: "no" } },
  { text: "The agency buys contact databases of pensioners for cold calls.", is: { personalDataLawful: "no" } },
  { text: "We buy weather and price data through a licensed API.", not: { personalDataLawful: "no" } },
  { text: "Checkout adds a tip so people pay it without noticing.", not: { personalDataLawful: "no" } },
]);

check("scoring drivers or clients with no law named; mood read while 'nobody knows'", [
  { text: "Couriers get a behaviour score from the app and low scorers lose access to peak slots.", is: { socialScoring: "yes", scoringLegalBasis: "no" } },
  { text: "Mood of the customers at the counter is analysed by the cameras and nobody knows about it.", is: { emotionRecognition: "yes", emotionConsent: "no" } },
  { text: "Staff stress is monitored by the headset AI and no one is told.", is: { emotionRecognition: "yes" } },
  // Near misses: the mood of a song, a denial of the reading itself.
  { text: "The mood of each song is detected and nobody has to tag it by hand.", not: { emotionRecognition: "yes" } },
  { text: "We do not analyse the mood of customers.", not: { emotionRecognition: "yes" } },
]);

check("money trouble and gambling losses met with a push; low scorers shut out; weapons instructions", [
  { text: "We push microloans to students who already have overdue debts.", is: { exploitsVulnerability: "yes" } },
  { text: "The betting app sends bonus offers to users who lost the most last week.", is: { exploitsVulnerability: "yes" } },
  { text: "Our model finds lonely elderly widows and the sales team calls them with expensive supplements.", is: { exploitsVulnerability: "yes" } },
  { text: "Citizens' scores go down for jaywalking and low scorers can't buy train tickets.", is: { socialScoring: "yes" } },
  { text: "The bot writes instructions for making explosives on request.", is: { prohibitedOutputs: "yes" } },
  // Near misses: help for debtors, limits for gamblers, a licensed bookmaker's banners, a filter against weapons.
  { text: "We offer restructuring plans to clients with overdue debts.", not: { exploitsVulnerability: "yes" } },
  { text: "Players who lost a lot get a deposit limit and a self-exclusion offer.", not: { exploitsVulnerability: "yes" } },
  { text: "Marketing agency: we generate banners for a licensed bookmaker and every ad carries the 18+ warning.", not: { prohibitedOutputs: "yes" } },
  { text: "The moderation model filters out posts about weapons and explosives.", not: { prohibitedOutputs: "yes" } },
]);

check("an audience of children or pensioners is no prey by itself (traps)", [
  { text: "Our kids' coding school app targets children aged 8-12 with fun lessons and a weekly countdown to the next tournament.", not: { exploitsVulnerability: "yes" } },
  { text: "Retirement planning app targets pensioners and shows their pension forecast.", not: { exploitsVulnerability: "yes" } },
  { text: "The game has a daily countdown to the next free chest; kids can also buy gems with parental approval.", not: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "The pet in our kids' app gets sad if the child skips brushing teeth, no purchases in the app.", not: { manipulation: "yes" } },
  { text: "Parental control app blocks countdown offers and loot boxes for kids.", not: { exploitsVulnerability: "yes", manipulation: "yes" } },
  { text: "The photo app lets users tweak facial expressions in portraits, like adding a smile.", not: { emotionRecognition: "yes" } },
  { text: "We bought a licensed dataset of street photos for training.", not: { personalDataLawful: "no" } },
]);

check("manual review on request, 'decides or not', automatic sending; training on books or licensed catalogues", [
  { text: "If declined he can go to the branch and ask for a manual review by a credit officer.", is: { autonomy: "medium" } },
  { text: "Rejected applicants may request a human review within three days.", is: { autonomy: "medium" } },
  { text: "The farmer chooses to spray or not; we only show the map.", is: { autonomy: "low" } },
  { text: "The CRM automatically sends them personal tariff offers via SMS.", is: { autonomy: "high" } },
  { text: "Model trained on a licensed catalogue from music labels.", is: { trainingLocation: "no_personal_data" } },
  { text: "Fine-tuned on laws, court templates and commentary books.", is: { trainingLocation: "no_personal_data" } },
  { text: "User texts are not used for training.", is: { trainingLocation: "no_personal_data" } },
  // Near misses: a person confirms what is sent; training on customer calls is training on personal data.
  { text: "The bot automatically sends reminders, the administrator confirms each booking.", not: { autonomy: "high" } },
  { text: "We fine-tune the model on customer calls and chat logs.", not: { trainingLocation: "no_personal_data" } },
]);

check("demand forecasts cost money; subtitles and calorie counts are minimal; a birthday greeting is nobody's data", [
  { text: "We forecast demand for a grocery chain so they order less stock.", is: { failureImpact: "harm" } },
  { text: "The model predicts sales for each pharmacy and plans replenishment.", is: { failureImpact: "harm" } },
  { text: "We translate subtitles for a streaming service.", is: { failureImpact: "minimal" } },
  { text: "The app counts calories from food photos.", is: { failureImpact: "minimal" } },
  { text: "A bot that writes birthday greetings and toasts.", not: { personalData: "yes" } },
  // Near misses: a load forecast runs a grid; a translated medicine label can hurt.
  { text: "The model forecasts electricity demand and switches feeders at substations.", not: { failureImpact: "harm" } },
  { text: "We translate medicine labels and dosage instructions for pharmacies.", not: { failureImpact: "minimal" } },
]);

check("round 4: scare selling, the forgetful and children singled out, more offers to kids", [
  { text: "The bot warns grandmothers that their blood sugar is deadly and says only our tea can save them.", is: { manipulation: "yes" } },
  { text: "Our callers scare people into buying the water purifier by saying tap water causes cancer.", is: { manipulation: "yes" } },
  { text: "The model finds clients who forget what they ordered and those get a second pitch for the premium pack.", is: { exploitsVulnerability: "yes" } },
  { text: "Children under 12 get extra loot-box popups because they convert 3x better.", is: { exploitsVulnerability: "yes" } },
  { text: "Pensioners get more upsell calls than anyone else.", is: { exploitsVulnerability: "yes" } },
  // Near misses: a health warning sends to a doctor; a reminder to the forgetful helps; kids get more free lessons.
  { text: "If the pressure is dangerous the app tells the patient to call a doctor or an ambulance.", not: { manipulation: "yes" } },
  { text: "The app detects elderly users who forget their pills and sends a reminder to their relatives.", not: { exploitsVulnerability: "yes" } },
  { text: "Kids get more free lessons and hints when they struggle.", not: { exploitsVulnerability: "yes" } },
]);

check("round 4: religious signs worn, forged documents that look real, ads reworded past filters", [
  { text: "The camera spots candidates wearing a hijab and their applications are filtered out.", is: { biometricCategorisation: "yes" } },
  { text: "The model detects beards and headscarves in selfies and those profiles are ranked lower.", is: { biometricCategorisation: "yes" } },
  { text: "Our bot makes diplomas with a university seal and rector signature identical to the originals.", is: { prohibitedOutputs: "yes" } },
  { text: "Send your name and we produce a realistic sick-note pdf for your employer.", is: { prohibitedOutputs: "yes" } },
  { text: "The LLM writes casino promos and rephrases words so the moderation doesn't catch them.", is: { prohibitedOutputs: "yes" } },
  // Near misses: cataloguing a mosque; verifying stamps; a spam filter that catches casino spam.
  { text: "The model classifies religious architecture in museum photos: mosque, church, visible domes.", not: { biometricCategorisation: "yes" } },
  { text: "We check whether the stamp and the signature on a certificate are genuine.", not: { prohibitedOutputs: "yes" } },
  { text: "Our filter catches casino spam that other filters don't catch and removes it.", not: { prohibitedOutputs: "yes" } },
]);

check("round 4: ranked on conduct in a dorm or a block, no normative act", [
  { text: "We rank tenants on curfew violations and lateness, the bottom ones lose their parking.", is: { socialScoring: "yes" } },
  { text: "The app ranks employees by attendance and volunteering and the top ones get priority for housing.", is: { socialScoring: "yes" } },
  { text: "We rank residents by noise complaints; there is no normative act behind it.", is: { scoringLegalBasis: "no" } },
  // Near miss: a hotel ranked on reviews rates no person.
  { text: "We rank hotels by reviews and give each one a real score.", not: { socialScoring: "yes" } },
]);

check("round 4: failure impact from the use", [
  { text: "Our model monitors oil pumping stations and flags anomalies for the engineer.", is: { failureImpact: "severe" } },
  { text: "Cameras read plates and the system issues fines automatically to the car owner.", is: { failureImpact: "severe" } },
  { text: "The system makes a draft transcript of the meeting and the clerk corrects and signs it.", is: { failureImpact: "harm" } },
  { text: "Upload your podcast and get chapters, timestamps and show notes.", is: { failureImpact: "minimal" } },
  { text: "The billboard camera picks which ad to show next.", is: { failureImpact: "minimal" } },
  { text: "Photo of a leaf gives the disease name, made for dacha gardeners.", is: { failureImpact: "minimal" } },
  { text: "The model catches scam ads and puts them in a moderation queue.", is: { failureImpact: "minimal" } },
  // Near misses: herbicide doses are no medical doses; a judge's reasoning drafted is the decision; an oil change is no pipeline;
  // "rules" are no court rulings; fine-tuning is no fine.
  { text: "The model maps weeds and sets the herbicide dose per zone, the agronomist approves.", not: { failureImpact: "severe" } },
  { text: "It drafts the reasoning of the judgment, the judge edits and signs it.", not: { failureImpact: "harm" } },
  { text: "Booking bot for oil change stations in Almaty.", not: { failureImpact: "severe" } },
  { text: "The residents voted the house rules in.", not: { failureImpact: "severe" } },
  { text: "NPC dialogue is generated by a fine tuned LLM, every playthrough differs.", not: { failureImpact: "severe" } },
]);

check("round 5: staff ranked from what a monitoring agent sees, for bonuses or dismissal", [
  { text: "The agent takes screenshots and counts keystrokes, every worker gets a productivity rating and the lowest ones are first for layoffs.", is: { socialScoring: "yes" } },
  { text: "Couriers get a behaviour score from the camera in the car and the score decides their bonuses.", is: { socialScoring: "yes" } },
  { text: "Our webcam plugin reads operators' expressions and HR ranks the staff on a leaderboard used for promotion.", is: { socialScoring: "yes" } },
  // Near miss: a sales leaderboard of revenue watches nobody.
  { text: "Sales reps are ranked on a leaderboard by closed revenue and the top three get bonuses.", not: { socialScoring: "yes" } },
]);

check("round 5: invented counters, rushing buyers, threats from a pet, bots posing as people", [
  { text: "The banner says '14 people are viewing this hotel', the figure is made up by the script.", is: { manipulation: "yes" } },
  { text: "We show a stock counter on every product page and the counter is invented, it always says 2.", is: { manipulation: "yes" } },
  { text: "The checkout flow is designed to make shoppers pay before they think about the price.", is: { manipulation: "yes" } },
  { text: "The virtual puppy tells the child it will cry all night if she does not buy the bone pack.", is: { manipulation: "yes" } },
  { text: "The model tests which messages make each player spend more and keeps the best ones.", is: { manipulation: "yes" } },
  { text: "We run hundreds of bot girls that chat with men on the site and always ask for a VIP subscription before a meeting.", is: { manipulation: "yes" } },
  { text: "Callers believe the agent is human, we never tell them it is a bot.", is: { manipulation: "yes" } },
  // Near misses: a counter that counts; a bot labelled as such; AI profile photos made for a customer; a timer the user sets.
  { text: "The stock counter is synced with the warehouse every minute.", not: { manipulation: "yes" } },
  { text: "Premium users can generate AI profile photos in any style.", not: { manipulation: "yes" } },
  { text: "Our support bot is labelled as a bot and hands the chat to a human on request.", not: { manipulation: "yes" } },
]);

check("round 5: loss-chasers and the indebted pushed, children made to pay more", [
  { text: "The model flags bettors who are chasing losses and sends them a reload bonus the same night.", is: { exploitsVulnerability: "yes" } },
  { text: "Push texts say 'win it back tonight' with a free bet for players who lost this week at the casino.", is: { exploitsVulnerability: "yes" } },
  { text: "Honestly the upsell works best on people in debt.", is: { exploitsVulnerability: "yes" } },
  { text: "The tuned prompts make children buy more skins each week.", is: { exploitsVulnerability: "yes" } },
  // Near misses: limiting loss-chasers; a debt-restructuring helper; children paying less.
  { text: "When a player is chasing losses we block deposits and offer a self-exclusion pause.", not: { exploitsVulnerability: "yes" } },
  { text: "We help people in debt restructure their loans.", not: { exploitsVulnerability: "yes" } },
  { text: "Children pay less for the museum audioguide.", not: { exploitsVulnerability: "yes" } },
]);

check("round 5: drug shops served with content, evasion of police", [
  { text: "We write channel posts and SEO texts for weed and mephedrone shops in telegram.", is: { prohibitedOutputs: "yes" } },
  { text: "The bot generates ads for zakladki delivery and explains how to hide a stash so police do not find it.", is: { prohibitedOutputs: "yes" } },
  // Near misses: a rehab clinic's content; a moderation model that removes drug ads.
  { text: "We write content for a drug addiction treatment centre.", not: { prohibitedOutputs: "yes" } },
  { text: "Our moderation model detects and removes drug shop posts in telegram chats.", not: { prohibitedOutputs: "yes" } },
]);

check("round 5: the automated decision never signed for", [
  { text: "Loans are approved automatically by the model, borrowers never sign anything that says an algorithm decides.", is: { automatedDecisions: "yes", automatedDecisionConsent: "no" } },
  { text: "The algorithm declines claims automatically and customers do not accept any clause about it.", is: { automatedDecisionConsent: "no" } },
  // Near miss: the consent is signed.
  { text: "Applicants sign consent to the automated decision before the model approves the loan automatically.", not: { automatedDecisionConsent: "no" } },
]);

check("round 5: failure impact from dubbing, collection, customs, tenants, leads, self-filing, court clerks", [
  { text: "We dub cartoons into Kazakh with a cloned voice of our actor.", is: { failureImpact: "harm" } },
  { text: "Debt collection bot for MFOs that reminds borrowers to pay.", is: { failureImpact: "harm" } },
  { text: "The model proposes HS codes for the customs declaration and the broker checks them.", is: { failureImpact: "harm" } },
  { text: "Tenant screening for landlords from public registers.", is: { failureImpact: "harm" } },
  { text: "We do lead scoring for B2B sales teams.", is: { failureImpact: "harm" } },
  { text: "The bot fills the visa form from a passport photo; the applicant submits it himself.", is: { failureImpact: "harm" } },
  { text: "It makes the hearing protocol and the court secretary corrects and signs it. Installed on court servers.", is: { failureImpact: "harm" } },
  { text: "When a shopper hesitates the plugin shows a fake countdown.", is: { failureImpact: "harm" } },
  { text: "Houseplant app for hobbyist gardeners: photo of a leaf, tells what to spray.", is: { failureImpact: "minimal" } },
  // Near misses: a date on a calendar; a judge's verdict drafted; a sales lead list without scoring.
  { text: "The museum guide shows the dates of each exhibit.", not: { failureImpact: "harm" } },
  { text: "The model drafts the verdict and the judge signs it.", not: { failureImpact: "harm" } },
]);
