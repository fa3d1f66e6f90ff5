"""Base58 encoding in C."""

__version__ = "0.0.2"

from ._base58 import *  # noqa: F401,F403
