"""Quote strings for POSIX shells."""

__version__ = "2.9.3"

from .core import *  # noqa: F401,F403
