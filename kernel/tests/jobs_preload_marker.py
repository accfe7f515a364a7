"""Preloaded by the job forkserver in test_jobs_preload.py: remembers the process that imported it."""

import os

IMPORTED_IN = os.getpid()
