"""llmworks-datasets: dataset uploads, validation, immutable versions, splits and statistics.

Other plugins use :mod:`llmworks_datasets.service` (``get_version``, ``iter_rows``,
``dataset_columns``).
"""

__version__ = "0.1.0"
