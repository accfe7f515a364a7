"""Example llmworks metric plugin: distinct-n, the diversity of generated text."""

__version__ = "0.1.0"
