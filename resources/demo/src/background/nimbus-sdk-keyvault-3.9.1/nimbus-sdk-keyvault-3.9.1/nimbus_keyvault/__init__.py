# Nimbus Cloud Keyvault Management client library.

from ._client import KeyvaultManagementClient
from ._version import VERSION

__version__ = "3.9.1"

__all__ = ["KeyvaultManagementClient"]
