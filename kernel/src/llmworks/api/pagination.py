"""Pagination lives in the SDK (:mod:`llmworks_sdk.pagination`); kept here for existing imports."""

from llmworks_sdk.pagination import Page, PageParams, Paging, page_params, paginate, paginate_list

__all__ = ["Page", "PageParams", "Paging", "page_params", "paginate", "paginate_list"]
