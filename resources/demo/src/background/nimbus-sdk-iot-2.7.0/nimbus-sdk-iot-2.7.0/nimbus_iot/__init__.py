# Nimbus Cloud Iot Management client library.

from ._client import IotManagementClient
from ._version import VERSION

__version__ = "2.7.0"

__all__ = ["IotManagementClient"]
