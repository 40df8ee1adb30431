/**
 * Crisis detection: the one way in for the page, the workers, eval and the classifier's training.
 * The rules (rules.ts, concepts.ts, signs.ts, finality.ts), what settles their hits (context.ts,
 * denial.ts) and the learned classifier (model.ts) combine in detect.ts; nothing outside this
 * folder imports them one by one (look-alikes.ts names what the classifier leaves unread). Tests
 * beside them share expectLevel from testing.ts.
 *
 * Around the detector: danger from another person (danger.ts), risk over a whole conversation
 * (conversation.ts, with direct-question.ts and means.ts), the replies we write ourselves
 * (safety-reply.ts), the screen on LLM replies (screen-reply.ts) and the copy for each region
 * (regions.ts, resources.ts, danger-resources.ts).
 */
export { detectCrisis, readCrisis, type CrisisLevel, type CrisisResult } from './detect';
export {
  CRISIS_MODEL_LABELS,
  featuresOf,
  knownFeatures,
  loadCrisisClassifier,
  mayJudge,
  NO_RISK_IDEA,
  softmax3,
  type CrisisClassifierFile,
  type CrisisFeatureOptions,
} from './model';
export {
  CRISIS_RESOURCES,
  crisisResourcesFor,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLine,
  type CrisisResources,
} from './resources';
export { dangerResourcesFor, type DangerResources } from './danger-resources';
export {
  emergencyNumberFor,
  KNOWN_REGIONS,
  normalizeRegion,
  regionFromLocale,
  type EmergencyNumber,
  type Region,
} from './regions';
export { detectDanger, type DangerKind, type DangerResult } from './danger';
export {
  asksAboutSafety,
  asksDirectly,
  DIRECT_QUESTIONS,
  readDirectAnswer,
  type DirectAnswer,
} from './direct-question';
export {
  ELEVATED_STREAK,
  judgeConversation,
  type CompanionTurn,
  type ConversationRisk,
  type JudgedTurn,
  type PersonTurn,
  type RiskReason,
} from './conversation';
export { mentionsPlanOrMeans } from './means';
export { safetyReply } from './safety-reply';
export { screenReply, type ScreenReason, type ScreenResult } from './screen-reply';
export { warmUpCrisisDetection } from './warm-up';
