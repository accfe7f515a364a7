"""Test double of a module that initialises CUDA when imported (as bitsandbytes does on a GPU
machine): afterwards ``torch.cuda.is_initialized()`` is true in the importing process. The job
forkserver's probe imports it (and exits); the forkserver itself must not."""

import sys
import types

sys.modules["torch"] = types.SimpleNamespace(cuda=types.SimpleNamespace(is_initialized=lambda: True))  # type: ignore[assignment]
