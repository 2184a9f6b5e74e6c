// A minimal ONNX protobuf writer: just enough of ModelProto / GraphProto / NodeProto /
// AttributeProto / ValueInfoProto to build a graph of RotaryEmbedding nodes whose inputs are all
// graph inputs (no initializers). Field numbers follow onnx/onnx.proto3. Written here rather than
// pulling in a protobuf runtime plus generated ONNX bindings: the bench needs ~10 message fields
// and no parsing.

class Writer {
  private bytes: number[] = [];

  varint(v: number | bigint): this {
    let x = BigInt(v);
    if (x < 0n) x += 1n << 64n; // int64 two's complement, 10 bytes
    do {
      let b = Number(x & 0x7fn);
      x >>= 7n;
      if (x !== 0n) b |= 0x80;
      this.bytes.push(b);
    } while (x !== 0n);
    return this;
  }

  private tag(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }

  int(field: number, v: number | bigint): this {
    return this.tag(field, 0).varint(v);
  }

  float(field: number, v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    this.tag(field, 5);
    this.bytes.push(...b);
    return this;
  }

  bytesField(field: number, data: Uint8Array): this {
    this.tag(field, 2).varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }

  string(field: number, s: string): this {
    return this.bytesField(field, new TextEncoder().encode(s));
  }

  message(field: number, m: Writer): this {
    return this.bytesField(field, m.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** ONNX TensorProto.DataType values used here. */
export const ElemType = { float: 1, int64: 7 } as const;

export interface ValueInfo {
  name: string;
  elemType: number;
  /** Fixed sizes, or a symbolic name. */
  dims: (number | string)[];
}

export interface Attribute {
  name: string;
  int?: number;
  float?: number;
}

export interface NodeDef {
  opType: string;
  domain?: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attributes?: Attribute[];
}

export interface ModelDef {
  irVersion: number;
  opsets: { domain: string; version: number }[];
  nodes: NodeDef[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

function valueInfo(v: ValueInfo): Writer {
  const shape = new Writer();
  for (const d of v.dims) {
    const dim = new Writer();
    if (typeof d === 'number') dim.int(1, d); // dim_value
    else dim.string(2, d); // dim_param
    shape.message(1, dim); // TensorShapeProto.dim
  }
  const tensorType = new Writer().int(1, v.elemType).message(2, shape); // elem_type, shape
  const type = new Writer().message(1, tensorType); // TypeProto.tensor_type
  return new Writer().string(1, v.name).message(2, type); // ValueInfoProto.name, type
}

function attribute(a: Attribute): Writer {
  const w = new Writer().string(1, a.name); // name
  if (a.int !== undefined) w.int(3, a.int).int(20, 2); // i, type INT
  else if (a.float !== undefined) w.float(2, a.float).int(20, 1); // f, type FLOAT
  else throw new Error(`attribute ${a.name}: no value`);
  return w;
}

function node(n: NodeDef): Writer {
  const w = new Writer();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, n.name).string(4, n.opType);
  for (const a of n.attributes ?? []) w.message(5, attribute(a));
  if (n.domain) w.string(7, n.domain);
  return w;
}

/** Serialized ModelProto bytes, ready for `InferenceSession.create`. */
export function buildModel(m: ModelDef): Uint8Array {
  const graph = new Writer();
  for (const n of m.nodes) graph.message(1, node(n)); // GraphProto.node
  graph.string(2, 'ropec_bench'); // name
  for (const v of m.inputs) graph.message(11, valueInfo(v)); // input
  for (const v of m.outputs) graph.message(12, valueInfo(v)); // output
  const model = new Writer().int(1, m.irVersion).string(2, 'ropec-bench'); // ir_version, producer_name
  model.message(7, graph); // graph
  for (const o of m.opsets) model.message(8, new Writer().string(1, o.domain).int(2, o.version)); // opset_import
  return model.finish();
}
