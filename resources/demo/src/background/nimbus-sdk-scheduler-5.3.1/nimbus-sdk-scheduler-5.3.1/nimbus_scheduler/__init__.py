# Nimbus Cloud Scheduler Management client library.

from ._client import SchedulerManagementClient
from ._version import VERSION

__version__ = "5.3.1"

__all__ = ["SchedulerManagementClient"]
