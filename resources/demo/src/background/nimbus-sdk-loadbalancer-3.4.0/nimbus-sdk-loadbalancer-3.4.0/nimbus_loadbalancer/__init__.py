# Nimbus Cloud Loadbalancer Management client library.

from ._client import LoadbalancerManagementClient
from ._version import VERSION

__version__ = "3.4.0"

__all__ = ["LoadbalancerManagementClient"]
