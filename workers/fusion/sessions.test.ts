import { describe, expect, it } from 'vitest';
import { NOW, SETTLED, reading } from '../../core/fusion/test-readings';
import { FusionSessions } from './sessions';

describe('fusion sessions', () => {
  it('keeps each session’s smoothing apart', () => {
    const sessions = new FusionSessions();
    sessions.start('a', { baseline: SETTLED, startedAt: NOW - 120_000 });
    sessions.start('b', { baseline: SETTLED, startedAt: NOW - 120_000 });
    for (let i = 0; i < 10; i++) {
      sessions.update('a', { readings: { face: reading('face', 'happy') }, now: NOW });
    }
    const b = sessions.update('b', { readings: { face: reading('face', 'sad') }, now: NOW });
    const a = sessions.update('a', { readings: { face: reading('face', 'sad') }, now: NOW });
    expect(b).toMatchObject({ emotion: 'sad' });
    expect(a).toMatchObject({ emotion: 'happy' });
  });

  it('says calibrating in a newcomer’s first minute, and not once their baseline is set', () => {
    const sessions = new FusionSessions();
    sessions.start('s', { startedAt: NOW - 10_000 });
    const update = { readings: { face: reading('face', 'neutral') }, now: NOW };
    expect(sessions.update('s', update)).toMatchObject({ calibrating: true });
    expect(sessions.setBaseline('s', SETTLED)).toBeNull();
    expect(sessions.update('s', update)).toMatchObject({ calibrating: false });
  });

  it('answers an unknown or ended session with an error, never a throw', () => {
    const sessions = new FusionSessions();
    sessions.start('s', { startedAt: NOW });
    sessions.end('s');
    expect(sessions.size).toBe(0);
    expect(sessions.update('s', { readings: {}, now: NOW })).toEqual({
      type: 'error',
      message: 'no fusion session s',
    });
  });

  it('turns a malformed reading into an error', () => {
    const sessions = new FusionSessions();
    sessions.start('s', { startedAt: NOW });
    const broken = { ...reading('face', 'happy'), probabilities: undefined as never };
    expect(sessions.update('s', { readings: { face: broken }, now: NOW })).toMatchObject({
      type: 'error',
    });
  });
});
