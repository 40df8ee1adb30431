import { EMOTIONS } from '../../core/emotions';
import { floatTensor, floatValueInfo, node, saveModel } from '../tools/onnx';
import type { LinearModel } from './softmax-regression';

/** Writes features [N,F] -> Gemm -> Softmax -> probabilities [N,7] (class order = EMOTIONS). */
export function exportVoiceModel(path: string, model: LinearModel): number {
  return saveModel(path, {
    name: 'rivion_voice_emotion',
    docString: `Input: per-speaker z-scored voice features. Output classes: ${EMOTIONS.join(', ')}.`,
    inputs: [floatValueInfo('features', ['N', model.features])],
    outputs: [floatValueInfo('probabilities', ['N', model.classes])],
    initializers: [
      floatTensor('weights', [model.classes, model.features], model.weights),
      floatTensor('bias', [model.classes], model.bias),
    ],
    nodes: [
      node('Gemm', ['features', 'weights', 'bias'], ['logits'], { transB: 1 }),
      node('Softmax', ['logits'], ['probabilities'], { axis: 1 }),
    ],
  });
}
