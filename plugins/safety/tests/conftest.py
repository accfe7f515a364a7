"""Fixtures: a real kernel with the demo model, and an ``echo`` inference backend that serves the
same model folder but answers with a scripted text (or the prompt it received), so tests can
put PII and banned words into the output and see what the backend was given."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from llmworks_sdk import GeneratedToken, hookimpl
from llmworks_sdk.testing import KernelHarness

DEMO = "base:llmworks-demo-tiny"


class EchoModel:
    memory_bytes = 1
    context_length = 100_000

    def __init__(self, backend: EchoBackend) -> None:
        self.backend = backend

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stream(self, prompt: str, params: Any, *, adapter: str | None = None) -> Iterator[GeneratedToken]:
        self.backend.prompts.append(prompt)
        text = self.backend.script if self.backend.script is not None else prompt
        pieces = re.findall(r"\s*\S{1,3}", text)
        for i, piece in enumerate(pieces[: params.max_new_tokens]):
            self.backend.produced += 1
            yield GeneratedToken(index=i, token_id=i, token=piece, logprob=-0.1)
        return "eos" if len(pieces) <= params.max_new_tokens else "length"

    def close(self) -> None:
        pass


class EchoBackend:
    name = "echo"
    description = "test backend: answers with a script or with its prompt"
    supports_attention = False
    supports_adapters = False

    def __init__(self) -> None:
        self.prompts: list[str] = []
        self.script: str | None = None
        self.produced = 0

    def available(self) -> tuple[bool, str]:
        return True, ""

    def load(self, ref: Any) -> EchoModel:
        return EchoModel(self)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """A models folder with the demo model, built by the CLI (``llmworks demo-model``)."""
    folder = tmp_path_factory.mktemp("safety-models")
    cli = Path(sys.executable).with_name("llmworks")
    subprocess.run([str(cli), "demo-model", "--out", str(folder / DEMO.split(":", 1)[1])], check=True,
                   capture_output=True, timeout=600)
    return folder


@pytest.fixture(scope="module")
def echo() -> EchoBackend:
    return EchoBackend()


@pytest.fixture(scope="module")
def harness(tmp_path_factory, models_dir, echo) -> Iterator[KernelHarness]:
    backend = echo

    class EchoPlugin:
        @hookimpl
        def register_inference_backends(self, register):
            register(backend)

    env = {"LLMWORKS_MODELS_DIR": str(models_dir)}
    with KernelHarness(tmp_path_factory.mktemp("kernel"), env=env, worker=False, plugins={"echo-backend": EchoPlugin()},
                       database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as h:
        yield h


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project_id(harness) -> int:
    return harness.default_project_id()


def ns(**kw: Any) -> SimpleNamespace:
    return SimpleNamespace(**kw)
