"""Client SDKs and the e-mail notifier against what a user would write by hand.

1. Python: ``client.projects.list_projects(limit=50)`` (generated SDK: typed ``ProjectOutPage``)
   vs ``httpx.Client.get("/api/projects", params=...).json()`` with the same bearer key, calls
   alternating in blocks, against one real server (uvicorn on 127.0.0.1).
2. .NET (needs Mono): ``ListProjectsAsync(limit: 50)`` vs ``HttpClient.GetStringAsync`` of the same
   URL (no JSON decoding: a lower bound for the hand-written side), in one Mono process.
3. E-mail: the notifier delivering N "job.failed" notifications to 5 opted-in project members vs a
   hand-written ``smtplib`` loop sending the same messages, into one local aiosmtpd server.
4. Generating each SDK from the live schema (no peer: the time a user waits).

    python benchmarks/sdks/bench.py [--calls 300] [--notifications 40] [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CS_BENCH = r"""
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Llmworks.Client;

static class Bench
{
    static int Main(string[] a) { Run(a[0], a[1], int.Parse(a[2])).GetAwaiter().GetResult(); return 0; }

    static async Task Run(string baseUrl, string key, int calls)
    {
        var client = new LlmworksClient(baseUrl, key);
        var raw = new HttpClient();
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var url = baseUrl + "/api/projects?limit=50&offset=0";
        await client.Projects.ListProjectsAsync(limit: 50); await raw.GetStringAsync(url);   // warm up
        var sdk = new double[calls]; var plain = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var w = Stopwatch.StartNew();
            var page = await client.Projects.ListProjectsAsync(limit: 50, offset: 0);
            sdk[i] = w.Elapsed.TotalMilliseconds;
            if (page.Items.Count == 0) throw new Exception("no projects");
            w.Restart();
            var text = await raw.GetStringAsync(url);
            plain[i] = w.Elapsed.TotalMilliseconds;
            if (text.Length == 0) throw new Exception("empty");
        }
        Array.Sort(sdk); Array.Sort(plain);
        Console.WriteLine(Json.Serialize(new System.Collections.Generic.Dictionary<string, object> {
            { "sdk_median_ms", sdk[calls / 2] }, { "raw_median_ms", plain[calls / 2] } }));
    }
}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app: Any) -> tuple[Any, threading.Thread, str]:
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    srv = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    return srv, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


