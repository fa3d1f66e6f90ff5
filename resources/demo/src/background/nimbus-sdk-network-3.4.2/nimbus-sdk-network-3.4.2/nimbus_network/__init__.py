# Nimbus Cloud Network Management client library.

from ._client import NetworkManagementClient
from ._version import VERSION

__version__ = "3.4.2"

__all__ = ["NetworkManagementClient"]
