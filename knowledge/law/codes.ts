import { z } from "zod";

/** Art. 17(1): the three risk degrees. */
export const RiskTier = z.enum(["minimal", "medium", "high"]);
export type RiskTier = z.infer<typeof RiskTier>;

/** Art. 17(2): autonomy classes; "unknown" until the founder says who has the final word. */
export const AutonomyClass = z.enum(["low", "medium", "high", "unknown"]);
export type AutonomyClass = z.infer<typeof AutonomyClass>;

/** Art. 17(3)(1)–(7), in the law's order. These codes are a public contract (issue 2). */
export const ProhibitedCapability = z.enum([
  "manipulation",
  "vulnerability_exploitation",
  "social_scoring",
  "unlawful_personal_data",
  "biometric_discrimination",
  "emotion_recognition_without_consent",
  "prohibited_outputs",
]);
export type ProhibitedCapability = z.infer<typeof ProhibitedCapability>;

/** Duties that can apply to an owner or possessor. The codes are a public contract (issue 2). */
export const ObligationCode = z.enum([
  "risk_management",
  "security_reliability",
  "documentation",
  "user_support",
  "user_agreement",
  "user_explanations",
  "ai_disclosure",
  "synthetic_labelling",
  "automated_decision_consent",
  "automated_decision_objection",
  "data_localisation",
  "cross_border_transfer",
  "state_infosec",
  "local_regime",
  "continuous_control",
  "output_lawfulness",
  "copyright_opt_out",
  "prohibited_capability_response",
  "trusted_list_audit",
]);
export type ObligationCode = z.infer<typeof ObligationCode>;

/** Offender categories of КоАП art. 641-1. */
export const EntitySize = z.enum(["individual", "small_or_nonprofit", "medium", "large"]);
export type EntitySize = z.infer<typeof EntitySize>;
