/**
 * oarriaga's mini-XCEPTION emotion network (as Human's TFJS graph model; its layer names and widths
 * are those of `big_XCEPTION` in oarriaga's cnn.py) rewritten node by node as an ONNX graph in NCHW. TFJS convolutions are NHWC with HWIO kernels and TF's 'SAME' padding,
 * which this spells out as explicit (possibly asymmetric) pads for the model's fixed 64×64 input.
 * Human's preprocessing (RGB→gray with Matlab's weights on 0..1 values, then (x − 0.5) × 2) is part
 * of the graph, so callers feed raw RGB pixels like the face-api model.
 */
import type { onnx as onnxProto } from 'onnx-proto';
import { floatTensor, floatValueInfo, node, nodeWithLists, type GraphParts } from '../tools/onnx';
import { hwioToOihw } from './face-api-weights';
import { tfPadding, type TfjsGraph, type TfjsNode, type TfjsWeight } from './tfjs-graph';

export const XCEPTION_INPUT_SIZE = 64;
/** Human's rgb2gray factors (Matlab's), applied to 0..1 values. */
export const GRAY_WEIGHTS = [0.2989, 0.587, 0.114];
/** The network's class order (oarriaga's FER2013 label ids 0-6, as Human annotates them). */
export const XCEPTION_CLASSES = [
  'angry',
  'disgusted',
  'fearful',
  'happy',
  'sad',
  'surprised',
  'neutral',
] as const;

interface Value {
  name: string;
  /** Spatial size (square) of a 4-D NCHW value; 0 once pooled to [N, C]. */
  size: number;
}

class OnnxWriter {
  nodes: onnxProto.INodeProto[] = [];
  initializers: onnxProto.ITensorProto[] = [];
  values = new Map<string, Value>();
  constructor(private readonly weights: Map<string, TfjsWeight>) {}

  weight(name: string): TfjsWeight {
    const found = this.weights.get(name);
    if (!found) throw new Error(`the TFJS graph has no weight ${name}`);
    return found;
  }

  value(name: string): Value {
    const found = this.values.get(name);
    if (!found) throw new Error(`${name} is used before it is computed`);
    return found;
  }

  constant(name: string, dims: number[], values: ArrayLike<number>): string {
    this.initializers.push(floatTensor(name, dims, values));
    return name;
  }

  /** Conv2D / DepthwiseConv2dNative with TF padding, then the fused BiasAdd and Relu. */
  conv(tf: TfjsNode, depthwise: boolean): void {
    const [inputName, kernelName, biasName] = tf.inputs as [string, string, string?];
    const input = this.value(inputName);
    const kernel = this.weight(kernelName);
    const [kh, kw, cin, multiplier] = kernel.shape as [number, number, number, number];
    if (kh !== kw) throw new Error(`${tf.name}: non-square kernel`);
    if (tf.dataFormat && tf.dataFormat !== 'NHWC') throw new Error(`${tf.name}: ${tf.dataFormat}`);
    if (tf.dilations?.some((d) => d !== 1)) throw new Error(`${tf.name}: dilated convolution`);
    const stride = tf.strides![1]!;
    const { out, before, after } = tfPadding(input.size, kh, stride, tf.padding!);
    const weights = { shape: kernel.shape, values: kernel.values as Float32Array };
    const oihw = depthwise
      ? // [kh, kw, C, 1] → [C, 1, kh, kw]: read as HWIO with I = 1, O = C.
        hwioToOihw({ shape: [kh, kw, 1, cin * multiplier], values: weights.values })
      : hwioToOihw(weights);
    if (depthwise && multiplier !== 1) throw new Error(`${tf.name}: channel multiplier`);
    const inputs = [input.name, this.constant(`${tf.name}/kernel`, oihw.shape, oihw.values)];
    const fused = tf.fusedOps ?? [];
    if (fused.includes('BiasAdd')) {
      const bias = this.weight(biasName!);
      inputs.push(this.constant(`${tf.name}/bias`, bias.shape, bias.values));
    }
    const relu = fused.includes('Relu');
    if (fused.some((op) => op !== 'BiasAdd' && op !== 'Relu')) {
      throw new Error(`${tf.name}: fused ${fused.join('+')}`);
    }
    const convOut = relu ? `${tf.name}/conv` : tf.name;
    this.nodes.push(
      nodeWithLists('Conv', inputs, [convOut], {
        kernel_shape: [kh, kw],
        strides: [stride, stride],
        pads: [before, before, after, after],
        ...(depthwise ? { group: cin } : {}),
      }),
    );
    if (relu) this.nodes.push(node('Relu', [convOut], [tf.name]));
    this.values.set(tf.name, { name: tf.name, size: out });
  }

