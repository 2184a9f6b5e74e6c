"""Builds the PyTorch extension from the CUDA files ropec generates.

    ropec build --target cuda --torch --out gen llama3.rope
    python setup.py build_ext --inplace        # or: pip install --no-build-isolation .
    python test_llama3.py

Every NAME_torch.cpp in gen/ is built with its NAME.cu (and, for an out-of-place spec, the
NAME_inverse.cu of its backward pass) into one module, `ropec_ops`; importing it registers the ops
as torch.ops.ropec.NAME (and NAME_inverse).
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen")


def sources():
    """The generated sources, relative to this folder: each *_torch.cpp and the .cu files it wraps."""
    ops = sorted(glob.glob(os.path.join(GEN, "*_torch.cpp")))
    if not ops:
        raise SystemExit("no gen/*_torch.cpp: run `ropec build --target cuda --torch --out gen llama3.rope` first")
    out = []
    for op in ops:
        cu = op[: -len("_torch.cpp")] + ".cu"
        if not os.path.exists(cu):
            raise SystemExit(f"{os.path.relpath(op, HERE)} has no {os.path.relpath(cu, HERE)} beside it")
        out += [os.path.relpath(op, HERE), os.path.relpath(cu, HERE)]
        inverse = op[: -len("_torch.cpp")] + "_inverse.cu"
        if os.path.exists(inverse):
            out.append(os.path.relpath(inverse, HERE))
    return out


if __name__ == "__main__":
    from setuptools import setup
    from torch.utils.cpp_extension import BuildExtension, CUDAExtension

    setup(
        name="ropec-example-ops",
        version="0.1.0",
        py_modules=[],
        ext_modules=[
            CUDAExtension(
                name="ropec_ops",
                sources=sources(),
                include_dirs=[GEN],
                extra_compile_args={"cxx": ["-O2", "-std=c++17"], "nvcc": ["-O3", "-std=c++17"]},
            )
        ],
        cmdclass={"build_ext": BuildExtension},
    )
