#!/usr/bin/env python3
"""Builds the generated PyTorch ops and runs them (bench/gpu/run.sh on a GPU machine; test/torch-run.test.ts
here, on CPU PyTorch). test/support/torch-cases.ts writes the folder this reads: the generated sources,
each case's inputs as raw bytes, the interpreter's expected outputs and allowed errors, and
torch_cases.json.

The ops are built with torch.utils.cpp_extension.load, as their users build them. On "cuda" the
build compiles the kernels' .cu files; on "cpu" (no GPU) each launcher is replaced by the CPU
emulation of its kernel and CPU stands in for CUDA (shim/c10/cuda). Per case: the op's outputs,
written as raw bytes and held to the interpreter's values within their bounds ("expected"), then
the checks the case names:
  opcheck          torch.library.opcheck: schema, autograd registration, fake (Meta) kernel, AOT dispatch
  compile          torch.compile(fullgraph=True, backend="aot_eager") gives the eager result bit for bit
  adjoint          the gradient is the transposed rotation: <f(x), g> = <x, grad>
  double_backward  the gradient is differentiable: d<grad(g), h>/dg = f(h)
  empty            0 tokens: no error, empty outputs
  dtype            q in another dtype: refused by name
  views            q, k (and v) as views of one fused [tokens, (Hq + 2 Hk) * D] buffer: the same outputs, v untouched
  nograd           an op without a backward (in place, norm, KV cache, fp8) refuses q that requires grad, by name
  graph            (cuda) captured in a CUDA graph and replayed: the eager result bit for bit

Usage: python3 torch_check.py [torch_cases.json] [--json torch-check.json]
"""
import json
import os
import sys
import time
import traceback

import torch
from torch.utils import cpp_extension

DTYPES = {"f32": torch.float32, "f16": torch.float16, "bf16": torch.bfloat16, "i64": torch.int64,
          "i32": torch.int32, "e4m3": torch.float8_e4m3fn}


DEVICE = "cpu"


def tensor(arg, here):
    data = bytearray(open(os.path.join(here, arg["file"]), "rb").read())
    t = torch.frombuffer(data, dtype=DTYPES[arg["dtype"]]) if data else torch.empty(0, dtype=DTYPES[arg["dtype"]])
    return t.reshape(arg["shape"]).clone().to(DEVICE)


def arguments(case, here):
    return [tensor(a, here) if "file" in a else a["value"] for a in case["args"]]


def raw(t):
    return t.detach().cpu().contiguous().view(torch.uint8).numpy().tobytes() if t.numel() else b""


def as_float64(t):
    """An output's values as float64 on the CPU (fp8 bytes decoded as torch decodes them)."""
    return t.detach().cpu().contiguous().to(torch.float64).flatten()


def float64s(path):
    """An expected-values or bounds file (float32) as float64."""
    data = bytearray(open(path, "rb").read())
    return (torch.frombuffer(data, dtype=torch.float32) if data else torch.empty(0)).to(torch.float64)


def expected(case, outs, here):
    """Each output within its bound of the interpreter's value, element by element (bound 0: untouched)."""
    for e in case["expected"]:
        want, bound = (float64s(os.path.join(here, e[k])) for k in ("want", "bound"))
        got = as_float64(outs[e["name"]])
        assert got.numel() == want.numel(), f"{e['name']}: {got.numel()} elements, expected {want.numel()}"
        bad = ~((got - want).abs() <= bound)
        if bool(bad.any()):
            i = int(bad.nonzero()[0])
            raise AssertionError(f"{e['name']}[{i}] = {float(got[i])}, interpreter {float(want[i])}, |diff| {abs(float(got[i] - want[i])):.3e} > bound {float(bound[i]):.3e} ({int(bad.sum())} elements off)")


def outputs_of(case, args, result):
    """The op's outputs by the harness's names: the tensors it returns and the arguments it writes."""
    out = {}
    if case["returns"]:
        out.update(zip(case["returns"], result if isinstance(result, (tuple, list)) else [result]))
    names = [a["name"] for a in case["args"]]
    out.update({name: args[names.index(name)] for name in case["mutates"]})
    return out


def fused(case, args):
    """q, k and v as views of one [tokens, (Hq + 2 Hk) * D] buffer, in the HF/vLLM order (without a
    v argument, its columns are a block the op must leave alone)."""
    names = [a["name"] for a in case["args"]]
    parts = [args[names.index(n)] for n in ("q", "k", "v") if n in names]
    widths = [t.shape[1] * t.shape[2] for t in parts]
    spare = 0 if "v" in names else widths[-1]
    buffer = torch.randn(parts[0].shape[0], sum(widths) + spare, generator=torch.Generator().manual_seed(3)).to(parts[0].dtype).to(DEVICE)
    views = list(args)
    at = 0
    for n, t, w in zip(("q", "k", "v"), parts, widths):
        view = buffer[:, at:at + w].view(t.shape)
        view.copy_(t)
        views[names.index(n)] = view
        at += w
    return views, buffer, widths[0] + widths[1]


