"""Exact + near-duplicate removal of 500,000 rows: llmworks' curation steps against a plain
``datasketch`` script with the same MinHash settings (and datatrove's MinHash pipeline when
its virtualenv exists), in one run on the same rows.

Settings on every side: word 5-gram shingles, 128 permutations, Jaccard threshold 0.8 (LSH
bands and rows chosen by datasketch: ``MinHashLSH(0.8, 128)`` → b=9, r=13).

- **llmworks (steps)**: the ``exact_dedupe`` and ``near_dedupe`` curators run by the recipe
  engine (``run_steps``) on the rows in memory — what a ``curation.run`` job does between
  reading the version and writing the new one.
- **llmworks (API job)**: the same recipe as a job through a real server (``llmworks serve``):
  ``POST /api/curation/runs`` on an uploaded version, until the new version is stored (reading
  and writing the rows, validation of the new version, lineage). The upload is not timed.
- **datasketch**: the script a user writes: normalise (lower case, collapse spaces) and hash
  for exact dedupe, then per row ``MinHash.bulk`` signatures (datasketch's batch constructor)
  and ``MinHashLSH``: ``query`` then ``insert`` when no candidate is found.
- **datatrove** (optional): ``MinhashDedupSignature`` → ``Buckets`` → ``Cluster`` → ``Filter``
  with the local executor (1 task, 1 worker), 5-grams, 9 buckets × 13 hashes.

Planted: 5 % exact duplicates (case and punctuation changed) and 5 % near-duplicates (one word
of a 50-80 word row replaced: Jaccard 0.80-0.88). Recall = planted near-duplicates removed.

    bash benchmarks/curation/run.sh [--rows 500000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
THRESHOLD, NUM_PERM, NGRAM = 0.8, 128, 5


# ------------------------------------------------------------------ data
def vocabulary(rng: random.Random, n: int = 5000) -> list[str]:
    syll = ["ka", "lo", "mi", "ten", "ra", "su", "vo", "ne", "di", "pa", "gor", "el", "an", "tu", "si", "mar", "be", "ko"]
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(syll) for _ in range(rng.randint(1, 4))))
    return sorted(out)


def make_rows(n: int, seed: int = 0) -> tuple[list[str], set[int], set[int]]:
    """Rows with planted exact (case/punctuation) and near (one word replaced) duplicates."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    rows: list[str] = []
    exact: set[int] = set()
    near: set[int] = set()
    originals: list[int] = []
    while len(rows) < n:
        r = rng.random()
        if originals and r < 0.05:
            src = rows[rng.choice(originals)]
            exact.add(len(rows))
            rows.append(src.upper().replace(".", "!") if rng.random() < 0.5 else "  " + src.replace(" ", "  "))
        elif originals and r < 0.10:
            words = rows[rng.choice(originals)].rstrip(".").split()
            words[rng.randrange(len(words))] = rng.choice(vocab)
            near.add(len(rows))
            rows.append(" ".join(words) + ".")
        else:
            originals.append(len(rows))
            rows.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(50, 80))) + ".")
    return rows, exact, near


# ------------------------------------------------------------------ llmworks steps (in process)
class _Kernel:
    """The recipe engine needs only the registry of steps here."""

    def __init__(self) -> None:
        from llmworks_curation.curators import ExactDedupe, NearDedupe

        steps = {"exact_dedupe": ExactDedupe(), "near_dedupe": NearDedupe()}
        self.registry = type("R", (), {"owners": staticmethod(lambda kind: {k: "curation" for k in steps}
                                                              if kind == "curators" else {}),
                                       "all": staticmethod(lambda kind: steps if kind == "curators" else {})})()


RECIPE = [{"step": "exact_dedupe"}, {"step": "near_dedupe", "params": {"threshold": THRESHOLD, "num_perm": NUM_PERM,
                                                                        "ngram": NGRAM}}]


