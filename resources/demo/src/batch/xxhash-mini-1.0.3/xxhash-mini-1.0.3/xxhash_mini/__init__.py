"""xxHash bindings."""

__version__ = "1.0.3"

from ._xxh import *  # noqa: F401,F403
