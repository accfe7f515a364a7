#!/usr/bin/env bash
# GPU training benchmark: the llmworks trainer (fast path on/off, LoRA and QLoRA) against a plain
# transformers + peft script on a Llama-shaped ~1B model with random weights. One command for a
# bare GPU machine with Python and a CUDA PyTorch: the packages it lacks come as wheels in
# benchmarks/training_gpu/wheels/ (fetch them elsewhere with fetch_wheels.sh; installed into
# /tmp, nothing in the system changes). Then the fast path's GPU tests run if time is left.
# Results: the table on stdout; results.json and logs in $OUT (default benchmarks/training_gpu/out).
#   bash benchmarks/training_gpu/run.sh [bench.py options: --steps 100 --budget-s 330 ...]
set -uo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
OUTDIR=${OUT:-benchmarks/training_gpu/out}
mkdir -p "$OUTDIR"
PY=${PY:-python3}
pyv=$($PY -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
if ls benchmarks/training_gpu/wheels/*-"$pyv"-*.whl >/dev/null 2>&1; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/llmworks-site \
    benchmarks/training_gpu/wheels/*.whl || exit 1
  export PYTHONPATH=/tmp/llmworks-site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD/plugins/torch/src:$PWD/plugin_sdk/src${PYTHONPATH:+:$PYTHONPATH}
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv 2>&1 | tee "$OUTDIR/gpu.txt"
$PY benchmarks/training_gpu/bench.py --out "$OUTDIR" "$@" 2>&1 | tee "$OUTDIR/bench.log"
status=${PIPESTATUS[0]}
left=$(( ${GPU_TESTS_UNTIL_S:-390} - ($(date +%s) - started) ))
if [ "$left" -gt 45 ]; then
  timeout "$left" $PY -m pytest --noconftest -q -p no:cacheprovider plugins/torch/tests/test_fastpath_gpu.py \
    2>&1 | tail -40 | tee "$OUTDIR/gpu_tests.log"
else
  echo "GPU tests skipped: ${left}s left" | tee "$OUTDIR/gpu_tests.log"
fi
exit "$status"
