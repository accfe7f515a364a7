"""Every hook is documented (when called, each argument, return, example) and the
generated reference page is up to date."""

from pathlib import Path

from llmworks.plugins.docs import hook_functions, problems, render

ROOT = Path(__file__).resolve().parents[2]


def test_every_hook_is_documented():
    assert len(hook_functions()) >= 14
    assert problems() == []


def test_reference_page_is_current():
    page = ROOT / "docs" / "plugins" / "hooks.md"
    assert page.read_text() == render(), "run: .venv/bin/python -m llmworks.plugins.docs"


def test_undocumented_hook_is_detected(monkeypatch):
    from llmworks_sdk import hookspecs

    @hookspecs.hookspec
    def register_gadgets(register):
        """Register gadgets."""

    monkeypatch.setattr(hookspecs, "register_gadgets", register_gadgets, raising=False)
    found = problems()
    assert any(p.startswith("register_gadgets: docstring lacks 'When called:'") for p in found)
    assert "register_gadgets: argument 'register' is not documented" in found
