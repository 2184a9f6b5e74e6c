// ONNX Runtime's own RotaryEmbedding kernels through onnxruntime-node: the com.microsoft contrib op
// and the standard opset-23 op, each in a session with intra-op threads 1 and ORT's default.
// The kernel is timed from ORT's profiler (`<node>_kernel_time` events, µs): session.run() in the
// Node binding also copies every output into a new JS buffer, which is not the kernel's cost.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AngleTable, BenchShape } from './shapes.js';
import { buildModel, ElemType, type ModelDef } from './onnx.js';

type Ort = typeof import('onnxruntime-node');

export type OrtOp = 'contrib' | 'std23';

export interface OrtVariant {
  name: string;
  op: OrtOp;
  threads: 1 | 'default';
}

export const ORT_VARIANTS: OrtVariant[] = [
  { name: 'ort com.microsoft 1t', op: 'contrib', threads: 1 },
  { name: 'ort com.microsoft def', op: 'contrib', threads: 'default' },
  { name: 'ort opset23 1t', op: 'std23', threads: 1 },
  { name: 'ort opset23 def', op: 'std23', threads: 'default' },
];

let ortModule: Ort | undefined;
let ortError: string | undefined;

/** Loads onnxruntime-node once; undefined plus a reason when it cannot be loaded. */
export async function loadOrt(): Promise<{ ort?: Ort; why?: string }> {
  if (ortModule || ortError) return { ort: ortModule, why: ortError };
  try {
    const m = (await import('onnxruntime-node')) as Ort & { default?: Ort };
    ortModule = (m.default ?? m) as Ort;
    new ortModule.Tensor('float32', new Float32Array(1), [1]); // the native binding really loads
  } catch (e) {
    ortError = `onnxruntime-node cannot be loaded (${(e as Error).message.split('\n')[0]}); install it with \`npm ci\` (devDependency)`;
  }
  return { ort: ortModule, why: ortError };
}

/** A graph with two RotaryEmbedding nodes, q and k, sharing position ids and caches. */
function model(shape: BenchShape, op: OrtOp, interleaved: boolean, cacheRows: number): Uint8Array {
  const { batch, seq, qHeads, kHeads, headDim: D } = shape;
  const attrs = (heads: number) => [{ name: 'num_heads', int: heads }, { name: 'interleaved', int: interleaved ? 1 : 0 }];
  const ins = (x: string) => (op === 'contrib' ? [x, 'pos', 'cos', 'sin'] : [x, 'cos', 'sin', 'pos']);
  const def: ModelDef = {
    irVersion: 10,
    opsets: op === 'contrib' ? [{ domain: '', version: 21 }, { domain: 'com.microsoft', version: 1 }] : [{ domain: '', version: 23 }],
    nodes: [
      { opType: 'RotaryEmbedding', domain: op === 'contrib' ? 'com.microsoft' : undefined, name: 'rope_q', inputs: ins('q'), outputs: ['q_out'], attributes: attrs(qHeads) },
      { opType: 'RotaryEmbedding', domain: op === 'contrib' ? 'com.microsoft' : undefined, name: 'rope_k', inputs: ins('k'), outputs: ['k_out'], attributes: attrs(kHeads) },
    ],
    inputs: [
      { name: 'q', elemType: ElemType.float, dims: [batch, seq, qHeads * D] },
      { name: 'k', elemType: ElemType.float, dims: [batch, seq, kHeads * D] },
      { name: 'pos', elemType: ElemType.int64, dims: [batch, seq] },
      { name: 'cos', elemType: ElemType.float, dims: [cacheRows, D / 2] },
      { name: 'sin', elemType: ElemType.float, dims: [cacheRows, D / 2] },
    ],
    outputs: [
      { name: 'q_out', elemType: ElemType.float, dims: [batch, seq, qHeads * D] },
      { name: 'k_out', elemType: ElemType.float, dims: [batch, seq, kHeads * D] },
    ],
  };
  return buildModel(def);
}

