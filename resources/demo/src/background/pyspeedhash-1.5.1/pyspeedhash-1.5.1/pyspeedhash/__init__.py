"""SIMD accelerated non-cryptographic hashes."""

__version__ = "1.5.1"

from ._hash import *  # noqa: F401,F403
