# Nimbus Cloud Logging Management client library.

from ._client import LoggingManagementClient
from ._version import VERSION

__version__ = "1.5.0"

__all__ = ["LoggingManagementClient"]