export interface OrtRunner {
  variant: OrtVariant;
  /**
   * One session.run(); returns its wall time in ms (including the binding's output copies). Only
   * runs marked `timed` are reported by kernelTimes (warm-up and checks are not).
   */
  run(timed: boolean): Promise<number>;
  /** Runs once and returns the outputs (for the correctness check). */
  outputs(): Promise<{ q: Float32Array; k: Float32Array }>;
  /** Ends profiling and returns the summed q+k kernel time of each timed run, in ms, in run order. */
  kernelTimes(): number[];
}

/**
 * Both ORT ops take a [rows, D/2] cos/sin cache and int64 position ids [batch, seq]. For M-RoPE and
 * 3D grids neither op computes multi-axis angles, so they get a per-token cache (rows = tokens,
 * position id = token index): the gather a Hugging Face model does before calling its rope.
 */
export async function makeOrtRunner(ort: Ort, shape: BenchShape, variant: OrtVariant, table: AngleTable, interleaved: boolean, q: Float32Array, k: Float32Array, profDir: string): Promise<OrtRunner> {
  const prefix = join(profDir, `${shape.id}_${variant.op}_${variant.threads}`);
  mkdirSync(profDir, { recursive: true });
  const session = await ort.InferenceSession.create(model(shape, variant.op, interleaved, table.rows), {
    ...(variant.threads === 1 ? { intraOpNumThreads: 1 } : {}),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    enableProfiling: true,
    profileFilePrefix: prefix,
  });
  const f32 = (x: Float64Array) => Float32Array.from(x);
  const feeds = {
    q: new ort.Tensor('float32', q, [shape.batch, shape.seq, shape.qHeads * shape.headDim]),
    k: new ort.Tensor('float32', k, [shape.batch, shape.seq, shape.kHeads * shape.headDim]),
    pos: new ort.Tensor('int64', BigInt64Array.from(table.rowOf, (r) => BigInt(r)), [shape.batch, shape.seq]),
    cos: new ort.Tensor('float32', f32(table.cos), [table.rows, table.half]),
    sin: new ort.Tensor('float32', f32(table.sin), [table.rows, table.half]),
  };
  let runs = 0;
  const timed: number[] = [];
  return {
    variant,
    async run(isTimed) {
      if (isTimed) timed.push(runs);
      runs++;
      const t0 = performance.now();
      await session.run(feeds);
      return performance.now() - t0;
    },
    async outputs() {
      runs++;
      const r = await session.run(feeds);
      return { q: r.q_out.data as Float32Array, k: r.k_out.data as Float32Array };
    },
    kernelTimes() {
      session.endProfiling();
      const base = prefix.split('/').pop()!;
      const file = readdirSync(profDir).filter((f) => f.startsWith(base) && f.endsWith('.json')).sort().pop();
      if (!file) throw new Error(`no ORT profile written for ${prefix}`);
      const events = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as { cat: string; name: string; ts: number; dur: number; args?: { op_name?: string } }[];
      rmSync(join(profDir, file));
      const kern = events.filter((e) => e.cat === 'Node' && e.args?.op_name === 'RotaryEmbedding' && e.name.endsWith('_kernel_time')).sort((a, b) => a.ts - b.ts);
      const modelRuns = events.filter((e) => e.cat === 'Session' && e.name === 'model_run').length;
      if (modelRuns !== runs || kern.length !== 2 * runs) throw new Error(`ORT profile: ${kern.length} RotaryEmbedding kernel events and ${modelRuns} model runs for ${runs} session.run calls`);
      // One rope_q and one rope_k event per run (ORT may execute them in either order).
      const qs = kern.filter((e) => e.name.startsWith('rope_q_'));
      const ks = kern.filter((e) => e.name.startsWith('rope_k_'));
      if (qs.length !== runs || ks.length !== runs) throw new Error('ORT profile: unexpected node events');
      const perRun = qs.map((e, i) => (e.dur + ks[i].dur) / 1000);
      return timed.map((i) => perRun[i]);
    },
  };
}
