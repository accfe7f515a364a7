"""The llmworks dashboard plugin."""
