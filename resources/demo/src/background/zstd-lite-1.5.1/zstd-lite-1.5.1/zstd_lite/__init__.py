"""Zstandard one-shot compression."""

__version__ = "1.5.1"

from ._zstd import *  # noqa: F401,F403
