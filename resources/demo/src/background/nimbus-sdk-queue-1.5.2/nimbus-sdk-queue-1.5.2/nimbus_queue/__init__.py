# Nimbus Cloud Queue Management client library.

from ._client import QueueManagementClient
from ._version import VERSION

__version__ = "1.5.2"

__all__ = ["QueueManagementClient"]
