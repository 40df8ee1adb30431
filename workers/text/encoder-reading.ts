/**
 * What the sentence encoder adds to a text reading, pure so it is tested in Node: its heads' view of
 * one embedding, the crisis level it may raise (never lower) over the rules', and the check that a
 * heads file fits the classes the worker speaks.
 */
import { EMOTIONS } from '../../core/emotions';
import type { CrisisLevel, CrisisResult } from '../../core/text/crisis/index';
import {
  CRISIS_CLASSES,
  encoderCrisisLevel,
  headProbabilities,
  raisedLevel,
  type LinearHead,
  type SentenceHeadsFile,
} from '../../core/text/encoder/heads';
import { EMBEDDING_SIZE } from './sentence-encoder';

/** The encoder's part of a TextReading. */
export interface EncoderPart {
  /** Its emotion head alone, in EMOTIONS order (the reading's emotion combines it with the classifier). */
  emotion: number[];
  /** Its crisis head, shaped like `crisis.model`: p(severe) and p(elevated or severe), and its level. */
  crisis: { level: CrisisLevel; severe: number; elevated: number };
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function checkHead(head: LinearHead, classes: readonly string[], name: string): void {
  // A hidden layer reads the embedding and the output layer reads the hidden units; else the output
  // layer reads the embedding itself.
  const outputInputs = head.hidden ? head.hidden.bias.length : EMBEDDING_SIZE;
  const hiddenFits =
    !head.hidden ||
    (head.hidden.weights.length === head.hidden.bias.length &&
      head.hidden.weights.every((row) => row.length === EMBEDDING_SIZE));
  const fits =
    same(head.classes, classes) &&
    hiddenFits &&
    head.bias.length === classes.length &&
    head.weights.length === classes.length &&
    head.weights.every((row) => row.length === outputInputs);
  if (!fits) {
    throw new Error(
      `The sentence encoder's ${name} head does not fit (expected ${classes.join(', ')} over ${EMBEDDING_SIZE} numbers)`,
    );
  }
}

/** The heads file, once it is known to fit our classes and the encoder's size; throws a sentence. */
export function checkHeadsFile(file: SentenceHeadsFile): SentenceHeadsFile {
  if (file.version !== 1) {
    throw new Error(`The sentence encoder heads are version ${String(file.version)}, not 1`);
  }
  checkHead(file.emotion, EMOTIONS, 'emotion');
  checkHead(file.crisis, CRISIS_CLASSES, 'crisis');
  if (file.combination.offset.length !== EMOTIONS.length) {
    throw new Error("The sentence encoder's combination weights do not fit our 7 emotions");
  }
  return file;
}

export function encoderPart(heads: SentenceHeadsFile, embedding: ArrayLike<number>): EncoderPart {
  const crisis = headProbabilities(heads.crisis, embedding);
  const [, elevated, severe] = crisis as [number, number, number];
  return {
    emotion: headProbabilities(heads.emotion, embedding),
    crisis: {
      level: encoderCrisisLevel(crisis, heads.crisis.thresholds),
      severe,
      elevated: elevated + severe,
    },
  };
}

export const raisedReason = (level: CrisisLevel) => `sentence encoder raised it to ${level}`;

/**
 * The rules' crisis result, raised by the encoder when its head reads more (`raisedLevel`: its own
 * level, or severe from elevated at the heads' `upgrade` cut-off), saying so. Never lowered.
 */
export function raiseCrisis(
  rules: CrisisResult,
  part: EncoderPart,
  thresholds: SentenceHeadsFile['crisis']['thresholds'],
): CrisisResult {
  const { severe, elevated } = part.crisis;
  const level = raisedLevel(rules.level, [1 - elevated, elevated - severe, severe], thresholds);
  if (level === rules.level) return rules;
  return { ...rules, level, reasons: [...rules.reasons, raisedReason(level)] };
}
