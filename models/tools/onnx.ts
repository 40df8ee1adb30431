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

/** A graph node whose attributes may also be int lists (Conv strides/pads, Transpose perm). */
export function nodeWithLists(
  opType: string,
  inputs: string[],
  outputs: string[],
  attributes: Record<string, number | number[]>,
): onnxProto.INodeProto {
  const scalars: Record<string, number> = {};
  const lists: onnxProto.IAttributeProto[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (Array.isArray(value)) {
      lists.push({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: value });
    } else {
      scalars[name] = value;
    }
  }
  const built = node(opType, inputs, outputs, scalars);
  built.attribute = [...(built.attribute ?? []), ...lists];
  return built;
}

/** An int64 initializer (indices, shapes, axes, hash constants). */
export function int64Tensor(
  name: string,
  dims: number[],
  values: readonly number[],
): onnxProto.ITensorProto {
  return {
    name,
    dims,
    dataType: onnx.TensorProto.DataType.INT64,
    rawData: new Uint8Array(BigInt64Array.from(values, (v) => BigInt(v)).buffer),
  };
}

/** An int8 initializer (quantised weights for DequantizeLinear). */
export function int8Tensor(
  name: string,
  dims: number[],
  values: Int8Array,
): onnxProto.ITensorProto {
  const size = dims.reduce((product, d) => product * d, 1);
  if (values.length !== size) throw new Error(`tensor ${name}: ${values.length} != ${size} values`);
  return {
    name,
    dims,
    dataType: onnx.TensorProto.DataType.INT8,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  };
}

/** An int64 graph input or output (token ids, attention masks). */
export function int64ValueInfo(name: string, dims: Dimension[]): onnxProto.IValueInfoProto {
  const info = floatValueInfo(name, dims);
  info.type!.tensorType!.elemType = onnx.TensorProto.DataType.INT64;
  return info;
}

/** ONNX TensorProto data type codes, for Cast's `to` attribute. */
export const DATA_TYPE = { FLOAT: 1, INT8: 3, INT64: 7 } as const;
