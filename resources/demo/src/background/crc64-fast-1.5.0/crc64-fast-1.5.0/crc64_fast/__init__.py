"""CRC-64 checksums."""

__version__ = "1.5.0"

from ._crc64 import *  # noqa: F401,F403
