"""Run-length encoding."""

__version__ = "1.5.2"

from ._rle import *  # noqa: F401,F403
