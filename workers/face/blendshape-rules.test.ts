import { describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion } from '../../core/emotions';
import { blendshapeEmotion, type Blendshapes } from './blendshape-rules';

const pair = (name: string, v: number) => ({ [`${name}Left`]: v, [`${name}Right`]: v });
const top = (b: Blendshapes): Emotion => {
  const p = blendshapeEmotion(b);
  return EMOTIONS.reduce((best, e) => (p[e] > p[best] ? e : best));
};

describe('blendshape → emotion rules (FACS prototypes)', () => {
  it('reads each prototype expression', () => {
    expect(top({})).toBe('neutral');
    expect(top({ ...pair('mouthSmile', 0.8), ...pair('cheekSquint', 0.5) })).toBe('happy');
    expect(
      top({ browInnerUp: 0.7, ...pair('browOuterUp', 0.6), ...pair('eyeWide', 0.5), jawOpen: 0.7 }),
    ).toBe('surprised');
    expect(
      top({
        browInnerUp: 0.6,
        ...pair('browDown', 0.4),
        ...pair('mouthFrown', 0.6),
        mouthShrugLower: 0.5,
      }),
    ).toBe('sad');
    expect(
      top({ ...pair('browDown', 0.7), ...pair('eyeSquint', 0.6), ...pair('mouthPress', 0.6) }),
    ).toBe('angry');
    expect(
      top({ ...pair('noseSneer', 0.7), ...pair('mouthUpperUp', 0.6), ...pair('mouthFrown', 0.3) }),
    ).toBe('disgusted');
    expect(
      top({
        browInnerUp: 0.7,
        ...pair('browDown', 0.5),
        ...pair('eyeWide', 0.7),
        ...pair('mouthStretch', 0.6),
      }),
    ).toBe('fearful');
  });

  it('is a probability distribution over the seven classes', () => {
    const p = blendshapeEmotion({ ...pair('mouthSmile', 0.3), jawOpen: 0.2 });
    expect(Object.keys(p).sort()).toEqual([...EMOTIONS].sort());
    expect(Object.values(p).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it('a faint smile stays close to neutral rather than jumping to happy', () => {
    const p = blendshapeEmotion(pair('mouthSmile', 0.1));
    expect(p.neutral).toBeGreaterThan(p.happy);
  });
});
