"""Every error leaves as problem+json (RFC 9457) with a message that says what to fix."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from llmworks_sdk import LlmworksError
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("llmworks.api")
PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, *, instance: str | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def _loc_msg(err: dict[str, Any]) -> dict[str, Any]:
    loc = list(err.get("loc", ()))
    msg = err.get("msg", "invalid value")
    if err.get("type") == "missing":
        msg = "this field is required"
    elif err.get("type") in ("json_invalid",):
        msg = f"the body is not valid JSON: {err.get('ctx', {}).get('error', msg)}"
    return {"loc": loc, "msg": msg, "type": err.get("type")}


def install(app: FastAPI) -> None:
    @app.exception_handler(LlmworksError)
    async def _typed(request: Request, exc: LlmworksError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        resp = JSONResponse(exc.to_problem(request.url.path), status_code=exc.status, media_type=PROBLEM)
        if headers:
            resp.headers.update(headers)
        if exc.status == 429 and "retry_after" in exc.extra:
            resp.headers["Retry-After"] = str(int(exc.extra["retry_after"]))
        return resp

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_loc_msg(e) for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"][1:]) or "request"
        detail = f"{where}: {first['msg']}" + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
        return problem(422, "Invalid request", detail, instance=request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint: {request.method} {request.url.path}; see /docs for the API"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        titles = {404: "Not found", 405: "Method not allowed", 401: "Authentication required", 403: "Forbidden",
                  413: "Payload too large"}
        resp = problem(exc.status_code, titles.get(exc.status_code, "Error"), detail, instance=request.url.path)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> JSONResponse:
        return problem(422, "Invalid request", "a number in the request is out of range (ids and counts are 64-bit integers)",
                       instance=request.url.path)

    @app.exception_handler(DataError)
    async def _data(request: Request, exc: DataError) -> JSONResponse:
        log.info("database rejected a value on %s %s: %s", request.method, request.url.path, exc.orig)
        return problem(422, "Invalid request", "a value in the request is out of range or malformed for the database",
                       instance=request.url.path)

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        log.warning("integrity error on %s %s: %s", request.method, request.url.path, exc.orig)
        return problem(409, "Conflict", "the request conflicts with existing data (a referenced object is missing or a "
                       "name is already taken); reload and try again", instance=request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(500, "Internal error", "the server failed unexpectedly; the error was logged", instance=request.url.path)
