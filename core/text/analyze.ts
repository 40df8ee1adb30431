import { detectCrisis, type CrisisResult } from './crisis/index';
import { findRisk } from './risk';
import { scoreSentiment } from './sentiment';
import { findStressors, type Stressor } from './stressors';
import type { TextSpan } from './span';

export interface TextAnalysis {
  /** Valence from -1 to +1, after negation, contrast and sarcasm. */
  sentiment: number;
  sarcasm: boolean;
  risk: { keywords: string[]; spans: TextSpan[] };
  stressors: Stressor[];
  crisis: CrisisResult;
}

/** Every rule-based reading of one message; runs the same in the text worker, the API and tests. */
export function analyzeText(text: string): TextAnalysis {
  const { valence, sarcasm } = scoreSentiment(text);
  const { keywords, spans } = findRisk(text);
  return {
    sentiment: valence,
    sarcasm,
    risk: { keywords, spans },
    stressors: findStressors(text),
    crisis: detectCrisis(text),
  };
}
