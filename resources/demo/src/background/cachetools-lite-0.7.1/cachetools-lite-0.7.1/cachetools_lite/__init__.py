"""Memoising decorators with TTL."""

__version__ = "0.7.1"

from .core import *  # noqa: F401,F403
