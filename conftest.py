# Shared fixtures for every test folder: a real kernel, PostgreSQL databases, plugin helpers.
import os

import pytest

os.environ.setdefault("LLMWORKS_STRICT_RESPONSES", "1")  # response models reject undeclared keys in tests
# The resource collector stays off in tests (it would add a machine run to the default project
# while other tests count runs); the resources tests turn it on in their harness.
os.environ.setdefault("LLMWORKS_RESOURCES_INTERVAL", "0")

pytest_plugins = ["llmworks_sdk.testing"]

#: folders whose test files share something that exists once per machine: under pytest-xdist
#: (``-n 2 --dist loadfile``) all their files run in one worker, one after another. The clusters
#: tests start a Slurm (installed with apt-get on first use; one munged per machine).
SHARED_FOLDERS = ("plugins/clusters/",)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile``, except that each folder of ``SHARED_FOLDERS`` is one unit of work.

    (Not ``--dist loadgroup`` with ``xdist_group`` marks: with pytest 9.2 and pytest-xdist 3.8 it
    silently distributes test by test, pytest-dev/pytest-xdist#1386.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LoadFileOrFolder(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = super()._split_scope(nodeid)
            return next((folder for folder in SHARED_FOLDERS if path.startswith(folder)), path)

    # units go out in collection order, which the workers put slow files first (below), not by
    # number of tests: that sent the one-test files, the longest ones, last, to one busy worker
    config.option.loadscopereorder = False
    return LoadFileOrFolder(config, log)


def pytest_collection_modifyitems(config, items):
    """In a pytest-xdist worker: the files with a test marked ``slow`` first (each file's tests
    keep their order), so that the longest units of work start first and no long one is left
    for the end. Every worker sorts the same way; a run in one process keeps pytest's order."""
    if not hasattr(config, "workerinput"):
        return
    slow = {item.nodeid.split("::", 1)[0] for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.nodeid.split("::", 1)[0] not in slow)


#: set in the environment of pytest-xdist workers without being in the controller's ``os.environ``
#: (importing GNU readline, which happens at start-up, puts ``COLUMNS=80``/``LINES=24`` into the process's C
#: environment, which child processes inherit); a CLI whose rich console is made at import then
#: prints 80 columns wide in a worker and as wide as the test asks in a single process
_TERMINAL_SIZE = ("COLUMNS", "LINES")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput["llmworks_terminal_size"] = {k: os.environ[k] for k in _TERMINAL_SIZE if k in os.environ}


def pytest_configure(config):
    """A worker's environment says what the controller's does (before test modules are imported)."""
    controller = getattr(config, "workerinput", {}).get("llmworks_terminal_size")
    if controller is not None:
        for key in _TERMINAL_SIZE:
            if key in controller:
                os.environ[key] = controller[key]
            else:
                os.environ.pop(key, None)
