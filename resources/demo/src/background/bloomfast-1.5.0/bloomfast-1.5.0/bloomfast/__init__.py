"""Bloom filters in C."""

__version__ = "1.5.0"

from ._bloom import *  # noqa: F401,F403
