"""Population count over buffers."""

__version__ = "1.5.2"

from ._bits import *  # noqa: F401,F403
