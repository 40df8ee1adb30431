import { describe, expect, it } from 'vitest';
import { asksDirectly, DIRECT_QUESTIONS, readDirectAnswer } from './direct-question';

describe('asksDirectly', () => {
  it('recognises every wording our safety replies ask with, and the usual ones', () => {
    for (const question of DIRECT_QUESTIONS) expect(asksDirectly(question), question).toBe(true);
    for (const question of [
      'I hear you. Are you feeling suicidal?',
      'Do you want to end your life?',
      'Have you had thoughts about killing yourself?',
    ]) {
      expect(asksDirectly(question), question).toBe(true);
    }
  });

  it('does not count a statement or a question about something else', () => {
    for (const text of [
      'Thoughts of ending your life can come when things are this heavy.',
      'What has been the hardest part of today?',
      'Many people have thoughts of suicide at some point. You can call 988 any time.',
    ]) {
      expect(asksDirectly(text), text).toBe(false);
    }
  });
});

describe('readDirectAnswer', () => {
  it('hears yes in its many forms', () => {
    for (const text of ['yes', 'Yeah.', 'yep', 'sometimes', 'kind of', 'kinda', 'a bit', 'I am']) {
      expect(readDirectAnswer(text), text).toBe('yes');
    }
    expect(readDirectAnswer('yes, every night')).toBe('yes');
  });

  it('hears not knowing as unsure, not as no', () => {
    for (const text of [
      "I don't know",
      'idk',
      'maybe',
      "I'm not sure",
      'i guess',
      'not sure tbh',
    ]) {
      expect(readDirectAnswer(text), text).toBe('unsure');
    }
  });

  it('hears no', () => {
    for (const text of ['no', 'No, not like that', 'nope', 'not really', "I'm not", 'never']) {
      expect(readDirectAnswer(text), text).toBe('no');
    }
  });

  it('hears no answer when the person talks about something else', () => {
    for (const text of ['my boss called again', 'nobody listens to me', 'yesterday was long']) {
      expect(readDirectAnswer(text), text).toBeNull();
    }
  });
});
