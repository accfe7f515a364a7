"""Plugin discovery, isolation and the registry of what plugins provide."""

from llmworks.plugins.manager import PluginInfo, PluginManager
from llmworks.plugins.registry import Registry

__all__ = ["PluginInfo", "PluginManager", "Registry"]
