"""llmworks-models: the model registry (base models, custom model versions, the demo model).

Other plugins use it through the ``ModelRegistry`` service of :mod:`llmworks_sdk.services`,
never by importing this package.
"""

__version__ = "0.1.0"
