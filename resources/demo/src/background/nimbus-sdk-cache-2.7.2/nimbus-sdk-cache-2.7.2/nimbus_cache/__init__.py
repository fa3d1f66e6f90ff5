# Nimbus Cloud Cache Management client library.

from ._client import CacheManagementClient
from ._version import VERSION

__version__ = "2.7.2"

__all__ = ["CacheManagementClient"]
