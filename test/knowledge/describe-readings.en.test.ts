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
