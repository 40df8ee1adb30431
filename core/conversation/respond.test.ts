import { describe, expect, it } from 'vitest';
import { respond } from './respond';
import { CALM, simulateSession, type Said } from './simulate';
import type { MoodState, Turn } from './types';

const STRESSED: MoodState = {
  emotion: 'fearful',
  stress: 80,
  valence: -0.6,
  arousal: 0.8,
  hiddenStress: false,
};
const HAPPY: MoodState = {
  emotion: 'happy',
  stress: 15,
  valence: 0.7,
  arousal: 0.6,
  hiddenStress: false,
};

const turn = (content: string, sender: Turn['sender'] = 'user', at = 0): Turn => ({
  sender,
  content,
  at,
});
const reply = (text: string, mood: MoodState | null = CALM) =>
  respond({ history: [turn(text)], mood, offered: [] }).text;

describe('respond: listening', () => {
  it("reflects the person's own topic words", () => {
    expect(reply("I'm so stressed about the deadline on the project", STRESSED)).toContain(
      'the deadline on the project',
    );
    expect(reply('My sister has not called me back in weeks', CALM)).toMatch(/your sister/);
  });

  it('says good news back and celebrates it', () => {
    const text = reply('I passed my driving test today!!', HAPPY);
    expect(text).toMatch(/you passed your driving test/i);
    expect(text).toMatch(/!/);
  });

  it('wishes a happy birthday, but not to someone dreading it', () => {
    expect(reply("it's my birthday today!", HAPPY)).toMatch(/^Happy birthday!/);
    expect(reply("It's my birthday and I feel so lonely", HAPPY)).not.toMatch(/Happy birthday/);
  });

  it('says both feelings back when there are two, and good news with a worry', () => {
    expect(reply("I'm excited but nervous about the wedding", CALM)).toMatch(/excited and nervous/);
    const text = reply("I got the job but I'm terrified I'll mess it up", CALM);
    expect(text).toMatch(/You got the job/);
    expect(text).toMatch(/terrified/);
  });

  it('answers greetings, thanks and goodbyes as such', () => {
    expect(reply('hi', CALM)).toMatch(/^(Hi|Hello)/);
    expect(reply('thank you', CALM)).toMatch(/welcome|glad|Any time/);
    expect(reply('ok bye, good night', CALM)).toMatch(/care|gently|Look after/);
  });

  it('meets "idk" without pressure', () => {
    expect(reply('idk', STRESSED)).toMatch(/okay|alright|fine not to know|still here/i);
  });

  it('asks the person what they think before suggesting when asked what to do', () => {
    const text = reply('What should I do?', CALM);
    expect(text).toMatch(/together|hard one/);
    expect(text).toMatch(/\?$/);
  });

  it('meets a loss with sorrow first, and self-criticism with kindness', () => {
    expect(reply('My dog died this morning', STRESSED)).toMatch(/^I'm (?:so|really) sorry/);
    expect(reply('Why do I always mess everything up?', CALM)).toMatch(
      /hard on yourself|harsh|self-criticism/,
    );
  });

  it('takes "am I overreacting?" seriously instead of judging it', () => {
    expect(reply('Am I overreacting?', STRESSED)).toMatch(/real|count/);
  });

  it('gently names the gap when stress is hidden, without diagnosing', () => {
    const text = reply("I'm fine, everything is fine", {
      ...HAPPY,
      stress: 60,
      hiddenStress: true,
    });
    expect(text).toMatch(/underneath/);
    expect(text).not.toMatch(/you have|disorder|depress|anxiety/i);
  });

  it('is the same reply for the same session (seeded, reproducible)', () => {
    expect(reply('Work has been awful this week', STRESSED)).toBe(
      reply('Work has been awful this week', STRESSED),
    );
  });
});

describe('respond: tone follows the mood', () => {
  const messages = [
    'Work has been a lot this week',
    'I keep thinking about the presentation on Friday',
    'My flatmate and I had a row about the bills',
    'Not sure how I feel about the new job',
    'I had a long day at uni',
    'My brother is moving abroad next month',
  ];
  const mean = (mood: MoodState) =>
    messages.map((m) => reply(m, mood).length).reduce((a, b) => a + b) / messages.length;

  it('is shorter for a stressed person than a calm one', () => {
    expect(mean(STRESSED)).toBeLessThan(mean(CALM));
  });

  it('is softer when stressed: no exclamation marks, validation instead', () => {
    for (const message of messages) expect(reply(message, STRESSED)).not.toMatch(/!/);
  });

  it('never answers words of distress cheerfully, whatever the face shows', () => {
    const text = reply("I'm heartbroken, she left me", HAPPY);
    expect(text).not.toMatch(/!|great|good to hear|lovely/i);
  });

  it('does not call plain words good news because the face smiles', () => {
    for (const message of [
      "There's just too much to do and I don't know where to start",
      'I have three reports due on Friday',
    ]) {
      expect(reply(message, HAPPY)).not.toMatch(/good to hear|sounds good/i);
    }
  });
});

describe('respond: memory', () => {
  it('brings back something said earlier in the session', () => {
    const session = simulateSession(
      [
        "My sister hasn't spoken to me since our argument",
        'Work has been really busy as well',
        'I am just tired of everything being hard',
        'idk',
      ].map((text): Said => ({ text, mood: CALM })),
    );
    expect(session.map((e) => e.reply.text).join(' ')).toMatch(
      /(mentioned|brought up|talked about|told me about) [^.?]*(your sister|your argument)/,
    );
  });

  it('knows "her" is the sister named earlier and does not call her "earlier"', () => {
    const [, second] = simulateSession([
      { text: 'My sister is not speaking to me', mood: CALM },
      { text: 'I tried calling her but she did not pick up', mood: CALM },
    ]);
    expect(second!.reply.text).not.toMatch(/Earlier you mentioned your sister/);
  });
});
