"""``llmworks serve-model SPEC``: one deployment's model behind the OpenAI-compatible API.

Two processes per local deployment:

* the **supervisor** (``llmworks serve-model SPEC``), started detached from the server (its own
  session), so it outlives a restart of the main server. It starts the worker with
  :func:`llmworks_sdk.processes.spawn` (the worker dies with it), restarts it when it exits
  (crash, ``kill -9``) after a backoff that doubles up to ``max_backoff_s`` (reset after a
  minute of good health), and writes what happens to ``events.jsonl`` and its state to
  ``supervisor.json`` in the deployment folder. SIGTERM stops the worker and the supervisor.
* the **worker** (``llmworks serve-model SPEC --worker``): a kernel on the same database (for
  API keys and the project's safety policy), the model loaded once through the inference
  backend the spec names (adapters attached on the loaded base), and a small FastAPI app:
  ``GET /health``, ``GET /v1/models``, ``POST /v1/completions``, ``POST /v1/chat/completions``
  (streamed or not) and ``POST /admin/adapters`` (attach one more adapter to the loaded base,
  with the deployment's admin token; the main server calls it).

Callers authenticate with ``Authorization: Bearer <llmworks API key>`` of a member (annotator
or above) of the deployment's project; the safety service (when installed) filters the prompt
and the output stream with the project's policy, as ``/v1`` on the main server does.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field


# ------------------------------------------------------------------------ helpers
def _now() -> float:
    return time.time()


def write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)


def append_event(folder: Path, type_: str, message: str, **data: Any) -> None:
    line = json.dumps({"ts": _now(), "type": type_, "message": message, "data": data}) + "\n"
    with open(folder / "events.jsonl", "a", encoding="utf-8") as f:
        f.write(line)


def log_line(folder: Path, text: str) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    with open(folder / "deployment.log", "a", encoding="utf-8") as f:
        f.write(f"{stamp} {text}\n")


def _proc_start(pid: int) -> str | None:
    """The start time of ``pid`` in clock ticks (Linux), to tell it from a later process with the same id."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def llmworks_command() -> list[str]:
    """How to run the ``llmworks`` CLI of this environment."""
    script = Path(sys.executable).with_name("llmworks")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from llmworks.cli.main import main; sys.argv[0] = 'llmworks'; main()"]


