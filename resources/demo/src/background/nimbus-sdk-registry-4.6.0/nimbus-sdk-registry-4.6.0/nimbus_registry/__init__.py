# Nimbus Cloud Registry Management client library.

from ._client import RegistryManagementClient
from ._version import VERSION

__version__ = "4.6.0"

__all__ = ["RegistryManagementClient"]
