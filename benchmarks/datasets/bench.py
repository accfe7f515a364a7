"""Upload and version a ~50 MB JSON Lines file through the llmworks API, against ``dvc add``
of the same file in a temporary DVC repository. One run, same machine, same disk.

llmworks: a real server (``llmworks serve``: SQLite, local artifact store) in a subprocess;
each step uploads with the CLI's streaming multipart ``push`` over HTTP (``API``), and the
same step is also timed as the ``llmworks datasets push`` command (``CLI``, includes Python
start-up, as ``dvc add`` does). The server validates every row, computes schema, statistics,
preview, split and the row index, and records the version.
dvc: ``dvc init --no-scm`` in a temporary folder, then ``dvc add`` (md5 of the file, a copy
into the cache, the ``.dvc`` file).

Steps: v1 (new bytes), the same bytes again (llmworks answers with the existing version;
dvc finds the file unchanged), v2 (1 % more rows appended). Each repetition uses a
different file (no cache from an earlier repetition helps); medians are printed.

    bash benchmarks/datasets/run.sh            # installs dvc into benchmarks/datasets/.venv-dvc
    python benchmarks/datasets/bench.py --dvc PATH/TO/dvc [--mb 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from llmworks_datasets.cli import push

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORDS = ("the cat dog reads finds paints carries watches builds cleans sells follows opens a book door garden apple "
         "letter wooden box map long song bridge warm coat window green hill small boat bright star kitchen stone "
         "market morning night lake school dinner city rain tree station summer quiet room happy calm busy").split()
STEPS = ("v1 (new file)", "same bytes again", "v2 (+1% rows)")


def make_rows(rng: random.Random, n_bytes: int) -> list[bytes]:
    rows, size = [], 0
    while size < n_bytes:
        p = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30)))
        c = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80)))
        line = json.dumps({"prompt": p + "?", "completion": c + "."}).encode() + b"\n"
        rows.append(line)
        size += len(line)
    return rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t, out


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


class Server:
    """``llmworks serve`` in a subprocess with its own home folder."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "LLMWORKS_HOME": str(home), "LLMWORKS_ADMIN_USERNAME": "admin",
                    "LLMWORKS_ADMIN_PASSWORD": "bench-password-1234", "LLMWORKS_LOAD_PLUGINS": "kernel,inapp,datasets"}
        self.log = open(home / "server.log", "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([str(BIN / "llmworks"), "serve", "--port", str(self.port), "--no-worker",
                                      "--log-level", "warning"], env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"the server did not start; see {home / 'server.log'}")
        r = httpx.post(f"{self.url}/api/auth/login", json={"username": "admin", "password": "bench-password-1234"})
        self.token = r.json()["token"]
        self.project = httpx.get(f"{self.url}/api/projects", headers={"Authorization": f"Bearer {self.token}"}).json()["items"][0]["id"]

    def cpu(self) -> float:
        """CPU seconds (user + system) the server process has used so far."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)
        self.log.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dvc", required=True, help="the dvc executable (its own virtualenv)")
    ap.add_argument("--mb", type=float, default=50.0, help="size of the JSON Lines file")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    dvc_version = run([args.dvc, "--version"]).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="llmworks-bench-datasets-"))
    load_before = os.getloadavg()[0]
    times: dict[str, dict[str, list[float]]] = {s: {"api": [], "cli": [], "dvc": [], "api_cpu": [], "dvc_cpu": []}
                                            for s in STEPS}
    server = Server(work / "llmworks")
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.token}"},
                          timeout=httpx.Timeout(60.0, read=None)) as client:
            for rep in range(args.repeat):
                rng = random.Random(rep)
                rows = make_rows(rng, int(args.mb * 1e6))
                v1 = work / f"r{rep}" / "v1" / "train.jsonl"
                v2 = work / f"r{rep}" / "v2" / "train.jsonl"
                v1.parent.mkdir(parents=True)
                v2.parent.mkdir(parents=True)
                v1.write_bytes(b"".join(rows))
                extra = make_rows(rng, int(args.mb * 1e6 / 100))
                v2.write_bytes(b"".join(rows + extra))
                size_mb = v1.stat().st_size / 1e6

                # llmworks through the API (the CLI's streaming push, in process)
                name = f"bench-{rep}"
                for step, f, expect in ((STEPS[0], v1, (1, False)), (STEPS[1], v1, (1, True)), (STEPS[2], v2, (2, False))):
                    cpu0 = server.cpu() + time.process_time()
                    dt, v = timed(push, client, f, name=name, project_id=server.project)
                    assert (v["version"], v["duplicate"]) == expect, v
                    times[step]["api"].append(dt)
                    times[step]["api_cpu"].append(server.cpu() + time.process_time() - cpu0)
                # the same through the command line (a fresh name, fresh bytes: v1 with the last line dropped)
                cli_v1 = work / f"r{rep}" / "cli" / "train.jsonl"
                cli_v1.parent.mkdir(parents=True)
                cli_v1.write_bytes(b"".join(rows[:-1]))
                cli_v2 = v2.parent / "cli.jsonl"
                cli_v2.write_bytes(b"".join(rows[:-1] + extra))
                cli = [str(BIN / "llmworks"), "datasets", "push", "--name", f"cli-{rep}", "--project", str(server.project),
                       "--url", server.url, "--token", server.token]
                for step, f in ((STEPS[0], cli_v1), (STEPS[1], cli_v1), (STEPS[2], cli_v2)):
                    dt, _ = timed(run, [*cli[:3], str(f), *cli[3:]], env={**server.env, "COLUMNS": "200"})
                    times[step]["cli"].append(dt)

                # dvc add in a fresh repository
                repo = work / f"r{rep}" / "dvc"
                repo.mkdir()
                run([args.dvc, "init", "--no-scm", "-q"], cwd=repo)
                run([args.dvc, "config", "core.analytics", "false"], cwd=repo)
                shutil.copyfile(v1, repo / "train.jsonl")
                for step, src in ((STEPS[0], None), (STEPS[1], None), (STEPS[2], v2)):
                    if src is not None:
                        shutil.copyfile(src, repo / "train.jsonl")
                    cpu0 = children_cpu()
                    dt, _ = timed(run, [args.dvc, "add", "-q", "train.jsonl"], cwd=repo)
                    times[step]["dvc"].append(dt)
                    times[step]["dvc_cpu"].append(children_cpu() - cpu0)
                print(f"repetition {rep + 1}/{args.repeat} done ({size_mb:.1f} MB)", file=sys.stderr)
        peak = server.peak_rss_mb()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    med = {s: {k: statistics.median(v) for k, v in d.items()} for s, d in times.items()}
    print(f"\nllmworks datasets vs {dvc_version}: {size_mb:.1f} MB JSON Lines, {len(rows)} rows, "
          f"median of {args.repeat}, {os.cpu_count()} CPU cores, load average {load_before:.1f} before / "
          f"{os.getloadavg()[0]:.1f} after")
    print("wall-clock seconds")
    print(f"{'step':<20}{'llmworks API':>14}{'llmworks CLI':>14}{'dvc add':>10}{'API/dvc':>10}{'CLI/dvc':>10}")
    for s in STEPS:
        m = med[s]
        print(f"{s:<20}{m['api']:>13.2f}s{m['cli']:>13.2f}s{m['dvc']:>9.2f}s{m['api'] / m['dvc']:>9.2f}x{m['cli'] / m['dvc']:>9.2f}x")
    print("CPU seconds (user + system; llmworks: server and client processes; dvc: its process)")
    print(f"{'step':<20}{'llmworks API':>14}{'dvc add':>10}{'API/dvc':>10}")
    for s in STEPS:
        m = med[s]
        print(f"{s:<20}{m['api_cpu']:>13.2f}s{m['dvc_cpu']:>9.2f}s{m['api_cpu'] / m['dvc_cpu']:>9.2f}x")
    print(f"llmworks server peak RSS over the whole run: {peak:.0f} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"dvc": dvc_version, "mb": size_mb, "rows": len(rows), "repeat": args.repeat,
                                         "load_average": [load_before, os.getloadavg()[0]], "median_seconds": med, "server_peak_rss_mb": peak}, indent=2))


if __name__ == "__main__":
    main()
