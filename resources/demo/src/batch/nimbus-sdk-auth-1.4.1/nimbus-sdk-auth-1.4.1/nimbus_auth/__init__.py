# Nimbus Cloud Auth Tokens client library.

from ._client import AuthTokensClient
from ._version import VERSION

__version__ = "1.4.1"

__all__ = ["AuthTokensClient"]
