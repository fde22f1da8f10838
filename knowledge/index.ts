/**
 * The knowledge ring's public face: what bot/ and flows/ may use. Everything here is pure: no I/O, no
 * clock; callers pass today's date and the language in.
 */
export { Lang, LANGS, Confidence, Trilingual, ok, fail, assertNever, type Result } from "./types.js";
export { KB_VERSION, type KbVersion } from "./version.js";

export { ActId, Citation, cite, isRealCitation, formatCitation, formatArticle, citationConfidence, actName } from "./law/articles.js";
export { RiskTier, AutonomyClass, ProhibitedCapability, ObligationCode, EntitySize } from "./law/codes.js";

export { SystemProfile, emptyProfile, fieldValues, PROFILE_FIELDS, profileJsonSchema, type ProfileField, type YesNo } from "./profile/schema.js";
export {
  allQuestions,
  questionById,
  questionForField,
  GROUP_QUESTIONS,
  groupQuestions,
  interviewQuestions,
  interviewQuestionById,
  isGroup,
  type Question,
  type QuestionId,
  type QuestionOption,
  type GroupQuestion,
  type GroupOption,
  type InterviewQuestion,
} from "./profile/questions.js";
export { questionText } from "./profile/question-texts.js";
export { nextQuestion, applyAnswer, estimateRemaining, pendingQuestions, openFields } from "./profile/next-question.js";

export {
  Assessment,
  AppliedObligation,
  EuCounterpart,
  OpenQuestion,
  ProhibitedFlag,
  TierReason,
} from "./assess/assessment.js";
export { assess, type AssessOptions } from "./assess/assess.js";
export { explainAssessment, citedSource, type ExplainedAssessment, type CitedSource } from "./assess/explain.js";

export { Effort, FineExposure, FineOffence, IsoDate, Timeline, TimelineStep, TimelineStepCode } from "./estimate/types.js";
export { estimateEffort } from "./estimate/effort.js";
export { finesExposure, MCI_KZT } from "./estimate/fines.js";
export { listingTimeline, type TimelineOptions } from "./estimate/timeline.js";
export { workingDaysAfter, workingDaysBetween, nextWorkingDay, isWorkingDay } from "./estimate/working-days.js";

export { ENTRIES, entryById, KnowledgeEntry, Topic } from "./entries/index.js";
export { describe, Description, Inference, InferredProfile } from "./describe/index.js";
export { ask, AskResult, ESCALATE_BELOW, DISCLAIMER, NOT_SURE } from "./ask/index.js";
export { detectLang } from "./text/detect-lang.js";
