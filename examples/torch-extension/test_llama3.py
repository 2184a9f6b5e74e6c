"""Checks the ropec op against an independent PyTorch implementation of Llama 3.1's RoPE
(Hugging Face's rotate_half formulation with llama3 frequency scaling), on the GPU.

    python setup.py build_ext --inplace && python test_llama3.py
"""
import math
import sys

import torch

import ropec_ops  # noqa: F401  (registers torch.ops.ropec.*)

HEAD_DIM, Q_HEADS, K_HEADS = 128, 32, 8
BASE, FACTOR, LOW, HIGH, ORIGINAL = 500000.0, 8.0, 1.0, 4.0, 8192


def llama3_inv_freq():
    inv = 1.0 / (BASE ** (torch.arange(0, HEAD_DIM, 2, dtype=torch.float64) / HEAD_DIM))
    wavelen = 2 * math.pi / inv
    smooth = (ORIGINAL / wavelen - LOW) / (HIGH - LOW)
    scaled = torch.where(wavelen > ORIGINAL / LOW, inv / FACTOR, inv)
    medium = (wavelen >= ORIGINAL / HIGH) & (wavelen <= ORIGINAL / LOW)
    return torch.where(medium, (1 - smooth) * inv / FACTOR + smooth * inv, scaled)


def reference(x, offset):
    """x: [tokens, heads, dim] → rotated, in float64."""
    tokens = x.shape[0]
    pos = torch.arange(offset, offset + tokens, dtype=torch.float64, device=x.device)
    angles = pos[:, None] * llama3_inv_freq().to(x.device)[None, :]
    emb = torch.cat([angles, angles], dim=-1)[:, None, :]
    half = HEAD_DIM // 2
    rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
    return x.double() * emb.cos() + rotated.double() * emb.sin()


def main():
    if not torch.cuda.is_available():
        print("no CUDA device: this test needs a GPU", file=sys.stderr)
        return 1
    torch.manual_seed(0)
    failures = 0
    for tokens, offset in [(1, 0), (17, 0), (300, 5), (4, 131000)]:
        q = torch.randn(tokens, Q_HEADS, HEAD_DIM, device="cuda")
        k = torch.randn(tokens, K_HEADS, HEAD_DIM, device="cuda")
        q_out, k_out = torch.ops.ropec.llama3_8b_f32(q, k, offset)
        for name, got, x in [("q", q_out, q), ("k", k_out, k)]:
            want = reference(x, offset)
            err = ((got.double() - want).abs().max() / want.abs().max()).item()
            ok = err < 1e-5
            failures += not ok
            print(f"tokens {tokens:4d} offset {offset:6d} {name}: max error / max|x| = {err:.2e} {'ok' if ok else 'FAIL'}")
    # Autograd: the backward pass rotates the output gradients back (the transpose of the rotation),
    # so <f(x), g> = <x, grad x> for any g.
    q = torch.randn(5, Q_HEADS, HEAD_DIM, device="cuda", requires_grad=True)
    k = torch.randn(5, K_HEADS, HEAD_DIM, device="cuda", requires_grad=True)
    q_out, k_out = torch.ops.ropec.llama3_8b_f32(q, k, 7)
    gq, gk = torch.randn_like(q_out), torch.randn_like(k_out)
    torch.autograd.backward([q_out, k_out], [gq, gk])
    terms = [q_out.double() * gq.double(), k_out.double() * gk.double(), q.double() * q.grad.double(), k.double() * k.grad.double()]
    lhs, rhs = (terms[0].sum() + terms[1].sum()).item(), (terms[2].sum() + terms[3].sum()).item()
    err = abs(lhs - rhs) / sum(t.abs().sum().item() for t in terms)
    ok = err < 1e-6
    failures += not ok
    print(f"backward: <f(x), g> = {lhs:.6f}, <x, grad> = {rhs:.6f}, relative difference {err:.1e} {'ok' if ok else 'FAIL'}")
    try:
        torch.ops.ropec.llama3_8b_f32(torch.zeros(2, 31, HEAD_DIM, device="cuda"), torch.zeros(2, K_HEADS, HEAD_DIM, device="cuda"), 0)
        print("a wrong q shape was accepted: FAIL")
        failures += 1
    except RuntimeError as e:
        print(f"a wrong q shape is refused: {str(e).splitlines()[0]}")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
