import { describe, expect, it } from 'vitest';
import { detectHiddenStress, HIDDEN_STRESS_PATTERNS } from './hidden-stress';
import { reading } from './test-readings';

const smile = reading('face', 'happy');
const flatVoice = reading('voice', 'neutral', { cues: { vocalStress: 0.2 } });
const lowWords = reading('text', 'sad', { cues: { textNegativity: 0.7, textRisk: 0 } });
const pattern = (r: Parameters<typeof detectHiddenStress>[0]) => detectHiddenStress(r)?.pattern;

describe('hidden stress', () => {
  it('flags the report’s smile + flat voice + negative text', () => {
    expect(pattern({ face: smile, voice: flatVoice, text: lowWords })).toBe(
      'smile_flat_voice_negative_text',
    );
  });

  it('flags a smile over a message with crisis language first, with a plain reason', () => {
    const risky = reading('text', 'neutral', { cues: { textNegativity: 0, textRisk: 0.5 } });
    const flag = detectHiddenStress({ face: smile, voice: flatVoice, text: risky });
    expect(flag?.pattern).toBe('smile_risky_text');
    expect(flag?.reason).toMatch(/^You look cheerful, but/);
  });

  it('flags a smile over upset words without a voice', () => {
    expect(pattern({ face: smile, text: lowWords })).toBe('smile_negative_text');
  });

  it('flags a smile over words that say the person is stressed, even with no negative word', () => {
    const stressed = reading('text', 'neutral', { cues: { textNegativity: 0, textStress: 1 } });
    const flag = detectHiddenStress({ face: smile, text: stressed });
    expect(flag?.pattern).toBe('smile_stressed_text');
    expect(flag?.reason).toMatch(/what you wrote says you are feeling the pressure/);
    expect(pattern({ face: smile, voice: flatVoice, text: stressed })).toBe(
      'smile_flat_voice_negative_text',
    );
  });

  it('flags a calm face over a voice far more tense than usual', () => {
    const tense = reading('voice', 'neutral', { cues: { vocalStress: 0.8 } });
    expect(pattern({ face: reading('face', 'neutral'), voice: tense })).toBe(
      'calm_face_vocal_stress',
    );
  });

  it('flags cheerful words over a strained voice', () => {
    const tense = reading('voice', 'angry', { cues: { vocalStress: 0.8 } });
    const fine = reading('text', 'happy', { valence: 0.6 });
    expect(pattern({ text: fine, voice: tense })).toBe('positive_words_stressed_voice');
  });

  it('stays quiet when the modalities agree', () => {
    expect(pattern({ face: smile, text: reading('text', 'happy', { valence: 0.7 }) })).toBe(
      undefined,
    );
    expect(pattern({ face: reading('face', 'sad'), voice: flatVoice, text: lowWords })).toBe(
      undefined,
    );
    expect(pattern({})).toBe(undefined);
  });

  it('gives every pattern a unique snake_case code and one sentence', () => {
    const codes = HIDDEN_STRESS_PATTERNS.map((p) => p.pattern);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of HIDDEN_STRESS_PATTERNS) {
      expect(p.pattern).toMatch(/^[a-z]+(_[a-z]+)+$/);
      expect(p.reason).toMatch(/^[A-Z][^.]*\.$/);
    }
  });
});
