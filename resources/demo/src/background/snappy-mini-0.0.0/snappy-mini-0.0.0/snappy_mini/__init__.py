"""Snappy compression bindings."""

__version__ = "0.0.0"

from ._snappy import *  # noqa: F401,F403
