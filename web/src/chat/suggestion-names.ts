/** How each micro-intervention is named to the person. */
import type { MicroIntervention } from '../../../core/conversation/types';

export const SUGGESTION_NAMES: Record<MicroIntervention, string> = {
  box_breathing: 'Box breathing',
  grounding_54321: '5-4-3-2-1 grounding',
  split_task: 'Splitting a task into small steps',
  short_walk: 'A short walk',
  reach_out: 'Reaching out to someone',
};
