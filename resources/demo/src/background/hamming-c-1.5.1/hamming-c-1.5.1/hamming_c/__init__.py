"""Hamming distances of byte strings."""

__version__ = "1.5.1"

from ._hamming import *  # noqa: F401,F403
