"""Audio filters and resampling."""

__version__ = "1.2.5"

from ._dsp import *  # noqa: F401,F403
