"""The built-in dataset formats (registered through ``register_dataset_formats``)."""

from __future__ import annotations

from typing import Any

from llmworks_datasets.formats.archive import ZipFormat
from llmworks_datasets.formats.tabular import CsvFormat, ParquetFormat, TsvFormat
from llmworks_datasets.formats.text import JsonlFormat, TxtFormat
from llmworks_datasets.settings import DatasetSettings


def builtin_formats(settings: DatasetSettings | None = None) -> list[Any]:
    inner = [TxtFormat(), JsonlFormat(), CsvFormat(), TsvFormat(), ParquetFormat()]
    return [*inner, ZipFormat(inner, settings)]


def format_for(formats: dict[str, Any], filename: str) -> Any | None:
    """The registered format whose extension ends ``filename`` (longest match), or None."""
    name = filename.lower()
    best, best_len = None, 0
    for fmt in formats.values():
        for ext in fmt.extensions:
            if name.endswith(ext.lower()) and len(ext) > best_len:
                best, best_len = fmt, len(ext)
    return best


__all__ = ["CsvFormat", "JsonlFormat", "ParquetFormat", "TsvFormat", "TxtFormat", "ZipFormat", "builtin_formats", "format_for"]
