"""Small dense matrix products."""

__version__ = "0.0.1"

from ._matmul import *  # noqa: F401,F403
