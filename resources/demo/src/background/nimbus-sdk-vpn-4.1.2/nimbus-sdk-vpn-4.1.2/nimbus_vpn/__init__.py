# Nimbus Cloud Vpn Management client library.

from ._client import VpnManagementClient
from ._version import VERSION

__version__ = "4.1.2"

__all__ = ["VpnManagementClient"]
