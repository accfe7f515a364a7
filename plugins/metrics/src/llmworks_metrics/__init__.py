"""llmworks-metrics: the built-in evaluation metrics and YAML-declared metrics."""

__version__ = "0.1.0"
