import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import type { EmotionProbabilities } from '../shared/estimate';
import type { FaceCrop } from './alignment';
import { AppearanceSchedule, REFRESH_EVERY } from './appearance-schedule';

const face: FaceCrop = { centerX: 320, centerY: 240, side: 200, angle: 0 };
const only = (emotion: string): EmotionProbabilities =>
  Object.fromEntries(EMOTIONS.map((e) => [e, e === emotion ? 1 : 0])) as EmotionProbabilities;

describe('AppearanceSchedule', () => {
  it('runs on the first frame, then every REFRESH_EVERY-th frame while the face is steady', () => {
    const schedule = new AppearanceSchedule();
    const runs: boolean[] = [];
    for (let frame = 0; frame < 2 * REFRESH_EVERY + 1; frame++) {
      const plan = schedule.plan({ ...face, centerX: face.centerX + frame });
      runs.push(plan.run);
      if (plan.run) schedule.record(face, plan.view, only('happy'));
    }
    expect(runs).toEqual([true, false, false, true, false, false, true]);
  });

  it('alternates the plain and the mirrored view and averages the pair while steady', () => {
    const schedule = new AppearanceSchedule();
    const first = schedule.plan(face);
    expect(first).toEqual({ run: true, view: 'plain' });
    expect(schedule.record(face, 'plain', only('happy')).happy).toBe(1);
    for (let i = 1; i < REFRESH_EVERY; i++) {
      expect(schedule.plan(face)).toEqual({ run: false, probabilities: only('happy') });
    }
    expect(schedule.plan(face)).toEqual({ run: true, view: 'mirrored' });
    const pair = schedule.record(face, 'mirrored', only('neutral'));
    expect(pair.happy).toBeCloseTo(0.5);
    expect(pair.neutral).toBeCloseTo(0.5);
  });

  it('runs at once, without pairing, when the face moves or after a reset', () => {
    const schedule = new AppearanceSchedule();
    schedule.plan(face);
    schedule.record(face, 'plain', only('happy'));
    const moved = { ...face, centerX: face.centerX + 0.2 * face.side };
    const plan = schedule.plan(moved);
    expect(plan.run).toBe(true);
    expect(schedule.record(moved, 'mirrored', only('sad')).sad).toBe(1);
    schedule.reset();
    expect(schedule.plan(moved).run).toBe(true);
  });
});
