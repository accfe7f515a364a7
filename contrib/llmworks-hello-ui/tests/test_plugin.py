from pathlib import Path

from llmworks_hello_ui import plugin
from llmworks_sdk import UIRemote


def test_register_ui_declares_the_hello_remote() -> None:
    got: list[UIRemote] = []
    plugin.register_ui(got.append)
    assert len(got) == 1
    remote = got[0]
    assert remote.name == "hello"
    assert remote.exposed_module == "./routes"
    assert Path(remote.directory) == Path(plugin.__file__).parent / "ui"
    assert [r.path for r in remote.routes] == ["hello"]
