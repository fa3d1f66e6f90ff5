# Nimbus Cloud Network Management client library.

from ._client import NetworkManagementClient
from ._version import VERSION

__version__ = "5.1.0"

__all__ = ["NetworkManagementClient"]
