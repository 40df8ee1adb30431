/** What the text worker returns for each message: labels, scores and spans, never stored or sent. */
import type { TextAnalysis } from '../../core/text/analyze';
import type { EmotionEstimate } from '../shared/estimate';
import type { ModelStatus } from '../shared/status';
import type { EncoderPart } from './encoder-reading';

export interface TextReading extends TextAnalysis {
  type: 'text';
  /**
   * Null while the model loads or when it is off: the rules (and crisis detection) never wait for it.
   * With the sentence encoder on, the classifier's and the encoder's emotions combined.
   */
  emotion: EmotionEstimate | null;
  /** The sentence encoder's own view; null while it loads or when it is off. `crisis` is raised to it. */
  encoder: EncoderPart | null;
  ms: {
    /** Sentiment, sarcasm, risk, stressors and crisis rules. */
    rules: number;
    /** The classifier and the combination with sentiment (0 without a model). */
    model: number;
    /** Embedding and heads (0 without the encoder). */
    encoder: number;
    total: number;
  };
}

/** The sentence encoder's own state: the text model can be on while the encoder is off. */
export type EncoderState = { state: 'on' } | { state: 'off'; reason: string };

export type TextStatus = ModelStatus<{ encoder: EncoderState }>;
