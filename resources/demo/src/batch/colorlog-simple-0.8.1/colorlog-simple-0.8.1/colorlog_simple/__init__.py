"""Coloured log formatter."""

__version__ = "0.8.1"

from .core import *  # noqa: F401,F403
