"""llmworks-tracking: experiments, runs, metric series, comparison and evaluation jobs."""

__version__ = "0.1.0"
