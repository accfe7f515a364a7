"""llmworks-torch: PyTorch training, inference, perplexity and export for llmworks."""

__version__ = "0.1.0"
