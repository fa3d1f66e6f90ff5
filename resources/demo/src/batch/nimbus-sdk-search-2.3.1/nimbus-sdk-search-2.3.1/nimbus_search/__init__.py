# Nimbus Cloud Search Service client library.

from ._client import SearchServiceClient
from ._version import VERSION

__version__ = "2.3.1"

__all__ = ["SearchServiceClient"]
