"""Declarative command-line arguments."""

__version__ = "0.6.0"

from .core import *  # noqa: F401,F403
