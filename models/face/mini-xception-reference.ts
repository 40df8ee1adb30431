/**
 * A plain TypeScript forward pass of Human's mini-XCEPTION TFJS graph, written from TensorFlow's
 * op definitions in NHWC with HWIO kernels, as the reference the converted ONNX model is checked
 * against. It shares nothing with the converter but the JSON reader: no weight reordering, and
 * its own 'SAME' padding arithmetic. Slow and simple on purpose; tests only.
 */
import type { TfjsGraph, TfjsNode } from './tfjs-graph';

interface Nhwc {
  h: number;
  w: number;
  c: number;
  data: Float64Array;
}

const at = (t: Nhwc, y: number, x: number, c: number) => t.data[(y * t.w + x) * t.c + c]!;

/** TF: out = ceil(in / stride) for SAME; the padding's smaller half goes before. */
function window(size: number, kernel: number, stride: number, padding: string) {
  if (padding === 'VALID') return { out: Math.floor((size - kernel) / stride) + 1, start: 0 };
  const out = Math.ceil(size / stride);
  const needed = Math.max(0, (out - 1) * stride + kernel - size);
  return { out, start: -Math.floor(needed / 2) };
}

function convolve(node: TfjsNode, input: Nhwc, graph: TfjsGraph, depthwise: boolean): Nhwc {
  const kernel = graph.weights.get(node.inputs[1]!)!;
  const [kh, kw, cin, cout] = kernel.shape as [number, number, number, number];
  const stride = node.strides![1]!;
  const rows = window(input.h, kh, stride, node.padding!);
  const cols = window(input.w, kw, stride, node.padding!);
  const channels = depthwise ? cin : cout;
  const out: Nhwc = {
    h: rows.out,
    w: cols.out,
    c: channels,
    data: new Float64Array(rows.out * cols.out * channels),
  };
  const k = kernel.values;
  for (let oy = 0; oy < out.h; oy++)
    for (let ox = 0; ox < out.w; ox++)
      for (let o = 0; o < channels; o++) {
        let sum = 0;
        for (let ky = 0; ky < kh; ky++) {
          const y = rows.start + oy * stride + ky;
          if (y < 0 || y >= input.h) continue;
          for (let kx = 0; kx < kw; kx++) {
            const x = cols.start + ox * stride + kx;
            if (x < 0 || x >= input.w) continue;
            if (depthwise) sum += at(input, y, x, o) * k[(ky * kw + kx) * cin + o]!;
            else
              for (let i = 0; i < cin; i++)
                sum += at(input, y, x, i) * k[((ky * kw + kx) * cin + i) * cout + o]!;
          }
        }
        out.data[(oy * out.w + ox) * channels + o] = sum;
      }
  const fused = node.fusedOps ?? [];
  const bias = fused.includes('BiasAdd') ? graph.weights.get(node.inputs[2]!)!.values : undefined;
  const relu = fused.includes('Relu');
  out.data.forEach((v, i) => {
    const biased = bias ? v + bias[i % channels]! : v;
    out.data[i] = relu ? Math.max(0, biased) : biased;
  });
  return out;
}

function maxPool(node: TfjsNode, input: Nhwc): Nhwc {
  const size = node.ksize![1]!;
  const stride = node.strides![1]!;
  const rows = window(input.h, size, stride, node.padding!);
  const cols = window(input.w, size, stride, node.padding!);
  const out: Nhwc = { h: rows.out, w: cols.out, c: input.c, data: new Float64Array(0) };
  out.data = new Float64Array(out.h * out.w * out.c);
  for (let oy = 0; oy < out.h; oy++)
    for (let ox = 0; ox < out.w; ox++)
      for (let c = 0; c < input.c; c++) {
        let best = -Infinity; // padded cells never win
        for (let ky = 0; ky < size; ky++)
          for (let kx = 0; kx < size; kx++) {
            const y = rows.start + oy * stride + ky;
            const x = cols.start + ox * stride + kx;
            if (y >= 0 && y < input.h && x >= 0 && x < input.w)
              best = Math.max(best, at(input, y, x, c));
          }
        out.data[(oy * out.w + ox) * out.c + c] = best;
      }
  return out;
}

/**
 * Probabilities for one 64×64 RGB 0-255 image (HWC), with Human's preprocessing: gray from 0..1
 * values with [0.2989, 0.5870, 0.1140], then (x − 0.5) × 2.
 */
export function miniXceptionReference(graph: TfjsGraph, rgb64: Float32Array): Float64Array {
  const values = new Map<string, Nhwc | Float64Array>();
  let output: Float64Array | undefined;
  const tensor = (name: string) => values.get(name) as Nhwc;
  for (const node of graph.nodes) {
    const [a, b] = node.inputs;
    switch (node.op) {
      case 'Const':
        break;
      case 'Placeholder': {
        const data = new Float64Array(64 * 64);
        for (let i = 0; i < data.length; i++) {
          const [r, g, bl] = [
            rgb64[i * 3]! / 255,
            rgb64[i * 3 + 1]! / 255,
            rgb64[i * 3 + 2]! / 255,
          ];
          data[i] = (r * 0.2989 + g * 0.587 + bl * 0.114 - 0.5) * 2;
        }
        values.set(node.name, { h: 64, w: 64, c: 1, data });
        break;
      }
      case '_FusedConv2D':
      case 'DepthwiseConv2dNative':
        values.set(node.name, convolve(node, tensor(a!), graph, node.op !== '_FusedConv2D'));
        break;
      case 'MaxPool':
        values.set(node.name, maxPool(node, tensor(a!)));
        break;
      case 'AddV2': {
        const [x, y] = [tensor(a!), tensor(b!)];
        values.set(node.name, { ...x, data: x.data.map((v, i) => v + y.data[i]!) });
        break;
      }
      case 'Relu': {
        const x = tensor(a!);
        values.set(node.name, { ...x, data: x.data.map((v) => Math.max(0, v)) });
        break;
      }
      case 'Mean': {
        const x = tensor(a!);
        const mean = new Float64Array(x.c);
        x.data.forEach((v, i) => (mean[i % x.c]! += v / (x.h * x.w)));
        values.set(node.name, mean);
        break;
      }
      case 'Softmax': {
        const logits = values.get(a!) as Float64Array;
        const top = Math.max(...logits);
        const exp = logits.map((v) => Math.exp(v - top));
        const total = exp.reduce((s, v) => s + v, 0);
        values.set(
          node.name,
          exp.map((v) => v / total),
        );
        break;
      }
      case 'Identity':
        output = values.get(a!) as Float64Array;
        break;
      default:
        throw new Error(`reference has no ${node.op}`);
    }
  }
  if (!output) throw new Error('no output');
  return output;
}
