#!/usr/bin/env python3
"""Timing part of the one-call GPU check (written by `npm run gpu:prepare`; run.sh runs it).

For each shape in bench.json, in this one process and on one stream, with CUDA events:

  ropec            the generated launcher (libropec_bench.so, called through ctypes on PyTorch's
                   current stream): sin/cos computed in the kernel from the positions
  floor            a device-to-device copy of the same bytes (q and k read once, written once)
  hf eager         transformers' formulation, q·cos + rotate(q)·sin, with cos and sin [tokens, rot]
                   already built from the same angles (a model builds them once per forward pass,
                   so their cost is not in this row)
  hf compile       the same function under torch.compile
  (norm shapes)    the hf rows normalize q and k first, as the model does (torch RMSNorm, then rotate)
  (KV-cache shapes) ropec rotates and writes k and v into the paged cache in one pass; the peers
                   rotate, then copy k and v into the cache at slot_mapping (index_copy_): ropec's
                   rotation without the cache write ("ropec rope, then copy", what the fused kernel
                   replaces) and the hf rows; the floor also copies k and v once more
  triton           a Triton rotary kernel, when one is importable here (flash_attn)

Every implementation is first compared with ropec's output on the same inputs; a wrong one is
reported and not timed. Calls rotate over enough buffer sets to exceed twice the L2 cache. Decode
shapes are also timed as CUDA graphs of GRAPH_CALLS calls (launch overhead excluded). Prints a
table and writes JSON.

Usage: python3 bench.py --lib ./libropec_bench.so [--json bench-results.json] [--iters N]
"""
import argparse
import ctypes
import json
import math
import os
import platform
import statistics
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
DTYPES = {"f32": torch.float32, "f16": torch.float16, "bf16": torch.bfloat16}
TOLERANCE = {"f32": 1e-5, "f16": 2.0**-9, "bf16": 2.0**-6}
GRAPH_CALLS = 20
# torch.compile costs tens of seconds per shape: past this many seconds its rows are skipped.
COMPILE_BUDGET_S = 240


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


def rotate_every_two(x):
    return torch.stack((-x[..., 1::2], x[..., ::2]), dim=-1).flatten(-2)


def hf_rotation(style, offsets, rot):
    """transformers' apply_rotary_pos_emb (half) or GPT-J's (interleaved), on lanes [offset, offset + rot) of q and of k (offsets: q's, k's)."""
    turn = rotate_half if style == "half" else rotate_every_two

    def apply(q, k, cos, sin):
        def one(x, offset):
            r = x[..., offset : offset + rot]
            y = r * cos + turn(r) * sin
            if rot == x.shape[-1]:
                return y
            return torch.cat((x[..., :offset], y, x[..., offset + rot :]), dim=-1)

        return one(q, offsets[0]), one(k, offsets[1])

    return apply


def normed(rotation, norm, wq, wk):
    """`rotation` after a per-head RMS norm of q and k (HF: Qwen3RMSNorm, Gemma3RMSNorm's 1 + w, Llama 4's unweighted)."""
    eps, weight = norm["eps"], norm["weight"]

    def rms(x, w):
        xf = x.float()
        xf = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)
        if weight == "none":
            return xf.to(x.dtype)
        if weight == "one_plus":
            return (xf * (1.0 + w.float())).to(x.dtype)
        return w * xf.to(x.dtype)

    def apply(q, k, cos, sin):
        return rotation(rms(q, wq), rms(k, wk), cos, sin)

    return apply