def run_llmworks_steps(rows: list[str]) -> tuple[float, set[int]]:
    from llmworks_curation.recipes import Context, parse_steps, run_steps

    kernel = _Kernel()
    steps = parse_steps(kernel, RECIPE)
    t0 = time.perf_counter()
    out = run_steps([{"text": t} for t in rows], steps, Context(kernel, 1, None, logging.getLogger("bench")), keep_rows=False)
    seconds = time.perf_counter() - t0
    kept = {o for o in out.origins if o is not None}
    return seconds, set(range(len(rows))) - kept


# ------------------------------------------------------------------ plain datasketch
_WORD = re.compile(r"\w+")


def run_datasketch(rows: list[str]) -> tuple[float, set[int]]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    removed: set[int] = set()
    seen: set[bytes] = set()
    survivors: list[int] = []
    for i, text in enumerate(rows):
        key = hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).digest()
        if key in seen:
            removed.add(i)
        else:
            seen.add(key)
            survivors.append(i)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    batch = 10_000
    for start in range(0, len(survivors), batch):
        ids = survivors[start : start + batch]
        shingles = []
        for i in ids:
            w = _WORD.findall(rows[i].lower())
            shingles.append([" ".join(w[j : j + NGRAM]).encode() for j in range(max(1, len(w) - NGRAM + 1))])
        for i, m in zip(ids, MinHash.bulk(shingles, num_perm=NUM_PERM), strict=True):
            if lsh.query(m):
                removed.add(i)
            else:
                lsh.insert(i, m)
    return time.perf_counter() - t0, removed


