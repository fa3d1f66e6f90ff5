# Nimbus Cloud Identity and Access client library.

from ._client import IdentityandAccessClient
from ._version import VERSION

__version__ = "1.6.2"

__all__ = ["IdentityandAccessClient"]
