# Nimbus Cloud Monitor Management client library.

from ._client import MonitorManagementClient
from ._version import VERSION

__version__ = "2.2.0"

__all__ = ["MonitorManagementClient"]
