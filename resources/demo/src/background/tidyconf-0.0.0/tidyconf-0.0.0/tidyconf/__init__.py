"""Merge layered configuration files into one dictionary."""

__version__ = "0.0.0"

from .core import *  # noqa: F401,F403
