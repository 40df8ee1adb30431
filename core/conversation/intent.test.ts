import { describe, expect, it } from 'vitest';
import { readIntent } from './intent';

const intent = (text: string, afterOffer = false) => readIntent(text, afterOffer).intent;

describe('readIntent', () => {
  it('tells short replies apart', () => {
    expect(intent('idk')).toBe('minimal');
    expect(intent('ok')).toBe('minimal');
    expect(intent('yeah...')).toBe('minimal');
    expect(intent('   ')).toBe('empty');
    expect(intent('👍')).toBe('empty');
  });

  it('reads yes and no as an answer to an offer only after one', () => {
    expect(intent('ok', true)).toBe('accept');
    expect(intent("yeah let's try it", true)).toBe('accept');
    expect(intent('not really', true)).toBe('decline');
    expect(intent('no', false)).toBe('minimal');
  });

  it('recognises greetings, thanks and goodbyes, but not inside a longer story', () => {
    expect(intent('hey!')).toBe('greeting');
    expect(intent('good morning')).toBe('greeting');
    expect(intent('hi, my boss shouted at me today and I cried in the toilets')).toBe('share');
    expect(intent('thanks, that helped')).toBe('thanks');
    expect(intent('ok bye for now')).toBe('goodbye');
  });

  it('knows when the person asks the companion something', () => {
    expect(intent('What should I do?')).toBe('question');
    expect(intent('any advice?')).toBe('question');
    expect(intent('how are you?')).toBe('aboutCompanion');
    expect(intent('are you a real person')).toBe('aboutCompanion');
  });

  it('hears a request for a particular exercise', () => {
    expect(readIntent('can we do some breathing?', false).asked).toBe('box_breathing');
    expect(readIntent('I need grounding', false).asked).toBe('grounding_54321');
    expect(readIntent('help me break it down', false).asked).toBe('split_task');
    expect(readIntent('my breathing is fine', false).asked).toBeNull();
  });
});
