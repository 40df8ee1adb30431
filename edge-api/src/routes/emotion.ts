/**
 * POST /api/emotion/fuse and POST /api/emotion/analyze-text, for clients that cannot run fusion or
 * the text worker. Labels, scores and message text only: there is deliberately no endpoint that
 * accepts a face image or audio. Neither route stores anything, and the message text is never
 * logged (it is not in any error either: zod's messages name fields, not values).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { topEmotion } from '../../../core/fusion/circumplex';
import { fuseReadings } from '../../../core/fusion/fuse';
import { EMPTY_BASELINE } from '../../../core/fusion/calibration';
import { textReading } from '../../../core/fusion/from-text';
import { MODALITIES, type FusionInput, type ModalityReading } from '../../../core/fusion/types';
import { analyzeText } from '../../../core/text/analyze';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, jsonBody, jsonResponse } from '../openapi';
import {
  analyzeTextBodySchema,
  fuseBodySchema,
  fusedReadingSchema,
  textAnalysisSchema,
} from '../schemas/emotion';
import type { AppEnv, Services } from '../services';

const NO_MEDIA =
  'There is deliberately no endpoint that accepts a face image or audio: faces and voices are ' +
  'analysed on the device, and only labels and scores are sent here.';

const offsets = ({ start, end }: { start: number; end: number }) => ({ start, end });

export function emotionRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'emotion');

  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/fuse',
        summary: 'Fuse face, voice and text readings',
        operationId: 'fuseEmotion',
        description:
          'Fuses the latest labels and scores of each modality (core/fusion) into one reading: ' +
          'emotion, valence, arousal, a 0-100 stress score against the baseline, hidden stress ' +
          `and each modality's share. Nothing is stored. ${NO_MEDIA}`,
        request: { body: jsonBody(fuseBodySchema) },
        responses: { 200: jsonResponse(fusedReadingSchema, 'The fused reading') },
      }),
      (c) => {
        const body = c.req.valid('json');
        const readings: FusionInput['readings'] = {};
        for (const modality of MODALITIES) {
          const reading = body.readings[modality];
          if (reading) readings[modality] = { ...reading, modality } as ModalityReading;
        }
        const newest = Math.max(0, ...Object.values(readings).map((r) => r!.at));
        const fused = fuseReadings({
          readings,
          baseline: body.baseline ?? EMPTY_BASELINE,
          off: body.off,
          now: body.now ?? newest,
          sessionStartedAt: body.session_started_at,
        });
        return c.json(fused, 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/analyze-text',
        summary: 'Analyse one message with the text rules',
        operationId: 'analyzeText',
        description:
          'Runs the on-device text rules (sentiment, sarcasm, risk words, stressors, crisis ' +
          'detection) on the server, and the text emotion model where the server has it ' +
          '(`analysed_by` says which). The text is neither stored nor logged; the response ' +
          `gives positions, not the words. ${NO_MEDIA}`,
        request: { body: jsonBody(analyzeTextBodySchema) },
        responses: { 200: jsonResponse(textAnalysisSchema, 'What the rules (and model) read') },
      }),
      async (c) => {
        const { text } = c.req.valid('json');
        const analysis = analyzeText(text);
        const model = services.textEmotionModel;
        const probabilities = model ? await model.predict(text, analysis.sentiment) : null;
        const reading = textReading({
          text,
          analysis,
          probabilities,
          at: services.now().getTime(),
        });
        const top = probabilities ? topEmotion(probabilities) : null;
        return c.json(
          {
            analysed_by: model ? ('rules+model' as const) : ('rules' as const),
            model: model?.name ?? null,
            emotion:
              probabilities && top
                ? { emotion: top, probabilities, confidence: probabilities[top] }
                : null,
            sentiment: analysis.sentiment,
            sarcasm: analysis.sarcasm,
            risk: { keywords: analysis.risk.keywords, spans: analysis.risk.spans.map(offsets) },
            stressors: analysis.stressors.map((s) => ({ topic: s.topic, span: offsets(s.span) })),
            crisis: {
              level: analysis.crisis.level,
              reasons: analysis.crisis.reasons,
              spans: analysis.crisis.spans.map(offsets),
            },
            reading: { ...reading, modality: 'text' as const },
          },
          200,
        );
      },
    );
}
