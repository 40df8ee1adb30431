import { describe, expect, it } from 'vitest';
import { screenReply, type ScreenReason } from './screen-reply';

function expectRefused(reason: ScreenReason, replies: string[]): void {
  for (const reply of replies) {
    const result = screenReply(reply);
    expect(result, reply).toMatchObject({ ok: false, reason });
  }
}

describe('screenReply', () => {
  it('refuses a diagnosis', () => {
    expectRefused('diagnosis', [
      'You have depression.',
      'Honestly, it sounds like you have an anxiety disorder.',
      'You might have bipolar disorder, which would explain the highs and lows.',
      "I think you're clinically depressed.",
      'These are classic symptoms of PTSD.',
      'What you are describing sounds like borderline personality disorder.',
      'You clearly have ADHD, you just never got tested.',
      "You're showing signs of an eating disorder.",
      'It seems like you suffer from insomnia.',
      "You're bipolar, that's why your moods swing.",
    ]);
  });

  it('refuses medication and dosing advice', () => {
    expectRefused('medication', [
      'Take 50mg of sertraline in the morning.',
      'Try melatonin, it really helps with sleep.',
      'You could increase your dose a little this week.',
      'Maybe try taking some magnesium before bed.',
      'Have you tried CBD oil?',
      'Consider an antidepressant; they work for many people.',
      'Just stop taking your meds if they make you feel numb.',
      'One tablet a night should be enough.',
      'A Xanax would calm you down. Try Xanax next time.',
      'Some people take 0.5 mg and that is fine.',
    ]);
  });

  it('refuses method information about self-harm or suicide', () => {
    expectRefused('method', [
      'A lethal dose of paracetamol is lower than people think.',
      'The most painless way to die would be',
      'An overdose takes days and is very painful.',
      'The bridge is high enough to kill you.',
      'Carbon monoxide is often used.',
      'People cut their wrists along the vein rather than across.',
    ]);
  });

  it('gives a safe reply of our own instead, with the lines when it was about a method', () => {
    const method = screenReply('A lethal dose of paracetamol is about', 'GB');
    expect(method.ok).toBe(false);
    if (method.ok) return;
    expect(method.replacement.source).toBe('safety');
    expect(method.replacement.text).toMatch(/116 123/);
    expect(method.replacement.text).toMatch(/999/);
    expect(method.replacement.text).not.toMatch(/paracetamol/);
    const dose = screenReply('Take 50mg of sertraline.');
    if (dose.ok) throw new Error('expected a refusal');
    expect(dose.replacement.text).toMatch(/doctor or pharmacist/);
    expect(dose.spans.map((span) => span.text)).toEqual(['50mg']);
    const diagnosis = screenReply('You have depression.');
    if (diagnosis.ok) throw new Error('expected a refusal');
    expect(diagnosis.replacement.text).toMatch(/doctor or therapist/);
  });

  it('passes ordinary supportive replies, including pointing to a professional', () => {
    for (const reply of [
      "It sounds like you're anxious about the exam.",
      'Depression is common, and a doctor can help.',
      "It might help to talk to your GP about how you've been sleeping.",
      'Have you thought about talking to a therapist?',
      'If you think you might have depression, a doctor can help you find out.',
      "I'm not able to diagnose anything, but a professional can help you understand what's going on.",
      "Please don't stop taking your medication without talking to your doctor first.",
      'You could ask your doctor whether adjusting your dose makes sense.',
      'Your pharmacist is the best person to ask about your medication.',
      'Many people with anxiety find box breathing helps. Want to try it together?',
      'It sounds like the deadline on the project is weighing on you.',
      'You have every reason to feel overwhelmed.',
      'You have a lot on your plate right now.',
      "You're not broken; you're dealing with a lot.",
      'It sounds like you have been feeling really low lately.',
      "You're feeling depressed and worn down, and that makes sense after this month.",
      'Try a glass of water and five slow breaths.',
      'Try the 5-4-3-2-1 grounding: five things you can see, four you can hear...',
      'Would a 10 minute walk help clear your head?',
      'Cutting back on caffeine in the afternoon can help some people sleep.',
      'If you are thinking about ending your life, please call 988 now.',
      "That's so kind of you to look after your friend.",
    ]) {
      expect(screenReply(reply), reply).toEqual({ ok: true });
    }
  });
});
