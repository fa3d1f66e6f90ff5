"""Compact bit arrays."""

__version__ = "0.5.0"

from ._bits import *  # noqa: F401,F403
