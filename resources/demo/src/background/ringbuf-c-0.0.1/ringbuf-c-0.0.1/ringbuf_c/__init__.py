"""Lock-free ring buffers."""

__version__ = "0.0.1"

from ._ring import *  # noqa: F401,F403
