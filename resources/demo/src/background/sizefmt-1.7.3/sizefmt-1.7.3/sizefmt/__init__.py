"""Format sizes and durations for humans."""

__version__ = "1.7.3"

from .core import *  # noqa: F401,F403
