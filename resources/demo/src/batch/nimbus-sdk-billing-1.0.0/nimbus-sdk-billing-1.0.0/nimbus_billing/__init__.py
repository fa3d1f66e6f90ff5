# Nimbus Cloud Billing Management client library.

from ._client import BillingManagementClient
from ._version import VERSION

__version__ = "1.0.0"

__all__ = ["BillingManagementClient"]