# ------------------------------------------------------------------------ supervisor
def health_ok(url: str, timeout: float) -> bool:
    """True when ``url``/health answers 200 within ``timeout`` seconds."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as r:  # noqa: S310 - our own worker
            return int(r.status) == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


def watch_worker(proc: Any, spec: dict[str, Any], folder: Path, stopping: threading.Event,
                 on_healthy: Any = None) -> bool:
    """Wait while the worker runs, probing its ``/health`` every ``health_interval_s``. A worker
    that was healthy (or never became healthy within ``start_timeout_s``) and then fails
    ``health_failures`` probes in a row is hung: returns True (the caller kills and restarts
    it). Returns False when it exited or the supervisor is stopping. ``on_healthy()`` is called
    at the first probe that passes."""
    interval = float(spec.get("health_interval_s", 5.0))
    limit = max(1, int(spec.get("health_failures", 3)))
    timeout = float(spec.get("health_timeout_s", 2.0))
    grace = float(spec.get("start_timeout_s", 180.0))
    host = spec["host"] if spec["host"] not in ("0.0.0.0", "::") else "127.0.0.1"
    url = f"http://{host}:{spec['port']}"
    started = time.monotonic()
    next_probe = started + interval
    healthy_once = False
    failures = 0
    while not stopping.is_set() and proc.poll() is None:
        stopping.wait(0.2)
        if interval <= 0 or time.monotonic() < next_probe or stopping.is_set():
            continue
        ok = health_ok(url, timeout)
        next_probe = time.monotonic() + interval
        if ok:
            if not healthy_once and on_healthy is not None:
                on_healthy()
            healthy_once, failures = True, 0
            continue
        if proc.poll() is not None or (not healthy_once and time.monotonic() - started < grace):
            continue
        failures += 1
        if failures >= limit:
            reason = "stopped answering" if healthy_once else f"did not become healthy within {grace:.0f} s"
            log_line(folder, f"[supervisor] serving process {proc.pid} {reason} ({failures} failed /health probes): killing it")
            append_event(folder, "process.hung", f"serving process {proc.pid} {reason}: {failures} failed /health probes; "
                         "killed to restart it", pid=proc.pid, failures=failures, revision=spec["revision"])
            return True
    return False


def supervise(spec_path: Path) -> int:
    from llmworks_sdk import processes

    spec = json.loads(spec_path.read_text())
    folder = Path(spec["deployment_dir"])
    processes.configure(None)
    stopping = threading.Event()

    def _stop(signum: int, frame: Any) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    initial = float(spec.get("backoff_s", 1.0))
    ceiling = float(spec.get("max_backoff_s", 30.0))
    backoff = initial
    restarts = 0
    state = {
        "supervisor_pid": os.getpid(),
        "supervisor_start": _proc_start(os.getpid()),
        "revision": spec["revision"],
        "port": spec["port"],
        "restarts": 0,
        "worker_pid": None,
        "state": "starting",
        "started_at": _now(),
    }
    write_json(folder / "supervisor.json", state)
    append_event(
        folder,
        "supervisor.started",
        f"supervisor {os.getpid()} started for revision {spec['revision']}",
        pid=os.getpid(),
        revision=spec["revision"],
    )
    while not stopping.is_set():
        with open(folder / "deployment.log", "ab") as out:
            proc = processes.spawn(
                [*llmworks_command(), "serve-model", str(spec_path), "--worker"],
                stdout=out,
                stderr=out,
                name=f"serve-model-{spec['deployment_id']}",
                grace_s=5.0,
            )
        started = _now()
        state.update(worker_pid=proc.pid, restarts=restarts, state="running", healthy_at=None)
        write_json(folder / "supervisor.json", state)
        append_event(
            folder,
            "process.started",
            f"serving process {proc.pid} started (restarts so far: {restarts})",
            pid=proc.pid,
            restarts=restarts,
            revision=spec["revision"],
        )

        def healthy() -> None:
            state.update(healthy_at=_now())
            write_json(folder / "supervisor.json", state)

        hung = watch_worker(proc, spec, folder, stopping, healthy)
        if stopping.is_set():
            proc.stop()
            break
        if hung:
            proc.kill()
            proc.wait(30)
        code = proc.returncode
        if _now() - started > 60:
            backoff = initial
        restarts += 1
        state.update(worker_pid=None, restarts=restarts, state="restarting")
        write_json(folder / "supervisor.json", state)
        log_line(folder, f"[supervisor] serving process {proc.pid} exited with code {code}; restarting in {backoff:.1f} s")
        append_event(
            folder,
            "process.crashed",
            f"serving process {proc.pid} exited with code {code}; restart {restarts} in {backoff:.1f} s",
            pid=proc.pid,
            exit_code=code,
            restarts=restarts,
            backoff_s=backoff,
            hung=hung,
            revision=spec["revision"],
        )
        stopping.wait(backoff)
        backoff = min(backoff * 2, ceiling)
    state.update(state="stopped", worker_pid=None, stopped_at=_now())
    write_json(folder / "supervisor.json", state)
    append_event(folder, "supervisor.stopped", f"supervisor {os.getpid()} stopped", revision=spec["revision"])
    return 0


# ------------------------------------------------------------------------ worker
class OpenAIBase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    model: str = Field(..., min_length=1, max_length=200)
    max_tokens: int | None = Field(None, ge=1, le=8192)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool = False
    user: str | None = Field(None, max_length=200)


class CompletionIn(OpenAIBase):
    prompt: str = Field(..., max_length=1_000_000)
    logprobs: int | None = Field(None, ge=0, le=5)


class Message(BaseModel):
    role: str = Field(..., pattern="^(system|user|assistant)$")
    content: str = Field(..., max_length=1_000_000)


class ChatIn(OpenAIBase):
    messages: list[Message] = Field(..., min_length=1, max_length=1000)
    logprobs: bool = False
    top_logprobs: int | None = Field(None, ge=0, le=20)


class AttachIn(BaseModel):
    name: str = Field(..., pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    path: str = Field(..., min_length=1, max_length=4096)


def _openai_error(status: int, message: str, param: str | None = None) -> Any:
    from fastapi.responses import JSONResponse

    kinds = {
        400: "invalid_request_error",
        401: "authentication_error",
        403: "permission_error",
        404: "not_found_error",
        422: "invalid_request_error",
        503: "service_unavailable_error",
    }
    return JSONResponse(
        {
            "type": "about:blank",
            "title": "Error",
            "status": status,
            "detail": message,
            "error": {"message": message, "type": kinds.get(status, "api_error"), "param": param, "code": None},
        },
        status_code=status,
        headers={"WWW-Authenticate": "Bearer"} if status == 401 else None,
    )


def build_app(kernel: Any, spec: dict[str, Any], model: Any) -> Any:
    """The worker's FastAPI app over an already loaded ``model``."""
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import StreamingResponse
    from llmworks_sdk import GenerationParams, Invalid, LlmworksError
    from llmworks_sdk.safety import SafetyRequest, safety_service
    from pydantic import ValidationError

    name = spec["name"]
    project_id = int(spec["project_id"])
    default_adapter: str | None = spec.get("adapter")
    started = _now()
    gate = threading.Lock()  # one generation at a time on the loaded model
    adapters: dict[str, str] = dict(spec.get("adapters") or {})
    app = FastAPI(title=f"llmworks deployment {name}", docs_url=None, redoc_url=None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        first = (exc.errors() or [{"loc": (), "msg": "invalid request"}])[0]
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        return _openai_error(422, f"{where}: {first.get('msg')}", where)

    @app.exception_handler(LlmworksError)
    async def _typed(request: Request, exc: LlmworksError) -> Any:
        loc = (exc.errors or [{}])[0].get("loc") or []
        return _openai_error(exc.status, exc.detail, ".".join(str(p) for p in loc[1:]) or None)

    def _principal(request: Request, db: Any) -> Any:
        auth = kernel.authenticate(request, db)
        auth.require_project(project_id, "annotator")
        return auth

    def _adapter_for(requested: str) -> str | None:
        if requested == name:
            return default_adapter
        if requested == f"{name}:base":
            return None
        prefix = f"{name}:"
        if requested.startswith(prefix) and requested[len(prefix) :] in adapters:
            return requested[len(prefix) :]
        raise LookupError(requested)

    def _params(body: OpenAIBase, *, chat: bool) -> GenerationParams:
        data: dict[str, Any] = dict(spec.get("defaults") or {})
        if body.max_tokens is not None:
            data["max_new_tokens"] = body.max_tokens
        for key in ("temperature", "top_p", "seed"):
            if getattr(body, key) is not None:
                data[key] = getattr(body, key)
        if body.stop is not None:
            data["stop"] = [body.stop] if isinstance(body.stop, str) else list(body.stop)
        if chat:
            data["logprobs"] = bool(getattr(body, "logprobs", False))
            data["top_logprobs"] = (getattr(body, "top_logprobs", None) or 0) if data["logprobs"] else 0
        else:
            lp = getattr(body, "logprobs", None)
            data["logprobs"] = lp is not None
            data["top_logprobs"] = lp or 0
        try:
            return GenerationParams.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise Invalid(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from exc

    def _chat_prompt(messages: list[Message]) -> str:
        tok = getattr(model, "tokenizer", None)
        msgs = [m.model_dump() for m in messages]
        if tok is not None and getattr(tok, "chat_template", None):
            return str(tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True))
        return "".join(f"{m['role']}: {m['content']}\n" for m in msgs) + "assistant:"

    def _run(request: Request, body: OpenAIBase, *, chat: bool) -> Any:
        try:
            adapter = _adapter_for(body.model)
        except LookupError:
            known = [name, f"{name}:base", *(f"{name}:{a}" for a in adapters)]
            return _openai_error(404, f"model '{body.model}' is not served here; use one of: {', '.join(known)}", "model")
        params = _params(body, chat=chat)
        service = safety_service(kernel)
        gen_id = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex[:24]}"
        t_start = time.perf_counter()
        timings: dict[str, float] = {}
        with kernel.session() as db:
            auth = _principal(request, db)
            timings["auth_ms"] = (time.perf_counter() - t_start) * 1000
            guard = None
            if service is not None:
                guard = service.begin(
                    kernel,
                    db,
                    auth,
                    SafetyRequest(
                        project_id=project_id, route=name, source="v1", generation_id=gen_id, count_tokens=model.count_tokens
                    ),
                )
            db.commit()
            if chat:
                messages = list(body.messages)  # type: ignore[attr-defined]
                if guard is not None:
                    texts = guard.check_input([m.content for m in messages], ("body", "messages"))
                    messages = [Message(role=m.role, content=t) for m, t in zip(messages, texts, strict=True)]
                prompt = _chat_prompt(messages)
            else:
                prompt = body.prompt  # type: ignore[attr-defined]
                if guard is not None:
                    prompt = guard.check_input([prompt], ("body", "prompt"))[0]
            db.commit()
        timings["safety_ms"] = (time.perf_counter() - t_start) * 1000 - timings["auth_ms"]
        n_prompt = model.count_tokens(prompt)
        if n_prompt >= model.context_length:
            raise Invalid(
                f"the prompt is {n_prompt} tokens long but the model's context is {model.context_length} tokens: shorten it",
                field=("body", "messages" if chat else "prompt"),
            )
        created = int(_now())

        def tokens() -> Iterator[Any]:
            out_guard = guard.output_guard() if guard is not None else None
            finish = "length"
            texts: list[str] = []
            error: str | None = None
            try:
                with gate:
                    stream = model.stream(prompt, params, adapter=adapter)
                    while True:
                        try:
                            tok = next(stream)
                        except StopIteration as done:
                            finish = done.value or "length"
                            break
                        emitted = out_guard.feed(tok) if out_guard is not None else [tok]
                        for t in emitted:
                            texts.append(t.token)
                            yield t
                        if out_guard is not None and out_guard.blocked:
                            stream.close()
                            finish = getattr(out_guard, "stop_reason", None) or "content_filter"
                            break
                if out_guard is not None:
                    for t in out_guard.finish():
                        texts.append(t.token)
                        yield t
                    if out_guard.blocked:  # the final scan (after the model's last token) may block too
                        finish = getattr(out_guard, "stop_reason", None) or "content_filter"
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                raise
            finally:
                if guard is not None:
                    guard.record(None if error else {"text": "".join(texts), "finish_reason": finish}, error)
            yield ("finish", finish)

        finish_map = {"eos": "stop", "stop": "stop", "length": "length", "content_filter": "content_filter"}
        if body.stream:

            def sse() -> Iterator[bytes]:
                n = 0
                for item in tokens():
                    if isinstance(item, tuple):
                        reason = finish_map.get(item[1], "stop")
                        last = (
                            {"index": 0, "delta": {}, "finish_reason": reason}
                            if chat
                            else {"index": 0, "text": "", "finish_reason": reason}
                        )
                        yield _chunk(gen_id, created, body.model, chat, last)
                        break
                    n += 1
                    choice = (
                        {"index": 0, "delta": {"content": item.token}, "finish_reason": None}
                        if chat
                        else {"index": 0, "text": item.token, "finish_reason": None}
                    )
                    yield _chunk(gen_id, created, body.model, chat, choice)
                yield b"data: [DONE]\n\n"

            return StreamingResponse(sse(), media_type="text/event-stream")
        out: list[Any] = []
        finish = "length"
        t_gen = time.perf_counter()
        for item in tokens():
            if isinstance(item, tuple):
                finish = item[1]
            else:
                out.append(item)
        timings["generate_ms"] = (time.perf_counter() - t_gen) * 1000
        timings["total_ms"] = (time.perf_counter() - t_start) * 1000
        text = "".join(t.token for t in out)
        usage = {"prompt_tokens": n_prompt, "completion_tokens": len(out), "total_tokens": n_prompt + len(out)}
        if chat:
            choice: dict[str, Any] = {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_map.get(finish, "stop"),
                "logprobs": None,
            }
            if params.logprobs:
                choice["logprobs"] = {
                    "content": [
                        {
                            "token": t.token,
                            "logprob": t.logprob,
                            "bytes": list(t.token.encode()),
                            "top_logprobs": [
                                {"token": a.token, "logprob": a.logprob, "bytes": list(a.token.encode())}
                                for a in t.top[: params.top_logprobs]
                            ],
                        }
                        for t in out
                    ]
                }
            return {
                "id": gen_id,
                "object": "chat.completion",
                "created": created,
                "model": body.model,
                "choices": [choice],
                "usage": usage,
                "llmworks": {"deployment": name, "revision": spec["revision"], "adapter": adapter,
                             "token_ids": [t.token_id for t in out], "timings": timings},
            }
        choice = {"index": 0, "text": text, "finish_reason": finish_map.get(finish, "stop"), "logprobs": None}
        if params.logprobs:
            choice["logprobs"] = {
                "tokens": [t.token for t in out],
                "token_logprobs": [t.logprob for t in out],
                "top_logprobs": [{a.token: a.logprob for a in t.top[: params.top_logprobs]} for t in out],
                "text_offset": [sum(len(x.token) for x in out[:i]) for i in range(len(out))],
            }
        return {
            "id": gen_id,
            "object": "text_completion",
            "created": created,
            "model": body.model,
            "choices": [choice],
            "usage": usage,
            "llmworks": {"deployment": name, "revision": spec["revision"], "adapter": adapter,
                             "token_ids": [t.token_id for t in out], "timings": timings},
        }

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "deployment_id": spec["deployment_id"],
            "deployment": name,
            "revision": spec["revision"],
            "model": spec["model"],
            "adapter": default_adapter,
            "adapters": sorted(adapters),
            "pid": os.getpid(),
            "uptime_s": round(_now() - started, 3),
            "backend": spec["backend"],
        }

    @app.get("/v1/models")
    def models(request: Request) -> dict[str, Any]:
        with kernel.session() as db:
            _principal(request, db)
        ids = [name, f"{name}:base", *(f"{name}:{a}" for a in sorted(adapters))]
        return {
            "object": "list",
            "data": [{"id": i, "object": "model", "created": int(started), "owned_by": "llmworks"} for i in ids],
        }

    @app.post("/v1/completions")
    def completions(request: Request, body: CompletionIn) -> Any:
        return _run(request, body, chat=False)

    @app.post("/v1/chat/completions")
    def chat_completions(request: Request, body: ChatIn) -> Any:
        return _run(request, body, chat=True)

    @app.post("/admin/adapters")
    def attach(request: Request, body: AttachIn) -> Any:
        token = request.headers.get("x-llmworks-deploy-token", "")
        if not secrets.compare_digest(token, spec["admin_token"]):
            return _openai_error(403, "a deployment admin token is required")
        add = getattr(model, "add_adapter", None)
        if add is None:
            return _openai_error(422, f"the {spec['backend']} backend cannot attach adapters to a loaded model")
        with gate:
            add(body.name, body.path)
        adapters[body.name] = body.path
        return {"attached": body.name, "adapters": sorted(adapters), "pid": os.getpid()}

    return app


