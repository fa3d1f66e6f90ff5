"""Rate-limiting decorators."""

__version__ = "2.4.0"

from .core import *  # noqa: F401,F403
