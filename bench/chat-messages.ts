/** Everyday messages with a fused mood, for bench:chat: what a person types on an ordinary day. */
import type { ConversationContext, MoodState } from '../core/conversation/types';

const calm: MoodState = {
  emotion: 'neutral',
  stress: 25,
  valence: 0.1,
  arousal: 0.3,
  hiddenStress: false,
};
const tense: MoodState = {
  emotion: 'fearful',
  stress: 78,
  valence: -0.5,
  arousal: 0.8,
  hiddenStress: false,
};
const low: MoodState = {
  emotion: 'sad',
  stress: 55,
  valence: -0.6,
  arousal: 0.2,
  hiddenStress: true,
};
const bright: MoodState = {
  emotion: 'happy',
  stress: 15,
  valence: 0.7,
  arousal: 0.6,
  hiddenStress: false,
};

export const BENCH_MESSAGES: { message: string; mood: MoodState }[] = [
  { message: 'Work was busy today but I got through it', mood: calm },
  { message: 'The deadline on the project is weighing on me', mood: tense },
  { message: 'My sister visited this weekend and we went hiking', mood: bright },
  { message: 'The meeting ran long again and I missed lunch', mood: calm },
  { message: 'Exams tomorrow and I cannot focus on anything', mood: tense },
  { message: 'My flatmate keeps leaving dishes in the sink', mood: low },
  { message: 'Finally finished the report, feeling good about it', mood: bright },
  { message: 'My manager moved the presentation to Monday', mood: tense },
  { message: "I'm worried my team will notice I'm behind", mood: low },
  { message: 'Rough week, lots of small things going wrong', mood: low },
];

/** The context the responder reads: the session so far ending with this message. */
export function benchContext(index: number): ConversationContext {
  const { message, mood } = BENCH_MESSAGES[index % BENCH_MESSAGES.length]!;
  const earlier = BENCH_MESSAGES[(index + 3) % BENCH_MESSAGES.length]!.message;
  return {
    history: [
      { sender: 'user', content: earlier, at: 1 },
      { sender: 'ai', content: 'Tell me more about that.', at: 2 },
      { sender: 'user', content: message, at: 3 },
    ],
    mood,
    offered: [],
  };
}
