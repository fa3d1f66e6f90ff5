"""Typed CSV reading with dataclasses."""

__version__ = "1.3.1"

from .core import *  # noqa: F401,F403
