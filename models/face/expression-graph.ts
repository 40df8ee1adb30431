/**
 * face-api's FaceExpressionNet as an ONNX graph: four dense blocks of depthwise-separable
 * convolutions (FaceFeatureExtractor), a 7×7 average pool and a 256→7 layer. The preprocessing
 * is part of the graph, so callers feed raw RGB pixels.
 */
import type { onnx as onnxProto } from 'onnx-proto';
import { floatTensor, floatValueInfo, node, nodeWithLists, type GraphParts } from '../tools/onnx';
import {
  depthwiseToOnnx,
  FACE_API_CLASSES,
  hwioToOihw,
  type NamedWeight,
} from './face-api-weights';

export const INPUT_SIZE = 112;
/** face-api's FaceFeatureExtractor subtracts this mean, then divides by 255. */
export const MEAN_RGB = [122.782, 117.001, 104.298];

// TensorFlow's 'same' padding: a stride-2 3×3 on an even size pads one pixel at the end only.
const PADS_STRIDE_2 = [0, 0, 1, 1];
const PADS_STRIDE_1 = [1, 1, 1, 1];

class GraphBuilder {
  nodes: onnxProto.INodeProto[] = [];
  initializers: onnxProto.ITensorProto[] = [];
  constructor(private readonly weights: Map<string, NamedWeight>) {}

  weight(name: string): NamedWeight {
    const found = this.weights.get(name);
    if (!found) throw new Error(`face-api weights have no ${name}`);
    return found;
  }

  constant(name: string, { shape, values }: NamedWeight): string {
    this.initializers.push(floatTensor(name, shape, values));
    return name;
  }

  /** tfjs separableConv2d + bias: grouped 3×3 then 1×1 with the bias. */
  separable(input: string, prefix: string, stride: 1 | 2): string {
    const depthwise = depthwiseToOnnx(this.weight(`${prefix}/depthwise_filter`));
    const channels = depthwise.shape[0]!;
    const dw = this.constant(`${prefix}/dw`, depthwise);
    const pw = this.constant(`${prefix}/pw`, hwioToOihw(this.weight(`${prefix}/pointwise_filter`)));
    const bias = this.constant(`${prefix}/b`, this.weight(`${prefix}/bias`));
    const mid = `${prefix}/dw_out`;
    const pads = stride === 2 ? PADS_STRIDE_2 : PADS_STRIDE_1;
    this.nodes.push(
      nodeWithLists('Conv', [input, dw], [mid], {
        group: channels,
        strides: [stride, stride],
        pads,
      }),
      nodeWithLists('Conv', [mid, pw, bias], [`${prefix}/out`], {
        strides: [1, 1],
        pads: [0, 0, 0, 0],
      }),
    );
    return `${prefix}/out`;
  }

  op(opType: string, inputs: string[], output: string): string {
    this.nodes.push(node(opType, inputs, [output]));
    return output;
  }

  /** denseBlock4: out1 = relu(conv0); then three separable convs over running sums. */
  denseBlock(input: string, prefix: string, first: boolean): string {
    let conv0: string;
    if (first) {
      const filters = this.constant(
        `${prefix}/conv0/w`,
        hwioToOihw(this.weight(`${prefix}/conv0/filters`)),
      );
      const bias = this.constant(`${prefix}/conv0/b`, this.weight(`${prefix}/conv0/bias`));
      conv0 = `${prefix}/conv0/out`;
      this.nodes.push(
        nodeWithLists('Conv', [input, filters, bias], [conv0], {
          strides: [2, 2],
          pads: PADS_STRIDE_2,
        }),
      );
    } else {
      conv0 = this.separable(input, `${prefix}/conv0`, 2);
    }
    const out1 = this.op('Relu', [conv0], `${prefix}/out1`);
    const out2 = this.separable(out1, `${prefix}/conv1`, 1);
    const sum12 = this.op('Add', [out1, out2], `${prefix}/sum12`);
    const out3 = this.separable(this.op('Relu', [sum12], `${prefix}/in3`), `${prefix}/conv2`, 1);
    // face-api adds as out1 + (out2 + out3): keep its order so float rounding matches.
    const sum23 = this.op('Add', [out2, out3], `${prefix}/sum23`);
    const sum123 = this.op('Add', [out1, sum23], `${prefix}/sum123`);
    const out4 = this.separable(this.op('Relu', [sum123], `${prefix}/in4`), `${prefix}/conv3`, 1);
    const sum34 = this.op('Add', [out3, out4], `${prefix}/sum34`);
    const sum234 = this.op('Add', [out2, sum34], `${prefix}/sum234`);
    const sum1234 = this.op('Add', [out1, sum234], `${prefix}/sum1234`);
    return this.op('Relu', [sum1234], `${prefix}/out`);
  }
}

/** Input `image` [N,112,112,3] RGB 0-255; output `probabilities` [N,7] in FACE_API_CLASSES order. */
export function buildExpressionGraph(weights: Map<string, NamedWeight>): GraphParts {
  const g = new GraphBuilder(weights);
  g.constant('mean_rgb', { shape: [3], values: Float32Array.from(MEAN_RGB) });
  g.constant('scale_255', { shape: [], values: Float32Array.of(255) });
  const centred = g.op('Sub', ['image', 'mean_rgb'], 'centred');
  const scaled = g.op('Div', [centred, 'scale_255'], 'scaled');
  g.nodes.push(nodeWithLists('Transpose', [scaled], ['nchw'], { perm: [0, 3, 1, 2] }));
  let x = 'nchw';
  ['dense0', 'dense1', 'dense2', 'dense3'].forEach(
    (block, i) => (x = g.denseBlock(x, block, i === 0)),
  );
  g.nodes.push(
    nodeWithLists('AveragePool', [x], ['pooled'], { kernel_shape: [7, 7], strides: [2, 2] }),
    node('Flatten', ['pooled'], ['features'], { axis: 1 }),
    node(
      'Gemm',
      [
        'features',
        g.constant('fc/w', g.weight('fc/weights')),
        g.constant('fc/b', g.weight('fc/bias')),
      ],
      ['logits'],
    ),
    node('Softmax', ['logits'], ['probabilities'], { axis: 1 }),
  );
  return {
    name: 'face_api_expression',
    docString: `face-api (MIT) FaceExpressionNet. Input image [N,${INPUT_SIZE},${INPUT_SIZE},3] RGB 0-255. Output classes: ${FACE_API_CLASSES.join(', ')}.`,
    nodes: g.nodes,
    initializers: g.initializers,
    inputs: [floatValueInfo('image', ['N', INPUT_SIZE, INPUT_SIZE, 3])],
    outputs: [floatValueInfo('probabilities', ['N', FACE_API_CLASSES.length])],
  };
}
