"""Minimal LZ4 block compression bindings."""

__version__ = "0.0.2"

from ._lz4 import *  # noqa: F401,F403
