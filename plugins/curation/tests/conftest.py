"""A real kernel with the datasets, models, torch, safety and curation plugins, the demo model
as ``base:llmworks-demo-tiny``, and a noisy dataset whose every row has a known fate."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from llmworks_sdk.testing import KernelHarness

PLUGINS = "kernel,inapp,datasets,models,torch,safety,curation"
DEMO = "base:llmworks-demo-tiny"

LONG_A = ("Rivers carry water from the mountains to the sea and on their way they shape valleys, feed farms, "
          "give homes to fish and birds, and let people travel and trade between towns that grew up on their banks")
#: the noisy dataset: name -> row text (the order is the dataset's row order)
NOISY: list[tuple[str, str]] = [
    ("en_fox", "The quick brown fox jumps over the lazy dog near the river bank today."),
    ("exact_dup", "the quick brown fox jumps over the LAZY dog, near the river bank today!!"),
    ("near_a", LONG_A + "."),
    ("near_b", LONG_A.replace("on their banks", "on their shores") + "."),
    ("hindi_1", "भारत एक विशाल देश है और यहाँ की संस्कृति बहुत पुरानी है।"),
    ("hindi_2", "मुझे हिंदी में किताबें पढ़ना बहुत अच्छा लगता है और मैं रोज़ शाम को पढ़ता हूँ।"),
    ("french", "Le chat dort tranquillement sur le canapé pendant que la pluie tombe dehors."),
    ("boilerplate", "Knead the dough with flour, water and a pinch of salt.\nThis site uses cookies, read our cookie policy.\n"
                    "Bake the bread for forty minutes in a hot oven."),
    ("lorem", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."),
    ("pii", "Please write to john.doe@example.com about the delivery of the garden chairs."),
    ("short", "ok"),
    ("long", " ".join(["the long row repeats itself"] * 400)),
    ("toxic", "You are a stupid idiot and a worthless piece of shit, I hate you."),
    ("spaces", "Hello\u200b   world,\tthis  text   has   messy   spacing in it."),
    ("digits", "Order 4411 2093 5521 7734 0091 3348 8812 9904 1277 shipped."),
    ("symbols", "### ### ### news ### today ### ### more ### ###"),
    ("en_plain", "A good teacher explains hard ideas with simple words and a lot of patience."),
]
NAMES = [n for n, _t in NOISY]


def idx(name: str) -> int:
    return NAMES.index(name)


@pytest.fixture(scope="session")
def noisy() -> SimpleNamespace:
    """The noisy dataset for test modules (conftest is not importable under importlib mode)."""
    return SimpleNamespace(NOISY=NOISY, NAMES=NAMES, idx=idx, upload_rows=upload_rows, DEMO=DEMO)


@pytest.fixture(scope="session")
def noisy_rows() -> list[dict[str, Any]]:
    return [{"text": t} for _n, t in NOISY]


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    from llmworks_sdk.testing import session_demo_model, session_models_dir

    return session_models_dir(tmp_path_factory, session_demo_model(tmp_path_factory, "gpt2"))


@pytest.fixture(scope="module")
def harness(tmp_path_factory, models_dir) -> Iterator[KernelHarness]:
    env = {"LLMWORKS_LOAD_PLUGINS": PLUGINS, "LLMWORKS_MODELS_DIR": str(models_dir)}
    with KernelHarness(tmp_path_factory.mktemp("curation"), env=env,
                       database_url=os.environ.get("LLMWORKS_TEST_DATABASE_URL")) as h:
        yield h


@pytest.fixture(scope="module")
def admin(harness):
    return harness.login()


@pytest.fixture(scope="module")
def project_id(harness) -> int:
    return harness.default_project_id()


def upload_rows(client: Any, project_id: int, name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    r = client.post("/api/datasets/upload", data={"name": name, "project_id": str(project_id)},
                    files={"file": (f"{name}.jsonl", data)})
    assert r.status_code in (200, 201), r.text
    return r.json()


@pytest.fixture(scope="module")
def noisy_version(admin, project_id, noisy_rows) -> dict[str, Any]:
    return upload_rows(admin, project_id, "noisy", noisy_rows)
