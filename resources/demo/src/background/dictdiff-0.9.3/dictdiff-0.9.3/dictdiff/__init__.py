"""Readable differences between nested dictionaries."""

__version__ = "0.9.3"

from .core import *  # noqa: F401,F403
