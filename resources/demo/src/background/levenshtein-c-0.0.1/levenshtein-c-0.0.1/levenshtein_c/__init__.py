"""Edit distances in C."""

__version__ = "0.0.1"

from ._lev import *  # noqa: F401,F403
