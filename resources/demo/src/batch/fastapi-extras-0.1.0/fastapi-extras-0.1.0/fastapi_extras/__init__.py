"""Small helpers for FastAPI apps."""

from .pagination import Page, paginate

__all__ = ["Page", "paginate"]
