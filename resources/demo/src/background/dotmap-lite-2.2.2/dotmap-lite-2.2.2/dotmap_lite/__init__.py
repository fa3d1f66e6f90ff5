"""Dictionaries with attribute access."""

__version__ = "2.2.2"

from .core import *  # noqa: F401,F403
