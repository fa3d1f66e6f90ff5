"""MurmurHash3 bindings."""

__version__ = "0.0.2"

from ._murmur import *  # noqa: F401,F403
