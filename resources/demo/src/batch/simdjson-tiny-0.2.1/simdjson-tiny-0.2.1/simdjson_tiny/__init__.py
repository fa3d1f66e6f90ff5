"""Fast JSON parsing."""

__version__ = "0.2.1"

from ._json import *  # noqa: F401,F403
