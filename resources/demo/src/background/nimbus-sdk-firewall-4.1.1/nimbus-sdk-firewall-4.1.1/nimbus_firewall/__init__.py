# Nimbus Cloud Firewall Management client library.

from ._client import FirewallManagementClient
from ._version import VERSION

__version__ = "4.1.1"

__all__ = ["FirewallManagementClient"]
