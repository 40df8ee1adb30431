/**
 * Reads a TFJS graph model (model.json + weight shards) into plain nodes and arrays, for the
 * mini-Xception converter and its reference forward pass. Float32 and int32 weights only.
 */

interface TfjsAttr {
  s?: string;
  i?: string;
  b?: boolean;
  f?: number;
  list?: { s?: string[]; i?: string[] };
}

interface TfjsModelJson {
  format: string;
  modelTopology: {
    node: { name: string; op: string; input?: string[]; attr?: Record<string, TfjsAttr> }[];
  };
  weightsManifest: {
    paths: string[];
    weights: { name: string; shape: number[]; dtype: string; quantization?: unknown }[];
  }[];
}

export interface TfjsNode {
  name: string;
  op: string;
  inputs: string[];
  /** Decoded attributes this converter needs: strings, ints, int lists and string lists. */
  padding?: 'SAME' | 'VALID';
  strides?: number[];
  ksize?: number[];
  fusedOps?: string[];
  dataFormat?: string;
  keepDims?: boolean;
  dilations?: number[];
}

export interface TfjsWeight {
  shape: number[];
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

export interface TfjsGraph {
  nodes: TfjsNode[];
  weights: Map<string, TfjsWeight>;
}

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

function decodeNode({
  name,
  op,
  input,
  attr = {},
}: TfjsModelJson['modelTopology']['node'][number]) {
  const node: TfjsNode = { name, op, inputs: input ?? [] };
  if (attr.padding?.s) node.padding = text(attr.padding.s) as 'SAME' | 'VALID';
  if (attr.strides?.list?.i) node.strides = attr.strides.list.i.map(Number);
  if (attr.ksize?.list?.i) node.ksize = attr.ksize.list.i.map(Number);
  if (attr.dilations?.list?.i) node.dilations = attr.dilations.list.i.map(Number);
  if (attr.fused_ops?.list?.s) node.fusedOps = attr.fused_ops.list.s.map(text);
  if (attr.data_format?.s) node.dataFormat = text(attr.data_format.s);
  if (attr.keep_dims) node.keepDims = attr.keep_dims.b === true;
  return node;
}

/** `json` is model.json's text; `shard` returns the bytes of one path of its weights manifest. */
export function readTfjsGraph(json: string, shard: (path: string) => Uint8Array): TfjsGraph {
  const model = JSON.parse(json) as TfjsModelJson;
  if (model.format !== 'graph-model') throw new Error(`not a TFJS graph model: ${model.format}`);
  const weights = new Map<string, TfjsWeight>();
  for (const group of model.weightsManifest) {
    const bytes = Buffer.concat(group.paths.map(shard));
    let offset = 0;
    for (const spec of group.weights) {
      if (spec.quantization) throw new Error(`${spec.name}: quantised weights are not supported`);
      if (spec.dtype !== 'float32' && spec.dtype !== 'int32') {
        throw new Error(`${spec.name}: unsupported dtype ${spec.dtype}`);
      }
      const size = spec.shape.reduce((product, d) => product * d, 1);
      const values = spec.dtype === 'float32' ? new Float32Array(size) : new Int32Array(size);
      for (let i = 0; i < size; i++) {
        values[i] =
          spec.dtype === 'float32'
            ? bytes.readFloatLE(offset + i * 4)
            : bytes.readInt32LE(offset + i * 4);
      }
      offset += size * 4;
      weights.set(spec.name, { shape: spec.shape, dtype: spec.dtype, values });
    }
    if (offset !== bytes.length) throw new Error(`${bytes.length - offset} weight bytes left over`);
  }
  return { nodes: model.modelTopology.node.map(decodeNode), weights };
}

/**
 * TensorFlow's output size and (before, after) padding along one spatial axis. SAME pads the
 * smaller half first, so a stride-2 window on an even size gets its extra row at the end.
 */
export function tfPadding(
  size: number,
  kernel: number,
  stride: number,
  padding: 'SAME' | 'VALID',
): { out: number; before: number; after: number } {
  if (padding === 'VALID')
    return { out: Math.floor((size - kernel) / stride) + 1, before: 0, after: 0 };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + kernel - size, 0);
  const before = Math.floor(total / 2);
  return { out, before, after: total - before };
}
