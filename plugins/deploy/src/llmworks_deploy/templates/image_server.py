"""The serving command of an llmworks Docker image: the OpenAI-compatible API over one model folder.

Standalone (transformers, peft, fastapi, uvicorn; nothing from llmworks), so the image runs
anywhere. ``python /app/serve.py`` reads its settings from the environment the Dockerfile sets:

    LLMWORKS_MODEL_DIR   the base model folder (default /app/model)
    LLMWORKS_ADAPTER_DIR a PEFT adapter folder applied on the base (optional)
    LLMWORKS_MODEL_NAME  the model name clients send (default "model")
    LLMWORKS_API_KEY     when set, clients must send "Authorization: Bearer <key>"
    LLMWORKS_MAX_TOKENS  the most tokens one request may generate (default 512)
    PORT                 the port (default 8000)

Endpoints: GET /health, GET /v1/models, POST /v1/completions, POST /v1/chat/completions
(greedy when temperature is 0, else sampling; no streaming).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from typing import Any

import torch
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from transformers import AutoModelForCausalLM, AutoTokenizer

MODEL_DIR = os.environ.get("LLMWORKS_MODEL_DIR", "/app/model")
ADAPTER_DIR = os.environ.get("LLMWORKS_ADAPTER_DIR") or None
NAME = os.environ.get("LLMWORKS_MODEL_NAME", "model")
API_KEY = os.environ.get("LLMWORKS_API_KEY") or None
MAX_TOKENS = int(os.environ.get("LLMWORKS_MAX_TOKENS", "512"))

tokenizer = AutoTokenizer.from_pretrained(MODEL_DIR)
model = AutoModelForCausalLM.from_pretrained(MODEL_DIR)
if ADAPTER_DIR:
    from peft import PeftModel

    model = PeftModel.from_pretrained(model, ADAPTER_DIR)
model.eval()
context = int(getattr(model.config, "n_positions", None) or getattr(model.config, "max_position_embeddings", 2048))
gate = threading.Lock()
started = time.time()
app = FastAPI(title=f"llmworks model {NAME}", docs_url=None, redoc_url=None)


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "invalid_request_error" if status < 500 else "api_error",
                                   "param": None, "code": None}}, status_code=status)


@app.exception_handler(RequestValidationError)
async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    first = (exc.errors() or [{"loc": (), "msg": "invalid request"}])[0]
    return error(422, f"{'.'.join(str(p) for p in first.get('loc', ())[1:]) or 'request'}: {first.get('msg')}")


class Common(BaseModel):
    model_config = ConfigDict(extra="ignore")
    model: str = Field(..., min_length=1, max_length=200)
    max_tokens: int = Field(16, ge=1)
    temperature: float = Field(1.0, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)
    seed: int | None = None


class CompletionIn(Common):
    prompt: str = Field(..., max_length=1_000_000)


class Message(BaseModel):
    role: str = Field(..., pattern="^(system|user|assistant)$")
    content: str = Field(..., max_length=1_000_000)


class ChatIn(Common):
    messages: list[Message] = Field(..., min_length=1, max_length=1000)


def check(request: Request, body: Common) -> JSONResponse | None:
    if API_KEY:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given, API_KEY):
            return error(401, "a valid API key is required (Authorization: Bearer ...)")
    if body.model != NAME:
        return error(404, f"model '{body.model}' is not served here; use '{NAME}'")
    if body.max_tokens > MAX_TOKENS:
        return error(422, f"max_tokens: at most {MAX_TOKENS}")
    return None


def generate(prompt: str, body: Common) -> tuple[list[int], int, str]:
    ids = tokenizer(prompt, return_tensors="pt").input_ids
    if ids.shape[1] == 0:
        ids = torch.tensor([[tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id]])
    if ids.shape[1] >= context:
        raise ValueError(f"the prompt is {ids.shape[1]} tokens; the context is {context}")
    n = min(body.max_tokens, context - ids.shape[1])
    kwargs: dict[str, Any] = {"max_new_tokens": n, "pad_token_id": tokenizer.eos_token_id,
                              "attention_mask": torch.ones_like(ids)}
    if body.temperature == 0:
        kwargs["do_sample"] = False
    else:
        kwargs.update(do_sample=True, temperature=body.temperature, top_p=body.top_p)
    with gate, torch.inference_mode():
        if body.seed is not None:
            torch.manual_seed(body.seed)
        out = model.generate(input_ids=ids, **kwargs)
    new = out[0, ids.shape[1]:].tolist()
    finish = "stop" if new and new[-1] == tokenizer.eos_token_id else "length"
    return new, int(ids.shape[1]), finish


@app.get("/health")
def health() -> dict[str, Any]:
    return {"status": "ok", "model": NAME, "adapter": bool(ADAPTER_DIR), "uptime_s": round(time.time() - started, 3)}


@app.get("/v1/models")
def models() -> dict[str, Any]:
    return {"object": "list", "data": [{"id": NAME, "object": "model", "created": int(started), "owned_by": "llmworks"}]}


@app.post("/v1/completions")
def completions(request: Request, body: CompletionIn) -> Any:
    refused = check(request, body)
    if refused is not None:
        return refused
    try:
        new, n_prompt, finish = generate(body.prompt, body)
    except ValueError as exc:
        return error(422, str(exc))
    text = tokenizer.decode(new, skip_special_tokens=True)
    return {"id": f"cmpl-{uuid.uuid4().hex[:24]}", "object": "text_completion", "created": int(time.time()), "model": NAME,
            "choices": [{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": n_prompt, "completion_tokens": len(new), "total_tokens": n_prompt + len(new)},
            "token_ids": new}


@app.post("/v1/chat/completions")
def chat(request: Request, body: ChatIn) -> Any:
    refused = check(request, body)
    if refused is not None:
        return refused
    msgs = [m.model_dump() for m in body.messages]
    if getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
    else:
        prompt = "".join(f"{m['role']}: {m['content']}\n" for m in msgs) + "assistant:"
    try:
        new, n_prompt, finish = generate(prompt, body)
    except ValueError as exc:
        return error(422, str(exc))
    text = tokenizer.decode(new, skip_special_tokens=True)
    return {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
            "model": NAME, "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                        "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": n_prompt, "completion_tokens": len(new), "total_tokens": n_prompt + len(new)}}


if __name__ == "__main__":
    uvicorn.run(app, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8000")), log_level="info")
