"""Recursive globbing with exclusion patterns."""

__version__ = "2.5.1"

from .core import *  # noqa: F401,F403
