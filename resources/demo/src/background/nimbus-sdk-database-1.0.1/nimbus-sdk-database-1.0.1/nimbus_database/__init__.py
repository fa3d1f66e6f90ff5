# Nimbus Cloud Database Management client library.

from ._client import DatabaseManagementClient
from ._version import VERSION

__version__ = "1.0.1"

__all__ = ["DatabaseManagementClient"]
