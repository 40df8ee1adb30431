import { describe, expect, it } from 'vitest';
import classifierFile from '../../../models/safety/crisis-classifier.json';
import { detectCrisis, detectRulesCrisis, readCrisis } from './detect';
import { featuresOf, loadCrisisClassifier, type CrisisClassifierFile } from './model';

const file = classifierFile as unknown as CrisisClassifierFile;
const classifier = loadCrisisClassifier(file);

describe('crisis classifier', () => {
  it('loads the committed model: vocabulary, weights and thresholds', () => {
    expect(file.rows.length).toBeGreaterThan(1000);
    expect(new Set(file.rows.map((row) => row[0])).size).toBe(file.rows.length);
    expect(file.thresholds.severe).toBeGreaterThan(0);
    expect(file.thresholds.severe).toBeLessThan(1);
    const { severe, elevated } = classifier.score('I want to die');
    expect(elevated).toBeGreaterThanOrEqual(severe);
  });

  it('reads texting spellings through the canonical form the rules use', () => {
    const options = { words: 2, chars: [0, 0] as [number, number], negation: true };
    expect(featuresOf('im not ok rn', options)).toEqual([
      "w:i'm",
      'w:not',
      "b:i'm not",
      'w:ok',
      'b:not ok',
      '!ok',
      'w:right',
      'b:ok right',
      '!right',
      'w:now',
      'b:right now',
      '!now',
    ]);
  });

  // Wordings the rules missed on an author they had never seen (holdout-3), now training data.
  it('raises phrasings the rules miss', () => {
    for (const text of [
      "Stockpiled my oxy for weeks. Counted them again today. It's enough.",
      'pls dont tell anyone but i swallowed like 20 ibuprofen an hour ago',
      'I have a blade in my hand right now',
    ]) {
      const result = detectCrisis(text);
      expect(result.level, text).toBe('severe');
      expect(result.reasons.join(' '), text).toMatch(/reads like messages that needed/);
    }
    expect(detectCrisis('I feel like such a weight on everyone around me').level).not.toBe('none');
  });

  it('leaves idioms and plain denials from the dev set at none', () => {
    for (const text of [
      'This deadline is killing me',
      "I'd kill for a coffee",
      'that joke killed me 😂',
      'My phone died',
      'I would never hurt myself',
      "I'm not suicidal, just tired",
      'this lasagne is to die for',
    ]) {
      expect(detectCrisis(text).level, text).toBe('none');
    }
  });

  // The rules refuse these inside their patterns; a bag of words saw "burden", "hopeless" and
  // "read it after" and raised them (severe for the last) until they were left out of its text.
  it('does not read the look-alikes the rules refuse, and still reads the rest', () => {
    const lookAlikes = {
      'the burden of proof is on them': 'burden',
      "I'm a hopeless speller": 'hopeless',
      'I deleted myself from the group chat': 'deleted myself',
      'leave me a message and I will read it after': 'read it after',
    };
    for (const [text, word] of Object.entries(lookAlikes)) {
      expect(readCrisis(text).classifierText, text).not.toContain(word);
      expect(detectCrisis(text).level, text).toBe('none');
    }
    expect(detectCrisis("I'm a hopeless speller and I want to die").level).toBe('severe');
    expect(detectCrisis('the burden of proof is on them. I feel like a burden').level).toBe(
      'elevated',
    );
    expect(detectCrisis('I wrote a note for my mum to read after').level).toBe('severe');
  });

  it('leaves short pleasantries alone: a word or two with no risk idea is not judged', () => {
    // "thanks" ends many goodbye messages; alone, it must never bring up the crisis card.
    for (const text of ['thanks', 'ok thanks', 'thank you!', 'ok', 'bye x', 'good night', 'lol']) {
      expect(detectCrisis(text).level, text).toBe('none');
    }
    expect(detectCrisis('Rope is ready.').level).toBe('severe');
  });

  it('never lowers the rules level and keeps their reasons', () => {
    // The rules read this as severe; the classifier alone reads it lower.
    const lower = { 'giving away all my things': 'elevated' } as const;
    for (const [text, classifierLevel] of Object.entries(lower)) {
      expect(classifier.score(readCrisis(text).classifierText).level, text).toBe(classifierLevel);
      const rules = detectRulesCrisis(text);
      expect(rules.level, text).toBe('severe');
      const result = detectCrisis(text);
      expect(result.level, text).toBe('severe');
      expect(result.reasons, text).toEqual(rules.reasons);
      expect(result.spans, text).toEqual(rules.spans);
    }
  });
});
