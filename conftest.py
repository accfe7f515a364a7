# Shared fixtures for every test folder: a real kernel, PostgreSQL databases, plugin helpers.
import os

os.environ.setdefault("LLMWORKS_STRICT_RESPONSES", "1")  # response models reject undeclared keys in tests
# The resource collector stays off in tests (it would add a machine run to the default project
# while other tests count runs); the resources tests turn it on in their harness.
os.environ.setdefault("LLMWORKS_RESOURCES_INTERVAL", "0")

pytest_plugins = ["llmworks_sdk.testing"]
