# Nimbus Cloud Key Vault client library.

from ._client import KeyVaultClient
from ._version import VERSION

__version__ = "3.1.0"

__all__ = ["KeyVaultClient"]
