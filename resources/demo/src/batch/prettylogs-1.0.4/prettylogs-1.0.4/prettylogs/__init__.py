"""Pretty console log formatting."""

__version__ = "1.0.4"

from .core import *  # noqa: F401,F403
