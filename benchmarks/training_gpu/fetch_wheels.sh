#!/usr/bin/env bash
# Fetch, on a machine with PyPI access, the wheels that run.sh installs on a bare GPU machine
# (Python 3.12, x86-64, CUDA 13 PyTorch) into benchmarks/training_gpu/wheels/ (git-ignored).
# bitsandbytes is repacked with only its CUDA 13.0 and CPU libraries (43 MB -> ~2 MB).
#   bash benchmarks/training_gpu/fetch_wheels.sh [PYTHON_VERSION] [CUDA_LIB]   # defaults: 3.12 cuda130
set -euo pipefail
cd "$(dirname "$0")"
PYV=${1:-3.12}
CUDA_LIB=${2:-cuda130}
rm -rf wheels && mkdir -p wheels
python3 -m pip download -q --no-deps --only-binary=:all: --python-version "$PYV" --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_24_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 -d wheels \
  liger-kernel==0.8.5 bitsandbytes==0.50.2 peft==0.21.2 transformers==5.23.0 \
  pydantic==2.14.3 pydantic_core==2.50.4 annotated-types==0.8.0 typing-inspection==0.4.5 \
  typing_extensions==4.16.0 regex==2026.11.15
python3 - "$CUDA_LIB" <<'PY'
import sys, zipfile, pathlib
keep = ("libbitsandbytes_cpu.so", f"libbitsandbytes_{sys.argv[1]}.so")
src = next(pathlib.Path("wheels").glob("bitsandbytes-*.whl"))
tmp = src.with_suffix(".tmp")
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        name = item.filename.rsplit("/", 1)[-1]
        if name.startswith("libbitsandbytes_") and name not in keep:
            continue
        zout.writestr(item, zin.read(item.filename))
tmp.replace(src)
PY
ls -la wheels
