# Nimbus Cloud Compute Management client library.

from ._client import ComputeManagementClient
from ._version import VERSION

__version__ = "1.0.0"

__all__ = ["ComputeManagementClient"]