def triton_peer():
    try:
        from flash_attn.ops.triton.rotary import apply_rotary  # noqa: F401

        return apply_rotary
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=os.path.join(HERE, "libropec_bench.so"))
    ap.add_argument("--json", default=os.path.join(HERE, "bench-results.json"))
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=10)
    args = ap.parse_args()
    if not torch.cuda.is_available():
        sys.exit("bench.py: no CUDA device visible to PyTorch")
    dev = torch.device("cuda")
    props = torch.cuda.get_device_properties(dev)
    l2 = getattr(props, "L2_cache_size", 50 * 2**20)
    lib = ctypes.CDLL(os.path.abspath(args.lib))
    meta = json.load(open(os.path.join(HERE, "bench.json")))
    triton_apply = triton_peer()
    started = time.time()
    results = []

    def run_shape(shape):
        name, spec, dtype = shape["name"], shape["spec"], DTYPES[shape["dtype"]]
        T, Hq, Hk, D = shape["tokens"], shape["qHeads"], shape["kHeads"], shape["headDim"]
        # q and k heads of their own widths and rotary offsets (MLA: q 192 lanes rotating 128–191, k_pe 64).
        Dq, Dk = shape.get("headDims", {"q": D})["q"], shape.get("headDims", {"k": D})["k"]
        offsets = (shape.get("rotaryOffsets", {}).get("q", shape["rotaryOffset"]), shape.get("rotaryOffsets", {}).get("k", shape["rotaryOffset"]))
        launch = getattr(lib, f"ropec_{spec}_launch")
        launch.restype = ctypes.c_int
        why = getattr(lib, f"ropec_{spec}_last_error")
        why.restype = ctypes.c_char_p
        per_set = shape["bytes"] // 2
        nsets = max(2, math.ceil(2 * l2 / per_set))
        gen = torch.Generator(device=dev).manual_seed(1234)

        def rand(*size):
            return torch.rand(size, device=dev, generator=gen, dtype=torch.float32).mul_(2).sub_(1).to(dtype)

        sets = []
        for _ in range(nsets):
            if "qkv" in shape:
                buf = rand(T, shape["qkv"]["rowHeads"], D)
                sets.append({"buf": buf, "q": buf[:, :Hq], "k": buf[:, Hq : Hq + Hk]})
            else:
                sets.append({"q": rand(T, Hq, Dq), "k": rand(T, Hk, Dk)})
            if not shape["inplace"]:
                sets[-1]["q_out"] = torch.empty(T, Hq, Dq, device=dev, dtype=dtype)
                sets[-1]["k_out"] = torch.empty(T, Hk, Dk, device=dev, dtype=dtype)
        kv = shape.get("kv")
        if kv:
            # v is the fused buffer's last heads; one pair of caches [slots, Hk, D] serves every buffer set.
            caches = {n: torch.zeros(kv["slots"] * Hk * D, device=dev, dtype=dtype) for n in ("k_cache", "v_cache")}
            for s in sets:
                s["v"] = s["buf"][:, Hq + Hk : Hq + 2 * Hk]
                s.update(caches)
        aux = {}
        for a in shape["args"] + (kv["baseline"]["args"] if kv else []):
            if a["kind"] == "tensor" and a["source"].endswith(".npy"):
                arr = np.load(os.path.join(HERE, a["source"]))
                if a["dtype"] in ("f16", "bf16"):
                    # 16-bit values travel as their bits ('<u2'): int16 (which every torch has), then viewed in the dtype.
                    aux[a["name"]] = torch.from_numpy(arr.view(np.int16)).to(dev).view(DTYPES[a["dtype"]])
                else:
                    aux[a["name"]] = torch.from_numpy(arr).to(dev)

        def argv(s, arglist=shape["args"]):
            vals = []
            for a in arglist:
                if a["kind"] == "size":
                    vals.append(ctypes.c_int64(a["value"]))
                else:
                    t = aux[a["name"]] if a["name"] in aux else s[a["name"]]
                    vals.append(ctypes.c_void_p(t.data_ptr()))
            vals.append(ctypes.c_void_p(torch.cuda.current_stream().cuda_stream))
            return vals

        prepared = [argv(s) for s in sets]

        def ropec(i):
            rc = launch(*prepared[i])
            if rc != 0:
                raise RuntimeError(f"ropec_{spec}_launch: cudaError {rc}: {why().decode()}")

        if kv:
            base_spec = kv["baseline"]["spec"]
            base_launch = getattr(lib, f"ropec_{base_spec}_launch")
            base_launch.restype = ctypes.c_int
            base_why = getattr(lib, f"ropec_{base_spec}_last_error")
            base_why.restype = ctypes.c_char_p
            base_prepared = [argv(s, kv["baseline"]["args"]) for s in sets]
            slots = aux["slot_mapping"]
            k_cache3, v_cache3 = caches["k_cache"].view(-1, Hk, D), caches["v_cache"].view(-1, Hk, D)

            def to_cache(i, k):
                k_cache3.index_copy_(0, slots, k)
                v_cache3.index_copy_(0, slots, sets[i]["v"])

            def rope_then_copy(i):
                rc = base_launch(*base_prepared[i])
                if rc != 0:
                    raise RuntimeError(f"ropec_{base_spec}_launch: cudaError {rc}: {base_why().decode()}")
                to_cache(i, sets[i]["k"])

        angles = torch.from_numpy(np.load(os.path.join(HERE, shape["angles"]))).to(dev)
        cos, sin = angles.cos(), angles.sin()
        if shape["style"] == "half":
            cos, sin = torch.cat((cos, cos), -1), torch.cat((sin, sin), -1)
        else:
            cos, sin = cos.repeat_interleave(2, -1), sin.repeat_interleave(2, -1)
        cos, sin = cos.to(dtype)[:, None, :], sin.to(dtype)[:, None, :]
        hf = hf_rotation(shape["style"], offsets, shape["rotaryDim"])
        if "norm" in shape:
            # q_norm / k_norm first, as the model computes them (Qwen3RMSNorm: f32, back to the dtype, then the weight).
            hf = normed(hf, shape["norm"], aux.get("q_norm_weight"), aux.get("k_norm_weight"))
        compiled = torch.compile(hf)
        # The floor moves the bytes ropec moves: in place with heads wider than their rotary lanes
        # (MLA's q), only those lanes; otherwise every lane.
        rot = shape["rotaryDim"]
        slices = shape["inplace"] and (Dq > rot or Dk > rot)

        def moved(s):
            if not slices:
                return s["q"], s["k"]
            return s["q"][..., offsets[0] : offsets[0] + rot], s["k"][..., offsets[1] : offsets[1] + rot]

        dsts = [tuple(torch.empty_like(x, memory_format=torch.contiguous_format) for x in moved(s)) for s in sets]

        def eager(i):
            _, k = hf(sets[i]["q"], sets[i]["k"], cos, sin)
            if kv:
                to_cache(i, k)

        def comp(i):
            _, k = compiled(sets[i]["q"], sets[i]["k"], cos, sin)
            if kv:
                to_cache(i, k)

        def floor(i):
            q, k = moved(sets[i])
            dsts[i][0].copy_(q)
            dsts[i][1].copy_(k)
            if kv:
                # The caches' first slots, contiguous: the bytes of k and v once more.
                k_cache3[:T].copy_(sets[i]["k"])
                v_cache3[:T].copy_(sets[i]["v"])

        impls = {"ropec": ropec}
        if kv:
            impls["ropec rope, then copy"] = rope_then_copy
        impls.update({"floor: d2d copy": floor, "hf eager": eager})
        if time.time() - started < COMPILE_BUDGET_S:
            impls["hf torch.compile"] = comp
        skipped = [] if "hf torch.compile" in impls else ["hf torch.compile (time budget)"]
        if triton_apply is not None and shape["rotaryOffset"] == 0 and "qkv" not in shape and "norm" not in shape and "rotaryOffsets" not in shape:
            half = shape["style"] == "half"
            c2 = angles.cos().to(dtype)
            s2 = angles.sin().to(dtype)

            def tri(i):
                triton_apply(sets[i]["q"][None], c2, s2, interleaved=not half, inplace=shape["inplace"])
                triton_apply(sets[i]["k"][None], c2, s2, interleaved=not half, inplace=shape["inplace"])

            impls["triton (flash_attn)"] = tri
        elif triton_apply is None:
            skipped.append("triton (no flash_attn here)")

        # Correctness first, on copies of set 0: every peer against ropec's output.
        q0, k0 = sets[0]["q"].clone(), sets[0]["k"].clone()
        ropec(0)
        torch.cuda.synchronize()
        rq = (sets[0]["q"] if shape["inplace"] else sets[0]["q_out"]).double()
        rk = (sets[0]["k"] if shape["inplace"] else sets[0]["k_out"]).double()
        sets[0]["q"].copy_(q0)
        sets[0]["k"].copy_(k0)
        errs = {}
        if kv:
            # The fused cache write stores the rotated k (as rounded in place) and v at each token's slot.
            ck, cv = k_cache3.index_select(0, slots).double(), v_cache3.index_select(0, slots).double()
            cache_err = max(float((ck - rk).abs().max()), float((cv - sets[0]["v"].double()).abs().max()))
            if cache_err > 0:
                print(f"[{name}] ropec's cache write differs from its own rotated k and v by {cache_err:.3g}", file=sys.stderr)
            errs["ropec cache write"] = cache_err
            rope_then_copy(0)
            torch.cuda.synchronize()
            errs["ropec rope, then copy"] = max(float((sets[0]["q"].double() - rq).abs().max()), float((sets[0]["k"].double() - rk).abs().max()))
            sets[0]["q"].copy_(q0)
            sets[0]["k"].copy_(k0)
        eq, ek = hf(q0, k0, cos, sin)
        errs["hf eager"] = max(float((eq.double() - rq).abs().max()), float((ek.double() - rk).abs().max()))
        if "hf torch.compile" in impls:
            cq, ck = compiled(q0, k0, cos, sin)
            errs["hf torch.compile"] = max(float((cq.double() - rq).abs().max()), float((ck.double() - rk).abs().max()))
        # Peers round each product to the dtype, ropec once: they agree within a few roundings. Whether
        # ropec itself is right is check.py's verdict (against the interpreter).
        for label, e in errs.items():
            if e > TOLERANCE[shape["dtype"]]:
                print(f"[{name}] {label}: differs from ropec by {e:.3g}; not timed", file=sys.stderr)
                impls.pop(label if label in impls else "ropec", None)

        def time_calls(fn):
            for w in range(args.warmup):
                fn(w % nsets)
            torch.cuda.synchronize()
            events = []
            for it in range(args.iters):
                s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                s.record()
                fn(it % nsets)
                e.record()
                events.append((s, e))
            torch.cuda.synchronize()
            return statistics.median(s.elapsed_time(e) for s, e in events) * 1e3

        def time_graph(fn):
            stream = torch.cuda.Stream()
            stream.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(stream):
                for w in range(3):
                    fn(w % nsets)
            torch.cuda.current_stream().wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                # ropec's prepared arguments name the stream they were made on: remake them for the capture stream.
                if fn is ropec:
                    prepared[:] = [argv(s) for s in sets]
                for c in range(GRAPH_CALLS):
                    fn(c % nsets)
            prepared[:] = [argv(s) for s in sets]
            graph.replay()
            torch.cuda.synchronize()
            runs = []
            for _ in range(20):
                s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                s.record()
                graph.replay()
                e.record()
                torch.cuda.synchronize()
                runs.append(s.elapsed_time(e) * 1e3 / GRAPH_CALLS)
            return statistics.median(runs)

        rows = []
        for label, fn in impls.items():
            try:
                us = time_calls(fn)
                row = {"impl": label, "medianUs": us, "GBps": shape["bytes"] / (us * 1e-6) / 1e9}
                if shape["graph"]:
                    row["graphUs"] = time_graph(fn)
                rows.append(row)
            except Exception as e:  # a peer that cannot run here is reported, not fatal
                rows.append({"impl": label, "error": str(e).splitlines()[0][:200]})
        base = {r["impl"]: r.get("graphUs", r.get("medianUs")) for r in rows}
        results.append({"shape": name, "label": shape["label"], "tokens": T, "bytes": shape["bytes"], "bufferSets": nsets,
                        "rows": rows, "skipped": skipped, "maxErrVsRopec": errs})
        print(f"\n{name}: {shape['label']}; {shape['bytes'] / 2**20:.1f} MiB moved per call, {nsets} buffer sets")
        print(f"  {'implementation':22s} {'median µs':>10s} {'graph µs':>9s} {'GB/s':>8s} {'÷ ropec':>8s}")
        for r in rows:
            if "error" in r:
                print(f"  {r['impl']:22s} could not run: {r['error']}")
                continue
            mine = base.get("ropec")
            speed = f"{base[r['impl']] / mine:8.2f}" if mine else "       -"
            graph = f"{r['graphUs']:9.2f}" if "graphUs" in r else "        -"
            print(f"  {r['impl']:22s} {r['medianUs']:10.2f} {graph} {r['GBps']:8.1f} {speed}")
        for s in skipped:
            print(f"  skipped: {s}")
        if kv and base.get("ropec") and base.get("ropec rope, then copy"):
            print(f"  rope + cache write in one pass vs rope, then copy: {base['ropec rope, then copy'] / base['ropec']:.2f}x (issue 19's goal: at least 1.5x)")
    for shape in meta["shapes"]:
        # A shape that fails to set up (a peer's API missing here, say) is reported; the others still run.
        try:
            run_shape(shape)
        except Exception as e:
            print(f"\n{shape['name']}: could not run: {str(e).splitlines()[0][:300] if str(e) else type(e).__name__}", file=sys.stderr)
            results.append({"shape": shape["name"], "label": shape["label"], "error": str(e)[:300] or type(e).__name__})
    with open(args.json, "w") as f:
        json.dump({"device": props.name, "torch": torch.__version__, "cuda": torch.version.cuda, "python": platform.python_version(),
                   "L2": l2, "seconds": time.time() - started, "results": results}, f, indent=1)
    print(f"\nwrote {args.json} ({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
