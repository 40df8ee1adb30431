/** What the text worker returns for each message: labels, scores and spans, never stored or sent. */
import type { TextAnalysis } from '../../core/text/analyze';
import type { EmotionEstimate } from '../shared/estimate';
import type { ModelStatus } from '../shared/status';

export interface TextReading extends TextAnalysis {
  type: 'text';
  /** Null while the model loads or when it is off: the rules (and crisis detection) never wait for it. */
  emotion: EmotionEstimate | null;
  ms: {
    /** Sentiment, sarcasm, risk, stressors and crisis rules. */
    rules: number;
    /** The classifier and the combination with sentiment (0 without a model). */
    model: number;
    total: number;
  };
}

export type TextStatus = ModelStatus;
