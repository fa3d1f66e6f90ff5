# Nimbus Cloud Backup Management client library.

from ._client import BackupManagementClient
from ._version import VERSION

__version__ = "5.8.2"

__all__ = ["BackupManagementClient"]
