"""Xor filters for set membership."""

__version__ = "0.0.1"

from ._xor import *  # noqa: F401,F403