def run_case(op, case, here):
    checks = {}
    args = arguments(case, here)
    with torch.no_grad():
        result = op(*args)
    outs = outputs_of(case, args, result)
    for name, t in outs.items():
        open(os.path.join(here, f"{case['id']}_{name}.out"), "wb").write(raw(t))
    want = {name: t.clone() for name, t in outs.items()}
    try:
        expected(case, outs, here)
        checks["expected"] = "ok"
    except AssertionError as e:
        checks["expected"] = str(e)
    names = [a["name"] for a in case["args"]]

    def check(name, fn):
        if name not in case["checks"]:
            return
        try:
            fn()
            checks[name] = "ok"
        except Exception as e:  # reported, with the traceback's last lines
            checks[name] = f"{type(e).__name__}: {e}\n{''.join(traceback.format_exc().splitlines(True)[-6:])}"

    def opcheck():
        a = arguments(case, here)
        # opcheck's schema test compares fp8 tensors with arithmetic CPU PyTorch lacks for them
        # ("mul_cpu_reduced_float" not implemented for 'Float8_e4m3fn'): there, what it checks (an
        # argument changes only if the schema says the op writes it) is checked here byte for byte.
        fp8 = any(isinstance(t, torch.Tensor) and t.dtype == torch.float8_e4m3fn for t in a)
        tests = ("test_autograd_registration", "test_faketensor", "test_aot_dispatch_dynamic") if fp8 else ("test_schema", "test_autograd_registration", "test_faketensor", "test_aot_dispatch_dynamic")
        result = torch.library.opcheck(op, tuple(a), test_utils=tests)
        bad = {k: v for k, v in result.items() if v != "SUCCESS"}
        assert not bad, f"opcheck: {bad}"
        if fp8:
            before = [t.clone() if isinstance(t, torch.Tensor) else t for t in a]
            with torch.no_grad():
                op(*a)
            for arg, x, y in zip(case["args"], before, a):
                if isinstance(x, torch.Tensor) and arg["name"] not in case["mutates"]:
                    assert torch.equal(x.view(torch.uint8), y.view(torch.uint8)), f"{arg['name']} changed, but the schema does not say the op writes it"

    def compile_():
        fn = torch.compile(lambda *a: op(*a), backend="aot_eager", fullgraph=True)
        a = arguments(case, here)
        got = outputs_of(case, a, fn(*a))
        for name, t in got.items():
            assert torch.equal(t.view(torch.uint8), want[name].view(torch.uint8)), f"{name}: compiled result differs from eager"

    def tangents(outs):
        g = torch.Generator().manual_seed(7)
        return [torch.randn(t.shape, generator=g, dtype=torch.float64).to(t.dtype).to(DEVICE) for t in outs]

    def adjoint():
        a = arguments(case, here)
        xs = [a[names.index(n)].requires_grad_() for n in case["differentiable"]]
        ys = op(*a)
        ys = list(ys) if isinstance(ys, (tuple, list)) else [ys]
        gs = tangents(ys)
        grads = torch.autograd.grad(ys, xs, gs)
        lhs = sum(float((y.double() * g.double()).sum()) for y, g in zip(ys, gs))
        rhs = sum(float((x.detach().double() * d.double()).sum()) for x, d in zip(xs, grads))
        norm = sum(float((y.double() * g.double()).abs().sum()) for y, g in zip(ys, gs))
        assert abs(lhs - rhs) <= norm * 2 ** -20, f"<f(x), g> = {lhs}, <x, grad> = {rhs} (norm {norm})"
        assert abs(lhs) > norm * 2 ** -10, f"inner product {lhs} is too close to 0 beside {norm}"

    def double_backward():
        a = arguments(case, here)
        xs = [a[names.index(n)].requires_grad_() for n in case["differentiable"]]
        ys = op(*a)
        ys = list(ys) if isinstance(ys, (tuple, list)) else [ys]
        gs = [g.requires_grad_() for g in tangents(ys)]
        grads = torch.autograd.grad(ys, xs, gs, create_graph=True)
        assert all(d.requires_grad for d in grads), "the gradient records no graph (create_graph=True)"
        hs = tangents(grads)
        second = torch.autograd.grad(grads, gs, hs)
        # d<f^T g, h>/dg = f(h): the forward op on h, bit for bit.
        b = arguments(case, here)
        for n, h in zip(case["differentiable"], hs):
            b[names.index(n)] = h.detach()
        with torch.no_grad():
            fh = op(*b)
        fh = list(fh) if isinstance(fh, (tuple, list)) else [fh]
        for i, (s, f) in enumerate(zip(second, fh)):
            assert torch.equal(s, f), f"second derivative {i} differs from the forward op on h by {float((s.double() - f.double()).abs().max())}"

    def empty():
        a = arguments(case, here)
        for n in case["tokens"]:
            t = a[names.index(n)]
            a[names.index(n)] = t[:0]
        with torch.no_grad():
            got = outputs_of(case, a, op(*a))
        for name, t in got.items():
            if name in case["tokens"] or name in case["returns"]:
                assert t.numel() == 0, f"{name}: {t.numel()} elements with 0 tokens"

    def dtype():
        a = arguments(case, here)
        i = names.index(case["differentiable"][0] if case["differentiable"] else "q")
        a[i] = a[i].to(torch.float64)
        try:
            op(*a)
        except RuntimeError as e:
            assert f"{names[i]} must have dtype" in str(e), f"unclear refusal: {e}"
            return
        raise AssertionError("a float64 tensor was accepted")

    def views():
        a, buffer, qk = fused(case, arguments(case, here))
        before = buffer.clone()
        with torch.no_grad():
            result = op(*a)
        for name, t in outputs_of(case, a, result).items():
            assert torch.equal(t.contiguous().view(torch.uint8), want[name].contiguous().view(torch.uint8)), f"{name}: on views of a fused buffer it differs from the contiguous call"
        # v's columns (or the block after k's) come back as they were; out of place, the whole buffer.
        start = 0 if case["returns"] else qk
        assert torch.equal(buffer[:, start:].view(torch.uint8), before[:, start:].view(torch.uint8)), "the op wrote outside q and k"

    def nograd():
        a = arguments(case, here)
        i = names.index("q" if "q" in names else "k")
        a[i] = a[i].requires_grad_()
        try:
            op(*a)
        except RuntimeError as e:
            assert f"ropec {case['name']}:" in str(e), f"unclear refusal: {e}"
            return
        raise AssertionError(f"{names[i]} that requires grad was accepted by an op without a backward")

    def graph():
        # A static set of arguments, captured once and replayed: what an engine's decode step does.
        a = arguments(case, here)
        with torch.no_grad():
            op(*a)  # warm up (and the eager result of fresh copies, below) outside the capture
            g = torch.cuda.CUDAGraph()
            b = arguments(case, here)
            with torch.cuda.graph(g):
                result = op(*b)
            for src, dst in zip(arguments(case, here), b):
                if isinstance(dst, torch.Tensor):
                    dst.copy_(src)
            g.replay()
            torch.cuda.synchronize()
        for name, t in outputs_of(case, b, result).items():
            assert torch.equal(t.contiguous().view(torch.uint8), want[name].contiguous().view(torch.uint8)), f"{name}: the replayed graph differs from the eager call"

    check("opcheck", opcheck)
    check("compile", compile_)
    check("adjoint", adjoint)
    check("double_backward", double_backward)
    check("empty", empty)
    check("dtype", dtype)
    check("views", views)
    check("nograd", nograd)
    check("graph", graph)
    return checks


