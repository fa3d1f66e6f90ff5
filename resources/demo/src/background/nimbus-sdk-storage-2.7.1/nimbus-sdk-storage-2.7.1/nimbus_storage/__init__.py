# Nimbus Cloud Storage Management client library.

from ._client import StorageManagementClient
from ._version import VERSION

__version__ = "2.7.1"

__all__ = ["StorageManagementClient"]
