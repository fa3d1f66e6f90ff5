# Nimbus Cloud Iam Management client library.

from ._client import IamManagementClient
from ._version import VERSION

__version__ = "5.8.1"

__all__ = ["IamManagementClient"]
