"""Check CSV files against a schema."""

__version__ = "1.1.3"

from .core import *  # noqa: F401,F403