def bench_python(sdk_dir: Path, base: str, key: str, calls: int) -> dict[str, float]:
    import httpx

    sys.path.insert(0, str(sdk_dir))
    from llmworks_client import Client  # type: ignore[import-not-found]

    sdk_times, raw_times = [], []
    with Client(base, token=key) as client, httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as raw:
        client.projects.list_projects(limit=50)
        raw.get("/api/projects", params={"limit": 50, "offset": 0}).json()
        for _ in range(calls // 10):
            for _ in range(10):
                t = time.perf_counter()
                page = client.projects.list_projects(limit=50, offset=0)
                sdk_times.append((time.perf_counter() - t) * 1e3)
                assert page.items[0].id
            for _ in range(10):
                t = time.perf_counter()
                data = raw.get("/api/projects", params={"limit": 50, "offset": 0})
                data.raise_for_status()
                assert data.json()["items"][0]["id"]
                raw_times.append((time.perf_counter() - t) * 1e3)
    return {"sdk_median_ms": statistics.median(sdk_times), "raw_median_ms": statistics.median(raw_times)}


def bench_csharp(sdk_dir: Path, base: str, key: str, calls: int) -> dict[str, float] | None:
    if not (shutil.which("mcs") and shutil.which("mono")):
        return None
    from sdk_gen.packaging import compile_csharp

    dll = compile_csharp(sdk_dir)
    src = sdk_dir / "Bench.cs"
    src.write_text(CS_BENCH)
    exe = sdk_dir / "Bench.exe"
    subprocess.run(["mcs", "-langversion:7", f"-out:{exe}", f"-r:{dll}", "-r:System.Net.Http.dll", str(src)], check=True)
    shutil.copy(dll, sdk_dir / dll.name)
    out = subprocess.run(["mono", str(exe), base, key, str(calls)], cwd=sdk_dir, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.count += 1
        return "250 OK"


def bench_email(h: Any, notifications: int) -> dict[str, float]:
    from aiosmtpd.controller import Controller

    sink = Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        admin = h.login()
        pid = h.default_project_id()
        admin.put("/api/email/server", json={"host": "127.0.0.1", "port": port, "security": "none", "from_address": "bench@example.org"})
        addresses = []
        for i in range(5):
            name = f"mail{i}"
            admin.post("/api/users", json={"username": name, "password": "password-1234", "email": f"{name}@example.org"})
            admin.post(f"/api/projects/{pid}/members", json={"username": name, "role": "viewer"})
            h.login(name, "password-1234").put("/api/email/preferences", json={"kinds": ["job.failed"]})
            addresses.append(f"{name}@example.org")
        notifier = h.kernel.registry.notifiers["email"]
        t = time.perf_counter()
        for i in range(notifications):
            notifier.notify({"kind": "job.failed", "title": f"Failed: job {i}", "body": "disk full", "link": f"/jobs/{i}",
                             "project_id": pid, "user_id": None, "event_id": None, "event": {}}, kernel=h.kernel)
        ours = time.perf_counter() - t
        sent_by_us = sink.count
        t = time.perf_counter()
        for i in range(notifications):  # by hand: the same messages, one connection per notification
            with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
                for to in addresses:
                    msg = EmailMessage()
                    msg["From"], msg["To"], msg["Subject"] = "bench@example.org", to, f"Failed: job {i}"
                    msg.set_content(f"disk full\n\n/jobs/{i}")
                    smtp.send_message(msg)
        theirs = time.perf_counter() - t
        return {"messages": sent_by_us, "notifier_s": ours, "smtplib_s": theirs,
                "notifier_ms_per_notification": ours / notifications * 1e3,
                "smtplib_ms_per_notification": theirs / notifications * 1e3}
    finally:
        controller.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--notifications", type=int, default=40)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from llmworks_sdk.testing import KernelHarness

    from sdk_gen import build_api, generate_one, load_document

    results: dict[str, Any] = {"calls": args.calls}
    with tempfile.TemporaryDirectory() as tmp, KernelHarness(Path(tmp) / "home", worker=False) as h:
        srv, thread, base = _serve(h.app)
        try:
            admin = h.login()
            for i in range(49):
                admin.post("/api/projects", json={"name": f"bench {i}"})
            key = admin.post("/api/auth/api-keys", json={"name": "bench"}).json()["key"]
            api = build_api(load_document(f"{base}/openapi.json"))
            gen: dict[str, float] = {}
            for lang in ("python", "typescript", "csharp"):
                t = time.perf_counter()
                generate_one(api, lang, Path(tmp) / lang)
                gen[lang] = time.perf_counter() - t
            results["generate_s"] = gen
            results["operations"] = len(api.operations)
            results["python"] = bench_python(Path(tmp) / "python", base, key, args.calls)
            results["csharp"] = bench_csharp(Path(tmp) / "csharp", base, key, args.calls)
            results["email"] = bench_email(h, args.notifications)
        finally:
            srv.should_exit = True
            thread.join(10)

    py, cs, em = results["python"], results["csharp"], results["email"]
    print(f"generate ({results['operations']} operations): " + ", ".join(f"{k} {v:.2f} s" for k, v in results["generate_s"].items()))
    print(f"{'':34} {'SDK / ours':>12} {'by hand':>12} {'ratio':>7}")
    print(f"{'Python list_projects (median)':34} {py['sdk_median_ms']:>9.2f} ms {py['raw_median_ms']:>9.2f} ms "
          f"{py['sdk_median_ms'] / py['raw_median_ms']:>7.2f}")
    if cs:
        print(f"{'.NET ListProjectsAsync (median)':34} {cs['sdk_median_ms']:>9.2f} ms {cs['raw_median_ms']:>9.2f} ms "
              f"{cs['sdk_median_ms'] / cs['raw_median_ms']:>7.2f}")
    else:
        print(".NET: skipped (no Mono: make mono-deps)")
    print(f"{'e-mail per notification (5 users)':34} {em['notifier_ms_per_notification']:>9.2f} ms "
          f"{em['smtplib_ms_per_notification']:>9.2f} ms {em['notifier_s'] / em['smtplib_s']:>7.2f}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
