# Nimbus Cloud Secrets Management client library.

from ._client import SecretsManagementClient
from ._version import VERSION

__version__ = "3.9.2"

__all__ = ["SecretsManagementClient"]
