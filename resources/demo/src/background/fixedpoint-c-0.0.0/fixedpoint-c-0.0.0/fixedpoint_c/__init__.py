"""Fixed-point arithmetic."""

__version__ = "0.0.0"

from ._fixed import *  # noqa: F401,F403
