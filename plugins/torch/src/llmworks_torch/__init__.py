"""llmworks-torch: PyTorch training, inference, perplexity and export for llmworks."""

import logging as _logging

__version__ = "0.1.0"

# bitsandbytes warns at import on CPUs with AVX512-BF16 that the optional `kernels` package (a
# hub download) is missing; its CPU fallback works, and the message is not the user's business.
_logging.getLogger("bitsandbytes.backends.cpu.ops").setLevel(_logging.ERROR)
