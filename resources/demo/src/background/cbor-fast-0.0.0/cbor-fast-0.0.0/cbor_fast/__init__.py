"""CBOR encoding and decoding."""

__version__ = "0.0.0"

from ._cbor import *  # noqa: F401,F403
