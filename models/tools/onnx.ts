/** Builds small ONNX graphs from plain TypeScript weights (shared by the voice and text models). */
import { writeFileSync } from 'node:fs';
import * as onnxProtoModule from 'onnx-proto';
import type { onnx as onnxProto } from 'onnx-proto';

// onnx-proto is CommonJS: Node puts its exports under `default`, bundlers expose them by name.
const { onnx } =
  (onnxProtoModule as unknown as { default?: typeof onnxProtoModule }).default ?? onnxProtoModule;

export const OPSET = 13;
// IR version 7 pairs with opset 13 and loads in every onnxruntime-web release we support.
const IR_VERSION = 7;

type Dimension = number | string;

/** A float32 initializer (weights) with the given shape. */
export function floatTensor(
  name: string,
  dims: number[],
  values: ArrayLike<number>,
): onnxProto.ITensorProto {
  const data = Float32Array.from(values);
  if (data.length !== dims.reduce((product, d) => product * d, 1)) {
    throw new Error(`tensor ${name}: ${data.length} values do not fill ${dims.join('x')}`);
  }
  return {
    name,
    dims,
    dataType: onnx.TensorProto.DataType.FLOAT,
    rawData: new Uint8Array(data.buffer),
  };
}

/** A float32 graph input or output; string dimensions are symbolic (e.g. the batch 'N'). */
export function floatValueInfo(name: string, dims: Dimension[]): onnxProto.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: {
          dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}

/** A graph node; attributes may be ints or floats. */
export function node(
  opType: string,
  inputs: string[],
  outputs: string[],
  attributes: Record<string, number> = {},
): onnxProto.INodeProto {
  return {
    opType,
    input: inputs,
    output: outputs,
    name: `${opType}_${outputs[0]}`,
    attribute: Object.entries(attributes).map(([name, value]) =>
      Number.isInteger(value)
        ? { name, type: onnx.AttributeProto.AttributeType.INT, i: value }
        : { name, type: onnx.AttributeProto.AttributeType.FLOAT, f: value },
    ),
  };
}

export interface GraphParts {
  name: string;
  nodes: onnxProto.INodeProto[];
  initializers: onnxProto.ITensorProto[];
  inputs: onnxProto.IValueInfoProto[];
  outputs: onnxProto.IValueInfoProto[];
  docString?: string;
}

/** Serialises a single-graph model at OPSET to ONNX bytes. */
export function encodeModel(parts: GraphParts): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: 'rivion-models',
    opsetImport: [{ domain: '', version: OPSET }],
    docString: parts.docString ?? '',
    graph: {
      name: parts.name,
      node: parts.nodes,
      initializer: parts.initializers,
      input: parts.inputs,
      output: parts.outputs,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

export function saveModel(path: string, parts: GraphParts): number {
  const bytes = encodeModel(parts);
  writeFileSync(path, bytes);
  return bytes.length;
}
