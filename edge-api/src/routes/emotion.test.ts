import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMOTIONS, type Emotion } from '../../../core/emotions';
import { loadServerTextModel, type ServerTextModel } from '../../../models/text/server-model';
import { call } from '../testing/call';
import type { TextEmotionModel } from '../text-model';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';

const AT = 1_800_000_000_000;
const peaked = (top: Emotion, share = 0.7) =>
  Object.fromEntries(EMOTIONS.map((e) => [e, e === top ? share : (1 - share) / 6]));
const reading = (top: Emotion, extra: Record<string, unknown> = {}) => ({
  probabilities: peaked(top),
  confidence: 0.7,
  quality: 1,
  at: AT,
  ...extra,
});

describe.each(API_BACKENDS)('emotion on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
  });
  afterEach(() => vi.restoreAllMocks());

  const fuse = (body: unknown, token = user.token) =>
    call(backend.app, 'POST', '/api/emotion/fuse', { token, body });
  const analyse = (body: unknown, token = user.token) =>
    call(backend.app, 'POST', '/api/emotion/analyze-text', { token, body });

  it('fuses a smiling face over a low message and says why', async () => {
    const response = await fuse({
      readings: {
        face: reading('happy', { probabilities: peaked('happy', 0.8), confidence: 0.8 }),
        text: reading('sad', { cues: { textNegativity: 0.7, textRisk: 0 } }),
      },
      baseline: { stress: 30, blinkRatePerMinute: 15, faceArousal: 0.5, samples: 50 },
    });
    expect(response.status).toBe(200);
    expect(response.body.hiddenStress.pattern).toBe('smile_negative_text');
    expect(response.body.weights.face + response.body.weights.text).toBeCloseTo(1);
    expect(response.body).toMatchObject({ calibrating: false, at: AT });
  });

  it('answers with nothing to fuse, and says it is calibrating without a baseline', async () => {
    const response = await fuse({ readings: {} });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ emotion: 'neutral', confidence: 0, calibrating: true });
  });

  it.each([
    [{ readings: { face: reading('happy'), gaze: reading('sad') } }, 'gaze'],
    [{ readings: { face: { ...reading('happy'), image: 'data:image/png;base64,AAAA' } } }, 'image'],
    [{ readings: { voice: { ...reading('sad'), audio: [0.1, 0.2] } } }, 'audio'],
    [{ readings: {}, extra: 1 }, 'extra'],
    [{ readings: { face: reading('happy', { confidence: 2 }) } }, 'confidence'],
    [{ readings: { face: reading('happy', { probabilities: peaked('happy', 3) }) } }, 'happy'],
    [{ readings: { face: reading('happy', { at: -1 }) } }, 'at'],
    [{ readings: {}, off: ['face', 'voice', 'text', 'face'] }, 'off'],
    [{ readings: { text: reading('sad', { cues: { textRisk: 'high' } }) } }, 'textRisk'],
    [{}, 'readings'],
  ])('refuses %j with a 400 naming the field', async (body, named) => {
    const response = await fuse(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.message).toContain(named);
  });

  it('refuses probabilities that do not sum to 1', async () => {
    const response = await fuse({
      readings: {
        face: reading('happy', {
          probabilities: Object.fromEntries(EMOTIONS.map((e) => [e, 0.5])),
        }),
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('sum to 1');
  });

  it('refuses both routes without a sign-in', async () => {
    expect((await fuse({ readings: {} }, '')).status).toBe(401);
    expect((await analyse({ text: 'hello there' }, '')).status).toBe(401);
  });

  it('reads crisis language with the rules and says the model did not run', async () => {
    const response = await analyse({ text: 'I feel hopeless and I want to kill myself' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      analysed_by: 'rules',
      model: null,
      emotion: null,
      crisis: { level: 'severe' },
      reading: { modality: 'text', confidence: 0, cues: { textRisk: 1 } },
    });
    expect(response.body.risk.keywords).toContain('hopeless');
    expect(JSON.stringify(response.body)).not.toContain('kill myself');
  });

  it('hands back a reading that /fuse accepts as it is', async () => {
    const analysed = await analyse({ text: 'Work has been a nightmare and I am exhausted' });
    const { modality: _modality, ...text } = analysed.body.reading;
    const fused = await fuse({ readings: { face: reading('happy'), text } });
    expect(fused.status).toBe(200);
    expect(fused.body.stressParts.textNegativity).toBeGreaterThan(0);
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'x'.repeat(5_001) }, 'text'],
    [{ text: 'fine', language: 'en' }, 'language'],
    [{ message: 'fine' }, 'text'],
  ])('refuses %j with a 400', async (body, named) => {
    const response = await analyse(body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(named);
  });

  it('never logs the message, even when it is refused', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
    const secret = 'nobody knows I stopped eating last week';
    await analyse({ text: secret });
    await analyse({ text: `${secret} ${'x'.repeat(5_000)}` });
    await analyse({ text: secret, extra: true });
    expect(logged.join('\n')).not.toContain('stopped eating');
  });
});

describe('analyze-text with the text model (Node host)', () => {
  let loaded: Promise<ServerTextModel> | undefined;
  // Loaded on first use, as the Node server loads it at start.
  const textEmotionModel: TextEmotionModel = {
    name: 'rivion-text-emotion',
    predict: async (text, sentiment) =>
      (await (loaded ??= loadServerTextModel())).predict(text, sentiment),
  };
  const backend = useTestBackend('pglite', { textEmotionModel });

  it('reads the emotion with the model and says so', async () => {
    const user = await registerUser(backend.app);
    const response = await call(backend.app, 'POST', '/api/emotion/analyze-text', {
      token: user.token,
      body: { text: 'I miss her so much, everything feels empty since she left' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      analysed_by: 'rules+model',
      model: 'rivion-text-emotion',
      emotion: { emotion: 'sad' },
      reading: { modality: 'text' },
    });
    expect(response.body.reading.confidence).toBeGreaterThan(0);
  });
});
