"""Fast CRC32 and CRC32C checksums."""

__version__ = "0.0.0"

from ._crc import *  # noqa: F401,F403
