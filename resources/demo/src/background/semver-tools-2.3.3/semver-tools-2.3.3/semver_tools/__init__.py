"""Parse and compare semantic versions."""

__version__ = "2.3.3"

from .core import *  # noqa: F401,F403
