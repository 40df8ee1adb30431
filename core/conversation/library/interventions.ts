import type { MicroIntervention } from '../types';

/**
 * Each micro-intervention as an offer (asking permission first, as motivational interviewing
 * does: the person decides) and as a guide (the steps, when they say yes or ask for it). `soft`
 * offers are for a stressed or low person: shorter, one breath long. `{topic}` is optional: a
 * template with it is used only when the person named something.
 */
export interface InterventionTexts {
  soft: readonly string[];
  warm: readonly string[];
  guide: readonly string[];
  /** Finds this intervention in an earlier reply, so it is not pushed again soon after. */
  signature: RegExp;
}

export const INTERVENTIONS: Record<MicroIntervention, InterventionTexts> = {
  box_breathing: {
    soft: [
      'Would you like to try some slow breathing with me? In for four, hold for four, out for four, hold for four.',
      'If it helps, we could breathe together for a minute: in for four, hold for four, out for four, hold for four. Want to try?',
    ],
    warm: [
      'Something that often helps when stress runs high is box breathing: in for four counts, hold for four, out for four, hold for four, for a few rounds. Would you like to try it together?',
    ],
    guide: [
      "Let's do it together. Breathe in slowly through your nose for four counts. Hold for four. Breathe out gently for four. Hold for four. Try four rounds at your own pace, then tell me how you feel.",
    ],
    signature: /breath/i,
  },
  grounding_54321: {
    soft: [
      'Would a quick grounding exercise help? Name five things you can see, four you can feel, three you can hear, two you can smell and one you can taste.',
    ],
    warm: [
      'When thoughts start racing, the 5-4-3-2-1 exercise can bring you back into the room: five things you can see, four you can feel, three you can hear, two you can smell, one you can taste. Would you like to try it?',
    ],
    guide: [
      "Okay, let's go slowly. Look around and name five things you can see. Then four things you can feel, like your feet on the floor. Three things you can hear. Two you can smell. One you can taste. Take your time, and tell me how you feel afterwards.",
    ],
    signature: /five things|5-4-3-2-1/i,
  },
  split_task: {
    soft: [
      'Would it help to pick just one small piece of {topic}, something you could do in ten minutes?',
      'Would it help to pick just one small piece of it, something you could do in ten minutes?',
    ],
    warm: [
      "When something feels this big, it can help to split it into pieces small enough to start. What's one step on {topic} you could do in the next ten minutes?",
      "When something feels this big, it can help to split it into pieces small enough to start. What's one step you could do in the next ten minutes?",
    ],
    guide: [
      "Let's split it. Think of {topic} and find the very first step, small enough to finish in ten minutes. Just that one step for now; the rest can wait. What is it?",
      "Let's split it. Find the very first step, small enough to finish in ten minutes. Just that one step for now; the rest can wait. What is it?",
    ],
    signature: /(?:do|finish) in (?:the next )?ten minutes/i,
  },
  short_walk: {
    soft: ['Would a short walk help, even five minutes outside, just to give your body a break?'],
    warm: [
      'Sometimes a short walk, ten or fifteen minutes outside with no goal, lets some of that energy out and clears your head. Could you fit one in today?',
    ],
    guide: [
      "Good idea. Take a walk outside or around the block for five or ten minutes, at an easy pace. Notice a few things on the way: the air, the sounds, the light. I'll be here when you're back.",
    ],
    signature: /\bwalk\b/i,
  },
  reach_out: {
    soft: [
      'Is there someone you could send a short message to today, just to feel a little less alone?',
    ],
    warm: [
      'Reaching out to someone, even a quick message to a friend or someone in your family, can make a real difference. Who might you get in touch with?',
    ],
    guide: [
      "Who comes to mind first? A short message is enough, something like 'thinking of you, fancy a chat this week?' You don't have to explain everything at once.",
    ],
    signature: /reach(?:ing)? out|short message|get in touch/i,
  },
};
