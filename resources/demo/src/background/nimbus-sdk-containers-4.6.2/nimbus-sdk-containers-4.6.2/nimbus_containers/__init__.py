# Nimbus Cloud Containers Management client library.

from ._client import ContainersManagementClient
from ._version import VERSION

__version__ = "4.6.2"

__all__ = ["ContainersManagementClient"]
