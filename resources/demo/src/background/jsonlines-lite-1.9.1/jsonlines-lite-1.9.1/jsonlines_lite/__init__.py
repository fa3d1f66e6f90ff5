"""Read and write JSON Lines."""

__version__ = "1.9.1"

from .core import *  # noqa: F401,F403
