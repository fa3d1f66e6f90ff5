# Nimbus Cloud Dns Management client library.

from ._client import DnsManagementClient
from ._version import VERSION

__version__ = "4.1.0"

__all__ = ["DnsManagementClient"]
