"""Streaming ``multipart/form-data``: the file part goes chunk by chunk into an artifact
store writer (never into memory or a spool file); small text fields are collected."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from llmworks_sdk import BadRequest
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS = 32


class FileSink:
    """The upload's destination: an artifact writer plus our own sha256, so the blob's digest
    (and whether the store already had it) is known before ``commit``."""

    def __init__(self, writer: Any, filename: str) -> None:
        self.writer = writer
        self.filename = filename
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.writer.write(data)  # raises PayloadTooLarge over max_bytes (and aborts itself)
        self.sha.update(data)
        self.size += len(data)

    @property
    def digest(self) -> str:
        return self.sha.hexdigest()


@dataclass
class Received:
    fields: dict[str, str] = field(default_factory=dict)
    sink: FileSink | None = None
    complete: bool = False


def boundary_of(content_type: str) -> bytes:
    ctype, params = parse_options_header(content_type)
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise BadRequest("send the dataset as multipart/form-data with a 'file' part (and name, project_id fields)")
    return params[b"boundary"]


async def receive(chunks: AsyncIterator[bytes], content_type: str, open_file: Callable[[str, dict[str, str]], FileSink]) -> Received:
    """Parse the body. ``open_file(filename, fields_so_far)`` is called when the ``file``
    part starts and returns the sink for its bytes (it may raise to refuse the upload).
    On any error the caller aborts the sink's writer."""
    out = Received()
    state: dict[str, Any] = {"headers": {}, "hf": b"", "hv": b"", "name": None, "buf": None, "filebytes": False}

    def on_part_begin() -> None:
        state.update(headers={}, name=None, buf=None, filebytes=False)

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["hf"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["hv"] += data[start:end]

    def on_header_end() -> None:
        state["headers"][state["hf"].decode("latin-1").lower()] = state["hv"]
        state["hf"], state["hv"] = b"", b""

    def on_headers_finished() -> None:
        _, params = parse_options_header(state["headers"].get("content-disposition", b""))
        name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        state["name"] = name
        if filename is not None:
            if name != "file":
                raise BadRequest(f"unexpected file part '{name}': send the dataset in the part named 'file'")
            if out.sink is not None:
                raise BadRequest("send exactly one file per upload")
            out.sink = open_file(filename.decode("utf-8", "replace"), dict(out.fields))
            state["filebytes"] = True
        else:
            if len(out.fields) >= MAX_FIELDS:
                raise BadRequest("too many form fields")
            state["buf"] = bytearray()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if state["filebytes"]:
            out.sink.write(data[start:end])  # type: ignore[union-attr]
        elif state["buf"] is not None:
            state["buf"] += data[start:end]
            if len(state["buf"]) > MAX_FIELD_BYTES:
                raise BadRequest(f"form field '{state['name']}' is longer than {MAX_FIELD_BYTES} bytes")

    def on_part_end() -> None:
        if state["buf"] is not None:
            out.fields[state["name"]] = state["buf"].decode("utf-8", "replace")
        state.update(buf=None, filebytes=False)

    def on_end() -> None:
        out.complete = True

    parser = MultipartParser(boundary_of(content_type), {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        "on_part_end": on_part_end, "on_end": on_end,
    })
    try:
        async for chunk in chunks:
            if chunk:
                parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise BadRequest(f"malformed multipart body: {exc}") from exc
    except ClientDisconnect:
        raise BadRequest("the client disconnected before the upload was complete; send it again") from None
    if not out.complete:
        raise BadRequest("the upload ended before the multipart body was complete; send it again")
    return out
