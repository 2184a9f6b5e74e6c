#!/usr/bin/env python3
"""Correctness part of the one-call GPU check (written by `npm run gpu:prepare`; run.sh runs it).

Runs the harness (built by run.sh from harness.cu, or harness_cpu.cu for --cpu) on cases.bin: for
every case the harness makes q and k with the counter generator, poisons the outputs with 0xFF
bytes, launches the spec's kernel (pointers aligned, or one element off) and writes the outputs.
Each output element is compared with the interpreter's value in expected.bin within the allowed
error stored next to it (storage rounding + compute allowance; 0 for elements the kernel must not
touch, so a stray write or a poison byte left behind shows). Prints one line per spec, the angle
error at position 1e6, and writes check.json. Exit status 1 on any failure.

Usage: python3 check.py HARNESS [--json check.json]
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


ITEM_BYTES = {"f32": 4, "f16": 2, "bf16": 2, "e4m3": 1}


def decode(raw, dtype):
    """Output bytes as float64 values of the storage dtype (e4m3: fp8 cache bytes, OCP E4M3FN)."""
    if dtype == "f32":
        return np.frombuffer(raw, dtype="<f4").astype(np.float64)
    if dtype == "e4m3":
        b = np.frombuffer(raw, dtype=np.uint8).astype(np.int64)
        sign = np.where(b & 0x80, -1.0, 1.0)
        e, f = (b >> 3) & 15, b & 7
        value = np.where(e == 0, f * 2.0**-9, (8 + f) * np.exp2(e - 10.0))
        return np.where((e == 15) & (f == 7), np.nan, sign * value)
    bits = np.frombuffer(raw, dtype="<u2")
    if dtype == "f16":
        return bits.view(np.float16).astype(np.float64)
    return (bits.astype(np.uint32) << 16).view(np.float32).astype(np.float64)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("harness")
    ap.add_argument("--json", default=os.path.join(HERE, "check.json"))
    args = ap.parse_args()
    meta = json.load(open(os.path.join(HERE, "cases.json")))
    expected = np.fromfile(os.path.join(HERE, "expected.bin"), dtype="<f4").astype(np.float64)
    n = meta["elements"]
    want_all, bound_all = expected[:n], expected[n:]
    out_path = os.path.join(HERE, "outputs.bin")
    started = time.time()
    run = subprocess.run([args.harness, os.path.join(HERE, "cases.bin"), out_path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"check.py: the harness failed (exit {run.returncode}): {run.stderr.strip()}")
    seconds = time.time() - started
    raw = open(out_path, "rb").read()
    at = 0
    failures = []
    per_spec = {}
    accuracy = []
    for case in meta["cases"]:
        status, _used = struct.unpack_from("<ii", raw, at)
        at += 8
        where = f"{case['spec']} ({case['label']})"
        row = per_spec.setdefault(case["spec"], {"cases": 0, "failed": 0, "worst": 0.0})
        row["cases"] += 1
        if status != 0:
            (length,) = struct.unpack_from("<i", raw, at)
            why = raw[at + 4 : at + 4 + length].decode()
            at += 4 + length
            failures.append(f"{where}: launch refused (cudaError {status}): {why}")
            row["failed"] += 1
            continue
        offset = case["at"]
        worst = 0.0
        worst_diff = 0.0
        problem = None
        for t in case["outputs"]:
            size = t["length"] * ITEM_BYTES[t["dtype"]]
            got = decode(raw[at : at + size], t["dtype"])
            at += size
            want = want_all[offset : offset + t["length"]]
            bound = bound_all[offset : offset + t["length"]]
            offset += t["length"]
            diff = np.abs(got - want)
            nan = np.isnan(want)
            bad = np.where(nan, ~np.isnan(got), ~(diff <= bound))
            if bad.any() and problem is None:
                i = int(np.argmax(bad))
                problem = f"{t['name']}[{i}] = {got[i]!r}, expected {want[i]!r} (allowed {bound[i]:.3g})"
            finite = ~nan & (bound > 0)
            if finite.any():
                worst = max(worst, float(np.max(diff[finite] / bound[finite])))
                worst_diff = max(worst_diff, float(np.max(diff[finite])))
        row["worst"] = max(row["worst"], worst)
        if case["label"].startswith("position 1e6"):
            accuracy.append({"spec": case["spec"], "case": case["label"], "maxAbsError": worst_diff})
        if problem:
            failures.append(f"{where}: {problem}")
            row["failed"] += 1
    print(f"correctness: {len(meta['cases'])} cases of {len(per_spec)} specs in {seconds:.1f} s (outputs poisoned with 0xFF; aligned and misaligned)")
    print(f"  {'spec':28s} {'cases':>5s} {'failed':>6s} {'worst |err| / allowed':>22s}")
    for spec, row in per_spec.items():
        print(f"  {spec:28s} {row['cases']:5d} {row['failed']:6d} {row['worst']:22.3f}")
    for a in accuracy:
        print(f"  angle at position 1e6, {a['spec']}: max |error| {a['maxAbsError']:.3g} ({a['case']})")
    for f in failures:
        print(f"FAILED {f}")
    with open(args.json, "w") as f:
        json.dump({"cases": len(meta["cases"]), "failures": failures, "specs": per_spec, "accuracy": accuracy, "seconds": seconds}, f, indent=1)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
