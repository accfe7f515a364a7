"""The built-in safety filters, each one small module; registered by :mod:`llmworks_safety.plugin`."""
