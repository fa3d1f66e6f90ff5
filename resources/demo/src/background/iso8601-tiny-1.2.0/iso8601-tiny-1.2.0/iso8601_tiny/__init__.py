"""Parse ISO 8601 dates and times."""

__version__ = "1.2.0"

from .core import *  # noqa: F401,F403
