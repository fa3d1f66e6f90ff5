"""Text wrapping that understands ANSI colours."""

__version__ = "0.8.2"

from .core import *  # noqa: F401,F403
