"""Human readable byte sizes."""

__version__ = "1.1.0"

from .core import *  # noqa: F401,F403
