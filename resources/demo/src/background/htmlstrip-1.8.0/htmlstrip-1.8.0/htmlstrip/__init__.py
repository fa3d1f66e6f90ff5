"""Strip HTML tags and entities."""

__version__ = "1.8.0"

from .core import *  # noqa: F401,F403
