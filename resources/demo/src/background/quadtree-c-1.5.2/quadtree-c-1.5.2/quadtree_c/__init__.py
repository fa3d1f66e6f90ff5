"""Point quadtrees."""

__version__ = "1.5.2"

from ._quad import *  # noqa: F401,F403
