# Shared fixtures for every test folder: a real kernel, PostgreSQL databases, plugin helpers.
pytest_plugins = ["llmworks_sdk.testing"]
