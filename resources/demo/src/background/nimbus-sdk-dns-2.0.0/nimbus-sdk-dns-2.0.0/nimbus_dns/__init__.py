# Nimbus Cloud DNS Management client library.

from ._client import DNSManagementClient
from ._version import VERSION

__version__ = "2.0.0"

__all__ = ["DNSManagementClient"]
