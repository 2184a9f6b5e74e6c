#!/usr/bin/env python3
"""GPU benchmark of issue 6 (step 2; run.sh runs both steps).

For each kernel in manifest.json (prefill and decode, f32 and bf16; written by prepare.mjs), times
on one NVIDIA GPU, all in this one process, alternating implementations round by round:

  ropec cuda        the generated kernel, loaded as a PyTorch extension (torch.ops.ropec.<name>_),
                    in place; sin/cos computed in the kernel from positions
  hf eager          Hugging Face-style apply_rotary_pos_emb: q*cos + rotate_half(q)*sin, with cos and
                    sin [tokens, D] already gathered (a model builds them once per forward pass, so
                    their cost is NOT in this row)
  hf torch.compile  the same function under torch.compile (default mode)
  floor             device-to-device copy of the same bytes (q and k, read once + written once)

Each implementation is first checked against a float64 reference computed here from the same
ω (from the ropec compiler) and positions; a wrong implementation is reported and not timed.
Timing: CUDA events around every call, WARMUP untimed calls, then ITERS timed calls per
implementation; inputs rotate over enough buffer sets to exceed twice the L2 cache, so no call
finds its inputs in L2. Prints a table (median µs, GB/s, ratios) and writes JSON.

Usage: python3 bench/gpu/bench.py BUILD_DIR [--out bench-results/gpu.json] [--iters N]
"""
import argparse
import json
import math
import os
import platform
import statistics
import sys

import torch
from torch.utils.cpp_extension import load

DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16}


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


def hf_apply(q, k, cos, sin):
    """transformers' apply_rotary_pos_emb with unsqueeze_dim for [tokens, heads, D] views."""
    cos = cos.unsqueeze(-2)
    sin = sin.unsqueeze(-2)
    return q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin


def positions_of(kern, device):
    """Per-token positions and the extra op argument: prefill at offset 0 … decode at spread KV lengths."""
    b, s = kern["batch"], kern["seq"]
    if kern["positions"] == "offset":
        offset = 0
        pos = torch.arange(b * s, device=device, dtype=torch.int64) + offset
        return pos, offset
    offsets = torch.tensor([17 + (i * 2039) % 4032 for i in range(b)], device=device, dtype=torch.int64)
    pos = (offsets[:, None] + torch.arange(s, device=device)[None, :]).reshape(-1)
    return pos, offsets


def reference(q, k, pos, omega):
    """float64 rotation, style half: lanes (j, j + D/2) at angle pos · ω_j."""
    ang = pos.double()[:, None] * omega[None, :]  # [tokens, D/2]
    cos = torch.cat((ang.cos(), ang.cos()), -1)[:, None, :]
    sin = torch.cat((ang.sin(), ang.sin()), -1)[:, None, :]
    qd, kd = q.double(), k.double()
    return qd * cos + rotate_half(qd) * sin, kd * cos + rotate_half(kd) * sin


