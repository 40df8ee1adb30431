import { describe, expect, it } from 'vitest';
import { findStressors } from './stressors';

const topics = (text: string) => findStressors(text).map((s) => `${s.topic}:${s.span.text}`);

describe('findStressors', () => {
  it('names the topic and the words that showed it', () => {
    expect(topics('My boss keeps moving the deadline and I am so stressed')).toEqual([
      'work:boss',
      'work:deadline',
    ]);
    expect(topics('I had a huge fight with my girlfriend')).toEqual(['relationships:girlfriend']);
    expect(topics("Rent is due and I can't afford it")).toEqual(['money:Rent', 'money:afford']);
    expect(topics("I can't sleep, it's 3am again")).toEqual(["sleep:can't sleep", 'sleep:3am']);
    expect(topics('So worried about my exams next week')).toEqual(['study:exams']);
    expect(topics('My mum is in hospital and I am scared')).toEqual([
      'family:mum',
      'health:hospital',
    ]);
  });

  it('does not call a happy mention a stressor', () => {
    expect(topics('I love my job')).toEqual([]);
    expect(topics('Dinner with my family was lovely')).toEqual([]);
  });

  it('keeps topics sentence by sentence', () => {
    expect(topics('Work was great today. My exams are stressing me out.')).toEqual(['study:exams']);
  });

  it("tells money's broke from a break-up", () => {
    expect(topics("I'm broke and stressed")).toEqual(['money:broke']);
    expect(topics('We broke up and I feel awful')).toEqual(['relationships:broke up']);
  });
});
