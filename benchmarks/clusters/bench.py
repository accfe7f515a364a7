"""Submission overhead of the Slurm backend against raw sbatch, on a real local Slurm.

1. submission: N times each, alternating, (a) ``sbatch --parsable --wrap true`` in a
   subprocess, (b) llmworks: ``queue.enqueue(kind, backend="slurm")`` (the routing check runs
   ``sbatch --test-only``) and one submitter pass that calls ``sbatch`` with the generated
   batch script and records the submission. The jobs are held (``--hold``) so that nothing
   runs meanwhile; medians and the ratio llmworks / raw are printed.
2. start-to-finish: R times each, (a) ``sbatch --wrap true`` until ``scontrol`` says
   COMPLETED, (b) a ``kernel.noop`` job through llmworks until it succeeded (the node starts
   ``llmworks run-job``: Python, the kernel with every plugin, the forkserver, the child).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--submissions", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    from llmworks_clusters.testing import LocalSlurm

    with tempfile.TemporaryDirectory(prefix="llmworks-bench-clusters-") as tmp, LocalSlurm(Path(tmp) / "slurm") as slurm:
        os.environ["LLMWORKS_HOME"] = str(Path(tmp) / "home")
        os.environ["LLMWORKS_CLUSTERS_POLL_SECONDS"] = "0.1"
        os.environ["LLMWORKS_CLUSTERS_SUBMITTER"] = "0"  # this script drives the submitter itself
        os.environ.setdefault("LLMWORKS_RESOURCES_INTERVAL", "0")
        from llmworks.kernel import Kernel
        from llmworks_clusters.submitter import Submitter
        from llmworks_clusters.tables import ClusterBackend, Submission

        k = Kernel.create()
        with k.db.session() as s:
            s.add(ClusterBackend(name="slurm", backend="slurm", options=slurm.backend_options()))
            s.add(ClusterBackend(name="held", backend="slurm", options=slurm.backend_options(extra_args=["--hold"])))
        sub = Submitter(k)

        raw, ours, parts = [], [], []
        for _ in range(args.submissions):
            t = time.perf_counter()
            p = subprocess.run(["sbatch", "--parsable", "--hold", "--output=/dev/null", "--wrap", "true"], env=slurm.env,
                               capture_output=True, text=True, check=True)
            raw.append(time.perf_counter() - t)
            assert p.stdout.strip().isdigit()
            t = time.perf_counter()
            job = k.queue.enqueue("kernel.noop", backend="held")
            t1 = time.perf_counter()
            sub.tick()
            ours.append(time.perf_counter() - t)
            parts.append((t1 - t, time.perf_counter() - t1))
            with k.db.session() as s:
                row = s.query(Submission).filter_by(job_id=job.id).one()
                assert row.native_id, row.message
        subprocess.run(["scancel", "--user=root"], env=slurm.env, check=False)
        for j in k.queue.queued(k.db.factory()):
            k.queue.cancel(j.id)
        sub.tick()

        sub.start()  # the thread, as in the server
        raw_e2e, ours_e2e = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            native = subprocess.run(["sbatch", "--parsable", "--output=/dev/null", "--wrap", "true"], env=slurm.env,
                                    capture_output=True, text=True, check=True).stdout.strip()
            while slurm.job(native).get("JobState") != "COMPLETED":
                time.sleep(0.05)
            raw_e2e.append(time.perf_counter() - t)
            t = time.perf_counter()
            job = k.queue.enqueue("kernel.noop", backend="slurm")
            while True:
                with k.db.session() as s:
                    state = k.queue.get(s, job.id).state
                if state in ("succeeded", "failed", "cancelled"):
                    break
                time.sleep(0.05)
            assert state == "succeeded", state
            ours_e2e.append(time.perf_counter() - t)
        sub.stop()
        k.close()

    def med(values):
        return statistics.median(list(values))

    result = {
        "submission": {"n": args.submissions, "raw_sbatch_median_s": med(raw), "llmworks_median_s": med(ours),
                       "ratio": med(ours) / med(raw), "enqueue_with_check_median_s": med(p[0] for p in parts),
                       "submitter_pass_median_s": med(p[1] for p in parts)},
        "start_to_finish": {"n": args.runs, "raw_sbatch_median_s": med(raw_e2e), "llmworks_noop_median_s": med(ours_e2e),
                            "ratio": med(ours_e2e) / med(raw_e2e)},
        "load_average_1m": os.getloadavg()[0],
    }
    s, e = result["submission"], result["start_to_finish"]
    print(f"submission  ({s['n']}x): raw sbatch {s['raw_sbatch_median_s'] * 1000:.1f} ms, llmworks enqueue + check + "
          f"sbatch {s['llmworks_median_s'] * 1000:.1f} ms: ratio {s['ratio']:.2f} (enqueue with sbatch --test-only "
          f"{s['enqueue_with_check_median_s'] * 1000:.1f} ms, submitter pass {s['submitter_pass_median_s'] * 1000:.1f} ms)")
    print(f"start→finish ({e['n']}x): raw sbatch --wrap true {e['raw_sbatch_median_s']:.2f} s, llmworks kernel.noop "
          f"{e['llmworks_noop_median_s']:.2f} s: ratio {e['ratio']:.2f}  (load {result['load_average_1m']:.1f})")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