def _chunk(gen_id: str, created: int, model: str, chat: bool, choice: dict[str, Any]) -> bytes:
    obj = {
        "id": gen_id,
        "object": "chat.completion.chunk" if chat else "text_completion",
        "created": created,
        "model": model,
        "choices": [choice],
    }
    return f"data: {json.dumps(obj)}\n\n".encode()


def load_model(kernel: Any, spec: dict[str, Any]) -> Any:
    from llmworks_sdk import ModelRef

    backend = kernel.registry.inference_backends.get(spec["backend"])
    if backend is None:
        raise SystemExit(f"inference backend '{spec['backend']}' is not installed")
    ok, why = backend.available()
    if not ok:
        raise SystemExit(f"inference backend '{spec['backend']}' is unavailable: {why}")
    ref = ModelRef(
        key=f"deployment:{spec['deployment_id']}:{spec['revision']}",
        path=Path(spec["base_path"]),
        adapters={n: Path(p) for n, p in (spec.get("adapters") or {}).items()},
    )
    return backend.load(ref)


def work(spec_path: Path) -> int:
    import logging

    import uvicorn
    from llmworks_sdk.kernel import open_kernel

    spec = json.loads(spec_path.read_text())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s serve-model: %(message)s")
    threads = int(spec.get("torch_threads") or 0)
    if threads:
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    t0 = time.perf_counter()
    kernel = open_kernel(role="serve-model")
    if threads:
        try:
            import torch

            torch.set_num_threads(threads)
        except ImportError:
            pass
    model = load_model(kernel, spec)
    logging.getLogger("serve-model").info(
        "revision %s: %s loaded in %.1f s, serving on %s:%s",
        spec["revision"],
        spec["model"],
        time.perf_counter() - t0,
        spec["host"],
        spec["port"],
    )
    app = build_app(kernel, spec, model)
    uvicorn.run(app, host=spec["host"], port=int(spec["port"]), log_level="warning", access_log=False)
    return 0


def serve_model_command(
    spec: Annotated[Path, typer.Argument(help="The deployment revision's spec.json (written by the deploy plugin)")],
    worker: Annotated[bool, typer.Option("--worker", help="Run the serving process itself (the supervisor starts it)")] = False,
) -> None:
    """Serve one deployment revision (supervised: restarted on crash with backoff)."""
    if not spec.is_file():
        raise typer.BadParameter(f"{spec} does not exist")
    raise typer.Exit(work(spec) if worker else supervise(spec))
