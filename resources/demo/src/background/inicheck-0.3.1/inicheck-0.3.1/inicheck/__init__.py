"""Validate INI files."""

__version__ = "0.3.1"

from .core import *  # noqa: F401,F403
