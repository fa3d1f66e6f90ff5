"""SipHash-2-4 keyed hashing."""

__version__ = "1.5.0"

from ._siphash import *  # noqa: F401,F403
