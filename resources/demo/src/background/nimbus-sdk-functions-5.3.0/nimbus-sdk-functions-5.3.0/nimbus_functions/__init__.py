# Nimbus Cloud Functions Management client library.

from ._client import FunctionsManagementClient
from ._version import VERSION

__version__ = "5.3.0"

__all__ = ["FunctionsManagementClient"]