def max_err(got, want):
    return float((got.double() - want).abs().max())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--out", default=os.path.join("bench-results", "gpu.json"))
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    args = ap.parse_args()
    if not torch.cuda.is_available():
        sys.exit("bench/gpu/bench.py: no CUDA device visible to PyTorch")
    dev = torch.device("cuda")
    props = torch.cuda.get_device_properties(dev)
    l2 = getattr(props, "L2_cache_size", 50 * 2**20)
    manifest = json.load(open(os.path.join(args.build, "manifest.json")))
    results = []
    for kern in manifest["kernels"]:
        name, dtype = kern["name"], DTYPES[kern["dtype"]]
        print(f"[{name}] building extension", file=sys.stderr)
        load(name=f"ropec_{name}", sources=[os.path.join(args.build, f) for f in kern["sources"]],
             extra_cuda_cflags=["-O3"], extra_cflags=["-O3"], verbose=False)
        op = getattr(torch.ops.ropec, kern["op"])
        tokens = kern["batch"] * kern["seq"]
        D = kern["headDim"]
        qshape = (tokens, kern["qHeads"], D)
        kshape = (tokens, kern["kHeads"], D)
        pos, extra = positions_of(kern, dev)
        omega = torch.tensor(kern["omega"], dtype=torch.float64, device=dev)
        # [tokens, D] as HF builds it (cat(freqs, freqs)), from float64 angles so the baselines'
        # only error is their own dtype arithmetic (HF's float32 pos·inv_freq would add ~1e-4)
        ang = pos.double()[:, None] * omega[None, :]
        cos = torch.cat((ang.cos(), ang.cos()), -1).to(dtype)
        sin = torch.cat((ang.sin(), ang.sin()), -1).to(dtype)
        compiled = torch.compile(hf_apply)
        view = (lambda t, h: t.view(kern["batch"], kern["seq"], h, D)) if kern["positions"] == "offsets" else (lambda t, h: t)
        bytes_moved = 2 * (math.prod(qshape) + math.prod(kshape)) * torch.finfo(dtype).bits // 8
        nsets = max(2, math.ceil(2 * l2 / (bytes_moved / 2)))
        gen = torch.Generator(device=dev).manual_seed(1234)
        sets = [(torch.rand(qshape, device=dev, generator=gen, dtype=torch.float32).mul_(2).sub_(1).to(dtype),
                 torch.rand(kshape, device=dev, generator=gen, dtype=torch.float32).mul_(2).sub_(1).to(dtype)) for _ in range(nsets)]
        dsts = [(torch.empty_like(a), torch.empty_like(b)) for a, b in sets]

        def ropec(i):
            q, k = sets[i]
            op(view(q, kern["qHeads"]), view(k, kern["kHeads"]), extra)

        def eager(i):
            hf_apply(sets[i][0], sets[i][1], cos, sin)

        def comp(i):
            compiled(sets[i][0], sets[i][1], cos, sin)

        def floor(i):
            dsts[i][0].copy_(sets[i][0])
            dsts[i][1].copy_(sets[i][1])

        impls = {"ropec cuda": ropec, "hf eager (rotate_half)": eager, "hf torch.compile": comp, "floor: d2d copy": floor}
        # correctness first, on the first buffer set
        q0, k0 = sets[0][0].clone(), sets[0][1].clone()
        rq, rk = reference(q0, k0, pos, omega)
        # |q|, |k| < 1, so outputs < √2. f32: a few ulps. bf16: ropec rounds once (half an ulp of
        # [1, 2) = 2^-8); eager bf16 rounds each product and the sum (≤ 3 half-ulps, < 2^-6).
        tol = 1e-5 if dtype == torch.float32 else 2.0**-6
        errs, ok = {}, {}
        qc, kc = q0.clone(), k0.clone()
        op(view(qc, kern["qHeads"]), view(kc, kern["kHeads"]), extra)
        errs["ropec cuda"] = max(max_err(qc, rq), max_err(kc, rk))
        for label, fn in (("hf eager (rotate_half)", hf_apply), ("hf torch.compile", compiled)):
            oq, ok_ = fn(q0, k0, cos, sin)
            errs[label] = max(max_err(oq, rq), max_err(ok_, rk))
        floor(0)
        errs["floor: d2d copy"] = max_err(dsts[0][0], q0.double())
        for label in impls:
            limit = 0.0 if label.startswith("floor") else 2.0**-8 * 1.001 if (label == "ropec cuda" and dtype != torch.float32) else tol
            ok[label] = errs[label] <= limit
            if not ok[label]:
                print(f"[{name}] {label}: WRONG (max error {errs[label]:.3g} > {limit:.3g}); not timed", file=sys.stderr)
        live = [l for l in impls if ok[l]]
        times = {l: [] for l in live}
        for w in range(args.warmup):
            for l in live:
                impls[l](w % nsets)
        torch.cuda.synchronize()
        for it in range(args.iters):
            order = live[it % len(live):] + live[: it % len(live)]
            for l in order:
                s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                s.record()
                impls[l](it % nsets)
                e.record()
                times[l].append((s, e))
        torch.cuda.synchronize()
        rows = []
        for l in impls:
            if not ok[l]:
                rows.append({"impl": l, "wrong": True, "maxErr": errs[l]})
                continue
            ms = [s.elapsed_time(e) for s, e in times[l]]
            med = statistics.median(ms)
            rows.append({"impl": l, "medianUs": med * 1e3, "p10Us": sorted(ms)[len(ms) // 10] * 1e3,
                         "p90Us": sorted(ms)[(9 * len(ms)) // 10] * 1e3, "GBps": bytes_moved / (med * 1e-3) / 1e9, "maxErr": errs[l]})
        base = {r["impl"]: r.get("medianUs") for r in rows}
        for r in rows:
            if "medianUs" in r:
                r["ratios"] = {o: r["medianUs"] / v for o, v in base.items() if v}
        results.append({"kernel": name, "shape": kern["shape"], "dtype": kern["dtype"], "tokens": tokens,
                        "bytes": bytes_moved, "bufferSets": nsets, "iters": args.iters, "rows": rows})
        print(f"\n{name}: {tokens} tokens, 32q+8kv heads, d{D}, {kern['dtype']}; {bytes_moved / 2**20:.1f} MiB moved, {nsets} rotating buffer sets, {args.iters} timed calls each")
        print(f"  {'implementation':24s} {'median µs':>10s} {'p10–p90 µs':>18s} {'GB/s':>8s} {'max err':>9s}  " + " ".join(f"×[{i + 1}]".rjust(6) for i in range(len(rows))))
        for i, r in enumerate(rows):
            if "medianUs" not in r:
                print(f"{i + 1} {r['impl']:24s} WRONG (max err {r['maxErr']:.2e})")
                continue
            ratios = " ".join((f"{r['ratios'].get(o['impl'], float('nan')):6.2f}" if "medianUs" in o else "     -") for o in rows)
            print(f"{i + 1} {r['impl']:24s} {r['medianUs']:10.1f} {r['p10Us']:8.1f}–{r['p90Us']:<9.1f} {r['GBps']:8.1f} {r['maxErr']:9.1e}  {ratios}")
        fl = base.get("floor: d2d copy")
        rc = base.get("ropec cuda")
        if fl and rc:
            print(f"  ropec reaches {100 * fl / rc:.0f}% of the copy floor's bandwidth; "
                  f"{(base.get('hf eager (rotate_half)') or float('nan')) / rc:.2f}× faster than eager; "
                  f"{(base.get('hf torch.compile') or float('nan')) / rc:.2f}× faster than torch.compile")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump({"device": props.name, "torch": torch.__version__, "cuda": torch.version.cuda,
                   "python": platform.python_version(), "L2": l2, "results": results}, f, indent=2)
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
