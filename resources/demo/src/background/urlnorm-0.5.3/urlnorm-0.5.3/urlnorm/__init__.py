"""Normalise URLs for comparison."""

__version__ = "0.5.3"

from .core import *  # noqa: F401,F403
