"""Query YAML documents with paths."""

__version__ = "0.2.0"

from .core import *  # noqa: F401,F403
