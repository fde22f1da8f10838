import { z } from "zod";

/** "unknown" is always a valid answer: the engine then reports the question as open. */
const YesNo = z.enum(["yes", "no", "unknown"]);
export type YesNo = z.infer<typeof YesNo>;

/**
 * What the law's tests need to know about an AI system. Every field defaults to "unknown", so an empty
 * object is a valid profile and a description or the questions fill it step by step.
 * Field names are a public contract: the CLI's `--profile` files, stored assessments and `triage schema` use them.
 */
export const SystemProfile = z.object({
  /** Art. 17(1): what happens to users, society or the state if the system fails or stops. */
  failureImpact: z.enum(["minimal", "harm", "severe", "unknown"]).default("unknown")
    .describe("Art. 17(1) test: minimal effect; less efficient or effective work, moral harm or material damage; an emergency or significant negative consequences for users, people's life activities, defence, security, international relations, the economy, a sector or infrastructure"),
  /** Art. 17(1), last paragraph: classed as a critically important object of ICT infrastructure (for a high-risk system: state information-security requirements; it does not set the tier). */
  criticalInfrastructure: YesNo.default("unknown"),
  /** Art. 17(1), last paragraph: meant to form state electronic information resources. */
  stateResources: YesNo.default("unknown"),
  /** Domain of intended use: drives the EU AI Act cross-map (Annex III) and some effort drivers. */
  domain: z.enum([
    "finance", "health", "employment", "education", "public_services", "law_enforcement", "justice",
    "migration", "critical_infrastructure", "transport", "marketing", "customer_service", "media", "retail", "other", "unknown",
  ]).default("unknown"),
  /** Art. 17(2): who has the final word: recommendations only (low), decisions a human can correct (medium), or not (high). */
  autonomy: z.enum(["low", "medium", "high", "unknown"]).default("unknown"),
  /** Art. 21(1), 15(2)(4)-(5): people use or interact with the system or its outputs. */
  userFacing: YesNo.default("unknown"),
  /** Art. 10, PD Law: processes personal data of natural persons. */
  personalData: YesNo.default("unknown"),
  /** PD Law art. 12(2): where personal data are stored. */
  dataStorage: z.enum(["kazakhstan", "abroad", "both", "none", "unknown"]).default("unknown"),
  /** PD Law art. 12(2), 16: where personal data are used for training or fine-tuning. */
  trainingLocation: z.enum(["kazakhstan", "abroad", "no_personal_data", "unknown"]).default("unknown"),
  /** Art. 17(3)(4): personal data are collected and processed with consent or another lawful basis. */
  personalDataLawful: YesNo.default("unknown"),
  /** Art. 17(3)(5): processes biometric data (faces, voices, fingerprints). */
  biometrics: YesNo.default("unknown"),
  /** Art. 17(3)(5): classifies people by biometrics to infer race, politics, religion or similar, in order to discriminate against them. */
  biometricCategorisation: YesNo.default("unknown"),
  /** Art. 17(3)(6): determines people's emotions. */
  emotionRecognition: YesNo.default("unknown"),
  /** Art. 17(3)(6): the people whose emotions are determined have consented, or a law provides for it. */
  emotionConsent: z.enum(["consent", "legal_basis", "no", "unknown"]).default("unknown"),
  /** Art. 17(3)(3): evaluates or classifies people over time by social behaviour or personal traits. */
  socialScoring: YesNo.default("unknown"),
  /** Art. 17(3)(3): a law of Kazakhstan provides for that scoring. */
  scoringLegalBasis: YesNo.default("unknown"),
  /** Art. 17(3)(1): distorts behaviour by subliminal, manipulative or other techniques and limits informed decisions or forces harmful ones. */
  manipulation: YesNo.default("unknown"),
  /** Art. 17(3)(2): targets people's vulnerability (age, disability, social situation) in a way that may harm them. */
  exploitsVulnerability: YesNo.default("unknown"),
  /** Art. 17(3)(7): produces or spreads outputs that Kazakh law prohibits. */
  prohibitedOutputs: YesNo.default("unknown"),
  /** Art. 1(4), 21(2): creates synthetic results: images, video, audio or text imitating a real person or events that did not happen. */
  syntheticContent: YesNo.default("unknown"),
  /** PD Law art. 19-1: automated processing of personal data decides, or settles in practice, what creates, changes or ends people's rights. */
  automatedDecisions: YesNo.default("unknown"),
  /** PD Law art. 19-1(1): those people gave consent, or a law provides for it. */
  automatedDecisionConsent: YesNo.default("unknown"),
  /** Art. 17(4): processes data with restricted access (state secrets, official data). */
  restrictedData: YesNo.default("unknown"),
  /** Art. 23(5): trains on works protected by copyright. */
  trainsOnWorks: YesNo.default("unknown"),
  /** Placed on the EU market too: the EU AI Act cross-map becomes relevant. */
  euMarket: YesNo.default("unknown"),
  /** Art. 19(2): wants the system on a sectoral trusted list (voluntary, needs an audit). */
  wantsTrustedList: YesNo.default("unknown"),
  /** КоАП art. 641-1: offender category for the fines table. */
  entitySize: z.enum(["individual", "small_or_nonprofit", "medium", "large", "unknown"]).default("unknown"),
});
export type SystemProfile = z.infer<typeof SystemProfile>;
export type ProfileField = keyof SystemProfile;
export const PROFILE_FIELDS = Object.keys(SystemProfile.shape) as ProfileField[];

/** A profile with every field unknown. */
export const emptyProfile = (): SystemProfile => SystemProfile.parse({});

/** The values one field accepts, "unknown" included. */
export function fieldValues(field: ProfileField): readonly string[] {
  return FIELD_VALUES.get(field)!;
}
/** Read once: the interview's relevance checks ask for them for every variant they try. */
const FIELD_VALUES = new Map<ProfileField, readonly string[]>(PROFILE_FIELDS.map((f) => [f, SystemProfile.shape[f].unwrap().options]));

/** The profile as a JSON Schema, for `triage schema` and for founders' tooling. */
export const profileJsonSchema = (): unknown => z.toJSONSchema(SystemProfile, { io: "input" });