def main():
    global DEVICE
    args = sys.argv[1:]
    out = os.path.join(os.path.dirname(os.path.abspath(args[0] if args and not args[0].startswith("--") else __file__)), "torch-check.json")
    if "--json" in args:
        out = args[args.index("--json") + 1]
        del args[args.index("--json"):args.index("--json") + 2]
    cases_path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch", "torch_cases.json")
    here = os.path.dirname(os.path.abspath(cases_path))
    spec = json.load(open(cases_path))
    DEVICE = spec["device"]
    if DEVICE == "cuda" and not torch.cuda.is_available():
        sys.exit("torch_check.py: these cases are for a CUDA device, and torch sees none")
    b = spec["build"]
    at = lambda p: p if os.path.isabs(p) or p.startswith("-") else os.path.join(here, p)
    started = time.time()
    build_dir = os.path.join(here, "build")
    os.makedirs(build_dir, exist_ok=True)
    cpp_extension.load(name=b["name"], sources=[at(x) for x in b["sources"]], extra_include_paths=[at(x) for x in b["include"]],
                       extra_cflags=b["cflags"], extra_cuda_cflags=b.get("cudaflags"), extra_ldflags=[at(x) for x in b["ldflags"]],
                       build_directory=build_dir, is_python_module=False, verbose=False)
    print(f"[torch-check] built {len(spec['cases'])} ops for {DEVICE} in {time.time() - started:.0f} s", flush=True)
    results = {}
    failed = 0
    for case in spec["cases"]:
        op = getattr(torch.ops.ropec, case["op"]).default
        try:
            checks = run_case(op, case, here)
            results[case["id"]] = {"ok": True, "op": case["op"], "checks": checks}
        except Exception as e:
            checks = None
            results[case["id"]] = {"ok": False, "op": case["op"], "error": f"{type(e).__name__}: {e}"}
        bad = {k: v for k, v in (checks or {}).items() if v != "ok"}
        failed += 1 if checks is None or bad else 0
        print(f"{case['op']:32s} {'ok' if checks is not None and not bad else 'FAILED'}  {' '.join(sorted((checks or {}).keys()))}"
              + ("" if checks is not None else f"  {results[case['id']]['error']}") + "".join(f"\n    {k}: {v.splitlines()[0]}" for k, v in bad.items()), flush=True)
    json.dump(results, open(out, "w"), indent=1)
    print(f"[torch-check] {len(spec['cases']) - failed} of {len(spec['cases'])} ops passed every check; {out}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
