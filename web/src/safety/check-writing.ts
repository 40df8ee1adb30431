/**
 * The same safety check wherever the person writes (a journal entry as well as a chat message):
 * crisis detection through the safety worker, danger from another person, judged as the
 * conversation judge judges a first message. A flagged text is recorded (level and reason only).
 */
import type { CrisisLevel, RiskReason } from '../../../core/text/crisis';
import { checkCrisis } from '../perception/crisis-check';
import { recordSafetyEvent, type SafetyEvent } from './record';

export interface WritingCheck {
  level: CrisisLevel;
  danger: boolean;
  reason: RiskReason;
}

export const NOTHING_FLAGGED: WritingCheck = { level: 'none', danger: false, reason: 'none' };

export async function checkWriting(
  text: string,
  source: SafetyEvent['source'],
): Promise<WritingCheck> {
  if (!text.trim()) return NOTHING_FLAGGED;
  // The conversation rules load with the first check, not with the pages that show this form.
  const [crisis, { judgeConversation }] = await Promise.all([
    checkCrisis(text),
    import('../../../core/text/crisis/conversation'),
  ]);
  const risk = judgeConversation([{ sender: 'user', content: text, at: Date.now(), crisis }]);
  const check = { level: risk.level, danger: risk.danger.length > 0, reason: risk.reason };
  if (check.level !== 'none' || check.danger) {
    await recordSafetyEvent({ level: check.level, reason: check.reason, source });
  }
  return check;
}
