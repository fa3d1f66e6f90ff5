"""Generate and parse ULIDs."""

__version__ = "2.0.0"

from .core import *  # noqa: F401,F403
