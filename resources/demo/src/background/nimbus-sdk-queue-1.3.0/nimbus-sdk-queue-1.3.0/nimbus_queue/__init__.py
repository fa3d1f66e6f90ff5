# Nimbus Cloud Queue Service client library.

from ._client import QueueServiceClient
from ._version import VERSION

__version__ = "1.3.0"

__all__ = ["QueueServiceClient"]