  maxPool(tf: TfjsNode): void {
    const input = this.value(tf.inputs[0]!);
    const kernel = tf.ksize![1]!;
    const stride = tf.strides![1]!;
    // ONNX MaxPool pads with −∞, as TF's SAME pooling ignores the padded cells.
    const { out, before, after } = tfPadding(input.size, kernel, stride, tf.padding!);
    this.nodes.push(
      nodeWithLists('MaxPool', [input.name], [tf.name], {
        kernel_shape: [kernel, kernel],
        strides: [stride, stride],
        pads: [before, before, after, after],
      }),
    );
    this.values.set(tf.name, { name: tf.name, size: out });
  }

  elementwise(onnxOp: string, tf: TfjsNode): void {
    const inputs = tf.inputs.map((name) => this.value(name));
    this.nodes.push(
      node(
        onnxOp,
        inputs.map((v) => v.name),
        [tf.name],
      ),
    );
    this.values.set(tf.name, { name: tf.name, size: inputs[0]!.size });
  }

  /** Mean over H and W (NHWC axes 1, 2) without keep_dims: a global average pool to [N, C]. */
  spatialMean(tf: TfjsNode): void {
    const axes = Array.from(this.weight(tf.inputs[1]!).values);
    if (axes.join() !== '1,2' || tf.keepDims) throw new Error(`${tf.name}: Mean over ${axes}`);
    this.nodes.push(
      nodeWithLists('ReduceMean', [this.value(tf.inputs[0]!).name], [tf.name], {
        axes: [2, 3],
        keepdims: 0,
      }),
    );
    this.values.set(tf.name, { name: tf.name, size: 0 });
  }
}

/** Gray 0..1 → (x − 0.5) × 2 in NCHW, from `image` [N,64,64,3] RGB 0-255. */
function preprocess(g: OnnxWriter): string {
  const toGray = GRAY_WEIGHTS.map((w) => w / 255);
  g.constant('gray_weights', [3, 1], toGray);
  g.constant('half', [], [0.5]);
  g.constant('two', [], [2]);
  g.nodes.push(
    node('MatMul', ['image', 'gray_weights'], ['gray']),
    node('Sub', ['gray', 'half'], ['gray_centred']),
    node('Mul', ['gray_centred', 'two'], ['gray_scaled']),
    nodeWithLists('Transpose', ['gray_scaled'], ['gray_nchw'], { perm: [0, 3, 1, 2] }),
  );
  return 'gray_nchw';
}

/** Input `image` [N,64,64,3] RGB 0-255; output `probabilities` [N,7] in XCEPTION_CLASSES order. */
export function buildMiniXceptionGraph({ nodes, weights }: TfjsGraph): GraphParts {
  const g = new OnnxWriter(weights);
  let output: string | undefined;
  for (const tf of nodes) {
    switch (tf.op) {
      case 'Const':
        break; // weights are read when a node uses them
      case 'Placeholder':
        g.values.set(tf.name, { name: preprocess(g), size: XCEPTION_INPUT_SIZE });
        break;
      case '_FusedConv2D':
        g.conv(tf, false);
        break;
      case 'DepthwiseConv2dNative':
        g.conv(tf, true);
        break;
      case 'MaxPool':
        g.maxPool(tf);
        break;
      case 'AddV2':
        g.elementwise('Add', tf);
        break;
      case 'Relu':
        g.elementwise('Relu', tf);
        break;
      case 'Mean':
        g.spatialMean(tf);
        break;
      case 'Softmax':
        g.nodes.push(node('Softmax', [g.value(tf.inputs[0]!).name], [tf.name], { axis: 1 }));
        g.values.set(tf.name, { name: tf.name, size: 0 });
        break;
      case 'Identity':
        output = g.value(tf.inputs[0]!).name;
        break;
      default:
        throw new Error(`${tf.name}: op ${tf.op} is not converted`);
    }
  }
  if (!output) throw new Error('the TFJS graph has no Identity output');
  g.nodes.push(node('Identity', [output], ['probabilities']));
  return {
    name: 'mini_xception_emotion',
    docString: `oarriaga/face_classification mini-XCEPTION (MIT), from Human's TFJS model. Input image [N,${XCEPTION_INPUT_SIZE},${XCEPTION_INPUT_SIZE},3] RGB 0-255. Output classes: ${XCEPTION_CLASSES.join(', ')}.`,
    nodes: g.nodes,
    initializers: g.initializers,
    inputs: [floatValueInfo('image', ['N', XCEPTION_INPUT_SIZE, XCEPTION_INPUT_SIZE, 3])],
    outputs: [floatValueInfo('probabilities', ['N', XCEPTION_CLASSES.length])],
  };
}
