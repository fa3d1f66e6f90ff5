# Nimbus Cloud CDN Management client library.

from ._client import CDNManagementClient
from ._version import VERSION

__version__ = "1.1.0"

__all__ = ["CDNManagementClient"]
