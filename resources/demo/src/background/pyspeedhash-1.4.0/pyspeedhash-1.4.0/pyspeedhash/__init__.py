"""SIMD accelerated non-cryptographic hashes."""

__version__ = "1.4.0"

from ._hash import *  # noqa: F401,F403
