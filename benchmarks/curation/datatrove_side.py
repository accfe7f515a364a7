"""datatrove's MinHash deduplication (signature → buckets → cluster → filter, local executor, one
task) on a jsonl file; prints ``{"seconds", "removed": [row ids]}``. Runs in datatrove's own
virtualenv (benchmarks/curation/.venv-datatrove): ``python datatrove_side.py ROWS.jsonl WORKDIR``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.dedup import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
from datatrove.pipeline.dedup.minhash import MinhashConfig
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers.jsonl import JsonlWriter


def main() -> None:
    src, work = Path(sys.argv[1]), Path(sys.argv[2])
    cfg = MinhashConfig(n_grams=5, num_buckets=9, hashes_per_bucket=13)  # datasketch's b, r for 0.8 / 128
    folders = {k: str(work / k) for k in ("sigs", "buckets", "remove", "removed", "kept", "logs")}
    t0 = time.perf_counter()
    steps = [
        [JsonlReader(str(src.parent), glob_pattern=src.name), MinhashDedupSignature(output_folder=folders["sigs"], config=cfg)],
        [MinhashDedupBuckets(input_folder=folders["sigs"], output_folder=folders["buckets"], config=cfg)],
        [MinhashDedupCluster(input_folder=folders["buckets"], output_folder=folders["remove"], config=cfg)],
        [JsonlReader(str(src.parent), glob_pattern=src.name),
         MinhashDedupFilter(input_folder=folders["remove"], exclusion_writer=JsonlWriter(folders["removed"], compression=None)),
         JsonlWriter(folders["kept"], compression=None)],
    ]
    for i, pipeline in enumerate(steps):
        tasks = cfg.num_buckets if i == 1 else 1
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{folders['logs']}/{i}").run()
    seconds = time.perf_counter() - t0
    removed = []
    for f in Path(folders["removed"]).glob("*.jsonl"):
        removed += [int(json.loads(line)["id"]) for line in f.open()]
    print(json.dumps({"seconds": seconds, "removed": removed}))


if __name__ == "__main__":
    main()
