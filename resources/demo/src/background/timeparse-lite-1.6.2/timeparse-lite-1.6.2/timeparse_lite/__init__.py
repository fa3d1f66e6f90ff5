"""Parse human durations."""

__version__ = "1.6.2"

from .core import *  # noqa: F401,F403
