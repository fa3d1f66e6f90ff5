"""Audio filters and resampling."""

__version__ = "1.5.2"

from ._dsp import *  # noqa: F401,F403
