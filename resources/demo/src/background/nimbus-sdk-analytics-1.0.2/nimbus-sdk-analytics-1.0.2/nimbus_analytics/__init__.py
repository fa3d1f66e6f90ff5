# Nimbus Cloud Analytics Management client library.

from ._client import AnalyticsManagementClient
from ._version import VERSION

__version__ = "1.0.2"

__all__ = ["AnalyticsManagementClient"]
