/**
 * How far each modality's top class can be trusted, measured by our own evals on dev or validation
 * data. The numbers live in reliability.json, which `npm run fusion:reliability` regenerates from
 * the JSON that `npm run eval -- face|voice|text` print (eval/fusion-reliability.ts); nobody types them.
 */
import file from './reliability.json';
import type { Modality } from './types';

export interface ReliabilityFile {
  generated_by: string;
  metric: string;
  reliability: Record<Modality, number>;
  sources: Record<string, unknown>;
}

export const RELIABILITY: Readonly<Record<Modality, number>> = (file as ReliabilityFile)
  .reliability;
