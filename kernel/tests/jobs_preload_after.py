"""Listed after jobs_preload_cuda in a JobHandler.preload of test_jobs_preload.py: must not be preloaded."""
