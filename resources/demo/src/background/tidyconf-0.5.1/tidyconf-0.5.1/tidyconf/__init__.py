"""Merge layered configuration files into one dictionary."""

__version__ = "0.5.1"

from .core import *  # noqa: F401,F403
