# Nimbus Cloud Mail Management client library.

from ._client import MailManagementClient
from ._version import VERSION

__version__ = "3.4.1"

__all__ = ["MailManagementClient"]
