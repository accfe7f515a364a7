"""Example third-party plugin: one page in the llmworks web UI, nothing else."""
