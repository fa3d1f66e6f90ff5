"""Retry with exponential backoff."""

__version__ = "0.4.2"

from .core import *  # noqa: F401,F403
