"""Retry decorators with exponential backoff."""

__version__ = "2.1.0"

from .core import *  # noqa: F401,F403
