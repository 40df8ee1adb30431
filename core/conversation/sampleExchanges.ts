import type { Said } from './simulate';
import type { MoodState } from './types';

const mood = (
  emotion: MoodState['emotion'],
  stress: number,
  valence: number,
  arousal: number,
  hiddenStress = false,
): MoodState => ({ emotion, stress, valence, arousal, hiddenStress });

export interface Sample {
  title: string;
  messages: Said[];
}

/** Ten sessions across moods, as fusion might read them; the README shows what the code replies. */
export const SAMPLES: Sample[] = [
  {
    title: 'Calm',
    messages: [
      { text: 'Hi', mood: mood('neutral', 18, 0.1, 0.35) },
      {
        text: 'Pretty good actually. Quiet day at home, I read for a bit and cooked a proper dinner.',
        mood: mood('neutral', 15, 0.3, 0.35),
      },
    ],
  },
  {
    title: 'Happy news',
    messages: [
      { text: 'I passed my driving test today!!', mood: mood('happy', 15, 0.8, 0.75) },
      {
        text: 'Thank you! I was so nervous this morning but it went fine',
        mood: mood('happy', 20, 0.7, 0.6),
      },
    ],
  },
  {
    title: 'Stressed about a deadline',
    messages: [
      {
        text: "I'm so stressed about the deadline on the project. It's due Friday and I'm nowhere near done.",
        mood: mood('fearful', 74, -0.5, 0.75),
      },
      {
        text: "There's just too much to do and I don't know where to start",
        mood: mood('fearful', 78, -0.55, 0.8),
      },
      { text: 'ok', mood: mood('fearful', 70, -0.4, 0.7) },
    ],
  },
  {
    title: 'Sad after a breakup',
    messages: [
      {
        text: 'My girlfriend broke up with me last night and I feel empty',
        mood: mood('sad', 55, -0.7, 0.25),
      },
      {
        text: 'We were together three years. I keep checking my phone in case she texts.',
        mood: mood('sad', 58, -0.6, 0.25),
      },
    ],
  },
  {
    title: 'Angry at a coworker',
    messages: [
      {
        text: 'My coworker took credit for my work in the meeting again and I am furious',
        mood: mood('angry', 66, -0.6, 0.85),
      },
      {
        text: "I've been sitting at my desk fuming for an hour and I can't focus on anything",
        mood: mood('angry', 68, -0.5, 0.8),
      },
    ],
  },
  {
    title: 'Hidden stress',
    messages: [
      {
        text: "Yeah I'm fine. Work is fine, everything is fine.",
        mood: mood('happy', 58, 0.3, 0.6, true),
      },
      {
        text: "I guess I haven't been sleeping much. My manager keeps piling things on.",
        mood: mood('neutral', 62, -0.2, 0.55, true),
      },
    ],
  },
  {
    title: 'Anxious before an exam',
    messages: [
      {
        text: "I have my chemistry exam tomorrow and I'm so nervous my heart is racing",
        mood: mood('fearful', 76, -0.5, 0.85),
      },
      { text: 'Can we do the breathing thing?', mood: mood('fearful', 72, -0.4, 0.8) },
      { text: 'That helped a bit, thanks', mood: mood('neutral', 50, 0, 0.5) },
    ],
  },
  {
    title: 'Lonely',
    messages: [
      {
        text: "Since I moved to the new city I haven't really talked to anyone",
        mood: mood('sad', 42, -0.4, 0.3),
      },
      { text: 'Yeah. Feeling pretty lonely to be honest', mood: mood('sad', 45, -0.5, 0.25) },
    ],
  },
  {
    title: 'Tired and burnt out',
    messages: [
      {
        text: "I'm completely burnt out. Work has been nonstop for months and I can't switch off.",
        mood: mood('sad', 64, -0.5, 0.2),
      },
      { text: 'idk', mood: mood('sad', 60, -0.4, 0.2) },
      {
        text: "Maybe. I'm just so tired, I want to sleep for a week",
        mood: mood('sad', 60, -0.4, 0.2),
      },
    ],
  },
  {
    title: 'A longer conversation that remembers',
    messages: [
      {
        text: "My sister hasn't spoken to me since our argument at Christmas",
        mood: mood('sad', 45, -0.5, 0.35),
      },
      {
        text: 'Work is really busy too, my boss keeps adding to my workload',
        mood: mood('neutral', 55, -0.3, 0.5),
      },
      {
        text: "I tried calling her yesterday but she didn't pick up",
        mood: mood('sad', 50, -0.4, 0.35),
      },
      { text: 'I just feel stuck', mood: mood('sad', 52, -0.4, 0.3) },
      { text: 'idk', mood: mood('sad', 50, -0.3, 0.3) },
      { text: 'What should I do?', mood: mood('neutral', 48, -0.2, 0.4) },
      { text: 'Thanks, that helps', mood: mood('neutral', 35, 0.2, 0.4) },
    ],
  },
];
