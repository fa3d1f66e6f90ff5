"""Variable-length integer codecs."""

__version__ = "1.5.1"

from ._varint import *  # noqa: F401,F403
