"""Substitute environment variables in text files."""

__version__ = "1.0.2"

from .core import *  # noqa: F401,F403
