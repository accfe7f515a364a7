"""llmworks-feedback: human feedback (annotation agreement and annotator quality)."""
