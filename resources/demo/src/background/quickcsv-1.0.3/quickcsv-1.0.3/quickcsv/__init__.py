"""Typed CSV reading with dataclasses."""

__version__ = "1.0.3"

from .core import *  # noqa: F401,F403
