# Nimbus Cloud Events Management client library.

from ._client import EventsManagementClient
from ._version import VERSION

__version__ = "2.2.1"

__all__ = ["EventsManagementClient"]