# ------------------------------------------------------------------ llmworks through the API
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_llmworks_api(rows: list[str], home: Path) -> tuple[float, set[int], dict]:
    import httpx

    port = _free_port()
    env = {**os.environ, "LLMWORKS_HOME": str(home), "LLMWORKS_LOAD_PLUGINS": "kernel,inapp,datasets,curation",
           "LLMWORKS_ADMIN_USERNAME": "admin", "LLMWORKS_ADMIN_PASSWORD": "bench-password-1234"}
    log = open(home / "server.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen([str(Path(sys.executable).parent / "llmworks"), "serve", "--port", str(port),
                               "--log-level", "warning"], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        c = httpx.Client(base_url=base, timeout=600)
        for _ in range(120):
            try:
                if c.get("/api/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        r = c.post("/api/auth/login", json={"username": "admin", "password": "bench-password-1234"})
        r.raise_for_status()
        c.headers["Authorization"] = f"Bearer {r.json()['token']}"
        pid = c.get("/api/projects").json()["items"][0]["id"]
        data = "".join(json.dumps({"text": t}) + "\n" for t in rows).encode()
        v = c.post("/api/datasets/upload", data={"name": "bench", "project_id": str(pid)},
                   files={"file": ("bench.jsonl", data)})
        v.raise_for_status()
        recipe = c.post("/api/curation/recipes", json={"project_id": pid, "name": "dedupe", "steps": RECIPE}).json()
        t0 = time.perf_counter()
        run = c.post("/api/curation/runs", json={"recipe_id": recipe["id"], "dataset_version_id": v.json()["id"],
                                                  "output_name": "bench-dedup"}).json()
        while True:
            done = c.get(f"/api/curation/runs/{run['id']}").json()
            if done["status"] not in ("queued", "running"):
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - t0
        removed: set[int] = set()
        offset = 0
        while True:
            page = c.get(f"/api/curation/runs/{run['id']}/decisions", params={"offset": offset, "limit": 1000}).json()
            removed |= {d["row"] for d in page["items"] if d["action"] == "removed"}
            offset += len(page["items"])
            if offset >= page["total"] or not page["items"]:
                break
        return seconds, removed, {"status": done["status"], "stats": done["stats"]}
    finally:
        log.close()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


# ------------------------------------------------------------------ datatrove (its own virtualenv)
def run_datatrove(python: Path, rows: list[str], work: Path) -> tuple[float, set[int]] | str:
    src = work / "rows.jsonl"
    src.write_text("".join(json.dumps({"text": t, "id": str(i)}) + "\n" for i, t in enumerate(rows)))
    proc = subprocess.run([str(python), str(HERE / "datatrove_side.py"), str(src), str(work / "dt")],
                          capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        return f"datatrove failed: {proc.stderr.strip()[-600:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["seconds"], set(out["removed"])


# ------------------------------------------------------------------ report
def figures(name: str, seconds: float, removed: set[int], n: int, exact: set[int], near: set[int]) -> dict:
    planted = exact | near
    return {"side": name, "seconds": round(seconds, 2), "rows_per_s": round(n / seconds),
            "removed": len(removed), "exact_recall": round(len(removed & exact) / len(exact), 4),
            "near_recall": round(len(removed & near) / len(near), 4),
            "false_positives": len(removed - planted)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--datatrove-python", type=Path, default=None)
    ap.add_argument("--no-api", action="store_true", help="skip the end-to-end job through a server")
    ap.add_argument("--datatrove-rows", type=int, default=20_000,
                    help="rows datatrove runs on (the first ones; 0: all). Its pipeline runs ~250 rows/s here, so the "
                         "default keeps the benchmark to minutes; the datasketch script runs on the same rows for its ratio")
    ap.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    args = ap.parse_args()
    rows, exact, near = make_rows(args.rows)
    print(f"{len(rows)} rows: {len(exact)} planted exact duplicates, {len(near)} planted near-duplicates", flush=True)
    results = []
    s, removed = run_datasketch(rows)
    results.append(figures("datasketch script", s, removed, len(rows), exact, near))
    print(results[-1], flush=True)
    s, removed = run_llmworks_steps(rows)
    results.append(figures("llmworks steps", s, removed, len(rows), exact, near))
    print(results[-1], flush=True)
    if not args.no_api:
        with tempfile.TemporaryDirectory(prefix="llmworks-bench-curation-") as d:
            s, removed, info = run_llmworks_api(rows, Path(d))
        results.append({**figures("llmworks API job", s, removed, len(rows), exact, near), "run": info["status"]})
        print(results[-1], flush=True)
    dt_note = None
    subset: list[dict] = []
    if args.datatrove_python is not None and args.datatrove_python.exists():
        n = args.datatrove_rows or len(rows)
        sub, sub_exact, sub_near = rows[:n], {i for i in exact if i < n}, {i for i in near if i < n}
        with tempfile.TemporaryDirectory(prefix="llmworks-bench-datatrove-") as d:
            got = run_datatrove(args.datatrove_python, sub, Path(d))
        if isinstance(got, str):
            dt_note = got
            print(got, flush=True)
        else:
            s_ds, r_ds = run_datasketch(sub)
            s_lw, r_lw = run_llmworks_steps(sub)
            subset = [figures(f"datasketch ({n} rows)", s_ds, r_ds, n, sub_exact, sub_near),
                      figures(f"llmworks steps ({n} rows)", s_lw, r_lw, n, sub_exact, sub_near),
                      figures(f"datatrove ({n} rows)", got[0], got[1], n, sub_exact, sub_near)]
            for r in subset:
                print(r, flush=True)
    print(f"\n{'side':<28} {'rows/s':>9} {'ratio':>6} {'exact recall':>12} {'near recall':>11} {'false pos.':>10}")
    for group in (results, subset):
        if not group:
            continue
        base = group[0]
        for r in group:
            print(f"{r['side']:<28} {r['rows_per_s']:>9} {r['rows_per_s'] / base['rows_per_s']:>6.2f} {r['exact_recall']:>12.4f} "
                  f"{r['near_recall']:>11.4f} {r['false_positives']:>10}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"rows": len(rows), "planted_exact": len(exact), "planted_near": len(near),
                                     "results": results, "datatrove_subset": subset, "datatrove": dt_note, "load": os.getloadavg()}, indent=2))


if __name__ == "__main__":
    main()
