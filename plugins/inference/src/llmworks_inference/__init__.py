"""llmworks-inference: generation API, loaded-model cache, routes and A/B tests, prompt
playground, attention maps and an OpenAI-compatible API over the inference backends."""

__version__ = "0.1.0"
